import assert from "node:assert/strict";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { PrefixedBucket } from "../prefix.ts";
import { bucketSuite } from "../testing/suite.ts";
import { FilesystemBucket } from "./filesystem.ts";

async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), "mimir-ts-fsbucket-"));
}

bucketSuite("filesystem", async () => {
  const dir = await tempDir();
  return {
    bucket: new FilesystemBucket({ dir }),
    cleanup: () => fs.rm(dir, { recursive: true, force: true }),
  };
});

bucketSuite("filesystem + prefix", async () => {
  const dir = await tempDir();
  return {
    bucket: new PrefixedBucket(new FilesystemBucket({ dir }), "myprefix"),
    cleanup: () => fs.rm(dir, { recursive: true, force: true }),
  };
});

test("filesystem: objects are files under the root; the prefix decorator nests them", async () => {
  const dir = await tempDir();
  try {
    const raw = new FilesystemBucket({ dir });
    const pref = new PrefixedBucket(raw, "pfx");
    await pref.upload("tenant/01X/meta.json", Buffer.from("{}"));
    assert.equal(
      await fs.readFile(path.join(dir, "pfx", "tenant", "01X", "meta.json"), "utf8"),
      "{}",
    );
    assert.equal(await raw.exists("pfx/tenant/01X/meta.json"), true);
    assert.deepEqual(await collect(raw, ""), ["pfx/"]);
    assert.deepEqual(await collect(pref, ""), ["tenant/"]);
    // No temp files are left behind or listed.
    assert.deepEqual(await fs.readdir(path.join(dir, ".tmp-uploads")), []);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

test("filesystem: a failed streaming upload leaves the previous object intact", async () => {
  const dir = await tempDir();
  try {
    const b = new FilesystemBucket({ dir });
    await b.upload("a/obj", Buffer.from("old"));
    const { Readable } = await import("node:stream");
    const failing = new Readable({
      read() {
        this.push(Buffer.from("partial"));
        this.destroy(new Error("source broke"));
      },
    });
    await assert.rejects(b.upload("a/obj", failing), /source broke/);
    assert.equal((await b.get("a/obj")).toString(), "old");
    assert.deepEqual(await fs.readdir(path.join(dir, ".tmp-uploads")), []);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

async function collect(b: FilesystemBucket | PrefixedBucket, dir: string): Promise<string[]> {
  const out: string[] = [];
  await b.iter(dir, (n) => {
    out.push(n);
  });
  return out;
}

test("filesystem: concurrent uploads and deletes in the same directory do not fail", async () => {
  const dir = await tempDir();
  try {
    const b = new FilesystemBucket({ dir });
    for (let round = 0; round < 20; round++) {
      await b.upload("t/blk/a", Buffer.from("a"));
      await Promise.all([b.delete("t/blk/a"), b.upload("t/blk/b", Buffer.from("b"))]);
      assert.equal((await b.get("t/blk/b")).toString(), "b");
      await b.delete("t/blk/b");
    }
    assert.deepEqual(await collect(b, ""), []);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
