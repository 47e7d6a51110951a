/**
 * Result comparison as Prometheus's promqltest does it (evalCmd.compareResult, checkAnnotations,
 * checkExpectedFailure). Every function returns an error message, or undefined when it matches.
 */
import type { FloatHistogram } from "../../model/float_histogram.ts";
import { spansMatch } from "../../model/histogram_buckets.ts";
import { customBucketBoundsMatch } from "../../model/histogram_schema.ts";
import { compareLabels, type Labels, labelsToString } from "../../model/labels.ts";
import { isStaleNaN } from "../../model/series.ts";
import type { QueryResult, QueryValue, VectorSample } from "../types.ts";
import { type EvalCmd, type ExpectAnno, seriesKey } from "./script.ts";

export const DEFAULT_EPSILON = 0.000001;
const MIN_NORMAL = 2.2250738585072014e-308;

/** Prometheus's util/almost.Equal. */
export function almostEqual(a: number, b: number, epsilon = DEFAULT_EPSILON): boolean {
  const sa = isStaleNaN(a);
  const sb = isStaleNaN(b);
  if (sa || sb) return sa && sb;
  if (Number.isNaN(a) && Number.isNaN(b)) return true;
  if (a === b) return true;
  const absSum = Math.abs(a) + Math.abs(b);
  const diff = Math.abs(a - b);
  if (a === 0 || b === 0 || absSum < MIN_NORMAL) return diff < epsilon * MIN_NORMAL;
  return diff / Math.min(absSum, Number.MAX_VALUE) < epsilon;
}

function bucketsAlmostEqual(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!almostEqual(a[i], b[i])) return false;
  return true;
}

/**
 * promqltest's compareNativeHistogram over compacted copies: schema, counts, sum, zero bucket,
 * spans and buckets (floats within epsilon), custom bounds, and the counter reset hint only when
 * the expected literal states one.
 */
export function histogramsMatch(
  expected: FloatHistogram,
  actual: FloatHistogram,
  hintSet: boolean,
): boolean {
  const exp = expected.copy().compact(0);
  const cur = actual.copy().compact(0);
  if (
    exp.schema !== cur.schema ||
    !almostEqual(exp.count, cur.count) ||
    !almostEqual(exp.sum, cur.sum)
  )
    return false;
  if (exp.usesCustomBuckets() && !customBucketBoundsMatch(exp.customValues, cur.customValues))
    return false;
  if (exp.zeroThreshold !== cur.zeroThreshold || !almostEqual(exp.zeroCount, cur.zeroCount))
    return false;
  if (!spansMatch(exp.negativeSpans, cur.negativeSpans)) return false;
  if (!bucketsAlmostEqual(exp.negativeBuckets, cur.negativeBuckets)) return false;
  if (!spansMatch(exp.positiveSpans, cur.positiveSpans)) return false;
  if (!bucketsAlmostEqual(exp.positiveBuckets, cur.positiveBuckets)) return false;
  if (hintSet && exp.counterResetHint !== cur.counterResetHint) return false;
  return true;
}

function fmtHist(h: FloatHistogram): string {
  return `${h.toString()} (hint ${h.counterResetHint})`;
}

/** Formats a float as Go's %v does for the common cases (used only in messages). */
export function fmtFloat(f: number): string {
  if (isStaleNaN(f)) return "stale";
  if (Number.isNaN(f)) return "NaN";
  if (f === Number.POSITIVE_INFINITY) return "+Inf";
  if (f === Number.NEGATIVE_INFINITY) return "-Inf";
  return String(f);
}

function fmtPoints(pts: readonly { t: number; f: number }[]): string {
  const shown = pts.slice(0, 8).map((p) => `${fmtFloat(p.f)} @[${p.t}]`);
  if (pts.length > 8) shown.push(`... (${pts.length} points)`);
  return `[${shown.join(" ")}]`;
}

function fmtVector(samples: readonly VectorSample[]): string {
  const shown = samples
    .slice(0, 6)
    .map((s) => `${labelsToString(s.metric)} => ${fmtFloat(s.f)} @[${s.t}]`);
  if (samples.length > 6) shown.push(`... (${samples.length} samples)`);
  return shown.join(", ");
}

function isOrdered(ev: EvalCmd): boolean {
  return ev.ordered || ev.expects.ordered.length > 0;
}

export function isFail(ev: EvalCmd): boolean {
  return ev.fail || ev.expects.fail.length > 0;
}

function checkMatch(e: ExpectAnno, s: string): boolean {
  if (e.regex === undefined) return e.message === s;
  e.regex.lastIndex = 0;
  return e.regex.test(s);
}

function expectString(e: ExpectAnno): { type: string; text: string } {
  return e.regex === undefined
    ? { type: "message", text: e.message ?? "" }
    : { type: "pattern", text: e.regex.source };
}

/** Checks that labels of a matrix are sorted, as upstream requires of range results. */
export function assertMatrixSorted(series: readonly { metric: Labels }[]): string | undefined {
  for (let i = 0; i + 1 < series.length; i++) {
    if (compareLabels(series[i].metric, series[i + 1].metric) > 0) {
      return `matrix results should always be sorted by labels, but matrix is not sorted: series at index ${i + 1} with labels ${labelsToString(series[i + 1].metric)} sorts before series at index ${i} with labels ${labelsToString(series[i].metric)}`;
    }
  }
  return undefined;
}

/** evalCmd.compareResult. */
export function compareResult(ev: EvalCmd, val: QueryValue): string | undefined {
  switch (val.type) {
    case "matrix": {
      if (isOrdered(ev)) return "expected ordered result, but query returned a matrix";
      if (ev.expectScalar)
        return `expected scalar result, but got matrix with ${val.series.length} series`;
      const unsorted = assertMatrixSorted(val.series);
      if (unsorted !== undefined) return unsorted;
      const seen = new Set<string>();
      for (const s of val.series) {
        const key = seriesKey(s.metric);
        const exp = ev.expected.get(key);
        if (exp === undefined)
          return `unexpected metric ${labelsToString(s.metric)} in result, has ${fmtPoints(s.floats)}`;
        seen.add(key);
        const expected: { t: number; f: number }[] = [];
        const expectedH: { t: number; h: FloatHistogram; hintSet: boolean }[] = [];
        for (let i = 0; i < exp.values.length; i++) {
          const ts = ev.start + i * ev.step;
          if (ts > ev.end) {
            return `expected ${exp.values.length} points for ${labelsToString(exp.labels)}, but query time range cannot return this many points`;
          }
          const v = exp.values[i];
          if (v.kind === "float") expected.push({ t: ts, f: v.value });
          else if (v.kind === "histogram") expectedH.push({ t: ts, h: v.h, hintSet: v.hintSet });
        }
        const hs = s.histograms ?? [];
        if (expected.length !== s.floats.length || expectedH.length !== hs.length) {
          return `expected ${expected.length} float points and ${expectedH.length} histogram points for ${labelsToString(exp.labels)}, but got ${s.floats.length} and ${hs.length}: ${fmtPoints(s.floats)}`;
        }
        for (let i = 0; i < expectedH.length; i++) {
          const a = hs[i];
          const e = expectedH[i];
          if (a.t !== e.t)
            return `expected histogram value at index ${i} for ${labelsToString(exp.labels)} to have timestamp ${e.t}, but it had timestamp ${a.t}`;
          if (!histogramsMatch(e.h, a.h, e.hintSet))
            return `expected histogram value at index ${i} (t=${a.t}) for ${labelsToString(exp.labels)} to be ${fmtHist(e.h)}, but got ${fmtHist(a.h)}`;
        }
        for (let i = 0; i < expected.length; i++) {
          const a = s.floats[i];
          const e = expected[i];
          if (a.t !== e.t) {
            return `expected float value at index ${i} for ${labelsToString(exp.labels)} to have timestamp ${e.t}, but it had timestamp ${a.t} (result has ${fmtPoints(s.floats)})`;
          }
          if (!almostEqual(a.f, e.f)) {
            return `expected float value at index ${i} (t=${a.t}) for ${labelsToString(exp.labels)} to be ${fmtFloat(e.f)}, but got ${fmtFloat(a.f)} (result has ${fmtPoints(s.floats)})`;
          }
        }
      }
      for (const [key, exp] of ev.expected) {
        if (!seen.has(key)) return `expected metric ${labelsToString(exp.labels)} not found`;
      }
      return undefined;
    }
    case "vector": {
      if (ev.expectScalar)
        return `expected scalar result, but got vector ${fmtVector(val.samples)}`;
      const seen = new Set<string>();
      for (let pos = 0; pos < val.samples.length; pos++) {
        const v = val.samples[pos];
        const key = seriesKey(v.metric);
        const exp = ev.expected.get(key);
        if (exp === undefined)
          return `unexpected metric ${labelsToString(v.metric)} in result, has value ${v.h !== undefined ? fmtHist(v.h) : fmtFloat(v.f)}`;
        if (isOrdered(ev) && exp.pos !== pos + 1) {
          return `expected metric ${labelsToString(v.metric)} at position ${exp.pos} but was at ${pos + 1}`;
        }
        const exp0 = exp.values[0];
        if (exp0 === undefined) return `no expected value for ${labelsToString(v.metric)}`;
        if (exp0.kind !== "histogram" && v.h !== undefined)
          return `expected float value ${exp0.kind === "float" ? fmtFloat(exp0.value) : "_"} for ${labelsToString(v.metric)} but got histogram ${fmtHist(v.h)}`;
        if (exp0.kind === "histogram") {
          if (v.h === undefined)
            return `expected histogram ${fmtHist(exp0.h)} for ${labelsToString(v.metric)} but got float value ${fmtFloat(v.f)}`;
          if (!histogramsMatch(exp0.h, v.h, exp0.hintSet))
            return `expected ${fmtHist(exp0.h)} for ${labelsToString(v.metric)} but got ${fmtHist(v.h)}`;
        }
        const ef = exp0.kind === "float" ? exp0.value : 0;
        if (!almostEqual(ef, v.f))
          return `expected ${fmtFloat(ef)} for ${labelsToString(v.metric)} but got ${fmtFloat(v.f)}`;
        seen.add(key);
      }
      for (const [key, exp] of ev.expected) {
        if (!seen.has(key)) {
          const e0 = exp.values[0];
          return `expected metric ${labelsToString(exp.labels)} with ${e0?.kind === "float" ? fmtFloat(e0.value) : "?"} not found`;
        }
      }
      return undefined;
    }
    case "scalar": {
      if (!ev.expectScalar)
        return `expected vector or matrix result, but got scalar ${fmtFloat(val.f)}`;
      const exp0 = ev.expected.get("")?.values[0];
      if (exp0?.kind === "histogram")
        return `expected histogram ${fmtHist(exp0.h)} but got scalar ${fmtFloat(val.f)}`;
      const ef = exp0?.kind === "float" ? exp0.value : 0;
      if (!almostEqual(ef, val.f))
        return `expected scalar ${fmtFloat(ef)} but got ${fmtFloat(val.f)}`;
      return undefined;
    }
    case "string":
      if (ev.expectedString !== val.s)
        return `expected string "${ev.expectedString}" but got "${val.s}"`;
      return undefined;
  }
}

function validateExpectedOfType(
  expr: string,
  expected: ExpectAnno[],
  actual: string[],
  line: number,
  kind: string,
  all: string[],
): string | undefined {
  if (expected.length === 0) return undefined;
  if (actual.length === 0)
    return `expected ${kind} annotations but none were found for query ${JSON.stringify(expr)} (line ${line})`;
  for (const e of expected) {
    if (!actual.some((a) => checkMatch(e, a))) {
      const es = expectString(e);
      return `expected ${kind} annotation matching ${es.type} ${JSON.stringify(es.text)} but no matching annotation was found for query ${JSON.stringify(expr)} (line ${line}), found: [${all.join(", ")}]`;
    }
  }
  for (const a of actual) {
    if (!expected.some((e) => checkMatch(e, a))) {
      return `unexpected ${kind} annotation ${JSON.stringify(a)} found for query ${expr} (line ${line})`;
    }
  }
  return undefined;
}

/** evalCmd.checkAnnotations. */
export function checkAnnotations(ev: EvalCmd, expr: string, res: QueryResult): string | undefined {
  const { warnings, infos } = res;
  if (ev.warn && warnings.length === 0)
    return `expected warnings evaluating query ${JSON.stringify(expr)} (line ${ev.line}) but got none`;
  if (ev.info && infos.length === 0) {
    return `expected info annotations evaluating query ${JSON.stringify(expr)} (line ${ev.line}) but got none`;
  }
  const all = [...warnings, ...infos];
  const w = validateExpectedOfType(expr, ev.expects.warn, warnings, ev.line, "warn", all);
  if (w !== undefined) return w;
  const i = validateExpectedOfType(expr, ev.expects.info, infos, ev.line, "info", all);
  if (i !== undefined) return i;
  if (ev.expects.no_warn.length > 0 && warnings.length > 0) {
    return `unexpected warning annotations evaluating query ${JSON.stringify(expr)} (line ${ev.line}): [${all.join(", ")}]`;
  }
  if (ev.expects.no_info.length > 0 && infos.length > 0) {
    return `unexpected info annotations evaluating query ${JSON.stringify(expr)} (line ${ev.line}): [${all.join(", ")}]`;
  }
  return undefined;
}

/** evalCmd.checkExpectedFailure: undefined when the error is the one expected. */
export function checkExpectedFailure(ev: EvalCmd, message: string): string | undefined {
  if (
    ev.expectedFailMessage !== undefined &&
    ev.expectedFailMessage !== "" &&
    ev.expectedFailMessage !== message
  ) {
    return `expected error ${JSON.stringify(ev.expectedFailMessage)} evaluating query ${JSON.stringify(ev.expr)} (line ${ev.line}), but got: ${message}`;
  }
  if (ev.expectedFailRegexp !== undefined) {
    ev.expectedFailRegexp.lastIndex = 0;
    if (!ev.expectedFailRegexp.test(message)) {
      return `expected error matching pattern ${JSON.stringify(ev.expectedFailRegexp.source)} evaluating query ${JSON.stringify(ev.expr)} (line ${ev.line}), but got: ${message}`;
    }
  }
  const f = ev.expects.fail[0];
  if (f !== undefined && !checkMatch(f, message)) {
    return `expected error matching ${JSON.stringify(expectString(f).text)} evaluating query ${JSON.stringify(ev.expr)} (line ${ev.line}), but got: ${message}`;
  }
  return undefined;
}
