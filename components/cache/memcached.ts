/**
 * Memcached cache on memjs (binary protocol), behaving like dskit's memcached client:
 *
 * - servers from `addresses` with DNS discovery (`dns+`, `dnssrv+`, `dnssrvnoa+`), re-resolved
 *   every `dnsUpdateIntervalMs` (30s, dskit's fixed interval); creation fails when nothing
 *   resolves at all, later failures keep the last good list;
 * - each key goes to one server: xxhash64 + jump hash over the naturally sorted servers;
 * - keys longer than 250 bytes are replaced by their SHA-256 (hex);
 * - values larger than `max_item_size` are not stored (skipped, counted);
 * - sets go through a queue of at most `max_async_buffer_size` items worked by
 *   `max_async_concurrency` workers; when the queue is full the set is skipped;
 * - gets are batched per server (`max_get_multi_batch_size`) with at most
 *   `max_get_multi_concurrency` batches in flight; any failure or timeout is a miss.
 *
 * Metrics, named as Mimir exposes them (dskit under the "thanos_" prefix):
 *   thanos_memcached_operations_total{name,operation}            operation: getmulti|set|delete
 *   thanos_memcached_operation_failures_total{name,operation,reason}
 *   thanos_memcached_operation_skipped_total{name,operation,reason}
 *   thanos_memcached_operation_duration_seconds{name,operation}
 *   thanos_memcached_operation_data_size_bytes{name,operation}
 *   thanos_cache_memcached_requests_total{name}, thanos_cache_memcached_hits_total{name}
 *   thanos_cache_requests_total{name,backend="memcached"}, thanos_cache_hits_total{...}
 *   thanos_memcached_dns_provider_results{name,addr}, thanos_memcached_dns_lookups_total{name},
 *   thanos_memcached_dns_failures_total{name}
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import type { Client } from "memjs";
import type { Counter, Histogram, Registry } from "prom-client";
import { f, type ValueOf } from "../util/config/spec.ts";
import { type Cache, MAX_KEY_LENGTH } from "./cache.ts";
import { DNSProvider, type Resolver, splitHostPort } from "./dns.ts";
import { naturalCompare, pickServer } from "./hash.ts";
import { counter, histogram } from "../util/metrics.ts";

/** dskit's memcached client config block: YAML under `<yaml>.memcached`, flags `<flagPrefix>*`. */
export function memcachedConfigBlock(flagPrefix: string) {
  const p = flagPrefix;
  return {
    addresses: f.list(
      `${p}addresses`,
      [],
      "Comma-separated list of memcached addresses. Each address can be an IP address, hostname, or an entry specified in the DNS Service Discovery format.",
    ),
    timeout: f.duration(`${p}timeout`, 200, "The socket read/write timeout."),
    connect_timeout: f.duration(`${p}connect-timeout`, 200, "The connection timeout."),
    min_idle_connections_headroom_percentage: f.float(
      `${p}min-idle-connections-headroom-percentage`,
      -1,
      "The minimum number of idle connections to keep open as a percentage of the number of recently used idle connections. If negative, idle connections are kept open indefinitely.",
    ),
    max_idle_connections: f.int(
      `${p}max-idle-connections`,
      100,
      "The maximum number of idle connections that will be maintained per address.",
    ),
    max_async_concurrency: f.int(
      `${p}max-async-concurrency`,
      50,
      "The maximum number of concurrent asynchronous operations can occur.",
      {
        validate: (v) => (v <= 0 ? "max async concurrency must be positive" : undefined),
      },
    ),
    max_async_buffer_size: f.int(
      `${p}max-async-buffer-size`,
      25000,
      "The maximum number of enqueued asynchronous operations allowed.",
    ),
    max_get_multi_concurrency: f.int(
      `${p}max-get-multi-concurrency`,
      100,
      "The maximum number of concurrent connections running get operations. If set to 0, concurrency is unlimited.",
    ),
    max_get_multi_batch_size: f.int(
      `${p}max-get-multi-batch-size`,
      100,
      "The maximum number of keys a single underlying get operation should run. If more keys are specified, internally keys are split into multiple batches and fetched concurrently, honoring the max concurrency. If set to 0, the max batch size is unlimited.",
    ),
    max_item_size: f.int(
      `${p}max-item-size`,
      1024 * 1024,
      "The maximum size of an item stored in memcached, in bytes. Bigger items are not stored. If set to 0, no maximum size is enforced.",
    ),
  };
}
export type MemcachedConfig = ValueOf<ReturnType<typeof memcachedConfigBlock>>;

export interface MemcachedCacheOptions {
  name: string;
  registry?: Registry;
  /** Prefix of the metric names; Mimir registers caches under "thanos_". */
  metricsPrefix?: string;
  resolver?: Resolver;
  /** How often addresses are re-resolved (dskit: 30s). */
  dnsUpdateIntervalMs?: number;
  /** Receives warnings (failed resolutions, failed operations). */
  onWarning?: (msg: string, err?: unknown) => void;
}

type Op = "getmulti" | "set" | "delete";
type Reason = "timeout" | "malformed-key" | "server-error" | "network-error" | "other";

interface Metrics {
  ops: Counter<"name" | "operation">;
  failures: Counter<"name" | "operation" | "reason">;
  skipped: Counter<"name" | "operation" | "reason">;
  duration: Histogram<"name" | "operation">;
  dataSize: Histogram<"name" | "operation">;
  legacyRequests: Counter<"name">;
  legacyHits: Counter<"name">;
  requests: Counter<"name" | "backend">;
  hits: Counter<"name" | "backend">;
}

function newMetrics(reg: Registry, p: string, name: string): Metrics {
  const m: Metrics = {
    ops: counter(
      reg,
      `${p}memcached_operations_total`,
      "Total number of operations against cache.",
      ["name", "operation"],
    ),
    failures: counter(
      reg,
      `${p}memcached_operation_failures_total`,
      "Total number of operations against cache that failed.",
      ["name", "operation", "reason"],
    ),
    skipped: counter(
      reg,
      `${p}memcached_operation_skipped_total`,
      "Total number of operations against cache that have been skipped.",
      ["name", "operation", "reason"],
    ),
    duration: histogram(
      reg,
      `${p}memcached_operation_duration_seconds`,
      "Duration of operations against cache.",
      ["name", "operation"],
      [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1, 3, 6, 10],
    ),
    dataSize: histogram(
      reg,
      `${p}memcached_operation_data_size_bytes`,
      "Tracks the size of the data stored in and fetched from cache.",
      ["name", "operation"],
      [
        32,
        256,
        512,
        1024,
        32 * 1024,
        256 * 1024,
        512 * 1024,
        1024 * 1024,
        32 * 1024 * 1024,
        256 * 1024 * 1024,
        512 * 1024 * 1024,
      ],
    ),
    legacyRequests: counter(
      reg,
      `${p}cache_memcached_requests_total`,
      "Total number of items requests to cache.",
      ["name"],
    ),
    legacyHits: counter(
      reg,
      `${p}cache_memcached_hits_total`,
      "Total number of items requests to the cache that were a hit.",
      ["name"],
    ),
    requests: counter(reg, `${p}cache_requests_total`, "Total number of items requests to cache.", [
      "name",
      "backend",
    ]),
    hits: counter(
      reg,
      `${p}cache_hits_total`,
      "Total number of items requests to the cache that were a hit.",
      ["name", "backend"],
    ),
  };
  for (const op of ["getmulti", "set", "delete"] as const) {
    m.ops.inc({ name, operation: op }, 0);
    for (const reason of [
      "timeout",
      "malformed-key",
      "server-error",
      "network-error",
      "other",
    ] as const) {
      m.failures.inc({ name, operation: op, reason }, 0);
    }
  }
  m.skipped.inc({ name, operation: "set", reason: "max-item-size" }, 0);
  m.skipped.inc({ name, operation: "set", reason: "async-buffer-full" }, 0);
  m.legacyRequests.inc({ name }, 0);
  m.legacyHits.inc({ name }, 0);
  m.requests.inc({ name, backend: "memcached" }, 0);
  m.hits.inc({ name, backend: "memcached" }, 0);
  return m;
}

/** The key sent to memcached: the key itself, or its SHA-256 when longer than 250 bytes. */
export function memcachedKey(key: string): string {
  if (Buffer.byteLength(key) <= MAX_KEY_LENGTH) return key;
  return createHash("sha256").update(key).digest("hex");
}

/** memcached expiration: relative seconds up to 30 days, absolute unix time beyond. */
export function expiration(ttlMs: number, nowMs = Date.now()): number {
  if (ttlMs <= 0) return 0;
  const secs = Math.max(1, Math.ceil(ttlMs / 1000));
  if (secs <= 30 * 24 * 3600) return secs;
  return Math.ceil((nowMs + ttlMs) / 1000);
}

class TimeoutError extends Error {
  constructor(ms: number) {
    super(`memcached operation timed out after ${ms}ms`);
    this.name = "TimeoutError";
  }
}

function classify(e: unknown): Reason {
  if (e instanceof TimeoutError) return "timeout";
  const msg = String((e as Error)?.message ?? e);
  if (/timed out/i.test(msg)) return "timeout";
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code && /^E[A-Z]+/.test(code)) return "network-error";
  if (/MemJS/.test(msg)) return "server-error";
  if (/No servers available/.test(msg)) return "network-error";
  return "other";
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  if (ms <= 0) return p;
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new TimeoutError(ms)), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e) => {
        clearTimeout(t);
        reject(e);
      },
    );
  });
}

/** A counting semaphore. */
class Gate {
  private active = 0;
  private readonly waiters: (() => void)[] = [];
  private readonly max: number;
  constructor(max: number) {
    this.max = max;
  }
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.max > 0 && this.active >= this.max)
      await new Promise<void>((r) => this.waiters.push(r));
    this.active++;
    try {
      return await fn();
    } finally {
      this.active--;
      this.waiters.shift()?.();
    }
  }
}

/** memjs, loaded on the first connection: a process without memcached never pays for it. */
let memjsModule: typeof import("memjs") | undefined;
function memjs(): typeof import("memjs") {
  memjsModule ??= createRequire(import.meta.url)("memjs") as typeof import("memjs");
  return memjsModule;
}

/** Closes a memjs client's sockets at once (memjs' close() only half-closes them). */
function closeClient(c: Client): void {
  for (const s of c.servers) {
    const sock = (s as unknown as { _socket?: { destroy(): void } })._socket;
    if (sock) sock.destroy();
    else s.close();
  }
}

interface QueuedSet {
  key: string;
  value: Buffer;
  ttlMs: number;
  done: () => void;
}

export class MemcachedCache implements Cache {
  private readonly cfg: MemcachedConfig;
  private readonly cacheName: string;
  private readonly metrics?: Metrics;
  private readonly dns: DNSProvider;
  private readonly dnsInterval: number;
  private readonly warn: (msg: string, err?: unknown) => void;
  private servers: string[] = [];
  private readonly clients = new Map<string, Client>();
  private readonly getGate: Gate;
  private readonly queue: QueuedSet[] = [];
  private activeSets = 0;
  private timer?: NodeJS.Timeout;
  private stopped = false;

  /** Use MemcachedCache.create(), which resolves the addresses first. */
  constructor(cfg: MemcachedConfig, opts: MemcachedCacheOptions) {
    if (cfg.addresses.length === 0) throw new Error("no memcached addresses provided");
    if (cfg.max_async_concurrency <= 0) throw new Error("max async concurrency must be positive");
    this.cfg = cfg;
    this.cacheName = opts.name;
    const prefix = opts.metricsPrefix ?? "thanos_";
    if (opts.registry) this.metrics = newMetrics(opts.registry, prefix, opts.name);
    this.dns = new DNSProvider({
      resolver: opts.resolver,
      registry: opts.registry,
      metricsPrefix: `${prefix}memcached_`,
      name: opts.name,
    });
    this.dnsInterval = opts.dnsUpdateIntervalMs ?? 30_000;
    this.warn = opts.onWarning ?? (() => {});
    this.getGate = new Gate(cfg.max_get_multi_concurrency);
  }

  /**
   * Creates the client and resolves its servers. When no address resolves yet (memcached pods
   * not Ready on a fresh install), it warns and keeps resolving, as Mimir does: until a server
   * is found every get misses and every set is dropped.
   */
  static async create(cfg: MemcachedConfig, opts: MemcachedCacheOptions): Promise<MemcachedCache> {
    const c = new MemcachedCache(cfg, opts);
    await c.start();
    return c;
  }

  /** Resolves the addresses and starts the periodic re-resolution. */
  async start(): Promise<void> {
    await this.resolve();
    if (this.servers.length === 0)
      this.warn(
        `no server address resolved for ${this.cacheName} yet: the cache misses until one resolves`,
      );
    if (this.dnsInterval > 0) {
      this.timer = setInterval(() => {
        this.resolve().catch((e) => this.warn("failed update memcached servers list", e));
      }, this.dnsInterval);
      this.timer.unref();
    }
  }

  /** Re-resolves the addresses now; keeps the old list when nothing resolves. */
  async resolve(): Promise<void> {
    const errors = await this.dns.resolve(this.cfg.addresses);
    for (const e of errors) this.warn("failed to resolve addresses for memcached", e);
    const next = this.dns.addresses().sort(naturalCompare);
    if (next.length === 0) return;
    this.setServers(next);
  }

  /** The servers keys are currently sharded over, in natural order. */
  currentServers(): string[] {
    return [...this.servers];
  }

  private setServers(servers: string[]): void {
    this.servers = servers;
    const keep = new Set(servers);
    for (const [addr, c] of this.clients) {
      if (!keep.has(addr)) {
        closeClient(c);
        this.clients.delete(addr);
      }
    }
  }

  private clientFor(addr: string): Client {
    let c = this.clients.get(addr);
    if (!c) {
      const { host, port } = splitHostPort(addr);
      const serverOpts = {
        timeout: this.cfg.timeout / 1000,
        conntimeout: (this.cfg.connect_timeout || this.cfg.timeout) / 1000,
        keepAlive: true,
      };
      const { Client, Server } = memjs();
      const server = new Server(host, Number(port), undefined, undefined, serverOpts);
      c = new Client([server], { retries: 1, expires: 0, logger: { log() {} } });
      this.clients.set(addr, c);
    }
    return c;
  }

  /** Deadline for one request: socket timeout + connect timeout, plus slack. */
  private opTimeout(): number {
    return this.cfg.timeout > 0
      ? this.cfg.timeout + (this.cfg.connect_timeout || this.cfg.timeout) + 50
      : 0;
  }

  name(): string {
    return this.cacheName;
  }

  async get(key: string): Promise<Buffer | undefined> {
    return (await this.getMulti([key])).get(key);
  }

  async getMulti(keys: readonly string[]): Promise<Map<string, Buffer>> {
    const out = new Map<string, Buffer>();
    if (keys.length === 0 || this.stopped) return out;
    const name = this.cacheName;
    this.metrics?.legacyRequests.inc({ name }, keys.length);
    this.metrics?.requests.inc({ name, backend: "memcached" }, keys.length);

    // Group keys by server, then split into batches.
    const byServer = new Map<string, { key: string; mkey: string }[]>();
    for (const key of new Set(keys)) {
      const mkey = memcachedKey(key);
      const server = pickServer(this.servers, mkey);
      if (server === undefined) continue;
      const list = byServer.get(server) ?? [];
      list.push({ key, mkey });
      byServer.set(server, list);
    }
    const batchSize =
      this.cfg.max_get_multi_batch_size > 0 ? this.cfg.max_get_multi_batch_size : Infinity;
    const batches: { server: string; items: { key: string; mkey: string }[] }[] = [];
    for (const [server, items] of byServer) {
      for (let i = 0; i < items.length; i += batchSize)
        batches.push({ server, items: items.slice(i, i + batchSize) });
    }
    await Promise.all(
      batches.map((b) => this.getGate.run(() => this.getBatch(b.server, b.items, out))),
    );

    this.metrics?.legacyHits.inc({ name }, out.size);
    this.metrics?.hits.inc({ name, backend: "memcached" }, out.size);
    return out;
  }

  private async getBatch(
    server: string,
    items: { key: string; mkey: string }[],
    out: Map<string, Buffer>,
  ): Promise<void> {
    const l = { name: this.cacheName, operation: "getmulti" as const };
    this.metrics?.ops.inc(l);
    const start = performance.now();
    try {
      const client = this.clientFor(server);
      const values = await withTimeout(
        Promise.all(items.map((it) => client.get(it.mkey))),
        this.opTimeout(),
      );
      let bytes = 0;
      values.forEach((v, i) => {
        if (v.value) {
          out.set(items[i].key, v.value);
          bytes += v.value.length;
        }
      });
      this.metrics?.dataSize.observe(l, bytes);
      this.metrics?.duration.observe(l, (performance.now() - start) / 1000);
    } catch (e) {
      this.trackError("getmulti", e);
    }
  }

  private trackError(op: Op, e: unknown): void {
    const reason = classify(e);
    this.metrics?.failures.inc({ name: this.cacheName, operation: op, reason });
    this.warn(`memcached ${op} failed (${reason})`, e);
  }

  set(key: string, value: Buffer, ttlMs: number): Promise<void> {
    const name = this.cacheName;
    if (this.cfg.max_item_size > 0 && value.length > this.cfg.max_item_size) {
      this.metrics?.skipped.inc({ name, operation: "set", reason: "max-item-size" });
      return Promise.resolve();
    }
    if (this.stopped || this.queue.length >= this.cfg.max_async_buffer_size) {
      this.metrics?.skipped.inc({ name, operation: "set", reason: "async-buffer-full" });
      return Promise.resolve();
    }
    return new Promise<void>((done) => {
      this.queue.push({ key, value, ttlMs, done });
      this.pump();
    });
  }

  async setMulti(items: Iterable<readonly [string, Buffer]>, ttlMs: number): Promise<void> {
    const all: Promise<void>[] = [];
    for (const [k, v] of items) all.push(this.set(k, v, ttlMs));
    await Promise.all(all);
  }

  private pump(): void {
    while (this.activeSets < this.cfg.max_async_concurrency && this.queue.length > 0) {
      const item = this.queue.shift()!;
      this.activeSets++;
      this.doSet(item).finally(() => {
        this.activeSets--;
        item.done();
        this.pump();
      });
    }
  }

  private async doSet(item: QueuedSet): Promise<void> {
    const l = { name: this.cacheName, operation: "set" as const };
    this.metrics?.ops.inc(l);
    const start = performance.now();
    try {
      const mkey = memcachedKey(item.key);
      const server = pickServer(this.servers, mkey);
      if (server === undefined) throw new Error("No servers available");
      await withTimeout(
        this.clientFor(server).set(mkey, item.value, { expires: expiration(item.ttlMs) }),
        this.opTimeout(),
      );
      this.metrics?.dataSize.observe(l, item.value.length);
      this.metrics?.duration.observe(l, (performance.now() - start) / 1000);
    } catch (e) {
      this.trackError("set", e);
    }
  }

  async delete(key: string): Promise<void> {
    if (this.stopped) throw new Error("memcached client stopped");
    const l = { name: this.cacheName, operation: "delete" as const };
    this.metrics?.ops.inc(l);
    const start = performance.now();
    const mkey = memcachedKey(key);
    const server = pickServer(this.servers, mkey);
    try {
      if (server === undefined) throw new Error("No servers available");
      await withTimeout(this.clientFor(server).delete(mkey), this.opTimeout());
      this.metrics?.duration.observe(l, (performance.now() - start) / 1000);
    } catch (e) {
      this.trackError("delete", e);
      throw new Error(`memcached delete of ${JSON.stringify(key)} failed`, { cause: e });
    }
  }

  /** Waits until queued sets are done (tests, shutdown). */
  async flush(): Promise<void> {
    while (this.queue.length > 0 || this.activeSets > 0) await new Promise((r) => setTimeout(r, 2));
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    // Give queued sets a moment to finish, then drop the rest.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.flush(),
      new Promise((r) => (timer = setTimeout(r, Math.max(100, this.opTimeout())))),
    ]);
    clearTimeout(timer);
    for (const q of this.queue.splice(0)) q.done();
    for (const c of this.clients.values()) closeClient(c);
    this.clients.clear();
  }
}
