import assert from "node:assert/strict";
import { test } from "node:test";
import { resolveAddresses, type Resolver, splitHostPort } from "./dns.ts";
import { jumpHash, naturalCompare, pickServer, xxhash64 } from "./hash.ts";

test("xxhash64 matches the reference vectors", () => {
  assert.equal(xxhash64(""), 0xef46db3751d8e999n);
  assert.equal(xxhash64("a"), 0xd24ec4f1a98c6e5bn);
  assert.equal(xxhash64("abc"), 0x44bc2cf5ad770999n);
  assert.equal(xxhash64("Nobody inspects the spammish repetition"), 0xfbcea83c8a378bf1n);
});

test("jumpHash: in range, stable, and moves few keys when a bucket is added", () => {
  let moved = 0;
  for (let i = 0; i < 2000; i++) {
    const h = xxhash64(`key-${i}`);
    const a = jumpHash(h, 10);
    const b = jumpHash(h, 11);
    assert.ok(a >= 0 && a < 10);
    assert.equal(jumpHash(h, 10), a);
    if (a !== b) {
      moved++;
      assert.equal(b, 10, "a key only ever moves to the new bucket");
    }
  }
  // About 1/11 of the keys move.
  assert.ok(moved > 100 && moved < 300, `moved ${moved}`);
  assert.equal(jumpHash(123n, 1), 0);
  // Reference vectors of the jump hash (as in dgryski/go-jump, which dskit uses).
  assert.equal(jumpHash(42n, 57), 43);
  assert.equal(jumpHash(0xdead10ccn, 666), 361);
  assert.equal(jumpHash(256n, 1024), 520);
});

test("naturalCompare orders digit runs numerically", () => {
  const s = [
    "memcached-10:11211",
    "memcached-2:11211",
    "memcached-1:11211",
    "10.0.0.10:1",
    "10.0.0.9:1",
  ].sort(naturalCompare);
  assert.deepEqual(s, [
    "10.0.0.9:1",
    "10.0.0.10:1",
    "memcached-1:11211",
    "memcached-2:11211",
    "memcached-10:11211",
  ]);
  assert.equal(pickServer([], "k"), undefined);
  assert.equal(pickServer(["only:1"], "k"), "only:1");
});

const fake: Resolver = {
  async lookupIPs(host) {
    const table: Record<string, string[]> = {
      "memcached.ns.svc": ["10.0.0.1", "10.0.0.2"],
      "memcached-0.memcached.ns.svc": ["10.0.1.0"],
      "memcached-1.memcached.ns.svc": ["10.0.1.1"],
      v6host: ["fd00::1"],
    };
    if (!table[host])
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
    return table[host];
  },
  async resolveSrv(name) {
    if (name !== "_memcache._tcp.memcached.ns.svc") throw new Error("queryed an unknown SRV name");
    return [
      { name: "memcached-0.memcached.ns.svc", port: 11211 },
      { name: "memcached-1.memcached.ns.svc", port: 11212 },
    ];
  },
};

test("resolveAddresses: plain, dns+, dnssrv+, dnssrvnoa+, errors per address", async () => {
  const r = await resolveAddresses(
    [
      "static:11211",
      "dns+memcached.ns.svc:11211",
      "dnssrv+_memcache._tcp.memcached.ns.svc",
      "dnssrvnoa+_memcache._tcp.memcached.ns.svc",
      "dns+v6host:11211",
      "dns+nope:11211",
      "dns+missing-port",
    ],
    fake,
  );
  assert.deepEqual(r.addresses, [
    "static:11211",
    "10.0.0.1:11211",
    "10.0.0.2:11211",
    "10.0.1.0:11211",
    "10.0.1.1:11212",
    "memcached-0.memcached.ns.svc:11211",
    "memcached-1.memcached.ns.svc:11212",
    "[fd00::1]:11211",
  ]);
  assert.equal(r.errors.length, 2);
  assert.match(r.errors[0].message, /dns\+nope:11211.*ENOTFOUND/);
  assert.match(r.errors[1].message, /missing port/);
});

test("resolveAddresses: dns+localhost with the system resolver", async () => {
  const r = await resolveAddresses(["dns+localhost:11211"]);
  assert.deepEqual(r.errors, []);
  assert.ok(
    r.addresses.includes("127.0.0.1:11211") || r.addresses.includes("[::1]:11211"),
    r.addresses.join(","),
  );
});

test("splitHostPort", () => {
  assert.deepEqual(splitHostPort("h:1"), { host: "h", port: "1" });
  assert.deepEqual(splitHostPort("[::1]:11211"), { host: "::1", port: "11211" });
  assert.throws(() => splitHostPort("h"), /missing port/);
});
