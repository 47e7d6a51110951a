/**
 * The `application/json;as=Table;v=v1;g=meta.k8s.io` form `kubectl get` asks for: column
 * definitions and one row per object, with the columns the real API server prints for the
 * built-in kinds and a CRD's additionalPrinterColumns for custom resources.
 */
import type { ResourceType } from "./resources.ts";
import { jsonPath } from "./selectors.ts";

interface Column {
  name: string;
  type: string;
  format?: string;
  priority?: number;
  description?: string;
  cell: (o: any) => unknown;
}

/** Kubernetes's HumanDuration ("5s", "3m2s", "4h", "2d"). */
export function humanDuration(ms: number): string {
  const s = Math.floor(ms / 1000);
  if (s < 0) return "<invalid>";
  if (s < 120) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 10) return s % 60 === 0 ? `${m}m` : `${m}m${s % 60}s`;
  if (m < 180) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 8) return m % 60 === 0 ? `${h}h` : `${h}h${m % 60}m`;
  if (h < 48) return `${h}h`;
  const d = Math.floor(h / 24);
  if (d < 8) return h % 24 === 0 ? `${d}d` : `${d}d${h % 24}h`;
  if (d < 365 * 2) return `${d}d`;
  return `${Math.floor(d / 365)}y`;
}

function age(ts: string | undefined): string {
  if (!ts) return "<unknown>";
  return humanDuration(Date.now() - Date.parse(ts));
}

const nameCol: Column = {
  name: "Name",
  type: "string",
  format: "name",
  cell: (o) => o.metadata.name,
};
const ageCol: Column = {
  name: "Age",
  type: "string",
  cell: (o) => age(o.metadata.creationTimestamp),
};

function containers(o: any): any[] {
  return o.spec?.template?.spec?.containers ?? [];
}

function podStatus(p: any): string {
  if (p.metadata.deletionTimestamp) return "Terminating";
  let reason = p.status?.reason ?? p.status?.phase ?? "Unknown";
  for (const c of p.status?.containerStatuses ?? []) {
    if (c.state?.waiting?.reason) reason = c.state.waiting.reason;
    else if (c.state?.terminated?.reason) reason = c.state.terminated.reason;
  }
  if (reason === "Running" || p.status?.phase === "Running") {
    const anyWaiting = (p.status?.containerStatuses ?? []).find(
      (c: any) => c.state?.waiting?.reason,
    );
    if (anyWaiting) return anyWaiting.state.waiting.reason;
  }
  return reason;
}

function servicePorts(s: any): string {
  const ps = s.spec?.ports ?? [];
  if (ps.length === 0) return "<none>";
  return ps
    .map((p: any) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ""}/${p.protocol ?? "TCP"}`)
    .join(",");
}

function selectorString(sel: any): string {
  if (!sel) return "<none>";
  const m = sel.matchLabels ?? (sel.matchExpressions ? {} : sel);
  const s = Object.entries(m)
    .map(([k, v]) => `${k}=${v}`)
    .join(",");
  return s || "<none>";
}

function builtinColumns(kind: string): Column[] {
  switch (kind) {
    case "Pod":
      return [
        nameCol,
        {
          name: "Ready",
          type: "string",
          cell: (p) =>
            `${(p.status?.containerStatuses ?? []).filter((c: any) => c.ready).length}/${(p.spec?.containers ?? []).length}`,
        },
        { name: "Status", type: "string", cell: podStatus },
        {
          name: "Restarts",
          type: "string",
          cell: (p) =>
            String(
              (p.status?.containerStatuses ?? []).reduce(
                (a: number, c: any) => a + (c.restartCount ?? 0),
                0,
              ),
            ),
        },
        ageCol,
        { name: "IP", type: "string", priority: 1, cell: (p) => p.status?.podIP ?? "<none>" },
        { name: "Node", type: "string", priority: 1, cell: (p) => p.spec?.nodeName ?? "<none>" },
        { name: "Nominated Node", type: "string", priority: 1, cell: () => "<none>" },
        { name: "Readiness Gates", type: "string", priority: 1, cell: () => "<none>" },
      ];
    case "Deployment":
      return [
        nameCol,
        {
          name: "Ready",
          type: "string",
          cell: (d) => `${d.status?.readyReplicas ?? 0}/${d.spec?.replicas ?? 0}`,
        },
        { name: "Up-to-date", type: "integer", cell: (d) => d.status?.updatedReplicas ?? 0 },
        { name: "Available", type: "integer", cell: (d) => d.status?.availableReplicas ?? 0 },
        ageCol,
        {
          name: "Containers",
          type: "string",
          priority: 1,
          cell: (d) =>
            containers(d)
              .map((c) => c.name)
              .join(","),
        },
        {
          name: "Images",
          type: "string",
          priority: 1,
          cell: (d) =>
            containers(d)
              .map((c) => c.image)
              .join(","),
        },
        {
          name: "Selector",
          type: "string",
          priority: 1,
          cell: (d) => selectorString(d.spec?.selector),
        },
      ];
    case "StatefulSet":
      return [
        nameCol,
        {
          name: "Ready",
          type: "string",
          cell: (d) => `${d.status?.readyReplicas ?? 0}/${d.spec?.replicas ?? 0}`,
        },
        ageCol,
        {
          name: "Containers",
          type: "string",
          priority: 1,
          cell: (d) =>
            containers(d)
              .map((c) => c.name)
              .join(","),
        },
        {
          name: "Images",
          type: "string",
          priority: 1,
          cell: (d) =>
            containers(d)
              .map((c) => c.image)
              .join(","),
        },
      ];
    case "ReplicaSet":
      return [
        nameCol,
        { name: "Desired", type: "integer", cell: (d) => d.spec?.replicas ?? 0 },
        { name: "Current", type: "integer", cell: (d) => d.status?.replicas ?? 0 },
        { name: "Ready", type: "integer", cell: (d) => d.status?.readyReplicas ?? 0 },
        ageCol,
      ];
    case "Service":
      return [
        nameCol,
        { name: "Type", type: "string", cell: (s) => s.spec?.type ?? "ClusterIP" },
        { name: "Cluster-IP", type: "string", cell: (s) => s.spec?.clusterIP ?? "<none>" },
        { name: "External-IP", type: "string", cell: () => "<none>" },
        { name: "Port(s)", type: "string", cell: servicePorts },
        ageCol,
        {
          name: "Selector",
          type: "string",
          priority: 1,
          cell: (s) => selectorString(s.spec?.selector),
        },
      ];
    case "Namespace":
      return [
        nameCol,
        { name: "Status", type: "string", cell: (n) => n.status?.phase ?? "Active" },
        ageCol,
      ];
    case "Node":
      return [
        nameCol,
        {
          name: "Status",
          type: "string",
          cell: (n) =>
            (n.status?.conditions ?? []).find((c: any) => c.type === "Ready")?.status === "True"
              ? "Ready"
              : "NotReady",
        },
        { name: "Roles", type: "string", cell: () => "<none>" },
        ageCol,
        { name: "Version", type: "string", cell: (n) => n.status?.nodeInfo?.kubeletVersion ?? "" },
      ];
    case "ConfigMap":
      return [
        nameCol,
        {
          name: "Data",
          type: "integer",
          cell: (c) => Object.keys(c.data ?? {}).length + Object.keys(c.binaryData ?? {}).length,
        },
        ageCol,
      ];
    case "Secret":
      return [
        nameCol,
        { name: "Type", type: "string", cell: (s) => s.type ?? "Opaque" },
        { name: "Data", type: "integer", cell: (s) => Object.keys(s.data ?? {}).length },
        ageCol,
      ];
    case "PersistentVolumeClaim":
      return [
        nameCol,
        { name: "Status", type: "string", cell: (p) => p.status?.phase ?? "Pending" },
        { name: "Volume", type: "string", cell: (p) => p.spec?.volumeName ?? "" },
        { name: "Capacity", type: "string", cell: (p) => p.status?.capacity?.storage ?? "" },
        {
          name: "Access Modes",
          type: "string",
          cell: (p) =>
            (p.status?.accessModes ?? [])
              .map((m: string) => (m === "ReadWriteOnce" ? "RWO" : m))
              .join(","),
        },
        {
          name: "StorageClass",
          type: "string",
          cell: (p) => p.spec?.storageClassName ?? "<unset>",
        },
        ageCol,
      ];
    case "Endpoints":
      return [
        nameCol,
        {
          name: "Endpoints",
          type: "string",
          cell: (e) => {
            const l: string[] = [];
            for (const s of e.subsets ?? [])
              for (const a of s.addresses ?? [])
                for (const p of s.ports ?? [{ port: "" }]) l.push(`${a.ip}:${p.port}`);
            return l.length
              ? l.slice(0, 3).join(",") + (l.length > 3 ? ` + ${l.length - 3} more...` : "")
              : "<none>";
          },
        },
        ageCol,
      ];
    case "ControllerRevision":
      return [
        nameCol,
        {
          name: "Controller",
          type: "string",
          cell: (r) => {
            const o = (r.metadata.ownerReferences ?? [])[0];
            return o
              ? `${String(o.kind).toLowerCase()}.${String(o.apiVersion).split("/")[0]}/${o.name}`
              : "<none>";
          },
        },
        { name: "Revision", type: "integer", cell: (r) => r.revision ?? 0 },
        ageCol,
      ];
    case "PodDisruptionBudget":
      return [
        nameCol,
        {
          name: "Min Available",
          type: "string",
          cell: (p) => (p.spec?.minAvailable ?? "N/A").toString(),
        },
        {
          name: "Max Unavailable",
          type: "string",
          cell: (p) => (p.spec?.maxUnavailable ?? "N/A").toString(),
        },
        {
          name: "Allowed Disruptions",
          type: "integer",
          cell: (p) => p.status?.disruptionsAllowed ?? 0,
        },
        ageCol,
      ];
    case "Event":
      return [
        {
          name: "Last Seen",
          type: "string",
          cell: (e) => age(e.lastTimestamp ?? e.eventTime ?? e.metadata.creationTimestamp),
        },
        { name: "Type", type: "string", cell: (e) => e.type ?? "" },
        { name: "Reason", type: "string", cell: (e) => e.reason ?? "" },
        {
          name: "Object",
          type: "string",
          cell: (e) => {
            const r = e.involvedObject ?? e.regarding ?? {};
            return `${String(r.kind ?? "").toLowerCase()}/${r.name ?? ""}`;
          },
        },
        { name: "Message", type: "string", cell: (e) => e.message ?? e.note ?? "" },
      ];
    case "CustomResourceDefinition":
      return [
        nameCol,
        { name: "Created At", type: "date", cell: (c) => c.metadata.creationTimestamp },
      ];
    case "Lease":
      return [
        nameCol,
        { name: "Holder", type: "string", cell: (l) => l.spec?.holderIdentity ?? "" },
        ageCol,
      ];
    default:
      return [nameCol, ageCol];
  }
}

function crdColumns(t: ResourceType): Column[] {
  const cols: Column[] = [nameCol];
  const pcs = t.crd!.printerColumns;
  for (const pc of pcs) {
    cols.push({
      name: pc.name,
      type: pc.type,
      format: pc.format,
      priority: pc.priority ?? 0,
      description: pc.description,
      cell: (o) => {
        const v = jsonPath(o, pc.jsonPath);
        if (v.length === 0) return null;
        const x = v[0];
        if (pc.type === "date") return typeof x === "string" ? age(x) : null;
        if (pc.type === "integer" || pc.type === "number" || pc.type === "boolean") return x;
        return typeof x === "string" ? x : JSON.stringify(x);
      },
    });
  }
  if (pcs.length === 0) cols.push(ageCol);
  return cols;
}

export type IncludeObject = "None" | "Object" | "Metadata";

function partial(o: any): any {
  return { kind: "PartialObjectMetadata", apiVersion: "meta.k8s.io/v1", metadata: o.metadata };
}

/** A Table of objects; `withColumns` false leaves columnDefinitions empty (later watch events). */
export function toTable(
  t: ResourceType,
  objs: any[],
  rv: string,
  include: IncludeObject,
  withColumns = true,
): any {
  const cols = t.crd ? crdColumns(t) : builtinColumns(t.kind);
  return {
    kind: "Table",
    apiVersion: "meta.k8s.io/v1",
    metadata: { resourceVersion: rv },
    columnDefinitions: withColumns
      ? cols.map((c) => ({
          name: c.name,
          type: c.type,
          format: c.format ?? "",
          description: c.description ?? "",
          priority: c.priority ?? 0,
        }))
      : [],
    rows: objs.map((o) => ({
      cells: cols.map((c) => c.cell(o) ?? null),
      object: include === "None" ? undefined : include === "Object" ? o : partial(o),
    })),
  };
}
