/**
 * Whether the running Mimir processes serve a tenant's overrides: GET /runtime_config (YAML)
 * from every Ready pod of the cluster with an http-metrics port, and compare the tenant's entry
 * under `overrides` with what the MimirTenant asks for. Values compare as numbers when both are
 * numbers, as durations when both parse as durations, else as JSON.
 */
import * as yaml from "js-yaml";
import { parseDuration } from "./duration.ts";

function same(want: unknown, got: unknown): boolean {
  if (typeof want === "number" || typeof got === "number") return Number(want) === Number(got);
  if (typeof want === "string" && typeof got === "string") {
    if (want === got) return true;
    try {
      return parseDuration(want) === parseDuration(got);
    } catch {
      return false;
    }
  }
  return JSON.stringify(want) === JSON.stringify(got);
}

/** Why the served runtime config does not carry the tenant's overrides yet, or undefined. */
export function appliedProblem(
  tenantId: string,
  want: Record<string, unknown>,
  servedYaml: string,
): string | undefined {
  let served: any;
  try {
    served = yaml.load(servedYaml);
  } catch (e) {
    return `runtime_config is not YAML: ${(e as Error).message}`;
  }
  const mine = served?.overrides?.[tenantId];
  if (mine === undefined) return `no overrides for tenant ${tenantId} yet`;
  for (const [k, v] of Object.entries(want)) {
    if (!same(v, mine[k]))
      return `${k} is ${JSON.stringify(mine[k])}, not ${JSON.stringify(v)} yet`;
  }
  return undefined;
}

/** GET http://<ip>:<port>/runtime_config, text; throws on a non-200 answer or a timeout. */
export async function fetchRuntimeConfig(
  ip: string,
  port: number,
  timeoutMs = 3_000,
): Promise<string> {
  const res = await fetch(`http://${ip}:${port}/runtime_config`, {
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET /runtime_config on ${ip} answered ${res.status}`);
  return text;
}
