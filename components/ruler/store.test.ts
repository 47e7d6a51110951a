import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { FilesystemBucket } from "../storage/bucket/filesystem/filesystem.ts";
import { parseRuleGroupYaml } from "./rulegroup.ts";
import {
  b64url,
  BucketRuleStore,
  GroupNotFoundError,
  LocalRuleStore,
  NamespaceNotFoundError,
  ReadOnlyStoreError,
  ruleGroupObjectKey,
} from "./store.ts";

const group = (name: string) =>
  parseRuleGroupYaml(`name: ${name}\nrules:\n  - record: r\n    expr: up\n`, "", "");

describe("bucket rule store", () => {
  it("keeps groups at rules/<tenant>/<base64url ns>/<base64url group>", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rulestore-"));
    const store = new BucketRuleStore(new FilesystemBucket({ dir }));
    await store.setRuleGroup("t1", "name/space?", group("g>1"));
    await store.setRuleGroup("t1", "other", group("a"));
    await store.setRuleGroup("t2", "x", group("b"));
    assert.equal(b64url("name/space?"), "bmFtZS9zcGFjZT8=");
    assert.equal(ruleGroupObjectKey("t1", "name/space?", "g>1"), "rules/t1/bmFtZS9zcGFjZT8=/Zz4x");
    assert.deepEqual(readdirSync(join(dir, "rules", "t1", "bmFtZS9zcGFjZT8=")), ["Zz4x"]);
    assert.deepEqual(await store.listAllUsers(), ["t1", "t2"]);
    assert.deepEqual(
      (await store.listRuleGroups("t1", "")).map((k) => `${k.namespace}:${k.name}`),
      ["name/space?:g>1", "other:a"],
    );
    const g = await store.getRuleGroup("t1", "name/space?", "g>1");
    assert.equal(g.user, "t1");
    assert.equal(g.namespace, "name/space?");
    assert.equal(g.rules[0].expr, "up");
    assert.deepEqual(
      (await store.loadRuleGroups("t1", "other")).map((x) => x.name),
      ["a"],
    );
    await assert.rejects(store.getRuleGroup("t1", "other", "nope"), GroupNotFoundError);
    await store.deleteRuleGroup("t1", "other", "a");
    await assert.rejects(store.deleteRuleGroup("t1", "other", "a"), GroupNotFoundError);
    await store.deleteNamespace("t1", "name/space?");
    await assert.rejects(store.deleteNamespace("t1", "name/space?"), NamespaceNotFoundError);
    assert.deepEqual(await store.listRuleGroups("t1", ""), []);
  });
});

describe("local rule store", () => {
  it("reads <dir>/<tenant>/<namespace> rule files and refuses changes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "localrules-"));
    mkdirSync(join(dir, "t1"));
    writeFileSync(
      join(dir, "t1", "ns1.yaml"),
      "groups:\n  - name: b\n    rules:\n      - record: x\n        expr: up\n  - name: a\n    rules:\n      - alert: A\n        expr: up == 0\n",
    );
    const store = new LocalRuleStore(dir);
    assert.deepEqual(await store.listAllUsers(), ["t1"]);
    assert.deepEqual(
      (await store.listRuleGroups("t1", "")).map((k) => `${k.namespace}:${k.name}`),
      ["ns1.yaml:a", "ns1.yaml:b"],
    );
    assert.equal((await store.getRuleGroup("t1", "ns1.yaml", "a")).rules[0].alert, "A");
    assert.equal(store.supportsModifications(), false);
    await assert.rejects(store.setRuleGroup(), ReadOnlyStoreError);
    assert.deepEqual(await new LocalRuleStore(join(dir, "missing")).listAllUsers(), []);
  });
});
