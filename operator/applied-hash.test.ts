import assert from "node:assert/strict";
import { test } from "node:test";
import { APPLIED_HASH_ANNOTATION, appliedHash, unchangedSinceApplied } from "./reconcile.ts";

test("a cached child is skipped only when it carries the applied hash and nothing changed it since", () => {
  const body = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "a" }, data: { x: "1" } };
  const hash = appliedHash(body);
  assert.notEqual(hash, appliedHash({ ...body, data: { x: "2" } }));
  const live = (annotations: Record<string, string>, extra: Record<string, unknown> = {}) => ({
    metadata: { name: "a", resourceVersion: "7", annotations, ...extra },
  });
  const mine = { [APPLIED_HASH_ANNOTATION]: hash };
  assert.equal(unchangedSinceApplied(live(mine), hash, "rv7"), true);
  // Never applied by this replica (a restart), changed since, another hash, being deleted.
  assert.equal(unchangedSinceApplied(live(mine), hash, undefined), false);
  assert.equal(unchangedSinceApplied(live(mine), hash, "rv6"), false);
  assert.equal(unchangedSinceApplied(live({ [APPLIED_HASH_ANNOTATION]: "x" }), hash, "rv7"), false);
  assert.equal(unchangedSinceApplied(live(mine, { deletionTimestamp: "t" }), hash, "rv7"), false);
  // Kinds with a generation compare it (status updates change the resourceVersion only).
  assert.equal(unchangedSinceApplied(live(mine, { generation: 3 }), hash, "g3"), true);
  assert.equal(unchangedSinceApplied(live(mine, { generation: 4 }), hash, "g3"), false);
});
