/**
 * The image table: which local command runs a container image, since there is no container
 * engine. An image's entrypoint and default arguments are those of its Dockerfile:
 *
 * | image (repository, any registry/tag) | entrypoint                                | default args   | workdir |
 * |--------------------------------------|-------------------------------------------|----------------|---------|
 * | .../mimir-ts-operator, .../operator  | node <repo>/operator/main.ts              |                | <repo>  |
 * | .../mimir-ts                         | node <repo>/components/cmd/mimir.ts       | -target=all    | /data   |
 * | memcached                            | /usr/bin/memcached -u nobody              |                |         |
 * | prom/memcached-exporter              | node e2e/kube/node/stand-ins/memcached-exporter.ts |       |         |
 * | busybox, alpine, debian, ubuntu      | (none: the container's command runs on the host's tools) | sh |  |
 *
 * `node` is the Node.js running the cluster; paths under /app/ in a command map to the repository
 * (the images copy the repository to /app).
 */
import { join } from "node:path";

export const REPO_ROOT = new URL("../../../", import.meta.url).pathname.replace(/\/$/, "");

export interface ImageSpec {
  entrypoint: string[];
  cmd: string[];
  workdir?: string;
}

interface Entry {
  match: RegExp;
  spec: () => ImageSpec;
}

const TABLE: Entry[] = [
  {
    match: /(^|\/)(mimir-ts-operator|operator)(:|@|$)/,
    spec: () => ({
      entrypoint: ["node", join(REPO_ROOT, "operator/main.ts")],
      cmd: [],
      workdir: REPO_ROOT,
    }),
  },
  {
    match: /(^|\/)mimir-ts(:|@|$)/,
    spec: () => ({
      entrypoint: ["node", join(REPO_ROOT, "components/cmd/mimir.ts")],
      cmd: ["-target=all"],
      workdir: "/data",
    }),
  },
  {
    match: /(^|\/)memcached(:|@|$)/,
    spec: () => ({ entrypoint: ["/usr/bin/memcached", "-u", "nobody"], cmd: [] }),
  },
  {
    match: /(^|\/)memcached-exporter(:|@|$)/,
    spec: () => ({
      entrypoint: ["node", join(REPO_ROOT, "e2e/kube/node/stand-ins/memcached-exporter.ts")],
      cmd: [],
    }),
  },
  {
    match: /(^|\/)(busybox|alpine|debian|ubuntu)(:|@|$)/,
    spec: () => ({ entrypoint: [], cmd: ["sh"] }),
  },
];

/** The image's spec, or undefined when the table has no entry (the pod shows ErrImagePull). */
export function imageSpec(image: string): ImageSpec | undefined {
  for (const e of TABLE) if (e.match.test(image)) return e.spec();
  return undefined;
}

/** Maps one argv element: "node" to this Node.js, "/app/..." to the repository. */
export function mapArg(a: string, i: number): string {
  if (i === 0 && a === "node") return process.execPath;
  if (a.startsWith("/app/")) return join(REPO_ROOT, a.slice(5));
  return a;
}
