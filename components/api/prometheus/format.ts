/**
 * JSON output of the Prometheus HTTP API, byte-for-byte as Prometheus writes it (jsoniter with
 * util/jsonutil's float and timestamp encoders), built as strings so large results do not go
 * through intermediate objects.
 */
import { AllBucketIterator } from "../../model/bucket_iterator.ts";
import type { FloatHistogram } from "../../model/float_histogram.ts";
import type { Labels } from "../../model/labels.ts";
import type { HPoint, QueryValue } from "../../promql/types.ts";

/** Prometheus's jsonutil.MarshalFloat body (without quotes): strconv 'f' or 'e' (|f|<1e-6, >=1e21), shortest. */
export function formatFloat(f: number): string {
  if (f === Number.POSITIVE_INFINITY) return "+Inf";
  if (f === Number.NEGATIVE_INFINITY) return "-Inf";
  if (Number.isNaN(f)) return "NaN";
  if (f === 0) return Object.is(f, -0) ? "-0" : "0";
  // JS switches to exponent notation at the same thresholds; Go pads the exponent to 2 digits.
  const s = String(f);
  const e = s.indexOf("e");
  if (e < 0) return s;
  const mant = s.slice(0, e);
  const sign = s[e + 1];
  const digits = s.slice(e + 2);
  return `${mant}e${sign}${digits.length < 2 ? "0" + digits : digits}`;
}

/** Prometheus's jsonutil.MarshalTimestamp: ms as seconds, up to 3 decimals, no rounding. */
export function formatTimestamp(ms: number): string {
  let t = ms;
  let out = "";
  if (t < 0) {
    out = "-";
    t = -t;
  }
  const secs = Math.trunc(t / 1000);
  const frac = t - secs * 1000;
  out += String(secs);
  if (frac !== 0) out += "." + String(frac).padStart(3, "0");
  return out;
}

const HTML_ESCAPES: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/** A JSON string as Go's encoding/json (HTML-escaping) writes it. */
export function jsonString(s: string): string {
  const j = JSON.stringify(s);
  return /[<>&\u2028\u2029]/.test(j) ? j.replace(/[<>&\u2028\u2029]/g, (c) => HTML_ESCAPES[c]) : j;
}

export function labelsJson(ls: Labels): string {
  let s = "{";
  for (let i = 0; i < ls.length; i++) {
    if (i > 0) s += ",";
    s += jsonString(ls[i].name) + ":" + jsonString(ls[i].value);
  }
  return s + "}";
}

function pointJson(t: number, f: number): string {
  return "[" + formatTimestamp(t) + ',"' + formatFloat(f) + '"]';
}

const TS_CACHE_BITS = 11;
const TS_CACHE_WIDTH = 24;
/** Formatted timestamps by slot (keys NaN when empty). */
const tsCacheKeys = new Float64Array(1 << TS_CACHE_BITS).fill(Number.NaN);
const tsCacheLens = new Uint8Array(1 << TS_CACHE_BITS);
const tsCacheBytes = new Uint8Array((1 << TS_CACHE_BITS) * TS_CACHE_WIDTH);

/** Appends JSON bytes to a growable buffer; ASCII fast paths, UTF-8 for label strings. */
class JsonWriter {
  buf: Buffer;
  pos = 0;
  ascii = true;

  constructor(size: number) {
    this.buf = Buffer.allocUnsafe(Math.max(256, size));
  }

  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const nb = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(nb, 0, 0, this.pos);
    this.buf = nb;
  }

  /** An ASCII string (callers guarantee it). */
  ascii1(s: string): void {
    const n = s.length;
    this.ensure(n);
    const b = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) b[p++] = s.charCodeAt(i);
    this.pos = p;
  }

  /** Any string, UTF-8 encoded. */
  utf8(s: string): void {
    if (!/[^\x00-\x7f]/.test(s)) {
      this.ascii1(s);
      return;
    }
    this.ascii = false;
    const n = Buffer.byteLength(s, "utf8");
    this.ensure(n);
    this.pos += this.buf.write(s, this.pos, "utf8");
  }

  /** A non-negative safe integer's decimal digits (room for 16 bytes is ensured by the caller). */
  uint(v: number): void {
    const b = this.buf;
    if (v <= 0x7fffffff) {
      let x = v | 0;
      const d =
        x < 10
          ? 1
          : x < 100
            ? 2
            : x < 1000
              ? 3
              : x < 10000
                ? 4
                : x < 100000
                  ? 5
                  : x < 1000000
                    ? 6
                    : x < 10000000
                      ? 7
                      : x < 100000000
                        ? 8
                        : x < 1000000000
                          ? 9
                          : 10;
      let p = this.pos + d;
      this.pos = p;
      while (x >= 10) {
        const q = (x / 10) | 0;
        b[--p] = 48 + x - q * 10;
        x = q;
      }
      b[--p] = 48 + x;
      return;
    }
    let digits = 1;
    for (let x = v; x >= 10; x = Math.floor(x / 10)) digits++;
    let p = this.pos + digits;
    this.pos = p;
    while (v >= 10) {
      const q = Math.floor(v / 10);
      b[--p] = 48 + (v - q * 10);
      v = q;
    }
    b[--p] = 48 + v;
  }

  /**
   * formatTimestamp(ms), unquoted (room for 24 bytes is ensured by the caller). Results share
   * step timestamps across series, so recent ones are kept in a small direct-mapped cache.
   */
  timestamp(ms: number): void {
    const slot = Math.imul(ms | 0, 0x9e3779b1) >>> (32 - TS_CACHE_BITS);
    const b = this.buf;
    let p = this.pos;
    if (tsCacheKeys[slot] === ms) {
      const len = tsCacheLens[slot];
      const off = slot * TS_CACHE_WIDTH;
      for (let i = 0; i < len; i++) b[p++] = tsCacheBytes[off + i];
      this.pos = p;
      return;
    }
    this.formatTimestamp(ms);
    const len = this.pos - p;
    if (len <= TS_CACHE_WIDTH && this.buf === b) {
      const off = slot * TS_CACHE_WIDTH;
      for (let i = 0; i < len; i++) tsCacheBytes[off + i] = b[p++];
      tsCacheLens[slot] = len;
      tsCacheKeys[slot] = ms;
    }
  }

  private formatTimestamp(ms: number): void {
    if (!Number.isSafeInteger(ms)) {
      this.ascii1(formatTimestamp(ms));
      return;
    }
    if (ms < 0) {
      this.buf[this.pos++] = 45;
      ms = -ms;
    }
    const secs = Math.floor(ms / 1000);
    const frac = ms - secs * 1000;
    this.uint(secs);
    if (frac !== 0) {
      const b = this.buf;
      const p = this.pos;
      const f = frac | 0;
      const h = (f / 100) | 0;
      const r = f - h * 100;
      const t = (r / 10) | 0;
      b[p] = 46;
      b[p + 1] = 48 + h;
      b[p + 2] = 48 + t;
      b[p + 3] = 48 + r - t * 10;
      this.pos = p + 4;
    }
  }

  /** formatFloat(f), unquoted (room for 24 bytes is ensured by the caller). */
  float(f: number): void {
    if (Number.isSafeInteger(f) && f !== 0) {
      if (f < 0) {
        this.buf[this.pos++] = 45;
        this.uint(-f);
      } else this.uint(f);
      return;
    }
    this.ascii1(formatFloat(f));
  }

  /** A point: [ts,"f"], after a comma when `comma`. */
  point(t: number, f: number, comma: boolean): void {
    this.ensure(64);
    const b = this.buf;
    if (comma) b[this.pos++] = 44;
    b[this.pos++] = 91;
    this.timestamp(t);
    this.ensure(32);
    this.buf[this.pos++] = 44;
    this.buf[this.pos++] = 34;
    this.float(f);
    this.ensure(2);
    this.buf[this.pos++] = 34;
    this.buf[this.pos++] = 93;
  }

  finish(): string {
    return this.buf.toString(this.ascii ? "latin1" : "utf8", 0, this.pos);
  }
}

const histIt = new AllBucketIterator();

/**
 * A native histogram as Prometheus's jsonutil.MarshalHistogram writes it:
 * {"count":"<f>","sum":"<f>","buckets":[[<boundary rule>,"<lower>","<upper>","<count>"],...]}
 * with the non-empty buckets from the lowest up; the boundary rule is 0 for (l,u], 1 for [l,u),
 * 2 for (l,u) and 3 for [l,u]; "buckets" is left out when all are empty.
 */
export function histogramJson(h: FloatHistogram): string {
  let s = `{"count":"${formatFloat(h.count)}","sum":"${formatFloat(h.sum)}"`;
  let found = false;
  h.allBucketIterator(histIt);
  while (histIt.next()) {
    if (histIt.count === 0) continue;
    s += found ? "," : ',"buckets":[';
    found = true;
    const rule = histIt.lowerInclusive
      ? histIt.upperInclusive
        ? 3
        : 1
      : histIt.upperInclusive
        ? 0
        : 2;
    s += `[${rule},"${formatFloat(histIt.lower)}","${formatFloat(histIt.upper)}","${formatFloat(histIt.count)}"]`;
  }
  if (found) s += "]";
  return s + "}";
}

/** `[ts,{histogram}]`. */
function hpointJson(p: HPoint): string {
  return `[${formatTimestamp(p.t)},${histogramJson(p.h)}]`;
}

/** The `data` object of a query response: {"resultType":...,"result":...}, pushed as parts. */
export function queryDataParts(v: QueryValue, out: string[]): void {
  switch (v.type) {
    case "vector": {
      const w = new JsonWriter(64 + v.samples.length * 96);
      w.ascii1('{"resultType":"vector","result":[');
      for (let i = 0; i < v.samples.length; i++) {
        const s = v.samples[i];
        w.ascii1(i > 0 ? ',{"metric":' : '{"metric":');
        w.utf8(labelsJson(s.metric));
        if (s.h !== undefined) {
          w.ascii1(',"histogram":');
          w.ascii1(hpointJson({ t: s.t, h: s.h }));
        } else {
          w.ascii1(',"value":');
          w.point(s.t, s.f, false);
        }
        w.ascii1("}");
      }
      w.ascii1("]}");
      out.push(w.finish());
      break;
    }
    case "matrix": {
      let points = 0;
      for (let i = 0; i < v.series.length; i++) {
        const s = v.series[i];
        points += s.ts !== undefined ? s.ts.length : s.floats.length;
      }
      const w = new JsonWriter(64 + v.series.length * 96 + points * 28);
      w.ascii1('{"resultType":"matrix","result":[');
      for (let i = 0; i < v.series.length; i++) {
        const s = v.series[i];
        w.ascii1(i > 0 ? ',{"metric":' : '{"metric":');
        w.utf8(labelsJson(s.metric));
        const hs = s.histograms;
        if (hs !== undefined) {
          // Series with histograms: "values" only when there are floats, then "histograms".
          const fl = s.floats;
          if (fl.length > 0) {
            w.ascii1(',"values":[');
            for (let j = 0; j < fl.length; j++) w.point(fl[j].t, fl[j].f, j > 0);
            w.ascii1("]");
          }
          w.ascii1(',"histograms":[');
          for (let j = 0; j < hs.length; j++) {
            if (j > 0) w.ascii1(",");
            w.ascii1(hpointJson(hs[j]));
          }
          w.ascii1("]}");
          continue;
        }
        w.ascii1(',"values":[');
        const ts = s.ts;
        const fs = s.fs;
        if (ts !== undefined && fs !== undefined) {
          for (let j = 0; j < ts.length; j++) {
            w.point(ts[j], fs[j], j > 0);
          }
        } else {
          const fl = s.floats;
          for (let j = 0; j < fl.length; j++) {
            w.point(fl[j].t, fl[j].f, j > 0);
          }
        }
        w.ascii1("]}");
      }
      w.ascii1("]}");
      out.push(w.finish());
      break;
    }
    case "scalar":
      out.push('{"resultType":"scalar","result":', pointJson(v.t, v.f), "}");
      break;
    case "string":
      out.push(
        '{"resultType":"string","result":',
        "[" + formatTimestamp(v.t) + "," + jsonString(v.s) + "]",
        "}",
      );
      break;
  }
}

function stringArray(a: readonly string[]): string {
  let s = "[";
  for (let i = 0; i < a.length; i++) s += (i > 0 ? "," : "") + jsonString(a[i]);
  return s + "]";
}

/** {"status":"success","data":<data>[,"warnings":[...]][,"infos":[...]]} from data parts. */
export function successBody(
  dataParts: string[],
  warnings: readonly string[] = [],
  infos: readonly string[] = [],
): string {
  let tail = "";
  if (warnings.length > 0) tail += ',"warnings":' + stringArray(warnings);
  if (infos.length > 0) tail += ',"infos":' + stringArray(infos);
  const data = dataParts.length === 1 ? dataParts[0] : dataParts.join("");
  return '{"status":"success","data":' + data + tail + "}";
}

export function stringListJson(a: readonly string[]): string {
  return stringArray(a);
}

export function errorBody(
  errorType: string,
  message: string,
  warnings: readonly string[] = [],
  infos: readonly string[] = [],
): string {
  let s =
    '{"status":"error","errorType":' + jsonString(errorType) + ',"error":' + jsonString(message);
  if (warnings.length > 0) s += ',"warnings":' + stringArray(warnings);
  if (infos.length > 0) s += ',"infos":' + stringArray(infos);
  return s + "}";
}
