/**
 * What the Kubernetes e2e tests share: a cluster (the one KUBECONFIG points at when it is set,
 * else a fresh local one), a namespace of their own, and kubectl. Tests talk to the cluster only
 * through kubectl and the Kubernetes API, so they run unchanged against a real cluster.
 *
 * Environment: KUBECONFIG (use that cluster), MIMIR_TS_IMAGE (the component image; default
 * ghcr.io/mimir-ts/mimir-ts:0.1.0), BUSYBOX_IMAGE (default busybox:1.36).
 */
import { spawn } from "node:child_process";
import { LocalCluster } from "./cluster.ts";

export const MIMIR_IMAGE = process.env.MIMIR_TS_IMAGE ?? "ghcr.io/mimir-ts/mimir-ts:0.1.0";
/** MIMIR_IMAGE as a MimirCluster's `spec.image`, in YAML flow style ({repository, tag}). */
export function mimirImageSpec(): string {
  const colon = MIMIR_IMAGE.lastIndexOf(":");
  const tagged = colon > MIMIR_IMAGE.lastIndexOf("/");
  const repository = tagged ? MIMIR_IMAGE.slice(0, colon) : MIMIR_IMAGE;
  const tag = tagged ? MIMIR_IMAGE.slice(colon + 1) : "latest";
  return `{repository: ${JSON.stringify(repository)}, tag: ${JSON.stringify(tag)}}`;
}
export const BUSYBOX_IMAGE = process.env.BUSYBOX_IMAGE ?? "busybox:1.36";
export const REPO = new URL("../../", import.meta.url).pathname;

export interface KubectlResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface Kube {
  kubeconfig: string;
  namespace: string;
  /** Set when this run started its own local cluster. */
  local?: LocalCluster;
  /** Runs kubectl in the test namespace; never throws. */
  run(args: string[], stdin?: string): Promise<KubectlResult>;
  /** Runs kubectl; throws with its stderr when it fails; returns stdout. */
  kubectl(args: string[], stdin?: string): Promise<string>;
  /** kubectl get -o json, parsed. */
  json(args: string[]): Promise<any>;
  /** Deletes the namespace and stops the local cluster (if any). */
  close(): Promise<void>;
}

export function runKubectl(
  kubeconfig: string,
  args: string[],
  stdin?: string,
  timeoutMs = 120_000,
): Promise<KubectlResult> {
  return new Promise((resolve) => {
    const p = spawn("kubectl", args, {
      env: { ...process.env, KUBECONFIG: kubeconfig },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    p.stdout.on("data", (d) => {
      stdout += d;
    });
    p.stderr.on("data", (d) => {
      stderr += d;
    });
    const t = setTimeout(() => p.kill("SIGKILL"), timeoutMs);
    p.on("close", (code) => {
      clearTimeout(t);
      resolve({ code: code ?? -1, stdout, stderr });
    });
    p.stdin.end(stdin ?? "");
  });
}

export async function startKube(prefix: string): Promise<Kube> {
  let local: LocalCluster | undefined;
  let kubeconfig = process.env.KUBECONFIG ?? "";
  if (!kubeconfig) {
    local = await LocalCluster.start();
    kubeconfig = local.kubeconfigPath;
  }
  const namespace = `${prefix}-${Math.random().toString(36).slice(2, 7)}`;
  const run = (args: string[], stdin?: string) =>
    runKubectl(kubeconfig, ["-n", namespace, ...args], stdin);
  const kubectl = async (args: string[], stdin?: string) => {
    const r = await run(args, stdin);
    if (r.code !== 0)
      throw new Error(`kubectl ${args.join(" ")} failed (${r.code}): ${r.stderr}${r.stdout}`);
    return r.stdout;
  };
  await kubectl(["create", "namespace", namespace]);
  return {
    kubeconfig,
    namespace,
    local,
    run,
    kubectl,
    json: async (args) => JSON.parse(await kubectl([...args, "-o", "json"])),
    close: async () => {
      await run(["delete", "namespace", namespace, "--wait=false"]);
      await local?.stop();
    },
  };
}

/** Polls fn until it returns a truthy value or the timeout passes (then throws with the last value). */
export async function eventually<T>(
  fn: () => Promise<T>,
  timeoutMs = 30_000,
  what = "condition",
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      last = await fn();
      if (last) return last as T;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end)
      throw new Error(
        `timed out waiting for ${what}: ${last instanceof Error ? last.message : JSON.stringify(last)}`,
      );
    await new Promise((r) => setTimeout(r, 250));
  }
}
