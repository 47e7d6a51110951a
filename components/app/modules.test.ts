import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { formatModuleList, MODULES, type ModuleDef, modulesInAll, resolveModules, UnknownModuleError } from "./modules.ts";

function assertDepsFirst(order: string[]) {
  const pos = new Map(order.map((n, i) => [n, i]));
  for (const name of order) {
    const def = MODULES.find((d) => d.name === name)!;
    for (const d of def.deps) assert.ok(pos.get(d)! < pos.get(name)!, `${d} must come before ${name}`);
  }
}

describe("module graph", () => {
  it("all = query-frontend + querier + ingester + distributor + store-gateway + ruler + compactor", () => {
    assert.deepEqual(
      [...modulesInAll()].sort(),
      ["compactor", "distributor", "ingester", "querier", "query-frontend", "ruler", "store-gateway"],
    );
    const order = resolveModules(["all"]);
    for (const name of ["alertmanager", "query-scheduler", "overrides-exporter"]) assert.ok(!order.includes(name), `${name} is not in all`);
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
    for (const n of ["query-scheduler", "ruler", "store-gateway", "compactor", "alertmanager", "overrides-exporter"]) assert.ok(backend.includes(n), n);
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
    for (const d of MODULES) for (const dep of d.deps) assert.ok(names.has(dep), `${d.name} -> ${dep}`);
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
});
