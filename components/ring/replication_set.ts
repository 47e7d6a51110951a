/**
 * Replication sets and fanning out a call to them until a quorum answers (dskit
 * ReplicationSet, DoUntilQuorum and its result trackers).
 */
import type { InstanceDesc } from "./model.ts";

export interface ReplicationSet {
  instances: InstanceDesc[];
  /** How many instances may fail (not zone-aware). */
  maxErrors: number;
  /** How many zones may fail (zone-aware). */
  maxUnavailableZones: number;
  zoneAwarenessEnabled: boolean;
}

export function emptyReplicationSet(): ReplicationSet {
  return { instances: [], maxErrors: 0, maxUnavailableZones: 0, zoneAwarenessEnabled: false };
}

export interface DoUntilQuorumOptions {
  /**
   * Start only as many calls as a quorum needs (whole zones when zone-aware), and start more
   * only when one fails or after `hedgingDelayMs`.
   */
  minimizeRequests?: boolean;
  /** With minimizeRequests: start the remaining calls after this many ms (0 = only on failure). */
  hedgingDelayMs?: number;
  /** An error for which no quorum is awaited: everything is cancelled and it is thrown. */
  isTerminalError?: (e: unknown) => boolean;
  /** Orders zones for minimized requests (default: random). */
  zoneSorter?: (zones: string[]) => string[];
  signal?: AbortSignal;
}

interface Group {
  instances: number[];
  pending: number;
  failed: boolean;
  succeeded: number;
  started: boolean;
}

/**
 * Calls `f` for the instances of `set` until enough succeed: all but `maxErrors` instances, or
 * (zone-aware, or maxUnavailableZones > 0) every instance of all but `maxUnavailableZones`
 * zones. Returns the results of the instances that count towards the quorum (in set order);
 * the signal passed to the other calls is aborted, and their results given to `cleanup`.
 * Throws the error that made the quorum unreachable.
 */
export async function doUntilQuorum<T>(
  set: ReplicationSet,
  opts: DoUntilQuorumOptions,
  f: (instance: InstanceDesc, signal: AbortSignal) => Promise<T>,
  cleanup: (result: T) => void = () => {},
): Promise<T[]> {
  if (set.zoneAwarenessEnabled && set.maxErrors > 0) {
    throw new Error(
      `invalid ReplicationSet: MaxErrors is non-zero (is ${set.maxErrors}) and ZoneAwarenessEnabled is true`,
    );
  }
  const n = set.instances.length;
  const zoneMode = set.maxUnavailableZones > 0 || set.zoneAwarenessEnabled;
  // Groups: one per zone in zone mode, else one per instance.
  const groups: Group[] = [];
  const groupOf = new Int32Array(n);
  if (zoneMode) {
    const byZone = new Map<string, number>();
    let zones = [...new Set(set.instances.map((i) => i.zone))];
    zones = opts.zoneSorter ? opts.zoneSorter(zones) : shuffle(zones);
    for (const z of zones) {
      byZone.set(z, groups.length);
      groups.push({ instances: [], pending: 0, failed: false, succeeded: 0, started: false });
    }
    set.instances.forEach((inst, k) => {
      const g = byZone.get(inst.zone)!;
      groupOf[k] = g;
      groups[g]!.instances.push(k);
    });
  } else {
    const order = shuffle(set.instances.map((_, k) => k));
    for (const k of order) {
      groupOf[k] = groups.length;
      groups.push({ instances: [k], pending: 0, failed: false, succeeded: 0, started: false });
    }
  }
  const maxFailedGroups = zoneMode ? set.maxUnavailableZones : set.maxErrors;
  const needGroups = groups.length - maxFailedGroups;

  const controllers = set.instances.map(() => new AbortController());
  const results = new Map<number, T>();
  let failedGroups = 0;
  let succeededGroups = 0;
  let settled = false;
  const outerAbort = () => {
    for (const c of controllers) c.abort(opts.signal?.reason);
  };
  opts.signal?.addEventListener("abort", outerAbort, { once: true });

  return new Promise<T[]>((resolve, reject) => {
    let hedgeTimer: NodeJS.Timeout | undefined;
    const finish = (err: unknown, value?: T[]) => {
      if (settled) return;
      settled = true;
      if (hedgeTimer) clearInterval(hedgeTimer);
      opts.signal?.removeEventListener("abort", outerAbort);
      if (err !== undefined) {
        for (const c of controllers) c.abort(new Error("quorum cannot be reached"));
        for (const r of results.values()) cleanup(r);
        reject(err);
      } else resolve(value!);
    };
    const startGroup = (g: Group) => {
      if (g.started) return;
      g.started = true;
      for (const k of g.instances) {
        g.pending++;
        const inst = set.instances[k]!;
        let p: Promise<T>;
        try {
          p = f(inst, controllers[k]!.signal);
        } catch (e) {
          p = Promise.reject(e);
        }
        p.then(
          (v) => onDone(k, undefined, v),
          (e) => onDone(k, e ?? new Error("failed"), undefined),
        );
      }
    };
    const startNext = () => {
      for (const g of groups) {
        if (!g.started) {
          startGroup(g);
          return;
        }
      }
    };
    const onDone = (k: number, err: unknown, v: T | undefined) => {
      if (settled) {
        if (err === undefined) cleanup(v as T);
        return;
      }
      const g = groups[groupOf[k]!]!;
      g.pending--;
      if (err !== undefined) {
        if (opts.isTerminalError?.(err)) return finish(err);
        controllers[k]!.abort(err);
        if (!g.failed) {
          g.failed = true;
          failedGroups++;
          if (failedGroups > maxFailedGroups) return finish(err);
          if (opts.minimizeRequests) startNext();
        }
        return;
      }
      results.set(k, v as T);
      g.succeeded++;
      if (!g.failed && g.succeeded === g.instances.length) {
        succeededGroups++;
        if (succeededGroups >= needGroups) {
          const out: T[] = [];
          for (let i = 0; i < n; i++) {
            const gi = groups[groupOf[i]!]!;
            const has = results.has(i);
            const counts = !gi.failed && gi.succeeded === gi.instances.length;
            if (has && counts) out.push(results.get(i) as T);
            else {
              controllers[i]!.abort(
                new Error("quorum reached, result not required from this instance"),
              );
              if (has) cleanup(results.get(i) as T);
            }
          }
          results.clear();
          finish(undefined, out);
        }
      }
    };

    if (opts.signal?.aborted) return finish(opts.signal.reason ?? new Error("aborted"));
    if (needGroups <= 0) return finish(undefined, []);
    if (opts.minimizeRequests) {
      for (let g = 0; g < needGroups; g++) startGroup(groups[g]!);
      if (opts.hedgingDelayMs && opts.hedgingDelayMs > 0)
        hedgeTimer = setInterval(startNext, opts.hedgingDelayMs);
    } else {
      for (const g of groups) startGroup(g);
    }
    opts.signal?.addEventListener(
      "abort",
      () => finish(opts.signal!.reason ?? new Error("aborted")),
      { once: true },
    );
  });
}

function shuffle<T>(a: T[]): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}
