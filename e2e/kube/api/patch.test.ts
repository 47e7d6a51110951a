import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { jsonPatch, mergePatch, PatchError, strategicMergePatch } from "./patch.ts";

const pod = {
  spec: {
    containers: [
      {
        name: "a",
        image: "a:1",
        env: [{ name: "X", value: "1" }],
        ports: [{ containerPort: 80, protocol: "TCP" }],
      },
      { name: "b", image: "b:1" },
    ],
  },
  metadata: { finalizers: ["f1"], labels: { keep: "1", drop: "1" } },
};

describe("strategic merge patch", () => {
  it("merges containers by name, env by name and deletes with $patch", () => {
    const out = strategicMergePatch(pod, {
      metadata: { labels: { drop: null }, finalizers: ["f2"] },
      spec: {
        containers: [
          { name: "a", image: "a:2", env: [{ name: "Y", value: "2" }] },
          { name: "b", $patch: "delete" },
        ],
      },
    });
    assert.deepEqual(out.metadata, { finalizers: ["f1", "f2"], labels: { keep: "1" } });
    assert.equal(out.spec.containers.length, 1);
    assert.equal(out.spec.containers[0].image, "a:2");
    assert.deepEqual(out.spec.containers[0].env, [
      { name: "X", value: "1" },
      { name: "Y", value: "2" },
    ]);
    assert.deepEqual(out.spec.containers[0].ports, [{ containerPort: 80, protocol: "TCP" }]);
  });

  it("orders items by $setElementOrder and replaces lists without a merge key", () => {
    const out = strategicMergePatch(pod, {
      spec: {
        $setElementOrder: undefined,
        "$setElementOrder/containers": [{ name: "b" }, { name: "a" }],
        containers: [{ name: "a", args: ["x"] }],
      },
    });
    assert.deepEqual(
      out.spec.containers.map((c: any) => c.name),
      ["b", "a"],
    );
    const replaced = strategicMergePatch(
      { spec: { containers: [{ name: "a", args: ["1", "2"] }] } },
      { spec: { containers: [{ name: "a", args: ["3"] }] } },
    );
    assert.deepEqual(replaced.spec.containers[0].args, ["3"]);
  });

  it("drops entries listed in $deleteFromPrimitiveList and honours $patch: replace", () => {
    const out = strategicMergePatch(pod, {
      metadata: {
        "$deleteFromPrimitiveList/finalizers": ["f1"],
        labels: { $patch: "replace", only: "1" },
      },
    });
    assert.deepEqual(out.metadata, { finalizers: [], labels: { only: "1" } });
  });
});

describe("JSON merge patch", () => {
  it("merges objects, deletes nulls and replaces lists", () => {
    assert.deepEqual(
      mergePatch({ a: { b: 1, c: 2 }, l: [1, 2] }, { a: { b: null, d: 3 }, l: [3] }),
      { a: { c: 2, d: 3 }, l: [3] },
    );
  });
});

describe("JSON patch", () => {
  it("applies add, replace, remove, move, copy and test", () => {
    const out = jsonPatch({ a: [1, 2], b: { c: "x" } }, [
      { op: "add", path: "/a/-", value: 3 },
      { op: "replace", path: "/b/c", value: "y" },
      { op: "copy", from: "/b/c", path: "/d" },
      { op: "move", from: "/d", path: "/e" },
      { op: "remove", path: "/a/0" },
      { op: "test", path: "/e", value: "y" },
    ]);
    assert.deepEqual(out, { a: [2, 3], b: { c: "y" }, e: "y" });
  });

  it("fails a test op or a missing path with the library's wording", () => {
    assert.throws(() => jsonPatch({ a: 1 }, [{ op: "test", path: "/a", value: 2 }]), PatchError);
    assert.throws(
      () => jsonPatch({ a: 1 }, [{ op: "remove", path: "/b" }]),
      /remove operation does not apply: doc is missing path: "\/b"/,
    );
  });
});
