import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { labelsFromObject } from "../../model/labels.ts";
import { newMatcher } from "../../model/matcher.ts";
import { CorruptionError } from "../../model/errors.ts";
import { compareLabelsBytes, compareStrings } from "../../model/strings.ts";
import { intersectPostings, mergePostings, withoutPostings } from "./postings.ts";
import { IndexReader } from "./reader.ts";
import { buildIndex, type IndexSeriesInput, IndexWriter } from "./writer.ts";

function sampleSeries(): IndexSeriesInput[] {
  const raw: Record<string, string>[] = [
    { __name__: "up", job: "a", instance: "1" },
    { __name__: "up", job: "a", instance: "2" },
    { __name__: "up", job: "b", instance: "1" },
    { __name__: "http_requests_total", job: "a", code: "200" },
    { __name__: "http_requests_total", job: "a", code: "500" },
    { __name__: "unicode", v: "héllo wörld ✓ 𝄞" },
  ];
  const ls = raw.map(labelsFromObject).sort(compareLabelsBytes);
  let ref = 8;
  return ls.map((labels, i) => {
    const chunks = [];
    for (let c = 0; c < i % 3; c++) {
      chunks.push({ mint: 1000 * c - 500, maxt: 1000 * c + 400, ref });
      ref += 37 + c;
    }
    return { labels, chunks };
  });
}

describe("postings ops", () => {
  const u = (...xs: number[]) => Uint32Array.from(xs);
  it("intersects, merges and subtracts", () => {
    assert.deepEqual(
      [...intersectPostings([u(1, 3, 5, 7, 100), u(3, 4, 5, 100, 200)])],
      [3, 5, 100],
    );
    assert.deepEqual([...mergePostings([u(1, 5), u(2, 5, 9), u(0)])], [0, 1, 2, 5, 9]);
    assert.deepEqual([...mergePostings([u(1, 5), u(2, 5)])], [1, 2, 5]);
    assert.deepEqual([...withoutPostings(u(1, 2, 3, 4, 5), u(2, 4, 6))], [1, 3, 5]);
  });
});

describe("index round trip", () => {
  const input = sampleSeries();
  const bytes = buildIndex(input);
  const r = IndexReader.open(bytes);

  it("has the v2 header and 16-byte aligned series", () => {
    assert.equal(Buffer.from(bytes).readUInt32BE(0), 0xbaaad700);
    assert.equal(bytes[4], 2);
    assert.equal(r.version, 2);
    for (const ref of r.allPostings())
      assert.ok(ref * 16 >= r.toc.series && ref * 16 < r.toc.labelIndices);
    assert.equal(r.toc.postings % 4, 0);
    assert.ok(r.toc.labelIndicesTable < r.toc.postingsTable);
  });

  it("reads symbols sorted by bytes", () => {
    const want = new Set<string>();
    for (const s of input) for (const l of s.labels) want.add(l.name).add(l.value);
    assert.deepEqual(r.symbols(), [...want].sort(compareStrings));
    assert.equal(r.reverseLookup("job"), r.symbols().indexOf("job"));
    assert.equal(r.reverseLookup("nope"), -1);
  });

  it("reads a series before any symbol was looked up", () => {
    const fresh = IndexReader.open(bytes);
    const ref = fresh.allPostings()[2];
    assert.deepEqual(fresh.series(ref).labels, input[2].labels);
  });

  it("reads series labels and chunk metas in order", () => {
    const all = r.allPostings();
    assert.equal(all.length, input.length);
    for (let i = 0; i < all.length; i++) {
      const s = r.series(all[i]);
      assert.deepEqual(s.labels, input[i].labels);
      assert.deepEqual(s.chunks, input[i].chunks);
    }
  });

  it("answers label names, values and postings", () => {
    assert.deepEqual(r.labelNames(), ["__name__", "code", "instance", "job", "v"]);
    assert.deepEqual(r.labelValues("job"), ["a", "b"]);
    assert.deepEqual(r.labelValues("missing"), []);
    const up = r.postings("__name__", "up");
    assert.equal(up.length, 3);
    for (const ref of up)
      assert.equal(r.series(ref).labels.find((l) => l.name === "__name__")?.value, "up");
    assert.equal(r.postings("job", "zzz").length, 0);
  });

  const sel = (...ms: [string, string, string][]): string[] =>
    [...r.postingsForMatchers(ms.map(([n, t, v]) => newMatcher(t as "=", n, v)))].map((ref) =>
      r
        .series(ref)
        .labels.map((l) => `${l.name}=${l.value}`)
        .join(","),
    );

  it("selects with matchers like Prometheus", () => {
    assert.equal(sel(["__name__", "=", "up"], ["job", "=", "a"]).length, 2);
    assert.equal(sel(["__name__", "=", "up"], ["job", "!=", "a"]).length, 1);
    assert.equal(sel(["code", "=", ""]).length, 4); // series without `code`
    assert.equal(sel(["code", "!=", ""]).length, 2);
    assert.equal(sel(["code", "=~", "5.."]).length, 1);
    assert.equal(sel(["code", "!~", "5.."]).length, 5);
    assert.equal(sel(["code", "=~", "|200"]).length, 5);
    assert.equal(sel(["job", "=~", ".+"], ["instance", "=", "1"]).length, 2);
    assert.equal(sel(["nope", "=", "x"]).length, 0);
  });

  it("streams through drain() with the same bytes", () => {
    const w = new IndexWriter();
    const syms = new Set<string>();
    for (const s of input) for (const l of s.labels) syms.add(l.name).add(l.value);
    w.addSymbols(syms);
    const parts: Uint8Array[] = [];
    for (const s of input) {
      w.addSeries(s.labels, s.chunks);
      parts.push(w.drain());
    }
    w.finish();
    parts.push(w.drain());
    assert.deepEqual(Buffer.concat(parts), Buffer.from(bytes));
  });

  it("rejects out-of-order series and chunks", () => {
    const w = new IndexWriter();
    w.addSymbols(["a", "b", "c"]);
    w.addSeries(labelsFromObject({ a: "b" }), []);
    assert.throws(() => w.addSeries(labelsFromObject({ a: "a" }), []), /out-of-order/);
    assert.throws(
      () =>
        w.addSeries(labelsFromObject({ a: "c" }), [
          { mint: 10, maxt: 20, ref: 8 },
          { mint: 20, maxt: 30, ref: 9 },
        ]),
      /not higher/,
    );
    assert.throws(() => w.addSeries(labelsFromObject({ b: "zz" }), []), /symbol entry/);
  });

  it("handles an empty index", () => {
    const e = IndexReader.open(buildIndex([]));
    assert.equal(e.allPostings().length, 0);
    assert.deepEqual(e.labelNames(), []);
  });
});

describe("index property", () => {
  it("round-trips arbitrary label sets and chunk metas", () => {
    // Characters chosen where UTF-16 and UTF-8 orders disagree (U+E000..U+FFFF vs astral).
    const ch = fc.constantFrom(
      "a",
      "b",
      "_",
      "0",
      "é",
      "\u00ff",
      "\ue000",
      "\uffff",
      "𝄞",
      "😀",
      " ",
      "\u0000",
    );
    const str = fc.array(ch, { minLength: 1, maxLength: 6 }).map((a) => a.join(""));
    const labelSet = fc
      .dictionary(str, str, { minKeys: 1, maxKeys: 4 })
      .map((o) => labelsFromObject(o));
    const metas = fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 0, max: 1e5 }),
      ),
      {
        maxLength: 4,
      },
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(labelSet, metas), {
          selector: ([l]) => JSON.stringify(l),
          maxLength: 25,
        }),
        fc.integer({ min: -(2 ** 45), max: 2 ** 45 }),
        (raw, t0) => {
          raw.sort((a, b) => compareLabelsBytes(a[0], b[0]));
          let ref = 8;
          const input: IndexSeriesInput[] = raw.map(([labels, ms]) => {
            let t = t0;
            const chunks = ms.map(([gap, span, refGap]) => {
              const mint = t + gap + 1;
              const c = { mint, maxt: mint + span, ref: ref + refGap };
              t = c.maxt;
              ref = c.ref;
              return c;
            });
            return { labels, chunks };
          });
          const r = IndexReader.open(buildIndex(input));
          const all = r.allPostings();
          assert.equal(all.length, input.length);
          for (let i = 0; i < input.length; i++)
            assert.deepEqual(r.series(all[i]), {
              labels: input[i].labels,
              chunks: input[i].chunks,
            });
          for (const s of input) {
            for (const l of s.labels) assert.ok(r.postings(l.name, l.value).length > 0);
          }
          const names = new Set(input.flatMap((s) => s.labels.map((l) => l.name)));
          assert.deepEqual(r.labelNames(), [...names].sort(compareStrings));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("index corruption", () => {
  const bytes = buildIndex(sampleSeries());

  function readAll(b: Uint8Array): void {
    const r = IndexReader.open(b);
    for (const n of r.labelNames()) for (const v of r.labelValues(n)) r.postings(n, v);
    for (const ref of r.allPostings()) r.series(ref);
  }

  it("detects a flipped byte in every section through CRCs", () => {
    // Flip each byte in turn: reading must either fail with CorruptionError or (for bytes no
    // checksum covers, such as padding) succeed; it must never throw anything else.
    let detected = 0;
    for (let i = 0; i < bytes.length; i++) {
      const b = Uint8Array.from(bytes);
      b[i] ^= 0x5a;
      try {
        readAll(b);
      } catch (e) {
        assert.ok(e instanceof CorruptionError, `byte ${i}: ${e}`);
        detected++;
      }
    }
    assert.ok(detected > bytes.length * 0.9, `detected ${detected} of ${bytes.length}`);
  });

  it("detects a series CRC mismatch specifically", () => {
    const r = IndexReader.open(bytes);
    const ref = r.allPostings()[1];
    const b = Uint8Array.from(bytes);
    b[ref * 16 + 2] ^= 1;
    const r2 = IndexReader.open(b);
    assert.throws(() => r2.series(ref), /read series: invalid checksum/);
  });

  it("property: truncated or random bytes raise CorruptionError", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bytes.length - 1 }), (n) => {
        assert.throws(() => readAll(bytes.subarray(0, n)), CorruptionError);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (b) => {
        try {
          readAll(b);
        } catch (e) {
          assert.ok(e instanceof CorruptionError, String(e));
        }
      }),
      { numRuns: 300 },
    );
    // Random bytes behind a valid header and TOC-sized tail exercise the deeper parsers.
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 60, maxLength: 600 }), (b) => {
        const x = Uint8Array.from(b);
        x.set([0xba, 0xaa, 0xd7, 0x00, 2]);
        try {
          readAll(x);
        } catch (e) {
          assert.ok(e instanceof CorruptionError, String(e));
        }
      }),
      { numRuns: 300 },
    );
  });
});
