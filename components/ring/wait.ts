/**
 * Waiting on a ring at startup (dskit ring/util.go): WaitInstanceState polls until the ring
 * client sees an instance in a state; WaitRingStability / WaitRingTokensStability poll every
 * second until the healthy instances (ignoring heartbeats, and for the tokens variant also
 * states) have not changed for `minStability`, giving up after `maxWaiting`.
 */
import type { InstanceDesc, InstanceState } from "./model.ts";
import type { Operation } from "./operation.ts";
import type { Ring } from "./ring.ts";

export interface WaitOptions {
  signal?: AbortSignal;
  /** Poll period, ms (dskit: 1s for stability; a 100ms–1s backoff for instance state). */
  pollMs?: number;
  now?: () => number;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason ?? new Error("aborted"));
    const t = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal?.reason ?? new Error("aborted"));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });

/**
 * Resolves once the ring has instance `id` in `state`. Rejects after `timeoutMs` (0 = never)
 * with `instance <id> did not reach <state name> within <timeout>`.
 */
export async function waitInstanceState(
  ring: () => Ring,
  id: string,
  state: InstanceState,
  stateName: string,
  timeoutMs: number,
  opts: WaitOptions = {},
): Promise<void> {
  const now = opts.now ?? Date.now;
  const deadline = timeoutMs > 0 ? now() + timeoutMs : Number.POSITIVE_INFINITY;
  let backoff = opts.pollMs ?? 100;
  for (;;) {
    const r = ring();
    if (r.hasInstance(id) && r.getInstance(id).state === state) return;
    if (now() >= deadline)
      throw new Error(
        `instance ${id} did not reach the ${stateName} state in the ring within ${timeoutMs}ms`,
      );
    await sleep(Math.min(backoff, Math.max(1, deadline - now())), opts.signal);
    if (opts.pollMs === undefined) backoff = Math.min(backoff * 2, 1_000);
  }
}

/** A ring's healthy instances as a comparable string (heartbeats ignored; states optionally). */
function topology(r: Ring, op: Operation, withState: boolean, nowMs: number): string {
  let instances: InstanceDesc[];
  try {
    instances = r.getAllHealthy(op, nowMs).instances;
  } catch {
    // An empty or unhealthy ring compares as an empty set (dskit ignores the error).
    instances = [];
  }
  return instances
    .map(
      (i) =>
        `${i.id}\u0000${i.addr}\u0000${i.zone}\u0000${withState ? i.state : ""}\u0000${i.tokens.join(",")}`,
    )
    .sort()
    .join("\u0001");
}

/**
 * Waits until the healthy instances for `op` stay unchanged for `minStabilityMs`; returns true
 * then, or false once `maxWaitingMs` passed without stability (the caller proceeds anyway).
 * `tokensOnly` ignores state changes (WaitRingTokensStability).
 */
export async function waitRingStability(
  ring: () => Ring,
  op: Operation,
  minStabilityMs: number,
  maxWaitingMs: number,
  tokensOnly: boolean,
  opts: WaitOptions = {},
): Promise<boolean> {
  const now = opts.now ?? Date.now;
  const poll = opts.pollMs ?? 1_000;
  const start = now();
  let last = topology(ring(), op, !tokensOnly, start);
  let lastChange = start;
  for (;;) {
    const left = start + maxWaitingMs - now();
    if (left <= 0) return false;
    await sleep(Math.min(poll, left), opts.signal);
    const t = now();
    const cur = topology(ring(), op, !tokensOnly, t);
    if (cur !== last) {
      last = cur;
      lastChange = t;
    } else if (t - lastChange >= minStabilityMs) return true;
  }
}
