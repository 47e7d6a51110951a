/**
 * Which ruler evaluates a rule group (Mimir's ruler ring): the group's token is 32-bit FNV-1a
 * over tenant, namespace and group name (Mimir's tokenForGroup); the owner is the first
 * instance clockwise from the token, within the tenant's shuffle shard
 * (ruler_tenant_shard_size, 0 = every ruler), that is ACTIVE with a fresh heartbeat. An instance
 * that stops heartbeating thus loses its groups to the next one after the heartbeat timeout.
 */
import { InstanceState, isHeartbeatHealthy } from "../ring/model.ts";
import type { Ring } from "../ring/ring.ts";
import type { RuleGroupDesc } from "./rulegroup.ts";

/** Go's hash/fnv New32a over the UTF-8 bytes of each part in turn. */
export function fnv1a32(...parts: string[]): number {
  let h = 2166136261;
  for (const p of parts)
    for (const b of Buffer.from(p, "utf8")) {
      h ^= b;
      h = Math.imul(h, 16777619);
    }
  return h >>> 0;
}

export function tokenForGroup(g: Pick<RuleGroupDesc, "user" | "namespace" | "name">): number {
  return fnv1a32(g.user, g.namespace, g.name);
}

/** The first token of a sorted token list that is > key, as a clockwise distance from key. */
function distance(tokens: readonly number[], key: number): number {
  if (tokens.length === 0) return Number.POSITIVE_INFINITY;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid] <= key) lo = mid + 1;
    else hi = mid;
  }
  const t = lo < tokens.length ? tokens[lo] : tokens[0];
  return t > key ? t - key : t + 2 ** 32 - key;
}

/**
 * The first instance clockwise from `key` that is ACTIVE with a fresh heartbeat, or undefined
 * when there is none.
 */
export function ownerOfToken(r: Ring, key: number, nowMs = Date.now()): string | undefined {
  let best: string | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const i of r.getInstances()) {
    if (i.state !== InstanceState.ACTIVE) continue;
    if (!isHeartbeatHealthy(i, r.cfg.heartbeatTimeoutMs, nowMs)) continue;
    const d = distance(i.tokens, key >>> 0);
    if (d < bestD || (d === bestD && best !== undefined && i.id < best)) {
      bestD = d;
      best = i.id;
    }
  }
  return best;
}

/** The ID of the ruler that owns the group, or undefined when no ruler is healthy. */
export function groupOwner(
  ring: Ring,
  g: Pick<RuleGroupDesc, "user" | "namespace" | "name">,
  shardSize: number,
  nowMs = Date.now(),
): string | undefined {
  let r = ring;
  if (shardSize > 0) {
    try {
      r = ring.shuffleShard(g.user, shardSize);
    } catch {
      return undefined;
    }
  }
  return ownerOfToken(r, tokenForGroup(g), nowMs);
}
