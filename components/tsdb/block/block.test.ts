import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtemp, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import fc from "fast-check";
import { type Labels, labelsFromObject, labelsToString } from "../../model/labels.ts";
import { newMatcher } from "../../model/matcher.ts";
import type { Series } from "../../model/series.ts";
import { CorruptionError } from "../../model/errors.ts";
import { compareLabelsBytes } from "../../model/strings.ts";
import { ChunkReader, ChunkWriter, encodeSegment, unpackChunkRef } from "./chunks.ts";
import { formatMeta, parseMeta } from "../../model/block_meta.ts";
import { BlockReader } from "./reader.ts";
import { decodeTombstones, encodeTombstones, writeTombstones } from "./tombstones.ts";
import { type BlockSeries, writeBlock } from "./writer.ts";
import { XORChunk, XORIterator } from "../chunkenc/xor.ts";
import type { EncodedChunk } from "./chunks.ts";

interface Sample {
  t: number;
  v: number;
}

const T0 = 1_700_000_000_000;

/** XOR chunks of up to `perChunk` samples each, through chunkenc. */
function encodeXorChunks(samples: readonly Sample[], perChunk = 120): EncodedChunk[] {
  const out: EncodedChunk[] = [];
  for (let i = 0; i < samples.length; i += perChunk) {
    const c = new XORChunk();
    const end = Math.min(samples.length, i + perChunk);
    for (let j = i; j < end; j++) c.append(samples[j].t, samples[j].v);
    out.push({
      mint: samples[i].t,
      maxt: samples[end - 1].t,
      encoding: 1,
      data: c.bytes().slice(),
    });
  }
  return out;
}

/** Deterministic pseudo-random numbers. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x100000000;
  };
}

function makeData(
  nSeries: number,
  nSamples: number,
  seed = 1,
): { labels: Labels; samples: Sample[] }[] {
  const r = rng(seed);
  const out = [];
  for (let i = 0; i < nSeries; i++) {
    const labels = labelsFromObject({
      __name__: i % 3 === 0 ? "node_cpu_seconds_total" : i % 3 === 1 ? "up" : "temp_celsius",
      instance: `host-${i % 7}:9100`,
      job: i % 2 === 0 ? "node" : "api",
      series: String(i),
      ...(i % 5 === 0 ? { zone: "eu-west-1ä" } : {}),
    });
    const samples: Sample[] = [];
    let t = T0 + Math.floor(r() * 1000);
    let v = r() * 100;
    for (let k = 0; k < nSamples; k++) {
      samples.push({ t, v });
      t += 15_000 + (r() < 0.1 ? Math.floor(r() * 3000) - 1500 : 0);
      v =
        i % 3 === 0
          ? v + Math.floor(r() * 10)
          : i % 3 === 1
            ? r() < 0.5
              ? 1
              : 0
            : v + (r() - 0.5);
    }
    out.push({ labels, samples });
  }
  return out.sort((a, b) => compareLabelsBytes(a.labels, b.labels));
}

function toBlockSeries(data: { labels: Labels; samples: Sample[] }[]): BlockSeries[] {
  return data.map((d) => ({ labels: d.labels, chunks: encodeXorChunks(d.samples) }));
}

function drain(s: Series): Sample[] {
  const it = s.iterator();
  const out: Sample[] = [];
  while (it.next() !== 0) out.push({ t: it.atT(), v: it.atF() });
  return out;
}

function hasPromtool(): boolean {
  return spawnSync("promtool", ["--version"], { stdio: "ignore" }).status === 0;
}
const PROMTOOL_SKIP = hasPromtool()
  ? false
  : "promtool not on PATH (apt-get install -y prometheus)";

let tmp: string;
before(async () => {
  tmp = await mkdtemp(join(tmpdir(), "mimir-ts-block-"));
});
after(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("block round trip", () => {
  const data = makeData(40, 300);
  let dir: string;
  let block: BlockReader;
  let ulid: string;

  before(async () => {
    dir = join(tmp, "rt");
    await mkdir(dir);
    const meta = await writeBlock(dir, toBlockSeries(data), {
      thanos: { labels: { __org_id__: "t1" } },
    });
    ulid = meta.ulid;
    block = await BlockReader.open(join(dir, ulid));
  });
  after(async () => {
    await block?.close();
  });

  it("writes the block atomically with the expected files", async () => {
    const entries = await readdir(dir);
    assert.deepEqual(entries, [ulid]);
    assert.deepEqual((await readdir(join(dir, ulid))).sort(), [
      "chunks",
      "index",
      "meta.json",
      "tombstones",
    ]);
    assert.deepEqual(await readdir(join(dir, ulid, "chunks")), ["000001"]);
  });

  it("writes meta.json with stats and a thanos section listing file sizes", async () => {
    const text = await readFile(join(dir, ulid, "meta.json"), "utf8");
    assert.match(text, /^\{\n\t"ulid": "/);
    assert.ok(text.endsWith("}\n"));
    const m = parseMeta(text);
    assert.equal(m.ulid, ulid);
    assert.equal(m.minTime, Math.min(...data.map((d) => d.samples[0].t)));
    assert.equal(m.maxTime, Math.max(...data.map((d) => d.samples[d.samples.length - 1].t)) + 1);
    assert.deepEqual(m.stats, { numSamples: 40 * 300, numSeries: 40, numChunks: 40 * 3 });
    assert.deepEqual(m.compaction, { level: 1, sources: [ulid] });
    const th = m.thanos!;
    assert.equal(th.version, 1);
    assert.deepEqual(th.labels, { __org_id__: "t1" });
    assert.deepEqual(th.downsample, { resolution: 0 });
    assert.equal(th.source, "receive");
    assert.deepEqual(
      th.files!.map((f) => f.rel_path),
      ["chunks/000001", "index", "meta.json"],
    );
    assert.equal(th.files![0].size_bytes, (await stat(join(dir, ulid, "chunks/000001"))).size);
    assert.equal(th.files![1].size_bytes, (await stat(join(dir, ulid, "index"))).size);
    assert.equal(th.files![2].size_bytes, undefined);
    assert.equal(formatMeta(m), text);
  });

  it("selects every series with all samples", async () => {
    const q = block.querier(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    const got = await q.select(true, undefined, []);
    assert.equal(got.length, data.length);
    for (let i = 0; i < data.length; i++) {
      assert.deepEqual(got[i].labels, data[i].labels);
      assert.deepEqual(drain(got[i]), data[i].samples);
    }
  });

  it("selects by matchers through postings", async () => {
    const q = block.querier(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    const sel = async (...ms: [string, "=" | "!=" | "=~" | "!~", string][]) =>
      (
        await q.select(
          true,
          undefined,
          ms.map(([n, t, v]) => newMatcher(t, n, v)),
        )
      ).map((s) => labelsToString(s.labels));
    const want = (f: (l: Record<string, string>) => boolean) =>
      data
        .filter((d) => f(Object.fromEntries(d.labels.map((l) => [l.name, l.value]))))
        .map((d) => labelsToString(d.labels));
    assert.deepEqual(
      await sel(["__name__", "=", "up"]),
      want((l) => l.__name__ === "up"),
    );
    assert.deepEqual(
      await sel(["__name__", "=", "up"], ["job", "!=", "node"]),
      want((l) => l.__name__ === "up" && l.job !== "node"),
    );
    assert.deepEqual(
      await sel(["zone", "=", ""]),
      want((l) => l.zone === undefined),
    );
    assert.deepEqual(
      await sel(["instance", "=~", "host-[12]:.*"]),
      want((l) => /^host-[12]:/.test(l.instance)),
    );
    assert.deepEqual(
      await sel(["instance", "!~", "host-[12]:.*"], ["zone", "!=", ""]),
      want((l) => !/^host-[12]:/.test(l.instance) && l.zone !== undefined),
    );
    assert.deepEqual(await sel(["nope", "=", "x"]), []);
  });

  it("clips samples to the querier range and the hints", async () => {
    const mint = T0 + 1_000_000;
    const maxt = T0 + 2_000_000;
    const q = block.querier(mint, maxt);
    const got = await q.select(true, undefined, [newMatcher("=", "series", "7")]);
    const d = data.find((x) => x.labels.some((l) => l.name === "series" && l.value === "7"))!;
    assert.deepEqual(
      drain(got[0]),
      d.samples.filter((s) => s.t >= mint && s.t <= maxt),
    );
    const narrowed = await q.select(true, { start: mint + 500_000, end: maxt + 10_000_000 }, [
      newMatcher("=", "series", "7"),
    ]);
    assert.deepEqual(
      drain(narrowed[0]),
      d.samples.filter((s) => s.t >= mint + 500_000 && s.t <= maxt),
    );
    // Outside the data: no series at all.
    assert.equal((await block.querier(0, T0 - 10_000).select(true, undefined, [])).length, 0);
  });

  it("seeks across chunks", async () => {
    const q = block.querier(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    const [s] = await q.select(true, undefined, [newMatcher("=", "series", "3")]);
    const d = data.find((x) =>
      x.labels.some((l) => l.name === "series" && l.value === "3"),
    )!.samples;
    const it = s.iterator();
    const target = d[250].t - 1;
    assert.equal(it.seek(target), 1);
    assert.equal(it.atT(), d[250].t);
    assert.equal(it.seek(d[100].t), 1); // never goes backwards
    assert.equal(it.atT(), d[250].t);
    assert.equal(it.next(), 1);
    assert.equal(it.atT(), d[251].t);
    assert.equal(it.seek(d[299].t + 1), 0);
  });

  it("answers label names and values, with and without matchers", async () => {
    const q = block.querier(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    assert.deepEqual(await q.labelNames(undefined, []), [
      "__name__",
      "instance",
      "job",
      "series",
      "zone",
    ]);
    assert.deepEqual(await q.labelNames(undefined, [newMatcher("=", "series", "1")]), [
      "__name__",
      "instance",
      "job",
      "series",
    ]);
    assert.deepEqual(await q.labelValues("job", undefined, []), ["api", "node"]);
    assert.deepEqual(await q.labelValues("__name__", undefined, [newMatcher("=", "job", "node")]), [
      "node_cpu_seconds_total",
      "temp_celsius",
      "up",
    ]);
    assert.deepEqual(await q.labelValues("zone", undefined, [newMatcher("=", "series", "1")]), []);
    assert.deepEqual(await q.labelValues("job", { limit: 1 }, []), ["api"]);
  });

  it("hides tombstoned samples", async () => {
    const id = join(dir, ulid);
    const ref = block.index.postings("series", "3")[0];
    const d = data.find((x) =>
      x.labels.some((l) => l.name === "series" && l.value === "3"),
    )!.samples;
    await writeTombstones(id, new Map([[ref, [{ mint: d[10].t, maxt: d[19].t }]]]));
    const b2 = await BlockReader.open(id);
    try {
      const [s] = await b2
        .querier(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)
        .select(true, undefined, [newMatcher("=", "series", "3")]);
      assert.deepEqual(drain(s), [...d.slice(0, 10), ...d.slice(20)]);
    } finally {
      await b2.close();
      await writeTombstones(id, new Map());
    }
  });
});

describe("chunk segments", () => {
  it("cuts segments at the size limit and reads chunks back by reference", async () => {
    const d = join(tmp, "seg");
    const w = await ChunkWriter.create(d, { maxSegmentSize: 250, fsync: false });
    const all = [];
    for (let i = 0; i < 12; i++) {
      const chunks = encodeXorChunks(
        Array.from({ length: 30 }, (_, k) => ({ t: k * 1000 + i, v: k * i })),
        15,
      );
      const metas = await w.writeChunks(chunks);
      all.push({ chunks, metas });
    }
    const files = await w.close();
    assert.ok(files.length > 2, `only ${files.length} segments`);
    for (const f of files)
      assert.ok(f.size <= 250 && f.size === (await stat(join(d, f.relPath.slice(7)))).size);
    // A series' chunks stay in one segment.
    for (const { metas } of all)
      assert.equal(new Set(metas.map((m) => unpackChunkRef(m.ref).segment)).size, 1);
    for (const inMemory of [false, true]) {
      const r = await ChunkReader.open(d, { inMemory });
      const refs = all.flatMap((x) => x.metas.map((m) => m.ref));
      const got = await r.chunks(refs);
      assert.deepEqual(
        got.map((c) => Buffer.from(c.data).toString("hex")),
        all.flatMap((x) => x.chunks.map((c) => Buffer.from(c.data).toString("hex"))),
      );
      await r.close();
    }
  });

  it("reads chunks larger than the coalesced read window", async () => {
    const d = join(tmp, "big");
    const w = await ChunkWriter.create(d, { fsync: false });
    const big = Uint8Array.from({ length: 9000 }, (_, i) => (i * 7919) & 0xff);
    const chunks: EncodedChunk[] = [
      { mint: 1, maxt: 2, encoding: 2, data: big.subarray(0, 10) },
      { mint: 3, maxt: 4, encoding: 2, data: big },
      { mint: 5, maxt: 6, encoding: 3, data: big.subarray(0, 3000) },
    ];
    const metas = await w.writeChunks(chunks);
    await w.close();
    const r = await ChunkReader.open(d);
    const got = await r.chunks([metas[2].ref, metas[0].ref, metas[1].ref]);
    assert.deepEqual(
      got.map((c) => [c.encoding, c.data.length]),
      [
        [3, 3000],
        [2, 10],
        [2, 9000],
      ],
    );
    assert.deepEqual(Buffer.from(got[2].data), Buffer.from(big));
    await assert.rejects(r.chunks([metas[2].ref + 100_000]), CorruptionError);
    await assert.rejects(r.chunks([2 * 2 ** 32 + 8]), /segment index 2 out of range/);
    await r.close();
  });

  it("detects a chunk CRC mismatch", async () => {
    const { bytes, refs } = encodeSegment(
      encodeXorChunks(
        Array.from({ length: 10 }, (_, k) => ({ t: k, v: k })),
        5,
      ),
    );
    const bad = Uint8Array.from(bytes);
    bad[unpackChunkRef(refs[1]).offset + 5] ^= 0x10;
    const r = ChunkReader.fromBuffers([bad]);
    r.chunkSync(refs[0]);
    assert.throws(() => r.chunkSync(refs[1]), /checksum mismatch/);
    const d = join(tmp, "crc");
    await mkdir(join(d), { recursive: true });
    await writeFile(join(d, "000001"), bad);
    const fr = await ChunkReader.open(d);
    await assert.rejects(fr.chunks([refs[1]]), CorruptionError);
    await fr.close();
  });

  it("property: random or truncated segment bytes raise CorruptionError", () => {
    const { bytes, refs } = encodeSegment(
      encodeXorChunks(
        Array.from({ length: 40 }, (_, k) => ({ t: k * 7, v: k / 3 })),
        10,
      ),
    );
    const readAll = (segs: Uint8Array[], rs: number[]) => {
      const r = ChunkReader.fromBuffers(segs);
      for (const ref of rs) {
        const c = r.chunkSync(ref);
        const it = new XORIterator();
        it.resetBytes(c.data);
        while (it.next() !== 0);
        if (it.err() !== undefined) throw new CorruptionError(it.err());
      }
    };
    readAll([bytes], refs);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length - 1 }), (n) => {
        assert.throws(() => readAll([bytes.subarray(0, n)], refs), CorruptionError);
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.array(fc.nat({ max: 400 }), { maxLength: 5 }),
        (b, rs) => {
          const x = Uint8Array.from(b);
          if (x.length >= 5 && rs.length > 0) x.set([0x85, 0xbd, 0x40, 0xdd, 1]);
          try {
            readAll([x], rs);
          } catch (e) {
            assert.ok(e instanceof CorruptionError, String(e));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("corrupt chunk data", () => {
  it("raises CorruptionError from the series iterator when XOR data is cut short", async () => {
    const dir = join(tmp, "corrupt-xor");
    await mkdir(dir);
    const good = encodeXorChunks(
      Array.from({ length: 50 }, (_, k) => ({ t: k * 1000, v: Math.sqrt(k) })),
    )[0];
    const meta = await writeBlock(
      dir,
      [
        {
          labels: labelsFromObject({ __name__: "x" }),
          chunks: [{ ...good, data: good.data.subarray(0, 20) }],
        },
      ],
      {
        fsync: false,
      },
    );
    const b = await BlockReader.open(join(dir, meta.ulid));
    const [s] = await b.querier(0, 1e12).select(true, undefined, []);
    const it = s.iterator();
    assert.throws(() => {
      while (it.next() !== 0);
    }, CorruptionError);
    await b.close();
  });
});

describe("tombstones file", () => {
  it("round-trips and checks its CRC", () => {
    const ts = new Map([
      [16, [{ mint: -(2 ** 63), maxt: 5 }]],
      [
        3,
        [
          { mint: 10, maxt: 20 },
          { mint: 30, maxt: 2 ** 63 },
        ],
      ],
    ]);
    const b = encodeTombstones(ts);
    assert.deepEqual(decodeTombstones(b), new Map([...ts].sort((x, y) => x[0] - y[0])));
    const bad = Uint8Array.from(b);
    bad[6] ^= 1;
    assert.throws(() => decodeTombstones(bad), /checksum/);
    // Prometheus's empty tombstones file.
    assert.deepEqual([...encodeTombstones(new Map())], [0x01, 0x30, 0xba, 0x30, 0x01, 0, 0, 0, 0]);
  });
});

describe("meta.json", () => {
  it("formats like Go's encoder and rejects bad versions", () => {
    const text = formatMeta({
      ulid: "01M80K5EC6CX71NGR3KER6QHKM",
      minTime: 0,
      maxTime: 7200000,
      stats: {},
      compaction: {
        level: 2,
        sources: ["01M80K5EC6CX71NGR3KER6QHKM"],
        hints: ["from-out-of-order"],
      },
      version: 1,
      thanos: {
        version: 1,
        labels: { b: "<&>", a: "1" },
        downsample: { resolution: 0 },
        source: "compactor",
      },
    });
    assert.equal(
      text,
      '{\n\t"ulid": "01M80K5EC6CX71NGR3KER6QHKM",\n\t"minTime": 0,\n\t"maxTime": 7200000,\n\t"stats": {},\n\t"compaction": {\n\t\t"level": 2,\n\t\t"sources": [\n\t\t\t"01M80K5EC6CX71NGR3KER6QHKM"\n\t\t],\n\t\t"hints": [\n\t\t\t"from-out-of-order"\n\t\t]\n\t},\n\t"version": 1,\n\t"thanos": {\n\t\t"version": 1,\n\t\t"labels": {\n\t\t\t"a": "1",\n\t\t\t"b": "\\u003c\\u0026\\u003e"\n\t\t},\n\t\t"downsample": {\n\t\t\t"resolution": 0\n\t\t},\n\t\t"source": "compactor"\n\t}\n}\n',
    );
    assert.deepEqual(parseMeta(text).thanos?.labels, { a: "1", b: "<&>" });
    assert.throws(
      () => parseMeta(text.replace('"version": 1,\n\t"thanos"', '"version": 2,\n\t"thanos"')),
      /meta file version/,
    );
    assert.throws(() => parseMeta("{"), CorruptionError);
  });
});

describe("interop with promtool", { skip: PROMTOOL_SKIP }, () => {
  it("promtool analyzes and dumps a block we wrote, with identical samples", async () => {
    const data = makeData(12, 400, 7);
    const dir = join(tmp, "prom-read");
    await mkdir(join(dir, "wal"), { recursive: true }); // `tsdb dump` opens the directory as a DB
    // Small segments, so references across several chunk files are exercised too.
    const meta = await writeBlock(dir, toBlockSeries(data), { fsync: false, maxSegmentSize: 8192 });
    assert.ok((await readdir(join(dir, meta.ulid, "chunks"))).length > 2);
    const list = execFileSync("promtool", ["tsdb", "list", dir], { encoding: "utf8" });
    assert.match(
      list,
      new RegExp(
        `${meta.ulid}\\s+${meta.minTime}\\s+${meta.maxTime}\\s+\\S+\\s+4800\\s+48\\s+12\\s`,
      ),
    );
    const analyze = execFileSync("promtool", ["tsdb", "analyze", dir, meta.ulid], {
      encoding: "utf8",
    });
    assert.match(analyze, new RegExp(`Block ID: ${meta.ulid}`));
    assert.match(analyze, /Series: 12\n/);
    const dump = execFileSync("promtool", ["tsdb", "dump", dir], {
      encoding: "utf8",
      maxBuffer: 64 << 20,
    });
    const want: string[] = [];
    for (const d of data)
      for (const s of d.samples) want.push(`${labelsToString(d.labels)} ${goFloat(s.v)} ${s.t}`);
    assert.deepEqual(dump.trim().split("\n"), want);
  });

  it("reads a block that promtool created from OpenMetrics", async () => {
    const dir = join(tmp, "prom-write");
    await mkdir(dir, { recursive: true });
    const data = makeData(9, 500, 3);
    let om = "";
    const byName = new Map<string, string[]>();
    for (const d of data) {
      const name = d.labels[0].value;
      const rest = d.labels
        .slice(1)
        .map((l) => `${l.name}="${l.value}"`)
        .join(",");
      const lines = byName.get(name) ?? [];
      for (const s of d.samples) lines.push(`${name}{${rest}} ${s.v} ${s.t / 1000}`);
      byName.set(name, lines);
    }
    for (const [name, lines] of byName) om += `# TYPE ${name} gauge\n${lines.join("\n")}\n`;
    om += "# EOF\n";
    await writeFile(join(tmp, "in.om"), om);
    execFileSync(
      "promtool",
      ["tsdb", "create-blocks-from", "openmetrics", join(tmp, "in.om"), dir],
      { stdio: "ignore" },
    );
    const ids = (await readdir(dir)).filter((n) => n.length === 26);
    assert.ok(ids.length >= 1);
    const got = new Map<string, Sample[]>();
    for (const id of ids) {
      const b = await BlockReader.open(join(dir, id));
      assert.equal(b.meta.ulid, id);
      const ss = await b
        .querier(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)
        .select(true, undefined, [newMatcher("=~", "__name__", ".+")]);
      for (const s of ss) {
        const k = labelsToString(s.labels);
        got.set(k, [...(got.get(k) ?? []), ...drain(s)]);
      }
      await b.close();
    }
    assert.equal(got.size, data.length);
    for (const d of data)
      assert.deepEqual(got.get(labelsToString(d.labels)), d.samples, labelsToString(d.labels));
  });
});

/** Formats a float as Go's fmt %g does (shortest digits; exponent form below 1e-4 or from 1e6). */
function goFloat(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (v === Number.POSITIVE_INFINITY) return "+Inf";
  if (v === Number.NEGATIVE_INFINITY) return "-Inf";
  if (v === 0) return Object.is(v, -0) ? "-0" : "0";
  const [mant, e] = v.toExponential().split("e");
  const exp = Number(e);
  if (exp < -4 || exp >= 6)
    return `${mant}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  return String(v);
}
