import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  ApplyConflict,
  apply,
  fieldsOf,
  fromFieldsV1,
  type ListKeys,
  recordUpdate,
  toFieldsV1,
} from "./managed-fields.ts";

const keys: ListKeys = (names) => (names[names.length - 1] === "containers" ? ["name"] : undefined);
const now = "2026-01-01T00:00:00Z";

function applyAs(live: any, config: any, manager: string, force = false): any {
  return apply({
    live,
    config,
    manager,
    force,
    apiVersion: "v1",
    listKeys: keys,
    skipStatus: true,
    now,
  });
}

describe("server-side apply", () => {
  it("records fields in the FieldsV1 format, keyed list items by their keys", () => {
    const set = fieldsOf(
      {
        metadata: { name: "x", labels: { a: "1" } },
        spec: { containers: [{ name: "c", image: "i" }] },
      },
      keys,
      true,
    );
    const tree = toFieldsV1(set);
    assert.deepEqual(tree, {
      "f:metadata": { "f:labels": { "f:a": {} } },
      "f:spec": { "f:containers": { 'k:{"name":"c"}': { ".": {}, "f:image": {}, "f:name": {} } } },
    });
    assert.deepEqual(fromFieldsV1(tree), set);
  });

  it("conflicts on a field another manager owns with a different value, and force moves it", () => {
    const cfg = { metadata: { name: "x" }, spec: { replicas: 1, paused: false } };
    const live = applyAs(undefined, cfg, "a");
    assert.throws(
      () => applyAs(live, { metadata: { name: "x" }, spec: { replicas: 2 } }, "b"),
      (e: any) =>
        e instanceof ApplyConflict &&
        e.message === 'Apply failed with 1 conflict: conflict with "a" using v1: .spec.replicas',
    );
    // The same value is shared ownership, not a conflict.
    const shared = applyAs(live, { metadata: { name: "x" }, spec: { replicas: 1 } }, "b");
    assert.equal(shared.metadata.managedFields.length, 2);
    const forced = applyAs(live, { metadata: { name: "x" }, spec: { replicas: 2 } }, "b", true);
    assert.equal(forced.spec.replicas, 2);
    const a = forced.metadata.managedFields.find((m: any) => m.manager === "a");
    assert.deepEqual(a.fieldsV1, { "f:spec": { "f:paused": {} } });
  });

  it("removes fields a manager stopped applying unless another manager owns them", () => {
    const live = applyAs(
      undefined,
      {
        metadata: { name: "x" },
        spec: {
          a: 1,
          b: 2,
          containers: [
            { name: "c", image: "i" },
            { name: "d", image: "j" },
          ],
        },
      },
      "a",
    );
    const next = applyAs(
      live,
      { metadata: { name: "x" }, spec: { a: 1, containers: [{ name: "c", image: "i" }] } },
      "a",
    );
    assert.deepEqual(next.spec, { a: 1, containers: [{ name: "c", image: "i" }] });
  });

  it("gives fields an update changed to the updater", () => {
    const live = applyAs(undefined, { metadata: { name: "x" }, spec: { a: 1 } }, "a");
    const updated = structuredClone(live);
    updated.spec.a = 2;
    recordUpdate({
      oldObj: live,
      newObj: updated,
      manager: "kubectl-edit",
      apiVersion: "v1",
      listKeys: keys,
      skipStatus: true,
      now,
    });
    const byMgr = Object.fromEntries(
      updated.metadata.managedFields.map((m: any) => [m.manager, m]),
    );
    assert.equal(byMgr["kubectl-edit"].operation, "Update");
    assert.deepEqual(byMgr["kubectl-edit"].fieldsV1, { "f:spec": { "f:a": {} } });
    assert.equal(byMgr.a, undefined, "a lost its only field");
  });
});
