/**
 * Just enough OpenAPI for kubectl: the v3 index and per group-version documents whose PATCH
 * operations declare the `fieldValidation` parameter (so kubectl validates on the server) and
 * whose custom-resource schemas carry x-kubernetes-group-version-kind (for `kubectl explain`).
 * v2 is a small JSON Swagger document with the same paths.
 */
import { createHash } from "node:crypto";
import type { ResourceType } from "./resources.ts";

function gvPath(t: ResourceType): string {
  return t.group === "" ? `api/${t.version}` : `apis/${t.group}/${t.version}`;
}

const PARAMS = ["dryRun", "fieldManager", "fieldValidation", "force"].map((name) => ({
  name,
  in: "query",
  schema: { type: name === "force" ? "boolean" : "string", uniqueItems: true },
}));

function paths(types: ResourceType[]): Record<string, any> {
  const out: Record<string, any> = {};
  for (const t of types) {
    const base = `/${gvPath(t)}${t.namespaced ? "/namespaces/{namespace}" : ""}/${t.plural}`;
    const gvk = { group: t.group, version: t.version, kind: t.kind };
    const ops = (verbs: string[]) => {
      const o: Record<string, any> = {};
      for (const v of verbs)
        o[v] = {
          operationId: `${v}${t.kind}`,
          parameters: v === "get" ? [] : PARAMS,
          "x-kubernetes-group-version-kind": gvk,
          responses: { "200": { description: "OK" } },
        };
      return o;
    };
    out[base] = ops(["get", "post"]);
    out[`${base}/{name}`] = ops(["get", "put", "patch", "delete"]);
    if (t.status) out[`${base}/{name}/status`] = ops(["get", "put", "patch"]);
  }
  return out;
}

export function openapiV3Index(types: ResourceType[]): any {
  const groups = new Map<string, ResourceType[]>();
  for (const t of types) {
    const p = gvPath(t);
    groups.set(p, [...(groups.get(p) ?? []), t]);
  }
  const out: Record<string, any> = {};
  for (const [p, ts] of groups) {
    const h = createHash("sha256")
      .update(JSON.stringify(openapiV3Doc(ts, p)))
      .digest("hex")
      .slice(0, 32)
      .toUpperCase();
    out[p] = { serverRelativeURL: `/openapi/v3/${p}?hash=${h}` };
  }
  return { paths: out };
}

export function openapiV3Doc(types: ResourceType[], gv: string): any | undefined {
  const ts = types.filter((t) => gvPath(t) === gv);
  if (ts.length === 0) return undefined;
  const schemas: Record<string, any> = {};
  for (const t of ts) {
    if (!t.crd) continue;
    const name = `${t.group.split(".").reverse().join(".")}.${t.version}.${t.kind}`;
    schemas[name] = {
      ...t.crd.schema,
      "x-kubernetes-group-version-kind": [{ group: t.group, version: t.version, kind: t.kind }],
    };
  }
  return {
    openapi: "3.0.0",
    info: { title: "Kubernetes", version: "v1.32.0" },
    paths: paths(ts),
    components: { schemas },
  };
}

export function openapiV2(types: ResourceType[]): any {
  return {
    swagger: "2.0",
    info: { title: "Kubernetes", version: "v1.32.0" },
    paths: paths(types),
    definitions: {},
  };
}
