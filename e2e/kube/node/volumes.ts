/**
 * Pod volumes as host directories: emptyDir and configMap/secret/downwardAPI/projected files
 * under the pod's directory (rewritten when the source object changes, so mounted files update),
 * and PVC-backed directories under the cluster's state directory that outlive the pod.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Store } from "../api/store.ts";

export class VolumeError extends Error {}

function filesOf(store: Store, pod: any, v: any): Map<string, Buffer> | undefined {
  const ns = pod.metadata.namespace;
  const out = new Map<string, Buffer>();
  const fromData = (data: Record<string, Buffer>, items: any[] | undefined) => {
    if (items?.length) {
      for (const it of items) if (data[it.key] !== undefined) out.set(it.path, data[it.key]!);
    } else for (const [k, b] of Object.entries(data)) out.set(k, b);
  };
  const cmData = (name: string, optional: boolean): Record<string, Buffer> | undefined => {
    const cm = store.tryGet(store.type("", "v1", "configmaps")!, ns, name);
    if (!cm) {
      if (optional) return {};
      throw new VolumeError(`configmap "${name}" not found`);
    }
    const d: Record<string, Buffer> = {};
    for (const [k, s] of Object.entries<string>(cm.data ?? {})) d[k] = Buffer.from(s);
    for (const [k, s] of Object.entries<string>(cm.binaryData ?? {}))
      d[k] = Buffer.from(s, "base64");
    return d;
  };
  const secretData = (name: string, optional: boolean): Record<string, Buffer> | undefined => {
    const s = store.tryGet(store.type("", "v1", "secrets")!, ns, name);
    if (!s) {
      if (optional) return {};
      throw new VolumeError(`secret "${name}" not found`);
    }
    const d: Record<string, Buffer> = {};
    for (const [k, x] of Object.entries<string>(s.data ?? {})) d[k] = Buffer.from(x, "base64");
    for (const [k, x] of Object.entries<string>(s.stringData ?? {})) d[k] = Buffer.from(x);
    return d;
  };
  const downward = (items: any[]) => {
    for (const it of items ?? []) {
      const p = it.fieldRef?.fieldPath ?? "";
      let val = "";
      if (p === "metadata.labels")
        val = Object.entries(pod.metadata.labels ?? {})
          .map(([k, x]) => `${k}="${x}"`)
          .join("\n");
      else if (p === "metadata.annotations")
        val = Object.entries(pod.metadata.annotations ?? {})
          .map(([k, x]) => `${k}="${x}"`)
          .join("\n");
      else if (p === "metadata.name") val = pod.metadata.name;
      else if (p === "metadata.namespace") val = pod.metadata.namespace;
      else if (p === "metadata.uid") val = pod.metadata.uid;
      out.set(it.path, Buffer.from(val));
    }
  };
  if (v.configMap) fromData(cmData(v.configMap.name, !!v.configMap.optional)!, v.configMap.items);
  else if (v.secret)
    fromData(secretData(v.secret.secretName, !!v.secret.optional)!, v.secret.items);
  else if (v.downwardAPI) downward(v.downwardAPI.items);
  else if (v.projected) {
    for (const s of v.projected.sources ?? []) {
      if (s.configMap)
        fromData(cmData(s.configMap.name, !!s.configMap.optional)!, s.configMap.items);
      if (s.secret) fromData(secretData(s.secret.name, !!s.secret.optional)!, s.secret.items);
      if (s.downwardAPI) downward(s.downwardAPI.items);
    }
  } else return undefined;
  return out;
}

/** Where a PVC's data lives on the host. */
export function claimDir(stateDir: string, ns: string, claim: string): string {
  return join(stateDir, "pvc", ns, claim);
}

export interface PreparedVolumes {
  dirs: Map<string, string>;
  /** Content hash per file-backed volume, to rewrite only on change. */
  hashes: Map<string, string>;
}

/** Creates every volume's host directory and writes file-backed volumes. Throws VolumeError. */
export function prepareVolumes(
  store: Store,
  pod: any,
  podDir: string,
  stateDir: string,
  prev?: PreparedVolumes,
): PreparedVolumes {
  const dirs = prev?.dirs ?? new Map<string, string>();
  const hashes = prev?.hashes ?? new Map<string, string>();
  for (const v of pod.spec.volumes ?? []) {
    if (v.persistentVolumeClaim) {
      const claim = v.persistentVolumeClaim.claimName;
      const pvc = store.tryGet(
        store.type("", "v1", "persistentvolumeclaims")!,
        pod.metadata.namespace,
        claim,
      );
      if (!pvc) throw new VolumeError(`persistentvolumeclaim "${claim}" not found`);
      const d = claimDir(stateDir, pod.metadata.namespace, claim);
      mkdirSync(d, { recursive: true });
      dirs.set(v.name, d);
      continue;
    }
    const d = join(podDir, "volumes", v.name);
    if (v.hostPath) {
      dirs.set(v.name, v.hostPath.path);
      continue;
    }
    mkdirSync(d, { recursive: true });
    dirs.set(v.name, d);
    const files = filesOf(store, pod, v);
    if (!files) continue;
    const h = createHash("sha256");
    for (const [k, b] of [...files].sort()) h.update(k).update("\0").update(b).update("\0");
    const digest = h.digest("hex");
    if (hashes.get(v.name) === digest) continue;
    hashes.set(v.name, digest);
    for (const [k, b] of files) {
      const f = join(d, k);
      mkdirSync(dirname(f), { recursive: true });
      writeFileSync(`${f}.tmp`, b);
      renameSync(`${f}.tmp`, f);
    }
    for (const name of existsSync(d) ? readdirSync(d) : [])
      if (![...files.keys()].some((k) => k === name || k.startsWith(`${name}/`)))
        rmSync(join(d, name), { recursive: true, force: true });
  }
  return { dirs, hashes };
}
