/**
 * The ring descriptor (dskit ring.proto `Desc`) and its instances, with the CRDT merge used by
 * the memberlist KV store. Timestamps are unix seconds, as in the proto.
 */

/** Instance states with dskit's proto numbers. LEFT marks a tombstone. */
export const InstanceState = {
  ACTIVE: 0,
  LEAVING: 1,
  PENDING: 2,
  JOINING: 3,
  LEFT: 4,
} as const;
export type InstanceState = (typeof InstanceState)[keyof typeof InstanceState];

const STATE_NAMES = ["ACTIVE", "LEAVING", "PENDING", "JOINING", "LEFT"] as const;

export function stateName(s: InstanceState): string {
  return STATE_NAMES[s] ?? String(s);
}

export function parseState(name: string): InstanceState | undefined {
  const i = (STATE_NAMES as readonly string[]).indexOf(name);
  return i < 0 ? undefined : (i as InstanceState);
}

/** Lifecycle order used to break ties between equal heartbeat timestamps (later states win). */
const LIFECYCLE_RANK: Record<InstanceState, number> = { 2: 0, 3: 1, 0: 2, 1: 3, 4: 4 };

export interface InstanceDesc {
  id: string;
  addr: string;
  /** Last heartbeat, unix seconds. */
  timestamp: number;
  state: InstanceState;
  /** Sorted, unique. */
  tokens: number[];
  zone: string;
  /** Unix seconds; 0 = unknown. */
  registeredTimestamp: number;
  readOnly: boolean;
  /** Unix seconds of the last read-only change; 0 = never. */
  readOnlyUpdatedTimestamp: number;
}

export function newInstance(p: Partial<InstanceDesc> & { id: string }): InstanceDesc {
  return {
    id: p.id,
    addr: p.addr ?? "",
    timestamp: p.timestamp ?? 0,
    state: p.state ?? InstanceState.ACTIVE,
    tokens: p.tokens ?? [],
    zone: p.zone ?? "",
    registeredTimestamp: p.registeredTimestamp ?? 0,
    readOnly: p.readOnly ?? false,
    readOnlyUpdatedTimestamp: p.readOnlyUpdatedTimestamp ?? 0,
  };
}

export function cloneInstance(i: InstanceDesc): InstanceDesc {
  return { ...i, tokens: i.tokens.slice() };
}

function tokensEqual(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function instancesEqual(a: InstanceDesc, b: InstanceDesc): boolean {
  return (
    a.id === b.id &&
    a.addr === b.addr &&
    a.timestamp === b.timestamp &&
    a.state === b.state &&
    a.zone === b.zone &&
    a.registeredTimestamp === b.registeredTimestamp &&
    a.readOnly === b.readOnly &&
    a.readOnlyUpdatedTimestamp === b.readOnlyUpdatedTimestamp &&
    tokensEqual(a.tokens, b.tokens)
  );
}

/** Heartbeat within the timeout (ms; 0 = no timeout). `nowMs` is wall-clock milliseconds. */
export function isHeartbeatHealthy(
  i: InstanceDesc,
  heartbeatTimeoutMs: number,
  nowMs: number,
): boolean {
  if (heartbeatTimeoutMs <= 0) return true;
  return nowMs - i.timestamp * 1000 <= heartbeatTimeoutMs;
}

/** dskit InstanceDesc.IsReady: error text when the instance is not ACTIVE and heartbeating. */
export function instanceReadyError(
  i: InstanceDesc,
  heartbeatTimeoutMs: number,
  nowMs: number,
): string | undefined {
  if (!isHeartbeatHealthy(i, heartbeatTimeoutMs, nowMs))
    return `instance ${i.addr} past heartbeat timeout`;
  if (i.state !== InstanceState.ACTIVE) return `instance ${i.addr} in state ${stateName(i.state)}`;
  return undefined;
}

/** Sorts and dedupes tokens in place; LEFT instances own no tokens. */
export function normalizeInstance(i: InstanceDesc): void {
  if (i.state === InstanceState.LEFT) {
    i.tokens = [];
    return;
  }
  const t = i.tokens;
  let sorted = true;
  for (let k = 1; k < t.length; k++) {
    if (t[k]! <= t[k - 1]!) {
      sorted = false;
      break;
    }
  }
  if (sorted) return;
  t.sort((a, b) => a - b);
  let w = 0;
  for (let k = 0; k < t.length; k++) if (k === 0 || t[k] !== t[w - 1]) t[w++] = t[k]!;
  t.length = w;
}

/**
 * Total order between two versions of one instance: the newer heartbeat wins; on equal
 * heartbeats LEFT wins over anything else (dskit), then (mimir-ts, so that merging is
 * commutative) the later lifecycle state, the later read-only change, and finally the
 * lexicographically greater content. Returns >0 when `a` wins.
 */
export function compareVersions(a: InstanceDesc, b: InstanceDesc): number {
  if (a.timestamp !== b.timestamp) return a.timestamp - b.timestamp;
  const ra = LIFECYCLE_RANK[a.state];
  const rb = LIFECYCLE_RANK[b.state];
  if (ra !== rb) return ra - rb;
  if (a.readOnlyUpdatedTimestamp !== b.readOnlyUpdatedTimestamp)
    return a.readOnlyUpdatedTimestamp - b.readOnlyUpdatedTimestamp;
  if (a.readOnly !== b.readOnly) return a.readOnly ? 1 : -1;
  if (a.registeredTimestamp !== b.registeredTimestamp)
    return a.registeredTimestamp - b.registeredTimestamp;
  if (a.addr !== b.addr) return a.addr < b.addr ? -1 : 1;
  if (a.zone !== b.zone) return a.zone < b.zone ? -1 : 1;
  const n = Math.min(a.tokens.length, b.tokens.length);
  for (let k = 0; k < n; k++) if (a.tokens[k] !== b.tokens[k]) return a.tokens[k]! - b.tokens[k]!;
  return a.tokens.length - b.tokens.length;
}

/** A mergeable KV value (dskit memberlist.Mergeable). */
export interface Mergeable<T> {
  /**
   * Merges `other` into this value and returns what changed here (undefined if nothing).
   * `localCAS` is true when `other` is the result of a local CAS: what this value has and
   * `other` lacks was deleted locally.
   */
  merge(other: T | undefined, localCAS: boolean, nowMs?: number): T | undefined;
  /** The keys of the value's parts (for logs and debug pages). */
  mergeContent(): string[];
  /** Drops tombstones older than `limitMs` (wall clock ms); 0 drops all. */
  removeTombstones(limitMs: number): { total: number; removed: number };
  clone(): T;
}

/** The ring: instances by ID. */
export class RingDesc implements Mergeable<RingDesc> {
  readonly ingesters: Map<string, InstanceDesc>;

  constructor(ingesters?: Map<string, InstanceDesc>) {
    this.ingesters = ingesters ?? new Map();
  }

  /** Adds or replaces an instance, heartbeat now (dskit Desc.AddIngester). */
  addIngester(
    id: string,
    addr: string,
    zone: string,
    tokens: number[],
    state: InstanceState,
    registeredTimestamp: number,
    readOnly = false,
    readOnlyUpdatedTimestamp = 0,
    nowMs = Date.now(),
  ): InstanceDesc {
    const inst = newInstance({
      id,
      addr,
      zone,
      tokens,
      state,
      registeredTimestamp,
      readOnly,
      readOnlyUpdatedTimestamp,
      timestamp: Math.floor(nowMs / 1000),
    });
    this.ingesters.set(id, inst);
    return inst;
  }

  removeIngester(id: string): void {
    this.ingesters.delete(id);
  }

  /** All tokens of all instances, sorted. */
  getTokens(): number[] {
    const out: number[] = [];
    for (const i of this.ingesters.values()) for (const t of i.tokens) out.push(t);
    return out.sort((a, b) => a - b);
  }

  /** dskit Desc.IsReady: every instance ACTIVE and heartbeating, and some tokens. */
  readyError(nowMs: number, heartbeatTimeoutMs: number): string | undefined {
    let numTokens = 0;
    for (const i of this.ingesters.values()) {
      const e = instanceReadyError(i, heartbeatTimeoutMs, nowMs);
      if (e) return e;
      numTokens += i.tokens.length;
    }
    return numTokens === 0 ? "no tokens in ring" : undefined;
  }

  clone(): RingDesc {
    const m = new Map<string, InstanceDesc>();
    for (const [k, v] of this.ingesters) m.set(k, cloneInstance(v));
    return new RingDesc(m);
  }

  mergeContent(): string[] {
    return [...this.ingesters.keys()];
  }

  /**
   * CRDT merge (dskit Desc.Merge): per instance the newer version wins (see compareVersions);
   * with localCAS our instances missing from `other` become LEFT tombstones with the heartbeat
   * `now`. Commutative, associative and idempotent on the instance versions. Token conflicts
   * between instances are resolved when a ring is built from the descriptor (resolveTokenOwners),
   * so they never make the merge order-dependent. Returns the changed instances or undefined.
   */
  merge(other: RingDesc | undefined, localCAS: boolean, nowMs = Date.now()): RingDesc | undefined {
    if (!other) return undefined;
    const updated = new Map<string, InstanceDesc>();
    for (const [id, theirs0] of other.ingesters) {
      const theirs = cloneInstance(theirs0);
      theirs.id = id;
      normalizeInstance(theirs);
      const ours = this.ingesters.get(id);
      if (!ours || compareVersions(theirs, ours) > 0) {
        this.ingesters.set(id, theirs);
        updated.set(id, theirs);
      }
    }
    if (localCAS) {
      const nowS = Math.floor(nowMs / 1000);
      for (const [id, ours] of this.ingesters) {
        if (!other.ingesters.has(id) && ours.state !== InstanceState.LEFT) {
          const left = {
            ...ours,
            state: InstanceState.LEFT,
            tokens: [],
            timestamp: Math.max(nowS, ours.timestamp),
          };
          this.ingesters.set(id, left);
          updated.set(id, left);
        }
      }
    }
    if (updated.size === 0) return undefined;
    const out = new Map<string, InstanceDesc>();
    for (const [k, v] of updated) out.set(k, cloneInstance(v));
    return new RingDesc(out);
  }

  removeTombstones(limitMs: number): { total: number; removed: number } {
    let total = 0;
    let removed = 0;
    for (const [id, i] of this.ingesters) {
      if (i.state !== InstanceState.LEFT) continue;
      if (limitMs <= 0 || i.timestamp * 1000 < limitMs) {
        this.ingesters.delete(id);
        removed++;
      } else total++;
    }
    return { total, removed };
  }

  /** Token ownership in [0, 2^32) per instance, counted within each zone (dskit CountTokens). */
  countTokens(): Map<string, number> {
    const owned = new Map<string, number>();
    const byZone = new Map<string, { token: number; id: string }[]>();
    for (const [id, i] of this.ingesters) {
      owned.set(id, 0);
      let z = byZone.get(i.zone);
      if (!z) byZone.set(i.zone, (z = []));
      for (const t of i.tokens) z.push({ token: t, id });
    }
    for (const list of byZone.values()) {
      list.sort((a, b) => a.token - b.token);
      for (let k = 0; k < list.length; k++) {
        const prev = list[k === 0 ? list.length - 1 : k - 1]!.token;
        const cur = list[k]!;
        owned.set(cur.id, owned.get(cur.id)! + tokenDistance(prev, cur.token));
      }
    }
    return owned;
  }
}

/** Distance walking clockwise from `from` to `to` on the 32-bit ring; a full circle if equal. */
export function tokenDistance(from: number, to: number): number {
  if (from < to) return to - from;
  return 0xffffffff - from + to + 1;
}

/**
 * Who owns each token when several instances claim it (dskit resolveConflicts): LEFT owns
 * nothing, a LEAVING instance loses to any other, otherwise the lower instance ID wins.
 * Returns token -> instance ID for every token of the non-LEFT instances.
 */
export function resolveTokenOwners(ingesters: Map<string, InstanceDesc>): Map<number, string> {
  const owner = new Map<number, string>();
  for (const [id, ing] of ingesters) {
    if (ing.state === InstanceState.LEFT) continue;
    for (const t of ing.tokens) {
      const prevId = owner.get(t);
      if (prevId === undefined) {
        owner.set(t, id);
        continue;
      }
      const prev = ingesters.get(prevId)!;
      const ingLeaving = ing.state === InstanceState.LEAVING;
      const prevLeaving = prev.state === InstanceState.LEAVING;
      let winner: string;
      if (ingLeaving && !prevLeaving) winner = prevId;
      else if (prevLeaving && !ingLeaving) winner = id;
      else winner = id < prevId ? id : prevId;
      owner.set(t, winner);
    }
  }
  return owner;
}

/** The ring's descriptor, or an empty one (dskit GetOrCreateRingDesc). */
export function getOrCreateRingDesc(d: RingDesc | null | undefined): RingDesc {
  return d ?? new RingDesc();
}
