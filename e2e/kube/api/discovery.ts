/**
 * Discovery documents: /version, /api, /apis, /apis/<group> and the per group-version
 * APIResourceLists (verbs, short names, categories, subresources), in the legacy
 * (unaggregated) format, which kubectl and client-node fall back to.
 */
import { apiVersionOf, type ResourceType } from "./resources.ts";

export const SERVER_VERSION = {
  major: "1",
  minor: "32",
  gitVersion: "v1.32.0-mimir-ts-local",
  gitCommit: "0000000000000000000000000000000000000000",
  gitTreeState: "clean",
  buildDate: "2026-01-01T00:00:00Z",
  goVersion: "go1.23.0",
  compiler: "gc",
  platform: "linux/amd64",
};

const VERBS = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];

function groupsOf(types: ResourceType[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const t of types) {
    if (t.group === "") continue;
    const vs = m.get(t.group) ?? [];
    if (!vs.includes(t.version)) vs.push(t.version);
    m.set(t.group, vs);
  }
  return m;
}

export function apiVersions(host: string): any {
  return {
    kind: "APIVersions",
    versions: ["v1"],
    serverAddressByClientCIDRs: [{ clientCIDR: "0.0.0.0/0", serverAddress: host }],
  };
}

function groupDoc(group: string, versions: string[]): any {
  const vs = versions.map((v) => ({ groupVersion: `${group}/${v}`, version: v }));
  return { name: group, versions: vs, preferredVersion: vs[0] };
}

export function apiGroupList(types: ResourceType[]): any {
  return {
    kind: "APIGroupList",
    apiVersion: "v1",
    groups: [...groupsOf(types)].map(([g, vs]) => groupDoc(g, vs)),
  };
}

export function apiGroup(types: ResourceType[], group: string): any | undefined {
  const vs = groupsOf(types).get(group);
  if (!vs) return undefined;
  return { kind: "APIGroup", apiVersion: "v1", ...groupDoc(group, vs) };
}

export function resourceList(
  types: ResourceType[],
  group: string,
  version: string,
): any | undefined {
  const ts = types.filter((t) => t.group === group && t.version === version);
  if (ts.length === 0) return undefined;
  const resources: any[] = [];
  for (const t of ts) {
    const r: Record<string, any> = {
      name: t.plural,
      singularName: t.singular,
      namespaced: t.namespaced,
      kind: t.kind,
      verbs: VERBS,
    };
    if (t.shortNames.length) r.shortNames = t.shortNames;
    if (t.categories.length) r.categories = t.categories;
    if (!t.crd)
      r.storageVersionHash = Buffer.from(`${apiVersionOf(t)}/${t.kind}`)
        .toString("base64")
        .slice(0, 11);
    resources.push(r);
    if (t.status)
      resources.push({
        name: `${t.plural}/status`,
        singularName: "",
        namespaced: t.namespaced,
        kind: t.kind,
        verbs: ["get", "patch", "update"],
      });
    if (t.scale)
      resources.push({
        name: `${t.plural}/scale`,
        singularName: "",
        namespaced: t.namespaced,
        group: "autoscaling",
        version: "v1",
        kind: "Scale",
        verbs: ["get", "patch", "update"],
      });
    for (const s of t.extraSubresources) {
      const kinds: Record<string, [string, string[], string?, string?]> = {
        log: ["Pod", ["get"]],
        eviction: ["Eviction", ["create"], "policy", "v1"],
        binding: ["Binding", ["create"]],
        finalize: ["Namespace", ["update"]],
      };
      const [kind, verbs, g, v] = kinds[s] ?? [t.kind, ["get"]];
      const r2: Record<string, any> = {
        name: `${t.plural}/${s}`,
        singularName: "",
        namespaced: t.namespaced,
        kind,
        verbs,
      };
      if (g) {
        r2.group = g;
        r2.version = v;
      }
      resources.push(r2);
    }
  }
  return {
    kind: "APIResourceList",
    apiVersion: "v1",
    groupVersion: group === "" ? version : `${group}/${version}`,
    resources,
  };
}
