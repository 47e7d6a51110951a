import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { Client } from "memjs";
import { Registry } from "prom-client";
import { defaultsOf } from "../util/config/spec.ts";
import { pickServer } from "./hash.ts";
import {
  expiration,
  type MemcachedConfig,
  MemcachedCache,
  memcachedConfigBlock,
  memcachedKey,
} from "./memcached.ts";
import { metricValue } from "../util/metrics.ts";
import {
  type MemcachedServer,
  SKIP_NO_MEMCACHED,
  startMemcached,
} from "./testing/memcached_server.ts";

function config(addresses: string[], over: Partial<MemcachedConfig> = {}): MemcachedConfig {
  const cfg = defaultsOf(
    memcachedConfigBlock("blocks-storage.bucket-store.metadata-cache.memcached."),
  );
  return { ...cfg, addresses, timeout: 500, connect_timeout: 500, ...over };
}

test("memcachedKey hashes keys longer than 250 bytes; expiration switches to absolute after 30 days", () => {
  assert.equal(memcachedKey("short"), "short");
  assert.equal(memcachedKey("k".repeat(250)), "k".repeat(250));
  const long = memcachedKey("k".repeat(251));
  assert.match(long, /^[0-9a-f]{64}$/);
  assert.notEqual(memcachedKey(`${"k".repeat(251)}x`), long);
  assert.equal(expiration(0), 0);
  assert.equal(expiration(1500), 2);
  assert.equal(expiration(24 * 3600 * 1000), 86400);
  assert.equal(
    expiration(40 * 24 * 3600 * 1000, 1_000_000_000_000),
    1_000_000_000 + 40 * 24 * 3600,
  );
});

test("memcached config: defaults follow dskit", () => {
  const cfg = defaultsOf(memcachedConfigBlock("x."));
  assert.equal(cfg.timeout, 200);
  assert.equal(cfg.max_item_size, 1024 * 1024);
  assert.equal(cfg.max_async_concurrency, 50);
  assert.equal(cfg.max_async_buffer_size, 25000);
  assert.equal(cfg.max_get_multi_batch_size, 100);
  assert.deepEqual(cfg.addresses, []);
  assert.throws(() => new MemcachedCache(cfg, { name: "c" }), /no memcached addresses provided/);
});

describe("memcached cache against a real memcached", { skip: SKIP_NO_MEMCACHED }, () => {
  let s1: MemcachedServer;
  let s2: MemcachedServer;
  before(async () => {
    [s1, s2] = await Promise.all([startMemcached(), startMemcached()]);
  });
  after(async () => {
    await Promise.all([s1?.stop(), s2?.stop()]);
  });

  test("set, get, getMulti, delete; hit metrics", async () => {
    const reg = new Registry();
    const c = await MemcachedCache.create(config([s1.address]), {
      name: "metadata-cache",
      registry: reg,
    });
    try {
      await c.set("a", Buffer.from("alpha"), 60_000);
      await c.setMulti(
        [
          ["b", Buffer.from("beta")],
          ["c", Buffer.alloc(0)],
        ],
        60_000,
      );
      assert.equal((await c.get("a"))?.toString(), "alpha");
      const got = await c.getMulti(["a", "b", "missing", "c"]);
      assert.deepEqual([...got.keys()].sort(), ["a", "b", "c"]);
      assert.equal(got.get("b")?.toString(), "beta");
      assert.equal(got.get("c")?.length, 0);
      await c.delete("a");
      assert.equal(await c.get("a"), undefined);

      const n = { name: "metadata-cache" };
      assert.equal(await metricValue(reg, "thanos_cache_memcached_requests_total", n), 6);
      assert.equal(await metricValue(reg, "thanos_cache_memcached_hits_total", n), 4);
      assert.equal(
        await metricValue(reg, "thanos_cache_requests_total", { ...n, backend: "memcached" }),
        6,
      );
      assert.equal(
        await metricValue(reg, "thanos_cache_hits_total", { ...n, backend: "memcached" }),
        4,
      );
      assert.equal(
        await metricValue(reg, "thanos_memcached_operations_total", { ...n, operation: "set" }),
        3,
      );
      assert.equal(
        await metricValue(reg, "thanos_memcached_operations_total", { ...n, operation: "delete" }),
        1,
      );
      assert.ok(
        (await metricValue(reg, "thanos_memcached_operations_total", {
          ...n,
          operation: "getmulti",
        })) >= 3,
      );
      assert.equal(await metricValue(reg, "thanos_memcached_operation_failures_total", n), 0);
    } finally {
      await c.stop();
    }
  });

  test("keys longer than 250 bytes work (stored under their hash)", async () => {
    const c = await MemcachedCache.create(config([s1.address]), { name: "long" });
    try {
      const key = `bucket-index:${"x".repeat(400)}`;
      await c.set(key, Buffer.from("v"), 60_000);
      assert.equal((await c.get(key))?.toString(), "v");
      const raw = Client.create(s1.address, { logger: { log() {} } });
      assert.equal((await raw.get(memcachedKey(key))).value?.toString(), "v");
      raw.close();
    } finally {
      await c.stop();
    }
  });

  test("items expire after their TTL", async () => {
    const c = await MemcachedCache.create(config([s1.address]), { name: "ttl" });
    try {
      await c.set("short-lived", Buffer.from("x"), 1000);
      await c.set("long-lived", Buffer.from("y"), 60_000);
      assert.equal((await c.get("short-lived"))?.toString(), "x");
      await sleep(2100);
      assert.equal(await c.get("short-lived"), undefined);
      assert.equal((await c.get("long-lived"))?.toString(), "y");
    } finally {
      await c.stop();
    }
  });

  test("items over max_item_size are skipped and counted", async () => {
    const reg = new Registry();
    const c = await MemcachedCache.create(config([s1.address], { max_item_size: 1024 }), {
      name: "small",
      registry: reg,
    });
    try {
      await c.set("big", Buffer.alloc(2048, 1), 60_000);
      await c.set("fits", Buffer.alloc(1024, 1), 60_000);
      assert.equal(await c.get("big"), undefined);
      assert.equal((await c.get("fits"))?.length, 1024);
      assert.equal(
        await metricValue(reg, "thanos_memcached_operation_skipped_total", {
          name: "small",
          operation: "set",
          reason: "max-item-size",
        }),
        1,
      );
    } finally {
      await c.stop();
    }
  });

  test("a full async queue skips sets", async () => {
    const reg = new Registry();
    const c = await MemcachedCache.create(
      config([s1.address], { max_async_buffer_size: 2, max_async_concurrency: 1 }),
      {
        name: "queue",
        registry: reg,
      },
    );
    try {
      const all = [];
      for (let i = 0; i < 20; i++) all.push(c.set(`q${i}`, Buffer.from("v"), 60_000));
      await Promise.all(all);
      const skipped = await metricValue(reg, "thanos_memcached_operation_skipped_total", {
        name: "queue",
        reason: "async-buffer-full",
      });
      assert.ok(skipped >= 10, `skipped ${skipped}`);
      const stored = await metricValue(reg, "thanos_memcached_operations_total", {
        name: "queue",
        operation: "set",
      });
      assert.equal(stored + skipped, 20);
    } finally {
      await c.stop();
    }
  });

  test("keys are sharded over servers with jump hash, servers found through dns+", async () => {
    const addrs = [`dns+127.0.0.1:${s1.port}`, `dns+localhost:${s2.port}`];
    const c = await MemcachedCache.create(config(addrs), { name: "sharded" });
    try {
      const servers = c.currentServers();
      assert.ok(servers.includes(s1.address), servers.join(","));
      assert.ok(servers.includes(s2.address), servers.join(","));
      const keys = Array.from({ length: 40 }, (_, i) => `shard-key-${i}`);
      await c.setMulti(
        keys.map((k) => [k, Buffer.from(k)] as const),
        60_000,
      );
      const got = await c.getMulti(keys);
      // localhost may also resolve to ::1 where nothing listens: those keys are misses.
      const reachable = keys.filter((k) =>
        [s1.address, s2.address].includes(pickServer(servers, k)!),
      );
      for (const k of reachable) assert.equal(got.get(k)?.toString(), k);
      const direct = Client.create(s1.address, { logger: { log() {} } });
      let onS1 = 0;
      for (const k of keys) if ((await direct.get(k)).value) onS1++;
      direct.close();
      const expectS1 = keys.filter((k) => pickServer(servers, k) === s1.address).length;
      assert.equal(onS1, expectS1);
      assert.ok(onS1 > 0 && onS1 < keys.length, `keys on server 1: ${onS1}`);
    } finally {
      await c.stop();
    }
  });

  test("an unreachable server is a miss, never an error; failures are counted", async () => {
    const reg = new Registry();
    const down = await startMemcached();
    const addr = down.address;
    await down.stop();
    const c = await MemcachedCache.create(config([addr], { timeout: 100, connect_timeout: 100 }), {
      name: "down",
      registry: reg,
    });
    try {
      await c.set("k", Buffer.from("v"), 1000);
      assert.equal(await c.get("k"), undefined);
      assert.deepEqual(await c.getMulti(["a", "b"]), new Map());
      await assert.rejects(c.delete("k"), /delete/);
      const fails = await metricValue(reg, "thanos_memcached_operation_failures_total", {
        name: "down",
      });
      assert.ok(fails >= 3, `failures ${fails}`);
      assert.equal(
        await metricValue(reg, "thanos_memcached_operation_failures_total", {
          name: "down",
          reason: "network-error",
        }),
        fails,
      );
    } finally {
      await c.stop();
    }
  });
});

test("memcached: no address resolved at creation is a warning; the cache misses, then serves once one resolves", async () => {
  const warnings: string[] = [];
  let ips: string[] = [];
  const c = await MemcachedCache.create(config(["dns+memcached.svc:11211"]), {
    name: "x",
    dnsUpdateIntervalMs: 0,
    onWarning: (msg) => warnings.push(msg),
    resolver: {
      lookupIPs: async () => {
        if (ips.length === 0) throw new Error("NXDOMAIN");
        return ips;
      },
      resolveSrv: async () => [],
    },
  });
  try {
    assert.ok(
      warnings.some((w) => /no server address resolved for x yet/.test(w)),
      warnings.join("; "),
    );
    assert.deepEqual(c.currentServers(), []);
    assert.equal((await c.getMulti(["k"])).size, 0);
    ips = ["10.0.0.9"];
    await c.resolve();
    assert.deepEqual(c.currentServers(), ["10.0.0.9:11211"]);
  } finally {
    await c.stop();
  }
});

test("memcached: DNS is re-resolved and a failed lookup keeps the last servers", async () => {
  let ips = ["10.0.0.1", "10.0.0.2"];
  let fail = false;
  const c = await MemcachedCache.create(config(["dns+memcached.svc:11211"]), {
    name: "re",
    dnsUpdateIntervalMs: 0,
    resolver: {
      lookupIPs: async () => {
        if (fail) throw new Error("SERVFAIL");
        return ips;
      },
      resolveSrv: async () => [],
    },
  });
  try {
    assert.deepEqual(c.currentServers(), ["10.0.0.1:11211", "10.0.0.2:11211"]);
    ips = ["10.0.0.10", "10.0.0.9", "10.0.0.2"];
    await c.resolve();
    assert.deepEqual(
      c.currentServers(),
      ["10.0.0.2:11211", "10.0.0.9:11211", "10.0.0.10:11211"],
      "natural order",
    );
    fail = true;
    await c.resolve();
    assert.deepEqual(c.currentServers(), ["10.0.0.2:11211", "10.0.0.9:11211", "10.0.0.10:11211"]);
  } finally {
    await c.stop();
  }
});
