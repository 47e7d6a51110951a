import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ALL_TARGETS } from "./config.ts";
import {
  formatModuleList,
  MODULES,
  missingPeers,
  type ModuleDef,
  modulesInAll,
  resolveModules,
  UnknownModuleError,
  whyTargetsCannotServe,
} from "./modules.ts";

function assertDepsFirst(order: string[]) {
  const pos = new Map(order.map((n, i) => [n, i]));
  for (const name of order) {
    const def = MODULES.find((d) => d.name === name)!;
    for (const d of def.deps)
      assert.ok(pos.get(d)! < pos.get(name)!, `${d} must come before ${name}`);
  }
}

describe("module graph", () => {
  it("all = query-frontend + querier + ingester + distributor + store-gateway + ruler + compactor", () => {
    assert.deepEqual([...modulesInAll()].sort(), [
      "compactor",
      "distributor",
      "ingester",
      "querier",
      "query-frontend",
      "ruler",
      "store-gateway",
    ]);
    const order = resolveModules(["all"]);
    for (const name of ["alertmanager", "query-scheduler", "overrides-exporter"])
      assert.ok(!order.includes(name), `${name} is not in all`);
    assertDepsFirst(order);
    assert.equal(order[0], "server");
  });

  it("resolves read, write and backend groups", () => {
    const write = resolveModules(["write"]);
    assert.ok(write.includes("distributor") && write.includes("ingester"));
    assert.ok(!write.includes("querier"));
    const read = resolveModules(["read"]);
    assert.ok(read.includes("query-frontend") && read.includes("querier"));
    assert.ok(!read.includes("ingester-service"));
    const backend = resolveModules(["backend"]);
    for (const n of [
      "query-scheduler",
      "ruler",
      "store-gateway",
      "compactor",
      "alertmanager",
      "overrides-exporter",
    ])
      assert.ok(backend.includes(n), n);
    assertDepsFirst(backend);
  });

  it("includes shared modules once for several targets", () => {
    const order = resolveModules(["distributor", "ingester"]);
    assert.equal(order.filter((n) => n === "server").length, 1);
    assert.equal(order.filter((n) => n === "ingester-ring").length, 1);
    assertDepsFirst(order);
  });

  it("puts server, api, runtime-config and overrides before components", () => {
    const order = resolveModules(["querier"]);
    const idx = (n: string) => order.indexOf(n);
    assert.ok(idx("server") < idx("api"));
    assert.ok(idx("api") < idx("runtime-config"));
    assert.ok(idx("runtime-config") < idx("overrides"));
    assert.ok(idx("overrides") < idx("querier"));
  });

  it("every dependency exists and the graph has no cycle", () => {
    const names = new Set(MODULES.map((d) => d.name));
    for (const d of MODULES)
      for (const dep of d.deps) assert.ok(names.has(dep), `${d.name} -> ${dep}`);
    for (const d of MODULES.filter((x) => x.targetable)) resolveModules([d.name]);
  });

  it("rejects unknown and internal modules as targets", () => {
    assert.throws(() => resolveModules(["nope"]), UnknownModuleError);
    assert.throws(() => resolveModules(["server"]), /cannot be used as a target/);
  });

  it("detects cycles", () => {
    const graph: ModuleDef[] = [
      { name: "a", deps: ["b"], targetable: true, description: "" },
      { name: "b", deps: ["a"], targetable: false, description: "" },
    ];
    assert.throws(() => resolveModules(["a"], graph), /cycle: a -> b -> a/);
  });

  it("-modules lists every module and marks targets", () => {
    const text = formatModuleList();
    for (const d of MODULES) assert.match(text, new RegExp(`^${d.name}\\s`, "m"));
    assert.match(text, /^ingester\s+target \*/m);
    assert.match(text, /^alertmanager\s+target\s{3}/m);
    assert.match(text, /^server\s+internal/m);
  });

  it("registers every module once, each with an init unless it is a group, and declares every dependency and peer", () => {
    const names = MODULES.map((d) => d.name);
    assert.equal(new Set(names).size, names.length, "no module registered twice");
    for (const d of MODULES) {
      assert.equal(typeof d.init === "function", !d.group, `${d.name}: init iff not a group`);
      for (const dep of d.deps)
        assert.ok(names.includes(dep), `${d.name} depends on undeclared ${dep}`);
      for (const p of d.peers ?? [])
        assert.ok(names.includes(p.module), `${d.name} needs undeclared ${p.module}`);
    }
    assert.deepEqual(
      [...ALL_TARGETS].sort(),
      MODULES.filter((d) => d.targetable)
        .map((d) => d.name)
        .sort(),
      "-target accepts exactly the targetable modules",
    );
  });

  it("-modules says which modules are not implemented yet", () => {
    const text = formatModuleList();
    assert.match(text, /^flusher\s+target\s+\(not implemented yet\)/m);
    assert.doesNotMatch(text, /^ruler\s.*not implemented/m);
    assert.doesNotMatch(text, /^query-(frontend|scheduler)\s.*not implemented/m);
    assert.doesNotMatch(text, /^ingester\s.*not implemented/m);
  });

  it("lets every implemented target start, alone or together, and refuses unimplemented ones", () => {
    for (const ok of [
      ["all"],
      ["write"],
      ["read", "write"],
      ["distributor", "ingester"],
      ["compactor"],
      ["all", "compactor"],
      ["distributor"],
      ["querier"],
      ["read"],
      ["backend"],
      ["store-gateway"],
    ]) {
      assert.equal(whyTargetsCannotServe(ok), undefined, ok.join(","));
    }
    assert.equal(whyTargetsCannotServe(["query-frontend"]), undefined);
    assert.equal(whyTargetsCannotServe(["query-scheduler"]), undefined);
    assert.match(whyTargetsCannotServe(["flusher"])!, /flusher is not implemented yet/);
    assert.match(whyTargetsCannotServe(["all", "flusher"])!, /flusher is not implemented yet/);
  });

  it("names the components a process reaches through the ring (cluster mode) and none for a whole process", () => {
    for (const whole of [
      ["all"],
      ["write"],
      ["read", "write"],
      ["distributor", "ingester"],
      ["compactor"],
    ])
      assert.deepEqual(missingPeers(whole), [], whole.join(","));
    assert.deepEqual(missingPeers(["distributor"]), ["ingester"]);
    assert.deepEqual(missingPeers(["ingester"]), ["distributor"]);
    assert.deepEqual(missingPeers(["querier"]).sort(), ["ingester"]);
    assert.deepEqual(missingPeers(["store-gateway"]), ["querier"]);
    assert.deepEqual(missingPeers(["read"]), ["ingester"]);
  });
});
