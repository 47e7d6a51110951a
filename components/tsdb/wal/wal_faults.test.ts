import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { WAL, WRITE_RETRY_MAX_BACKOFF, WRITE_RETRY_MIN_BACKOFF } from "./wal.ts";

function rec(i: number, size = 100): Uint8Array {
  const b = new Uint8Array(size).fill(i & 0xff);
  return b;
}

function enospc(): NodeJS.ErrnoException {
  const e: NodeJS.ErrnoException = new Error("ENOSPC: no space left on device, write");
  e.code = "ENOSPC";
  return e;
}

/**
 * Segment files whose writes fail while `disk.full` is set; before failing, `disk.partial`
 * bytes of the buffer are written (a torn write).
 */
function faultyDisk() {
  const disk = { full: false, partial: 0, opens: 0, writes: 0 };
  const openSegmentFile = async (path: string): Promise<FileHandle> => {
    disk.opens++;
    const fh = await open(path, "a");
    return new Proxy(fh, {
      get(target, prop) {
        if (prop === "write") {
          return async (b: Uint8Array, off: number, len: number) => {
            disk.writes++;
            if (disk.full) {
              if (disk.partial > 0) await target.write(b, off, Math.min(len, disk.partial));
              throw enospc();
            }
            return target.write(b, off, len);
          };
        }
        const v = Reflect.get(target, prop);
        return typeof v === "function" ? v.bind(target) : v;
      },
    });
  };
  return { disk, openSegmentFile };
}

async function replayAll(dir: string): Promise<number[]> {
  const got: number[] = [];
  const { wal, stats } = await WAL.open(dir, {}, (r) => got.push(r[0]));
  await wal.close();
  assert.equal(stats.corruption, undefined, "replay found corruption");
  return got;
}

describe("WAL write failures", () => {
  it("rejects with the errno, backs off without touching the disk, then recovers without a torn record", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wal-fault-"));
    let clock = 1_000_000;
    const errors: Error[] = [];
    const { disk, openSegmentFile } = faultyDisk();
    try {
      const { wal } = await WAL.open(dir, {
        now: () => clock,
        openSegmentFile,
        onWriteError: (e) => errors.push(e),
      });
      await wal.log(rec(1));
      disk.full = true;
      disk.partial = 50;
      await assert.rejects(
        wal.log(rec(2)),
        (e: NodeJS.ErrnoException) =>
          e.code === "ENOSPC" && /write WAL segment .*00000000: ENOSPC/.test(e.message),
      );
      assert.equal(errors.length, 1);
      // During the back-off: rejected at once, no disk I/O, nothing reported again.
      const writes = disk.writes;
      for (let i = 0; i < 1000; i++) await assert.rejects(wal.log(rec(3)), { code: "ENOSPC" });
      assert.equal(disk.writes, writes);
      assert.equal(errors.length, 1);
      assert.ok(wal.writeError() !== undefined);
      // Past the back-off the disk is tried again; still full: reported again, back-off doubles.
      clock += WRITE_RETRY_MIN_BACKOFF;
      await assert.rejects(wal.log(rec(4)), { code: "ENOSPC" });
      assert.equal(errors.length, 2);
      clock += WRITE_RETRY_MIN_BACKOFF;
      await assert.rejects(wal.log(rec(5)), { code: "ENOSPC" });
      assert.equal(errors.length, 2, "second back-off is twice as long");
      // Space again: the torn tail is dropped and writing continues.
      disk.full = false;
      clock += WRITE_RETRY_MAX_BACKOFF;
      await wal.log(rec(6));
      await wal.log(rec(7));
      assert.equal(wal.writeError(), undefined);
      await wal.close();
      assert.deepEqual(await replayAll(dir), [1, 6, 7]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fails for good with ENOENT when the segment file was deleted", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wal-fault-"));
    let clock = 1_000_000;
    const errors: Error[] = [];
    try {
      const { wal } = await WAL.open(join(dir, "wal"), {
        now: () => clock,
        onWriteError: (e) => errors.push(e),
      });
      await wal.log(rec(1));
      rmSync(join(dir, "wal"), { recursive: true });
      clock += 1000;
      await assert.rejects(
        wal.log(rec(2)),
        (e: NodeJS.ErrnoException) => e.code === "ENOENT" && /was deleted/.test(e.message),
      );
      clock += WRITE_RETRY_MAX_BACKOFF * 10;
      await assert.rejects(wal.log(rec(3)), /was deleted/);
      await assert.rejects(wal.nextSegment(), /was deleted/);
      assert.equal(errors.length, 1);
      await wal.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
