/**
 * The request queue shared by the query-scheduler and the query-frontend (when queriers pull
 * from the frontend directly): one FIFO per tenant, queriers served round-robin over tenants,
 * at most max_outstanding_requests_per_tenant queued per tenant (beyond: 429 "too many
 * outstanding requests"), and shuffle sharding: a tenant with max_queriers_per_tenant = n > 0
 * is served by n queriers chosen deterministically from the tenant ID among the known ones.
 *
 * Querier forget delay (querier_forget_delay): a querier whose last worker disconnects without
 * having announced its shutdown stays known, so tenant shards do not move, until it has been
 * gone for the delay; one that reconnects within it keeps its tenants. A querier that announced
 * its shutdown (notifyQuerierShutdown), or any querier when the delay is 0, is forgotten as soon
 * as its last worker leaves.
 */
import { fnv1Add32 } from "../ring/hash.ts";

/** Mimir's error for a full tenant queue (HTTP 429). */
export const TOO_MANY_REQUESTS = "too many outstanding requests";

export class TooManyRequestsError extends Error {
  readonly status = 429;
  /** Not retried by the frontend. */
  readonly final = true;
  constructor() {
    super(TOO_MANY_REQUESTS);
  }
}

/** The queue is stopping; nothing more is dequeued. */
export class QueueStoppedError extends Error {
  readonly final = true;
  constructor() {
    super("queue is stopped");
  }
}

interface TenantQueue<T> {
  tenant: string;
  items: T[];
  maxQueriers: number;
  /** The queriers that may serve the tenant; undefined = all. */
  queriers: Set<string> | undefined;
}

/** A querier the queue knows: its connected workers and why it may be forgotten. */
interface QuerierState {
  connections: number;
  /** It announced its shutdown: forgotten without delay once its workers are gone. */
  shuttingDown: boolean;
  /** When its last worker disconnected (ms), or 0 while it has workers. */
  disconnectedAt: number;
}

/**
 * How often disconnected queriers past the forget delay are looked for (Mimir: 5s; a shorter
 * delay is checked at its own period).
 */
export const FORGET_CHECK_PERIOD_MS = 5_000;

export interface RequestQueueOptions {
  /** querier_forget_delay, ms; 0 = a querier is forgotten as soon as its last worker leaves. */
  forgetDelayMs?: number;
  now?: () => number;
}

/** A querier's place in the round-robin: the index of the last tenant it was given. */
export interface QuerierCursor {
  lastTenantIndex: number;
}

export class RequestQueue<T> {
  private readonly maxOutstanding: () => number;
  /** Tenants in arrival order; removed (set to undefined) when their queue empties. */
  private readonly tenants: (TenantQueue<T> | undefined)[] = [];
  private readonly byTenant = new Map<string, number>();
  /** Known queriers (connected, or disconnected within the forget delay). */
  private readonly queriers = new Map<string, QuerierState>();
  private readonly forgetDelay: number;
  private readonly now: () => number;
  private forgetTimer: ReturnType<typeof setInterval> | undefined;
  private waiters: (() => void)[] = [];
  private stopped = false;
  private total = 0;
  /** Called with (tenant, length) whenever a tenant queue's length changes. */
  onLength?: (tenant: string, length: number) => void;

  constructor(maxOutstandingPerTenant: () => number, opts: RequestQueueOptions = {}) {
    this.maxOutstanding = maxOutstandingPerTenant;
    this.forgetDelay = Math.max(0, opts.forgetDelayMs ?? 0);
    this.now = opts.now ?? Date.now;
    if (this.forgetDelay > 0) {
      this.forgetTimer = setInterval(
        () => this.forgetDisconnectedQueriers(),
        Math.min(FORGET_CHECK_PERIOD_MS, this.forgetDelay),
      );
      this.forgetTimer.unref();
    }
  }

  /** Queues an item; throws TooManyRequestsError when the tenant's queue is full. */
  enqueue(tenant: string, item: T, maxQueriers = 0): void {
    if (this.stopped) throw new QueueStoppedError();
    let idx = this.byTenant.get(tenant);
    let q = idx === undefined ? undefined : this.tenants[idx];
    const max = this.maxOutstanding();
    if (q !== undefined && max > 0 && q.items.length >= max) throw new TooManyRequestsError();
    if (q === undefined) {
      q = { tenant, items: [], maxQueriers: -1, queriers: undefined };
      idx = this.tenants.indexOf(undefined);
      if (idx < 0) {
        idx = this.tenants.length;
        this.tenants.push(q);
      } else this.tenants[idx] = q;
      this.byTenant.set(tenant, idx);
    }
    if (q.maxQueriers !== maxQueriers) {
      q.maxQueriers = maxQueriers;
      q.queriers = this.shuffleShard(tenant, maxQueriers);
    }
    q.items.push(item);
    this.total++;
    this.onLength?.(tenant, q.items.length);
    this.wake();
  }

  /** Items queued for a tenant. */
  length(tenant: string): number {
    const idx = this.byTenant.get(tenant);
    return idx === undefined ? 0 : (this.tenants[idx]?.items.length ?? 0);
  }

  totalLength(): number {
    return this.total;
  }

  /** A querier's worker connected (counted per worker). */
  registerQuerier(id: string): void {
    const q = this.queriers.get(id);
    if (q !== undefined) {
      // Back within the forget delay (or one more worker): its shards stay as they are.
      q.connections++;
      q.shuttingDown = false;
      q.disconnectedAt = 0;
      if (q.connections === 1) this.wake();
      return;
    }
    this.queriers.set(id, { connections: 1, shuttingDown: false, disconnectedAt: 0 });
    this.reshard();
  }

  /**
   * A querier's worker disconnected. The last one leaving forgets the querier at once when it
   * announced its shutdown or there is no forget delay; otherwise it is kept for the delay.
   */
  unregisterQuerier(id: string): void {
    const q = this.queriers.get(id);
    if (q === undefined) return;
    q.connections = Math.max(0, q.connections - 1);
    if (q.connections > 0) return;
    if (q.shuttingDown || this.forgetDelay === 0) {
      this.queriers.delete(id);
      this.reshard();
      return;
    }
    q.disconnectedAt = this.now();
  }

  /** The querier announced a graceful shutdown: forgotten once its last worker has left. */
  notifyQuerierShutdown(id: string): void {
    const q = this.queriers.get(id);
    if (q === undefined) return;
    if (q.connections === 0) {
      this.queriers.delete(id);
      this.reshard();
      return;
    }
    q.shuttingDown = true;
  }

  /**
   * Forgets the queriers disconnected for at least the forget delay (run every
   * FORGET_CHECK_PERIOD_MS); returns how many were forgotten.
   */
  forgetDisconnectedQueriers(now = this.now()): number {
    if (this.forgetDelay === 0) return 0;
    let forgotten = 0;
    for (const [id, q] of this.queriers) {
      if (
        q.connections === 0 &&
        q.disconnectedAt > 0 &&
        now - q.disconnectedAt >= this.forgetDelay
      ) {
        this.queriers.delete(id);
        forgotten++;
      }
    }
    if (forgotten > 0) this.reshard();
    return forgotten;
  }

  /** Queriers with at least one worker connected. */
  connectedQueriers(): number {
    let n = 0;
    for (const q of this.queriers.values()) if (q.connections > 0) n++;
    return n;
  }

  /** The queriers that may serve a tenant's queued queries (sorted); undefined = any. */
  tenantQueriers(tenant: string): string[] | undefined {
    const idx = this.byTenant.get(tenant);
    const q = idx === undefined ? undefined : this.tenants[idx];
    return q?.queriers === undefined ? undefined : [...q.queriers].sort();
  }

  /** Queriers the shards are computed over: connected ones and those within the forget delay. */
  knownQueriers(): string[] {
    return [...this.queriers.keys()].sort();
  }

  /**
   * The next item for a querier: the first non-empty tenant queue after the cursor whose shard
   * includes the querier. Waits until there is one; rejects when the signal aborts or the queue
   * stops.
   */
  async dequeue(
    querierId: string,
    cursor: QuerierCursor,
    signal?: AbortSignal,
  ): Promise<{ tenant: string; item: T }> {
    for (;;) {
      if (this.stopped) throw new QueueStoppedError();
      if (signal?.aborted) throw signal.reason ?? new Error("aborted");
      const got = this.take(querierId, cursor);
      if (got !== undefined) return got;
      await new Promise<void>((resolve) => {
        const done = () => {
          signal?.removeEventListener("abort", done);
          resolve();
        };
        this.waiters.push(done);
        signal?.addEventListener("abort", done, { once: true });
      });
    }
  }

  /** Stops the queue: waiting dequeues reject; queued items are returned to the caller. */
  stop(): T[] {
    this.stopped = true;
    clearInterval(this.forgetTimer);
    const left: T[] = [];
    for (const q of this.tenants) if (q) left.push(...q.items);
    this.tenants.length = 0;
    this.byTenant.clear();
    this.total = 0;
    this.wake();
    return left;
  }

  /** Removes a queued item (a cancelled request); true when it was still queued. */
  remove(tenant: string, item: T): boolean {
    const idx = this.byTenant.get(tenant);
    const q = idx === undefined ? undefined : this.tenants[idx];
    if (q === undefined) return false;
    const i = q.items.indexOf(item);
    if (i < 0) return false;
    q.items.splice(i, 1);
    this.total--;
    this.onLength?.(tenant, q.items.length);
    if (q.items.length === 0) this.dropTenant(q.tenant);
    return true;
  }

  private take(querierId: string, cursor: QuerierCursor): { tenant: string; item: T } | undefined {
    const n = this.tenants.length;
    for (let i = 1; i <= n; i++) {
      const idx = (cursor.lastTenantIndex + i) % n;
      const q = this.tenants[idx];
      if (q === undefined || q.items.length === 0) continue;
      if (q.queriers !== undefined && !q.queriers.has(querierId)) continue;
      const item = q.items.shift() as T;
      this.total--;
      cursor.lastTenantIndex = idx;
      this.onLength?.(q.tenant, q.items.length);
      if (q.items.length === 0) this.dropTenant(q.tenant);
      return { tenant: q.tenant, item };
    }
    return undefined;
  }

  private dropTenant(tenant: string): void {
    const idx = this.byTenant.get(tenant);
    if (idx === undefined) return;
    this.byTenant.delete(tenant);
    this.tenants[idx] = undefined;
    while (this.tenants.length > 0 && this.tenants[this.tenants.length - 1] === undefined)
      this.tenants.pop();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  private reshard(): void {
    for (const q of this.tenants)
      if (q !== undefined) q.queriers = this.shuffleShard(q.tenant, q.maxQueriers);
    this.wake();
  }

  /**
   * The queriers of a tenant's shard: all when maxQueriers is 0 or not below the number
   * connected, else maxQueriers of them picked by a shuffle seeded with the tenant's hash.
   */
  private shuffleShard(tenant: string, maxQueriers: number): Set<string> | undefined {
    const ids = [...this.queriers.keys()].sort();
    if (maxQueriers <= 0 || maxQueriers >= ids.length) return undefined;
    let seed = fnv1Add32(2166136261, tenant) >>> 0 || 1;
    const next = () => {
      // xorshift32: a deterministic sequence per tenant.
      seed ^= seed << 13;
      seed >>>= 0;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      seed >>>= 0;
      return seed;
    };
    for (let i = ids.length - 1; i > 0; i--) {
      const j = next() % (i + 1);
      [ids[i], ids[j]] = [ids[j], ids[i]];
    }
    return new Set(ids.slice(0, maxQueriers));
  }
}
