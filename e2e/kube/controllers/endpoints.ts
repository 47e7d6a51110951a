/**
 * The Endpoints and EndpointSlice controllers: for every Service with a selector, the matching
 * pods with an IP, ready ones as addresses and the rest as notReadyAddresses (all of them ready
 * with publishNotReadyAddresses), named target ports resolved per pod, hostnames for pods whose
 * subdomain is the Service.
 */
import { selectorMatches } from "../api/selectors.ts";
import type { Store } from "../api/store.ts";
import { isPodReady, MANAGER, ownerRef, shortHash, T } from "./util.ts";

function resolvePort(pod: any, target: unknown): number | undefined {
  if (typeof target === "number") return target;
  if (typeof target === "string" && /^\d+$/.test(target)) return Number(target);
  for (const c of pod.spec?.containers ?? [])
    for (const p of c.ports ?? []) if (p.name === target) return p.containerPort;
  return undefined;
}

export function syncEndpoints(store: Store): void {
  const svcT = T(store, "", "v1", "services");
  const podT = T(store, "", "v1", "pods");
  const epT = T(store, "", "v1", "endpoints");
  const esT = T(store, "discovery.k8s.io", "v1", "endpointslices");
  const nodeT = T(store, "", "v1", "nodes");
  const zones = new Map<string, string>();
  for (const n of store.list(nodeT))
    zones.set(n.metadata.name, n.metadata.labels?.["topology.kubernetes.io/zone"]);
  for (const svc of store.list(svcT)) {
    if (!svc.spec?.selector || svc.metadata.deletionTimestamp) continue;
    const ns = svc.metadata.namespace;
    const name = svc.metadata.name;
    const publishAll = svc.spec.publishNotReadyAddresses === true;
    const pods = store
      .list(podT, { namespace: ns })
      .filter(
        (p) =>
          p.status?.podIP &&
          selectorMatches({ matchLabels: svc.spec.selector }, p.metadata.labels) &&
          p.status?.phase !== "Succeeded" &&
          p.status?.phase !== "Failed",
      );
    const ready: any[] = [];
    const notReady: any[] = [];
    const sliceEndpoints: any[] = [];
    let ports: any[] | undefined;
    for (const p of pods.sort((a, b) => a.metadata.name.localeCompare(b.metadata.name))) {
      const terminating = !!p.metadata.deletionTimestamp;
      const isReady = isPodReady(p) && !terminating;
      if (terminating && !publishAll) {
        sliceEndpoints.push(sliceEndpoint(p, svc, false, isPodReady(p), true, zones));
        continue;
      }
      const addr: Record<string, any> = {
        ip: p.status.podIP,
        nodeName: p.spec.nodeName,
        targetRef: { kind: "Pod", namespace: ns, name: p.metadata.name, uid: p.metadata.uid },
      };
      if (p.spec.hostname && p.spec.subdomain === name) addr.hostname = p.spec.hostname;
      if (isReady || publishAll) ready.push(addr);
      else notReady.push(addr);
      sliceEndpoints.push(
        sliceEndpoint(p, svc, isReady || publishAll, isPodReady(p), terminating, zones),
      );
      ports ??= (svc.spec.ports ?? [])
        .map((sp: any) => {
          const port = resolvePort(p, sp.targetPort ?? sp.port);
          if (port === undefined) return undefined;
          const o: Record<string, any> = { port, protocol: sp.protocol ?? "TCP" };
          if (sp.name) o.name = sp.name;
          if (sp.appProtocol) o.appProtocol = sp.appProtocol;
          return o;
        })
        .filter((x: any) => x !== undefined);
    }
    const subsets: any[] = [];
    if (ready.length || notReady.length) {
      const s: Record<string, any> = {};
      if (ready.length) s.addresses = ready;
      if (notReady.length) s.notReadyAddresses = notReady;
      if (ports?.length) s.ports = ports;
      subsets.push(s);
    }
    const ep: Record<string, any> = {
      metadata: { name, namespace: ns, labels: { ...(svc.metadata.labels ?? {}) } },
    };
    if (subsets.length) ep.subsets = subsets;
    const cur = store.tryGet(epT, ns, name);
    if (!cur) store.create(epT, ns, ep, { manager: MANAGER });
    else if (JSON.stringify(cur.subsets ?? []) !== JSON.stringify(subsets)) {
      const next = { ...cur, subsets };
      if (!subsets.length) delete next.subsets;
      store.writeInternal(epT, next, MANAGER);
    }
    const sliceName = `${name}-${shortHash(svc.metadata.uid, 5)}`;
    const slice = {
      metadata: {
        name: sliceName,
        namespace: ns,
        labels: {
          ...(svc.metadata.labels ?? {}),
          "kubernetes.io/service-name": name,
          "endpointslice.kubernetes.io/managed-by": "endpointslice-controller.k8s.io",
        },
        ownerReferences: [ownerRef(svc)],
      },
      addressType: "IPv4",
      endpoints: sliceEndpoints,
      ports: (ports ?? []).map((p: any) => ({
        name: p.name ?? "",
        port: p.port,
        protocol: p.protocol,
      })),
    };
    const curSlice = store.tryGet(esT, ns, sliceName);
    if (!curSlice) store.create(esT, ns, slice, { manager: MANAGER });
    else if (
      JSON.stringify([curSlice.endpoints, curSlice.ports]) !==
      JSON.stringify([slice.endpoints, slice.ports])
    )
      store.writeInternal(
        esT,
        { ...curSlice, endpoints: slice.endpoints, ports: slice.ports },
        MANAGER,
      );
  }
}

function sliceEndpoint(
  p: any,
  svc: any,
  ready: boolean,
  serving: boolean,
  terminating: boolean,
  zones: Map<string, string>,
): any {
  const e: Record<string, any> = {
    addresses: [p.status.podIP],
    conditions: { ready, serving, terminating },
    nodeName: p.spec.nodeName,
    targetRef: {
      kind: "Pod",
      namespace: p.metadata.namespace,
      name: p.metadata.name,
      uid: p.metadata.uid,
    },
  };
  if (p.spec.hostname && p.spec.subdomain === svc.metadata.name) e.hostname = p.spec.hostname;
  const z = zones.get(p.spec.nodeName);
  if (z) e.zone = z;
  return e;
}
