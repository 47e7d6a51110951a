/**
 * Influx line protocol ingestion (POST /api/v1/push/influx/write), with Mimir's mapping
 * (M:pkg/distributor/influxpush): each numeric or boolean field of a point becomes a series
 * `<measurement>_<field>` (just `<measurement>` for the field `value`), names and tag keys with
 * characters outside [a-zA-Z0-9_] replaced by `_` (and `_` before a leading digit), tags as
 * labels, plus `__mimir_source__="influx"`. String and unsigned fields are skipped, as Mimir's
 * mapping ignores them. Timestamps follow `?precision=` (ns default, us, ms, s); no timestamp
 * means now. Bodies may be gzip-compressed. Every parse error is a 400.
 */
import { gunzipSync } from "node:zlib";
import type { Label } from "../../model/labels.ts";
import { HttpError } from "../../util/tenant.ts";
import { BatchBuilder, type DecodedWrite } from "../remotewrite/batch.ts";

/** Mimir's internal label marking Influx-ingested series (M:pkg/distributor/influxpush/parser.go). */
export const SOURCE_LABEL = "__mimir_source__";

export type InfluxPrecision = "ns" | "us" | "ms" | "s";

/** The `precision` query parameter (ns when absent); 400 for an unknown one. */
export function influxPrecision(p: string | undefined): InfluxPrecision {
  if (p === undefined || p === "") return "ns";
  if (p === "ns" || p === "us" || p === "ms" || p === "s") return p;
  throw new HttpError(400, `precision supplied is not valid: ${p}`);
}

export type FieldValue =
  | { kind: "float" | "int" | "uint"; value: number }
  | { kind: "bool"; value: boolean }
  | { kind: "string"; value: string };

export interface InfluxPoint {
  measurement: string;
  tags: [string, string][];
  fields: [string, FieldValue][];
  /** In the request's precision, or undefined when the line had none. */
  timestamp: bigint | undefined;
}

class LineError extends Error {}

/** Reads up to an unescaped delimiter in `stops`; returns [unescaped text, index of the delimiter]. */
function readToken(line: string, pos: number, stops: string, escapable: string): [string, number] {
  let out = "";
  let i = pos;
  while (i < line.length) {
    const c = line[i];
    if (
      c === "\\" &&
      i + 1 < line.length &&
      (escapable.includes(line[i + 1]) || line[i + 1] === "\\")
    ) {
      out += line[i + 1];
      i += 2;
      continue;
    }
    if (stops.includes(c)) break;
    out += c;
    i++;
  }
  return [out, i];
}

const FLOAT_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const INT_RE = /^[+-]?\d+i$/;
const UINT_RE = /^\d+u$/;

function parseFieldValue(raw: string): FieldValue {
  if (raw.length === 0) throw new LineError("missing field value");
  if (raw[0] === '"') {
    if (raw.length < 2 || raw[raw.length - 1] !== '"') throw new LineError("unbalanced quotes");
    return { kind: "string", value: raw.slice(1, -1).replace(/\\(["\\])/g, "$1") };
  }
  if (INT_RE.test(raw)) {
    const v = BigInt(raw.slice(0, -1));
    if (v > 9223372036854775807n || v < -9223372036854775808n)
      throw new LineError(`unable to parse integer ${raw}: value out of range`);
    return { kind: "int", value: Number(v) };
  }
  if (UINT_RE.test(raw)) {
    const v = BigInt(raw.slice(0, -1));
    if (v > 18446744073709551615n)
      throw new LineError(`unable to parse unsigned ${raw}: value out of range`);
    return { kind: "uint", value: Number(v) };
  }
  switch (raw) {
    case "t":
    case "T":
    case "true":
    case "True":
    case "TRUE":
      return { kind: "bool", value: true };
    case "f":
    case "F":
    case "false":
    case "False":
    case "FALSE":
      return { kind: "bool", value: false };
  }
  if (FLOAT_RE.test(raw)) {
    const v = Number(raw);
    if (!Number.isFinite(v)) throw new LineError(`invalid number ${raw}: value out of range`);
    return { kind: "float", value: v };
  }
  throw new LineError(`invalid field format`);
}

/** Parses one non-empty, non-comment line. */
export function parseLine(line: string): InfluxPoint {
  const [measurement, p0] = readToken(line, 0, ", ", ", ");
  if (measurement === "") throw new LineError("missing measurement");
  let p = p0;
  const tags: [string, string][] = [];
  while (p < line.length && line[p] === ",") {
    const [k, pk] = readToken(line, p + 1, "=, ", ",= ");
    if (k === "") throw new LineError("missing tag key");
    if (line[pk] !== "=") throw new LineError("missing tag value");
    const [v, pv] = readToken(line, pk + 1, ", ", ",= ");
    if (v === "") throw new LineError("missing tag value");
    tags.push([k, v]);
    p = pv;
  }
  if (p >= line.length || line[p] !== " ") throw new LineError("missing fields");
  while (line[p] === " ") p++;
  const fields: [string, FieldValue][] = [];
  for (;;) {
    const [k, pk] = readToken(line, p, "=, ", ",= ");
    if (k === "") throw new LineError("missing field key");
    if (line[pk] !== "=") throw new LineError("missing field value");
    // value: quoted string (may contain spaces and commas) or bare token
    let q = pk + 1;
    let raw: string;
    if (line[q] === '"') {
      let i = q + 1;
      while (i < line.length && line[i] !== '"') i += line[i] === "\\" ? 2 : 1;
      if (i >= line.length) throw new LineError("unbalanced quotes");
      raw = line.slice(q, i + 1);
      q = i + 1;
    } else {
      let i = q;
      while (i < line.length && line[i] !== "," && line[i] !== " ") i++;
      raw = line.slice(q, i);
      q = i;
    }
    fields.push([k, parseFieldValue(raw)]);
    p = q;
    if (line[p] === ",") {
      p++;
      continue;
    }
    break;
  }
  let timestamp: bigint | undefined;
  if (p < line.length) {
    if (line[p] !== " ") throw new LineError("invalid field format");
    while (line[p] === " ") p++;
    const rest = line.slice(p).trimEnd();
    if (rest !== "") {
      if (!/^-?\d+$/.test(rest)) throw new LineError("bad timestamp");
      timestamp = BigInt(rest);
    }
  }
  return { measurement, tags, fields, timestamp };
}

/** Mimir's replaceInvalidChars: [^a-zA-Z0-9_] → `_`, `_` before a leading digit. */
export function influxName(s: string): string {
  let out = s.replace(/[^a-zA-Z0-9_]/gu, "_");
  if (out.length > 0 && out[0] >= "0" && out[0] <= "9") out = "_" + out;
  return out;
}

const PRECISION_TO_MS: Record<InfluxPrecision, bigint> = {
  ns: 1_000_000n,
  us: 1_000n,
  ms: 1n,
  s: 0n,
};

function toMs(ts: bigint, precision: InfluxPrecision): number {
  if (precision === "s") return Number(ts * 1000n);
  const div = PRECISION_TO_MS[precision];
  // floor division for negative values
  let q = ts / div;
  if (ts < 0n && ts % div !== 0n) q -= 1n;
  return Number(q);
}

export interface InfluxOptions {
  encoding?: string;
  precision: InfluxPrecision;
  maxSize: number;
  now?: () => number;
}

function tooLarge(size: number, limit: number): string {
  return `the incoming Influx request has been rejected because its message size of ${size} bytes is larger than the allowed limit of ${limit} bytes`;
}

/** Decodes a line protocol body into a decoded write. Errors are HttpError 400 (413 for size). */
export function decodeInflux(body: Buffer, opts: InfluxOptions): DecodedWrite {
  const enc = opts.encoding ?? "";
  let raw = body;
  if (opts.maxSize > 0 && body.length > opts.maxSize)
    throw new HttpError(413, tooLarge(body.length, opts.maxSize));
  if (enc === "gzip" || enc === "x-gzip") {
    try {
      raw = gunzipSync(body, opts.maxSize > 0 ? { maxOutputLength: opts.maxSize } : {});
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (e.code === "ERR_BUFFER_TOO_LARGE" || e instanceof RangeError)
        throw new HttpError(413, tooLarge(opts.maxSize + 1, opts.maxSize));
      throw new HttpError(400, `gzip compression error: ${e.message}`);
    }
  }
  // Other encodings are read as plain text, as Mimir does.
  const text = raw.toString("utf8");
  const now = (opts.now ?? Date.now)();
  const b = new BatchBuilder(64);
  const lines = text.split("\n");
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li].replace(/\r$/, "");
    const trimmed = line.trimStart();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    let pt: InfluxPoint;
    try {
      pt = parseLine(trimmed);
    } catch (err) {
      if (err instanceof LineError) {
        const shown = trimmed.length > 200 ? trimmed.slice(0, 200) + "…" : trimmed;
        throw new HttpError(400, `can't parse points: unable to parse '${shown}': ${err.message}`);
      }
      throw err;
    }
    const ts = pt.timestamp === undefined ? now : toMs(pt.timestamp, opts.precision);
    const tagLabels: Label[] = [];
    for (const [k, v] of pt.tags) {
      if (k === "__name__" || k === SOURCE_LABEL) continue;
      tagLabels.push({ name: influxName(k), value: v });
    }
    for (const [field, fv] of pt.fields) {
      let value: number;
      if (fv.kind === "float" || fv.kind === "int") value = fv.value;
      else if (fv.kind === "bool") value = fv.value ? 1 : 0;
      else continue; // string and unsigned fields are not mapped
      const name = influxName(field === "value" ? pt.measurement : `${pt.measurement}_${field}`);
      const labels: Label[] = [
        { name: "__name__", value: name },
        { name: SOURCE_LABEL, value: "influx" },
        ...tagLabels,
      ];
      labels.sort((a, c) => (a.name < c.name ? -1 : a.name > c.name ? 1 : 0));
      const start = b.sampleCount;
      b.addSample(ts, value);
      b.addSeries(labels, start, undefined);
    }
  }
  return b.finish("api");
}
