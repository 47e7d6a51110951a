/**
 * Authentication and RBAC authorization, for the requests that carry an identity: the server
 * URL path prefix /mk8s-sa/<namespace>/<serviceaccount> (the kubeconfig the kubelet gives each
 * pod, so a pod acts as its ServiceAccount; client-go sends no credentials over plain HTTP, so
 * the identity rides in the URL), a bearer token "mk8s-sa.<namespace>.<serviceaccount>", or
 * impersonation headers (`kubectl --as=...`). Requests
 * without either are the cluster admin and are not checked. Roles, ClusterRoles and their
 * bindings are evaluated as Kubernetes's RBAC authorizer does (apiGroups, resources with
 * subresources, verbs, resourceNames; no aggregation rules). Also answers SubjectAccessReviews.
 */
import type { IncomingHttpHeaders } from "node:http";
import type { Store } from "./store.ts";

export interface UserInfo {
  name: string;
  groups: string[];
}

export interface Attributes {
  verb: string;
  group: string;
  resource: string;
  subresource?: string;
  namespace?: string;
  name?: string;
}

export const ADMIN: UserInfo = {
  name: "kubernetes-admin",
  groups: ["system:masters", "system:authenticated"],
};

export function serviceAccountUser(ns: string, sa: string): UserInfo {
  return {
    name: `system:serviceaccount:${ns}:${sa}`,
    groups: ["system:serviceaccounts", `system:serviceaccounts:${ns}`, "system:authenticated"],
  };
}

/** The token the kubelet writes into a pod's kubeconfig for its ServiceAccount. */
export function serviceAccountToken(ns: string, sa: string): string {
  return `mk8s-sa.${ns}.${sa}`;
}

/** A ServiceAccount's server URL path prefix for pods' kubeconfigs. */
export function serviceAccountPath(ns: string, sa: string): string {
  return `/mk8s-sa/${ns}/${sa}`;
}

/** Splits a ServiceAccount path prefix off a request path. */
export function serviceAccountPrefix(path: string): { user: UserInfo; rest: string } | undefined {
  const m = /^\/mk8s-sa\/([a-z0-9-]+)\/([a-z0-9.-]+)(\/.*)?$/.exec(path);
  if (!m) return undefined;
  return { user: serviceAccountUser(m[1]!, m[2]!), rest: m[3] ?? "/" };
}

/** Who a request is: impersonated, a ServiceAccount token, or the admin. */
export function identify(headers: IncomingHttpHeaders): UserInfo {
  const imp = headers["impersonate-user"];
  if (typeof imp === "string" && imp !== "") {
    const g = headers["impersonate-group"];
    const groups = (Array.isArray(g) ? g : g ? [g] : []).flatMap((x) =>
      x.split(",").map((y) => y.trim()),
    );
    const m = /^system:serviceaccount:([^:]+):([^:]+)$/.exec(imp);
    const base = m
      ? serviceAccountUser(m[1]!, m[2]!)
      : { name: imp, groups: ["system:authenticated"] };
    return { name: base.name, groups: [...new Set([...base.groups, ...groups])] };
  }
  const auth = String(headers.authorization ?? "");
  const m = /^Bearer mk8s-sa\.([a-z0-9-]+)\.([a-z0-9.-]+)$/.exec(auth);
  if (m) return serviceAccountUser(m[1]!, m[2]!);
  return ADMIN;
}

export function isAdmin(u: UserInfo): boolean {
  return u.groups.includes("system:masters");
}

function ruleAllows(rule: any, a: Attributes): boolean {
  const has = (list: string[] | undefined, v: string) =>
    (list ?? []).includes("*") || (list ?? []).includes(v);
  if (!has(rule.verbs, a.verb)) return false;
  if (!has(rule.apiGroups, a.group)) return false;
  const res = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
  const rs: string[] = rule.resources ?? [];
  const resOk =
    rs.includes("*") ||
    rs.includes(res) ||
    (a.subresource ? rs.includes(`*/${a.subresource}`) || rs.includes(`${a.resource}/*`) : false);
  if (!resOk) return false;
  const names: string[] = rule.resourceNames ?? [];
  if (names.length && (!a.name || !names.includes(a.name))) return false;
  return true;
}

function subjectMatches(s: any, u: UserInfo, bindingNs: string | undefined): boolean {
  if (s.kind === "User") return s.name === u.name;
  if (s.kind === "Group") return u.groups.includes(s.name);
  if (s.kind === "ServiceAccount")
    return u.name === `system:serviceaccount:${s.namespace ?? bindingNs}:${s.name}`;
  return false;
}

/** Whether RBAC lets the user do it, with the reason Kubernetes gives. */
export function authorize(
  store: Store,
  u: UserInfo,
  a: Attributes,
): { allowed: boolean; reason: string } {
  if (isAdmin(u)) return { allowed: true, reason: "system:masters" };
  const T = (kind: string) => store.type("rbac.authorization.k8s.io", "v1", kind)!;
  for (const b of store.list(T("clusterrolebindings"))) {
    if (!(b.subjects ?? []).some((s: any) => subjectMatches(s, u, undefined))) continue;
    const role = store.tryGet(T("clusterroles"), undefined, b.roleRef?.name);
    if (role && (role.rules ?? []).some((r: any) => ruleAllows(r, a)))
      return {
        allowed: true,
        reason: `RBAC: allowed by ClusterRoleBinding "${b.metadata.name}" of ClusterRole "${role.metadata.name}" to ${b.subjects.map((s: any) => `${s.kind} "${s.name}"`).join(", ")}`,
      };
  }
  if (a.namespace) {
    for (const b of store.list(T("rolebindings"), { namespace: a.namespace })) {
      if (!(b.subjects ?? []).some((s: any) => subjectMatches(s, u, a.namespace))) continue;
      const role =
        b.roleRef?.kind === "ClusterRole"
          ? store.tryGet(T("clusterroles"), undefined, b.roleRef.name)
          : store.tryGet(T("roles"), a.namespace, b.roleRef?.name);
      if (role && (role.rules ?? []).some((r: any) => ruleAllows(r, a)))
        return {
          allowed: true,
          reason: `RBAC: allowed by RoleBinding "${b.metadata.name}/${a.namespace}" of ${b.roleRef.kind} "${role.metadata.name}"`,
        };
    }
  }
  return { allowed: false, reason: "" };
}

/** Kubernetes's 403 message for a denied request. */
export function forbiddenMessage(u: UserInfo, a: Attributes): string {
  const res = a.subresource ? `${a.resource}/${a.subresource}` : a.resource;
  const what = a.name
    ? `${a.group ? `${a.resource}.${a.group}` : a.resource} "${a.name}"`
    : a.group
      ? `${a.resource}.${a.group}`
      : a.resource;
  const where = a.namespace ? `in the namespace "${a.namespace}"` : "at the cluster scope";
  return `${what} is forbidden: User "${u.name}" cannot ${a.verb} resource "${res}" in API group "${a.group}" ${where}`;
}
