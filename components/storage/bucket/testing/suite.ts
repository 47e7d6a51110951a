/**
 * The shared Bucket conformance suite: every backend and decorator runs the same tests.
 * Call `bucketSuite(label, factory)` from a test file; the factory returns a fresh, empty bucket
 * for each test (and optionally a cleanup function).
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, test } from "node:test";
import { type Bucket, listAll, readAll } from "../bucket.ts";

export interface BucketFixture {
  bucket: Bucket;
  cleanup?: () => Promise<void>;
}

export type BucketFactory = () => Promise<BucketFixture>;

async function withBucket(factory: BucketFactory, fn: (b: Bucket) => Promise<void>): Promise<void> {
  const fx = await factory();
  try {
    await fn(fx.bucket);
  } finally {
    await fx.bucket.close();
    await fx.cleanup?.();
  }
}

async function assertNotFound(b: Bucket, p: Promise<unknown>): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(b.isObjNotFoundErr(e), `expected a not-found error, got ${String(e)}`);
    return true;
  });
}

export function bucketSuite(label: string, factory: BucketFactory): void {
  describe(`bucket suite: ${label}`, () => {
    test("upload then get, exists, attributes", () =>
      withBucket(factory, async (b) => {
        const before = Date.now();
        await b.upload("tenant/01ABC/meta.json", Buffer.from('{"version":1}'));
        assert.equal((await b.get("tenant/01ABC/meta.json")).toString(), '{"version":1}');
        assert.equal(await b.exists("tenant/01ABC/meta.json"), true);
        assert.equal(await b.exists("tenant/01ABC/other.json"), false);
        assert.equal(await b.exists("tenant/01ABC"), false, "a directory is not an object");
        const attrs = await b.attributes("tenant/01ABC/meta.json");
        assert.equal(attrs.size, 13);
        assert.ok(attrs.lastModified instanceof Date);
        // Object stores keep second precision; allow clock skew of a few seconds.
        assert.ok(
          Math.abs(attrs.lastModified.getTime() - before) < 60_000,
          `lastModified ${attrs.lastModified.toISOString()}`,
        );
      }));

    test("missing objects: get, getRange, getStream, attributes and delete throw not-found", () =>
      withBucket(factory, async (b) => {
        await assertNotFound(b, b.get("nope/missing"));
        await assertNotFound(b, b.getRange("nope/missing", 0, 10));
        await assertNotFound(b, b.getStream("nope/missing"));
        await assertNotFound(b, b.attributes("nope/missing"));
        await assertNotFound(b, b.delete("nope/missing"));
        assert.equal(b.isObjNotFoundErr(new Error("boom")), false);
      }));

    test("upload overwrites, empty objects work", () =>
      withBucket(factory, async (b) => {
        await b.upload("a/obj", Buffer.from("first version"));
        await b.upload("a/obj", Buffer.from("second"));
        assert.equal((await b.get("a/obj")).toString(), "second");
        assert.equal((await b.attributes("a/obj")).size, 6);
        await b.upload("a/empty", Buffer.alloc(0));
        assert.equal((await b.get("a/empty")).length, 0);
        assert.equal(await b.exists("a/empty"), true);
      }));

    test("upload from a stream; getStream reads it back", () =>
      withBucket(factory, async (b) => {
        const data = randomBytes(1024 * 1024 + 123);
        const chunks = [
          data.subarray(0, 1000),
          data.subarray(1000, 700_000),
          data.subarray(700_000),
        ];
        await b.upload("t/block/chunks/000001", Readable.from(chunks));
        const got = await b.get("t/block/chunks/000001");
        assert.equal(got.length, data.length);
        assert.ok(got.equals(data));
        assert.ok((await readAll(await b.getStream("t/block/chunks/000001"))).equals(data));
        assert.ok(
          (await readAll(await b.getStream("t/block/chunks/000001", 10, 100))).equals(
            data.subarray(10, 110),
          ),
        );
        assert.equal((await b.attributes("t/block/chunks/000001")).size, data.length);
      }));

    test("upload from a file stream", () =>
      withBucket(factory, async (b) => {
        const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mimir-ts-suite-file-"));
        try {
          const file = path.join(dir, "index");
          const data = randomBytes(200_000);
          await fs.writeFile(file, data);
          await b.upload("t/block/index", createReadStream(file));
          assert.ok((await b.get("t/block/index")).equals(data));
          await b.upload("t/block/part", createReadStream(file, { start: 10, end: 19 }));
          assert.ok((await b.get("t/block/part")).equals(data.subarray(10, 20)));
        } finally {
          await fs.rm(dir, { recursive: true, force: true });
        }
      }));

    test("getRange: middle, to the end, past the end", () =>
      withBucket(factory, async (b) => {
        await b.upload("r/obj", Buffer.from("0123456789"));
        assert.equal((await b.getRange("r/obj", 0, 3)).toString(), "012");
        assert.equal((await b.getRange("r/obj", 3, 4)).toString(), "3456");
        assert.equal((await b.getRange("r/obj", 7, -1)).toString(), "789");
        assert.equal((await b.getRange("r/obj", 8, 100)).toString(), "89");
        assert.equal((await b.getRange("r/obj", 9, 1)).toString(), "9");
      }));

    test("delete removes the object and its now-empty directory from listings", () =>
      withBucket(factory, async (b) => {
        await b.upload("d/x/one", Buffer.from("1"));
        await b.upload("d/y/two", Buffer.from("2"));
        await b.delete("d/x/one");
        assert.equal(await b.exists("d/x/one"), false);
        await assertNotFound(b, b.get("d/x/one"));
        assert.deepEqual(await listAll(b, "d"), ["d/y/"]);
        assert.deepEqual(await listAll(b, ""), ["d/"]);
        await b.delete("d/y/two");
        assert.deepEqual(await listAll(b, ""), []);
      }));

    test("iter: non-recursive lists files and directories sorted, directories with a slash", () =>
      withBucket(factory, async (b) => {
        for (const n of [
          "t1/01B/meta.json",
          "t1/01B/index",
          "t1/01B/chunks/000001",
          "t1/01A/meta.json",
          "t1/markers/x",
          "t2/f",
          "top",
        ]) {
          await b.upload(n, Buffer.from(n));
        }
        assert.deepEqual(await listAll(b, ""), ["t1/", "t2/", "top"]);
        assert.deepEqual(await listAll(b, "t1"), ["t1/01A/", "t1/01B/", "t1/markers/"]);
        assert.deepEqual(await listAll(b, "t1/"), ["t1/01A/", "t1/01B/", "t1/markers/"]);
        assert.deepEqual(await listAll(b, "t1/01B"), [
          "t1/01B/chunks/",
          "t1/01B/index",
          "t1/01B/meta.json",
        ]);
        assert.deepEqual(await listAll(b, "does-not-exist"), []);
        assert.deepEqual(await listAll(b, "t1/01"), [], "a name prefix is not a directory");
      }));

    test("iter: recursive lists every object below dir and no directories", () =>
      withBucket(factory, async (b) => {
        for (const n of [
          "t1/01B/meta.json",
          "t1/01B/chunks/000001",
          "t1/01A/meta.json",
          "t2/f",
          "top",
        ]) {
          await b.upload(n, Buffer.from(n));
        }
        assert.deepEqual(await listAll(b, "", { recursive: true }), [
          "t1/01A/meta.json",
          "t1/01B/chunks/000001",
          "t1/01B/meta.json",
          "t2/f",
          "top",
        ]);
        assert.deepEqual(await listAll(b, "t1/01B", { recursive: true }), [
          "t1/01B/chunks/000001",
          "t1/01B/meta.json",
        ]);
        assert.deepEqual(await listAll(b, "zzz", { recursive: true }), []);
      }));

    test("iter: an error thrown by the callback stops the iteration and is returned", () =>
      withBucket(factory, async (b) => {
        for (const n of ["i/a", "i/b", "i/c"]) await b.upload(n, Buffer.from(n));
        const seen: string[] = [];
        await assert.rejects(
          b.iter("i", async (n) => {
            seen.push(n);
            if (n === "i/b") throw new Error("stop here");
          }),
          /stop here/,
        );
        assert.deepEqual(seen, ["i/a", "i/b"]);
      }));

    test("names that could escape the bucket are rejected", () =>
      withBucket(factory, async (b) => {
        await assert.rejects(b.upload("../escape", Buffer.from("x")), /invalid object name/);
        await assert.rejects(b.upload("a/../../escape", Buffer.from("x")), /invalid object name/);
        await assert.rejects(b.get("/abs"), /invalid object name/);
        await assert.rejects(
          b.iter("../", () => {}),
          /invalid object name/,
        );
      }));
  });
}
