/**
 * The promqltest notation for native histograms (Prometheus's parser, `histogram_desc_map`):
 * `{{schema:0 sum:5 count:4 z_bucket:1 z_bucket_w:0.001 buckets:[1 2 1] offset:1
 * n_buckets:[1] n_offset:0 custom_values:[1 2] counter_reset_hint:gauge}}`, and the series
 * expansions `{{a}}xN` (N+1 copies), `{{a}}+{{d}}xN` and `{{a}}-{{d}}xN` (a, a±d, a±2d, ...).
 */
import { FloatHistogram } from "../../model/float_histogram.ts";
import {
  CounterReset,
  GaugeType,
  NotCounterReset,
  UnknownCounterReset,
} from "../../model/histogram_schema.ts";

/** A parsed literal; hintSet tells whether counter_reset_hint was written (then it is compared). */
export interface HistogramLiteral {
  h: FloatHistogram;
  hintSet: boolean;
}

const HINTS: Record<string, 0 | 1 | 2 | 3> = {
  unknown: UnknownCounterReset,
  reset: CounterReset,
  not_reset: NotCounterReset,
  gauge: GaugeType,
};

function parseNum(s: string, key: string): number {
  const t = s.trim();
  const low = t.toLowerCase();
  if (/^[+-]?inf(inity)?$/.test(low)) return low.startsWith("-") ? -Infinity : Infinity;
  if (low === "nan") return Number.NaN;
  const n = /^[+-]?0[xX][0-9a-fA-F]+$/.test(t) ? Number.parseInt(t, 16) : Number(t);
  if (t === "" || Number.isNaN(n)) throw new Error(`error parsing ${key} number: ${s}`);
  return n;
}

function parseArray(s: string, key: string): number[] {
  const inner = s.trim();
  if (!inner.startsWith("[") || !inner.endsWith("]"))
    throw new Error(`error parsing ${key} float array: ${s}`);
  const body = inner.slice(1, -1).trim();
  if (body === "") return [];
  return body.split(/\s+/).map((x) => parseNum(x, key));
}

/** Parses one `{{...}}` literal (with the braces). Throws on malformed input. */
export function parseHistogramLiteral(text: string): HistogramLiteral {
  const t = text.trim();
  if (!t.startsWith("{{") || !t.endsWith("}}"))
    throw new Error(`invalid histogram value ${JSON.stringify(text)}`);
  const body = t.slice(2, -2);
  const h = new FloatHistogram();
  let hintSet = false;
  let buckets: number[] = [];
  let nBuckets: number[] = [];
  let offset = 0;
  let nOffset = 0;
  // Items are `key:value` with values that are numbers, words or bracketed lists.
  const re = /([a-z_]+)\s*:\s*(\[[^\]]*\]|[^\s\]]+)/g;
  let consumed = "";
  for (const m of body.matchAll(re)) {
    consumed += m[0];
    const key = m[1];
    const val = m[2];
    switch (key) {
      case "schema":
        h.schema = parseNum(val, key);
        break;
      case "sum":
        h.sum = parseNum(val, key);
        break;
      case "count":
        h.count = parseNum(val, key);
        break;
      case "z_bucket":
        h.zeroCount = parseNum(val, key);
        break;
      case "z_bucket_w":
        h.zeroThreshold = parseNum(val, key);
        break;
      case "offset":
        offset = parseNum(val, key);
        break;
      case "n_offset":
        nOffset = parseNum(val, key);
        break;
      case "buckets":
        buckets = parseArray(val, key);
        break;
      case "n_buckets":
        nBuckets = parseArray(val, key);
        break;
      case "custom_values":
        h.customValues = Float64Array.from(parseArray(val, key));
        break;
      case "counter_reset_hint": {
        const hint = HINTS[val];
        if (hint === undefined)
          throw new Error(`error parsing counter_reset_hint: unknown value ${val}`);
        h.counterResetHint = hint;
        hintSet = true;
        break;
      }
      default:
        throw new Error(`unexpected histogram description key ${JSON.stringify(key)}`);
    }
  }
  if (consumed.replace(/\s+/g, "") !== body.replace(/\s+/g, ""))
    throw new Error(`invalid histogram description ${JSON.stringify(text)}`);
  if (buckets.length > 0) {
    h.positiveBuckets = Float64Array.from(buckets);
    h.positiveSpans = Int32Array.from([offset, buckets.length]);
  }
  if (nBuckets.length > 0) {
    h.negativeBuckets = Float64Array.from(nBuckets);
    h.negativeSpans = Int32Array.from([nOffset, nBuckets.length]);
  }
  return { h, hintSet };
}

/**
 * Expands a histogram series token: `{{h}}`, `{{h}}xN`, `{{h}}+{{d}}xN`, `{{h}}-{{d}}xN`.
 * Returns the literals in order (N+1 of them for the `x` forms).
 */
export function expandHistogramSeries(tok: string): HistogramLiteral[] {
  const m = /^(\{\{.*?\}\})(?:([+-])(\{\{.*?\}\}))?(?:x(\d+))?$/.exec(tok);
  if (m === null) throw new Error(`invalid histogram value ${JSON.stringify(tok)}`);
  const base = parseHistogramLiteral(m[1]);
  const n = m[4] === undefined ? 0 : Number(m[4]);
  if (m[2] === undefined) {
    const out: HistogramLiteral[] = [];
    for (let i = 0; i <= n; i++) out.push(base);
    return out;
  }
  if (m[4] === undefined) throw new Error(`invalid histogram value ${JSON.stringify(tok)}`);
  const inc = parseHistogramLiteral(m[3]);
  const hintSet = inc.hintSet;
  const out: HistogramLiteral[] = [{ h: base.h, hintSet }];
  let cur = base.h;
  for (let i = 1; i <= n; i++) {
    if (cur.schema > inc.h.schema)
      throw new Error(
        `error combining histograms: cannot merge from schema ${inc.h.schema} to ${cur.schema}`,
      );
    const next = cur.copy();
    const err = m[2] === "+" ? next.add(inc.h) : next.sub(inc.h);
    if (err !== undefined) throw new Error(err);
    out.push({ h: next, hintSet });
    cur = next;
  }
  return out;
}
