/**
 * A container's environment and argv as the kubelet builds them: env values, fieldRef
 * (metadata.name/namespace/uid/labels/annotations, status.podIP/hostIP, spec.nodeName,
 * spec.serviceAccountName), resourceFieldRef, ConfigMap/Secret key refs and envFrom, then
 * $(VAR) expansion in env values, command and args ("$$" escapes a dollar).
 */

export interface Lookup {
  configMap(name: string): Record<string, string> | undefined;
  /** Decoded secret data. */
  secret(name: string): Record<string, string> | undefined;
}

export class EnvError extends Error {
  reason: string;
  constructor(reason: string, message: string) {
    super(message);
    this.reason = reason;
  }
}

/** Expands $(VAR) references from env; unknown references stay as written. */
export function expand(s: string, env: Record<string, string>): string {
  return s.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (m, name) => {
    if (m === "$$") return "$";
    return Object.hasOwn(env, name) ? env[name]! : m;
  });
}

function fieldRef(pod: any, path: string): string {
  const m = /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(path);
  if (m) return pod.metadata[m[1]!]?.[m[2]!] ?? "";
  switch (path) {
    case "metadata.name":
      return pod.metadata.name;
    case "metadata.namespace":
      return pod.metadata.namespace;
    case "metadata.uid":
      return pod.metadata.uid;
    case "status.podIP":
      return pod.status?.podIP ?? "";
    case "status.podIPs":
      return pod.status?.podIP ?? "";
    case "status.hostIP":
      return pod.status?.hostIP ?? "";
    case "spec.nodeName":
      return pod.spec.nodeName ?? "";
    case "spec.serviceAccountName":
      return pod.spec.serviceAccountName ?? "default";
    default:
      return "";
  }
}

const UNITS: Record<string, number> = {
  "": 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 1024,
  Mi: 1024 ** 2,
  Gi: 1024 ** 3,
  Ti: 1024 ** 4,
  m: 1e-3,
};

/** A Kubernetes quantity ("512Mi", "1.5", "250m") as a number. */
export function quantity(q: string | number | undefined): number {
  if (q === undefined) return 0;
  if (typeof q === "number") return q;
  const m = /^([0-9.]+)([a-zA-Z]*)$/.exec(q.trim());
  if (!m) return 0;
  return Number(m[1]) * (UNITS[m[2]!] ?? 1);
}

function resourceField(c: any, ref: any): string {
  const [kind, res] = String(ref.resource).split(".");
  const v = quantity(c.resources?.[kind!]?.[res!]);
  const divisor = quantity(ref.divisor ?? "1") || 1;
  if (v === 0 && res === "memory") return String(Math.floor((16 * 1024 ** 3) / divisor));
  if (v === 0 && res === "cpu") return String(Math.ceil(2 / divisor));
  return String(Math.ceil(v / divisor));
}

/** The container's environment (base variables first, then envFrom, then env). */
export function containerEnv(
  pod: any,
  c: any,
  lookup: Lookup,
  base: Record<string, string>,
): Record<string, string> {
  const env: Record<string, string> = { ...base };
  for (const ef of c.envFrom ?? []) {
    const prefix = ef.prefix ?? "";
    if (ef.configMapRef) {
      const d = lookup.configMap(ef.configMapRef.name);
      if (!d && !ef.configMapRef.optional)
        throw new EnvError(
          "CreateContainerConfigError",
          `configmap "${ef.configMapRef.name}" not found`,
        );
      for (const [k, v] of Object.entries(d ?? {})) env[prefix + k] = v;
    }
    if (ef.secretRef) {
      const d = lookup.secret(ef.secretRef.name);
      if (!d && !ef.secretRef.optional)
        throw new EnvError("CreateContainerConfigError", `secret "${ef.secretRef.name}" not found`);
      for (const [k, v] of Object.entries(d ?? {})) env[prefix + k] = v;
    }
  }
  for (const e of c.env ?? []) {
    if (e.value !== undefined) {
      env[e.name] = expand(String(e.value), env);
      continue;
    }
    const vf = e.valueFrom ?? {};
    if (vf.fieldRef) env[e.name] = fieldRef(pod, vf.fieldRef.fieldPath);
    else if (vf.resourceFieldRef) env[e.name] = resourceField(c, vf.resourceFieldRef);
    else if (vf.configMapKeyRef) {
      const d = lookup.configMap(vf.configMapKeyRef.name);
      const v = d?.[vf.configMapKeyRef.key];
      if (v === undefined) {
        if (vf.configMapKeyRef.optional) continue;
        throw new EnvError(
          "CreateContainerConfigError",
          d
            ? `couldn't find key ${vf.configMapKeyRef.key} in ConfigMap ${pod.metadata.namespace}/${vf.configMapKeyRef.name}`
            : `configmap "${vf.configMapKeyRef.name}" not found`,
        );
      }
      env[e.name] = v;
    } else if (vf.secretKeyRef) {
      const d = lookup.secret(vf.secretKeyRef.name);
      const v = d?.[vf.secretKeyRef.key];
      if (v === undefined) {
        if (vf.secretKeyRef.optional) continue;
        throw new EnvError(
          "CreateContainerConfigError",
          d
            ? `couldn't find key ${vf.secretKeyRef.key} in Secret ${pod.metadata.namespace}/${vf.secretKeyRef.name}`
            : `secret "${vf.secretKeyRef.name}" not found`,
        );
      }
      env[e.name] = v;
    } else env[e.name] = "";
  }
  return env;
}
