/**
 * Resolution of configured filesystem paths. Every field declared with `path` is made absolute
 * against a base directory once, when the configuration is loaded, so nothing later depends on
 * the process's working directory (which may be deleted under a running process: a relative
 * path then cannot be created or opened at all). Empty values stay empty (they mean "off").
 */
import { isAbsolute, resolve } from "node:path";
import { type Block, isField } from "./spec.ts";

/** Makes `p` absolute against `base` (which must be absolute); "" stays "". */
export function absolutePath(p: string, base: string): string {
  if (p === "") return p;
  return isAbsolute(p) ? resolve(p) : resolve(base, p);
}

/**
 * Rewrites, in place, every `path` field of `cfg` (shaped by `block`) to an absolute path
 * against `base`; "list" fields are comma-separated lists of paths.
 */
export function resolvePaths(block: Block, cfg: Record<string, any>, base: string): void {
  if (!isAbsolute(base)) throw new Error(`resolvePaths: base directory ${base} is not absolute`);
  for (const [k, v] of Object.entries(block)) {
    if (!isField(v)) {
      if (cfg[k] !== null && typeof cfg[k] === "object") resolvePaths(v, cfg[k], base);
      continue;
    }
    if (v.path === undefined || typeof cfg[k] !== "string") continue;
    cfg[k] =
      v.path === "list"
        ? (cfg[k] as string)
            .split(",")
            .map((s) => absolutePath(s.trim(), base))
            .join(",")
        : absolutePath(cfg[k], base);
  }
}
