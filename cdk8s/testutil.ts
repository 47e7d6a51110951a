/** Helpers shared by the cdk8s tests. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { loadAll } from "js-yaml";
import { runRender } from "./cli.ts";
import { ROOT } from "./gen.ts";
import type { MimirCluster, MimirTenant } from "./imports/mimirts.dev.ts";
import type { KubeObject } from "./render.ts";

export { ROOT };

/** Each example that renders, with the files `mimir-ts render` is given. */
export const EXAMPLES: Record<string, string[]> = {
  monolithic: ["examples/monolithic/mimircluster.yaml"],
  "microservices-s3": [
    "examples/microservices-s3/mimircluster.yaml",
    "examples/tenants/tenants.yaml",
  ],
  "read-write": ["examples/read-write/mimircluster.yaml"],
};

export function loadDocs(rel: string): any[] {
  return loadAll(readFileSync(join(ROOT, rel), "utf8")).filter(
    (d) => d !== null && d !== undefined,
  );
}

export function exampleInput(name: string): { cluster: MimirCluster; tenants: MimirTenant[] } {
  const docs = EXAMPLES[name].flatMap(loadDocs);
  return {
    cluster: docs.find((d) => d.kind === "MimirCluster"),
    tenants: docs.filter((d) => d.kind === "MimirTenant"),
  };
}

export async function runCli(
  args: string[],
  stdinText = "",
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdin = new PassThrough();
  stdin.end(stdinText);
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on("data", (c) => out.push(c));
  stderr.on("data", (c) => err.push(c));
  const code = await runRender(args, { stdin, stdout, stderr });
  return { code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
}

export function podTemplates(
  objs: KubeObject[],
): { owner: KubeObject; labels: Record<string, string>; spec: any }[] {
  return objs
    .filter((o) => o.kind === "StatefulSet" || o.kind === "Deployment")
    .map((o) => ({
      owner: o,
      labels: o.spec.template.metadata.labels,
      spec: o.spec.template.spec,
    }));
}

export function matches(selector: Record<string, string>, labels: Record<string, string>): boolean {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}

/** Every key path of a YAML object ("a.b.c"), lists of scalars as leaves. */
export function keyPaths(v: unknown, prefix = ""): string[] {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return [prefix];
  return Object.entries(v as Record<string, unknown>).flatMap(([k, sub]) =>
    keyPaths(sub, prefix ? `${prefix}.${k}` : k),
  );
}
