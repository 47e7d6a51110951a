import { test } from "node:test";
import assert from "node:assert/strict";
import {
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  readdirSync,
  truncateSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PAGE_SIZE, WAL, listSegments, segmentName } from "./wal.ts";
import {
  RecordEncoder,
  REC_SAMPLES,
  REC_SERIES,
  decodeExemplars,
  decodeMetadata,
  decodeSamples,
  decodeSeries,
  decodeTombstones,
  encodeExemplars,
  encodeMetadata,
  encodeSamples,
  encodeSeries,
  encodeTombstones,
} from "./records.ts";
import { labelsFromObject } from "../../model/labels.ts";
import { STALE_NAN, isStaleNaN } from "../../model/series.ts";

function tmp(): string {
  return mkdtempSync(join(tmpdir(), "wal-test-"));
}

function rec(i: number, size = 100): Uint8Array {
  const b = new Uint8Array(size);
  for (let j = 0; j < size; j++) b[j] = (i * 31 + j) & 0xff;
  b[0] = i & 0xff;
  return b;
}

async function replay(dir: string, opts = {}) {
  const got: Uint8Array[] = [];
  const { wal, stats } = await WAL.open(dir, opts, (r) => got.push(Uint8Array.from(r)));
  await wal.close();
  return { got, stats };
}

test("records round-trip (Prometheus encodings)", () => {
  const e = new RecordEncoder(8);
  const ls = labelsFromObject({ __name__: "up", job: "ü" });
  encodeSeries(e, [
    { ref: 7, labels: ls },
    { ref: 2 ** 40, labels: [] },
  ]);
  assert.deepEqual(decodeSeries(e.bytes().slice()), [
    { ref: 7, labels: ls },
    { ref: 2 ** 40, labels: [] },
  ]);
  e.reset();
  encodeSamples(e, [
    { ref: 5, t: 1_700_000_000_000, v: 1.5 },
    { ref: 3, t: -5, v: STALE_NAN },
  ]);
  const ss = decodeSamples(e.bytes().slice());
  assert.deepEqual(ss[0], { ref: 5, t: 1_700_000_000_000, v: 1.5 });
  assert.equal(ss[1].ref, 3);
  assert.equal(ss[1].t, -5);
  assert.ok(isStaleNaN(ss[1].v));
  // Layout: type, BE64 ref, BE64 t, varint dref, varint dt, BE64 value.
  e.reset();
  encodeSamples(e, [{ ref: 1, t: 2, v: 1 }]);
  assert.equal(
    Buffer.from(e.bytes()).toString("hex"),
    "02" + "0000000000000001" + "0000000000000002" + "00" + "00" + "3ff0000000000000",
  );
  e.reset();
  encodeExemplars(e, [{ ref: 1, t: 10, v: 2, labels: labelsFromObject({ trace_id: "x" }) }]);
  assert.deepEqual(decodeExemplars(e.bytes().slice()), [
    { ref: 1, t: 10, v: 2, labels: labelsFromObject({ trace_id: "x" }) },
  ]);
  e.reset();
  encodeMetadata(e, [{ metricFamilyName: "up", type: "gauge", help: "h", unit: "" }]);
  assert.deepEqual(decodeMetadata(e.bytes().slice()), [
    { metricFamilyName: "up", type: "gauge", help: "h", unit: "" },
  ]);
  e.reset();
  encodeTombstones(e, [{ ref: 1, mint: -1, maxt: 100 }]);
  assert.deepEqual(decodeTombstones(e.bytes().slice()), [{ ref: 1, mint: -1, maxt: 100 }]);
  assert.equal(REC_SERIES, 1);
  assert.equal(REC_SAMPLES, 2);
});

test("write then replay returns every record in order, including multi-page records", async () => {
  const dir = tmp();
  const { wal } = await WAL.open(dir, {});
  const recs = [
    rec(1),
    rec(2, PAGE_SIZE * 2 + 123),
    rec(3, PAGE_SIZE - 7 - 100 - 7 - 3),
    rec(4, 5),
  ];
  // Concurrent logs are group-committed.
  await Promise.all(recs.map((r) => wal.log(r)));
  assert.ok(wal.writes < recs.length);
  await wal.close();
  const { got, stats } = await replay(dir);
  assert.equal(stats.corruption, undefined);
  assert.deepEqual(got, recs);
  rmSync(dir, { recursive: true });
});

test("a torn last record is truncated and earlier records survive", async () => {
  const dir = tmp();
  const { wal } = await WAL.open(dir, { sync: false });
  for (let i = 0; i < 50; i++) await wal.log(rec(i, 300));
  const seg = wal.currentSegment();
  await wal.close();
  const path = join(dir, segmentName(seg));
  const size = statSync(path).size;
  truncateSync(path, size - 10); // mid-record
  const { got, stats } = await replay(dir);
  assert.equal(got.length, 49);
  assert.deepEqual(got[48], rec(48, 300));
  assert.ok(stats.corruption?.tail);
  // Repaired: the file now ends at the last good record and replays cleanly.
  const again = await replay(dir);
  assert.equal(again.got.length, 49);
  assert.equal(again.stats.corruption, undefined);
  rmSync(dir, { recursive: true });
});

test("a CRC mismatch in the middle is detected and reported as non-tail corruption", async () => {
  const dir = tmp();
  const { wal } = await WAL.open(dir, { sync: false });
  for (let i = 0; i < 400; i++) await wal.log(rec(i, 300));
  const seg = wal.currentSegment();
  await wal.close();
  const path = join(dir, segmentName(seg));
  const b = readFileSync(path);
  b[7 + 50] ^= 0xff; // data of the first record
  writeFileSync(path, b);
  const { got, stats } = await replay(dir);
  assert.equal(got.length, 0);
  assert.ok(stats.corruption !== undefined);
  assert.equal(stats.corruption.tail, false);
  assert.match(stats.corruption.message, /checksum/);
  rmSync(dir, { recursive: true });
});

test("segments rotate at the size limit; checkpoint keeps filtered records and drops segments", async () => {
  const dir = tmp();
  const { wal } = await WAL.open(dir, { segmentSize: PAGE_SIZE * 2, sync: false });
  for (let i = 0; i < 200; i++) await wal.log(rec(i, 1000));
  assert.ok(listSegments(dir).length >= 3);
  const upTo = (await wal.nextSegment()) - 1;
  await wal.log(rec(250, 10));
  // Keep even-numbered records only.
  const res = wal.checkpoint(upTo, (r) => (r[0] % 2 === 0 ? r : undefined));
  assert.equal(res.records, 100);
  assert.ok(readdirSync(dir).includes(`checkpoint.${segmentName(upTo)}`));
  assert.ok(listSegments(dir).every((s) => s > upTo));
  await wal.log(rec(251, 10));
  await wal.close();
  const { got, stats } = await replay(dir, { segmentSize: PAGE_SIZE * 2 });
  assert.equal(stats.corruption, undefined);
  assert.deepEqual(
    got.map((r) => r[0]),
    [...Array.from({ length: 100 }, (_, i) => (i * 2) & 0xff), 250, 251],
  );
  rmSync(dir, { recursive: true });
});

test("property: any record sizes round-trip across page and segment boundaries", async () => {
  const fc = (await import("fast-check")).default;
  await fc.assert(
    fc.asyncProperty(
      fc.array(
        fc.oneof(
          fc.integer({ min: 1, max: 40 }),
          fc.integer({ min: PAGE_SIZE - 20, max: PAGE_SIZE + 20 }),
          fc.integer({ min: 1, max: 3 * PAGE_SIZE }),
        ),
        {
          minLength: 1,
          maxLength: 12,
        },
      ),
      fc.integer({ min: 1, max: 4 }),
      async (sizes, pages) => {
        const dir = tmp();
        const { wal } = await WAL.open(dir, { segmentSize: PAGE_SIZE * pages, sync: false });
        const recs = sizes.map((n, i) => rec(i, n));
        // Half logged concurrently, half one by one.
        await Promise.all(recs.slice(0, recs.length >> 1).map((r) => wal.log(r)));
        for (const r of recs.slice(recs.length >> 1)) await wal.log(r);
        await wal.close();
        const { got, stats } = await replay(dir);
        rmSync(dir, { recursive: true });
        assert.equal(stats.corruption, undefined);
        assert.deepEqual(got, recs);
      },
    ),
    { numRuns: 40 },
  );
});
