/**
 * The query-frontend's view of a querier's answer to /query and /query_range: the Prometheus
 * JSON decoded once, merged across split and sharded partial queries, and encoded back in the
 * querier's byte layout (format.ts's successBody). Timestamps are seconds (as in the JSON);
 * sample values stay the strings the querier wrote, so nothing is re-rounded.
 */
import { errorBody, successBody } from "../api/prometheus/format.ts";

/** A point of a matrix or vector: [unix seconds, value string]. */
export type Point = [number, string];
/** A native histogram point: [unix seconds, histogram object]. */
export type HistogramPoint = [number, unknown];

export interface SampleStream {
  metric: Record<string, string>;
  values?: Point[];
  histograms?: HistogramPoint[];
}

export interface VectorSample {
  metric: Record<string, string>;
  value?: Point;
  histogram?: HistogramPoint;
}

export type ResultType = "matrix" | "vector" | "scalar" | "string";

/** A successful query answer. */
export interface QueryResponse {
  resultType: ResultType;
  /** matrix: SampleStream[]; vector: VectorSample[]; scalar/string: Point. */
  result: unknown;
  warnings: string[];
  infos: string[];
}

/** A downstream answer the frontend passes on as it is (an error, or something it cannot read). */
export class DownstreamError extends Error {
  readonly status: number;
  readonly body: string;
  readonly contentType: string;
  constructor(status: number, body: string, contentType = "application/json") {
    super(`downstream answered ${status}: ${body.slice(0, 200)}`);
    this.status = status;
    this.body = body;
    this.contentType = contentType;
  }
}

/** A frontend-side error answered in Prometheus's error JSON. */
export function apiError(status: number, errorType: string, message: string): DownstreamError {
  return new DownstreamError(status, errorBody(errorType, message));
}

/** Decodes a 200 answer; anything else (or an unreadable body) becomes a DownstreamError. */
export function decodeResponse(status: number, body: string, contentType = ""): QueryResponse {
  if (status !== 200) throw new DownstreamError(status, body, contentType || "application/json");
  let v: {
    status?: string;
    data?: { resultType?: ResultType; result?: unknown };
    warnings?: string[];
    infos?: string[];
  };
  try {
    v = JSON.parse(body);
  } catch {
    throw new DownstreamError(status, body, contentType);
  }
  if (v.status !== "success" || v.data?.resultType === undefined)
    throw new DownstreamError(status, body, contentType);
  return {
    resultType: v.data.resultType,
    result: v.data.result ?? [],
    warnings: v.warnings ?? [],
    infos: v.infos ?? [],
  };
}

export function encodeResponse(r: QueryResponse): string {
  const data = `{"resultType":"${r.resultType}","result":${JSON.stringify(r.result)}}`;
  return successBody([data], r.warnings, r.infos);
}

/** Prometheus's labels.Compare over JSON label objects (sorted by name, as the querier writes them). */
export function compareMetrics(a: Record<string, string>, b: Record<string, string>): number {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  const n = Math.min(ka.length, kb.length);
  for (let i = 0; i < n; i++) {
    if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
    const va = a[ka[i]];
    const vb = b[kb[i]];
    if (va !== vb) return va < vb ? -1 : 1;
  }
  return ka.length - kb.length;
}

/** A stable key for a label set. */
export function metricKey(m: Record<string, string>): string {
  const keys = Object.keys(m).sort();
  let s = "";
  for (const k of keys) s += `${k}\xff${m[k]}\xff`;
  return s;
}

function dedupeWarnings(lists: string[][]): string[] {
  const seen = new Set<string>();
  for (const l of lists) for (const w of l) seen.add(w);
  return [...seen];
}

/**
 * Merges matrix answers of adjacent or overlapping time ranges (split or cached extents): points
 * per series in time order, a timestamp seen twice kept once. Series sorted by labels.
 */
export function mergeMatrices(parts: readonly QueryResponse[]): QueryResponse {
  if (parts.length === 1) return parts[0];
  const byKey = new Map<string, SampleStream>();
  for (const p of parts) {
    if (p.resultType !== "matrix") continue;
    for (const s of p.result as SampleStream[]) {
      const k = metricKey(s.metric);
      const cur = byKey.get(k);
      if (cur === undefined) {
        byKey.set(k, {
          metric: s.metric,
          ...(s.values ? { values: [...s.values] } : {}),
          ...(s.histograms ? { histograms: [...s.histograms] } : {}),
        });
        continue;
      }
      if (s.values) cur.values = appendPoints(cur.values ?? [], s.values);
      if (s.histograms) cur.histograms = appendPoints(cur.histograms ?? [], s.histograms);
    }
  }
  const result = [...byKey.values()].sort((a, b) => compareMetrics(a.metric, b.metric));
  return {
    resultType: "matrix",
    result,
    warnings: dedupeWarnings(parts.map((p) => p.warnings)),
    infos: dedupeWarnings(parts.map((p) => p.infos)),
  };
}

/** Appends `more` to `into` (both time-ordered), skipping timestamps `into` already has. */
function appendPoints<T extends [number, unknown]>(into: T[], more: readonly T[]): T[] {
  if (into.length === 0) return [...more];
  const last = into[into.length - 1][0];
  if (more.length > 0 && more[0][0] > last) {
    for (const p of more) into.push(p);
    return into;
  }
  // Overlap or out of order: merge by timestamp.
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < into.length || j < more.length) {
    if (j >= more.length || (i < into.length && into[i][0] < more[j][0])) out.push(into[i++]);
    else if (i >= into.length || more[j][0] < into[i][0]) out.push(more[j++]);
    else {
      out.push(into[i++]);
      j++;
    }
  }
  return out;
}

/** The part of a matrix answer inside [startSec, endSec] (inclusive); series left empty are dropped. */
export function trimMatrix(r: QueryResponse, startSec: number, endSec: number): QueryResponse {
  if (r.resultType !== "matrix") return r;
  const out: SampleStream[] = [];
  for (const s of r.result as SampleStream[]) {
    const values = s.values?.filter((p) => p[0] >= startSec && p[0] <= endSec);
    const histograms = s.histograms?.filter((p) => p[0] >= startSec && p[0] <= endSec);
    if ((values?.length ?? 0) + (histograms?.length ?? 0) === 0) continue;
    out.push({
      metric: s.metric,
      ...(values && values.length > 0 ? { values } : {}),
      ...(histograms && histograms.length > 0 ? { histograms } : {}),
    });
  }
  return { ...r, result: out };
}
