/**
 * Binary operators on samples where at least one side is a native histogram (Prometheus's
 * vectorElemBinop): histogram + - histogram, histogram * / scalar, scalar * histogram,
 * == and != between histograms, and the bucket trims `</` and `>/` of a histogram by a float.
 * Every other combination drops the sample with an "incompatible sample types" info.
 */
import { ForwardBucketIterator } from "../model/bucket_iterator.ts";
import { addResult, type FloatHistogram } from "../model/float_histogram.ts";
import { GaugeType } from "../model/histogram_schema.ts";
import type { QueryContext } from "./querycontext.ts";

/** The result of the last elemBinopH call that returned true (reused). */
export const elemResult: { f: number; h: FloatHistogram | undefined; keep: boolean } = {
  f: 0,
  h: undefined,
  keep: false,
};

/**
 * Applies op to (lf or lh, rf or rh), one of lh/rh being set. Returns false when the sample is
 * dropped (the annotation is recorded); else the result is in elemResult. `vectorVector` tells
 * whether both operands are vectors (Prometheus drops results with a warning there).
 */
export function elemBinopH(
  op: string,
  lf: number,
  rf: number,
  lh: FloatHistogram | undefined,
  rh: FloatHistogram | undefined,
  ctx: QueryContext,
  pos: { start: number },
  vectorVector: boolean,
): boolean {
  const r = elemResult;
  const incompatible = () => {
    ctx.info(
      `incompatible sample types encountered for binary operator ${JSON.stringify(op)}: ${lh ? "histogram" : "float"} ${op} ${rh ? "histogram" : "float"}`,
      pos,
    );
    return false;
  };
  if (lh === undefined && rh !== undefined) {
    if (op !== "*") return incompatible();
    r.f = 0;
    r.h = rh.copy().mul(lf).compact(0);
    r.keep = true;
    return true;
  }
  if (lh !== undefined && rh === undefined) {
    r.f = 0;
    r.keep = true;
    switch (op) {
      case "*":
        r.h = lh.copy().mul(rf).compact(0);
        return true;
      case "/":
        r.h = lh.copy().div(rf).compact(0);
        return true;
      case "</":
        r.h = trimBuckets(lh.copy(), rf, true);
        return true;
      case ">/":
        r.h = trimBuckets(lh.copy(), rf, false);
        return true;
      default:
        return incompatible();
    }
  }
  if (lh === undefined || rh === undefined) return incompatible();
  switch (op) {
    case "+":
    case "-": {
      const res = lh.copy();
      const err = op === "+" ? res.add(rh) : res.sub(rh);
      if (err !== undefined) {
        ctx.warn(`incompatible bucket layout encountered for binary operator ${op}`, pos);
        return false;
      }
      if (op === "-") res.counterResetHint = GaugeType;
      if (addResult.nhcbBoundsReconciled)
        ctx.info(
          `mismatched custom buckets were reconciled during ${op === "+" ? "addition" : "subtraction"}`,
          pos,
        );
      if (addResult.counterResetCollision) {
        ctx.warn(
          `conflicting counter resets during histogram ${op === "+" ? "addition" : "subtraction"}`,
          pos,
        );
        if (vectorVector) return false;
      }
      r.f = 0;
      r.h = res.compact(0);
      r.keep = true;
      return true;
    }
    case "==":
    case "!=": {
      const eq = lh.equals(rh);
      r.f = 0;
      r.h = lh;
      r.keep = op === "==" ? eq : !eq;
      return true;
    }
    default:
      return incompatible();
  }
}

/**
 * Prometheus's FloatHistogram.TrimBuckets on h (changed in place and returned): removes the
 * observations above (upper = true, `</`) or below (`>/`) the value, interpolating within the
 * bucket that contains it; when anything was removed, count and sum are re-estimated from the
 * remaining buckets (bucket midpoints) and the buckets compacted.
 */
export function trimBuckets(h: FloatHistogram, rhs: number, upper: boolean): FloatHistogram {
  const custom = h.usesCustomBuckets();
  let count = 0;
  let sum = 0;
  let trimmed = false;
  let hasPositive = false;
  let hasNegative = false;
  const it = new ForwardBucketIterator();
  for (const positive of [true, false]) {
    const buckets = positive ? h.positiveBuckets : h.negativeBuckets;
    it.reset(h, positive);
    for (let i = 0; it.next(); i++) {
      if (it.count === 0) continue;
      if (positive) hasPositive = true;
      else hasNegative = true;
      const keepAll = upper ? it.upper <= rhs : it.lower >= rhs;
      const partial = upper ? it.lower < rhs : it.upper > rhs;
      if (keepAll) {
        count += it.count;
        sum += midpoint(it.lower, it.upper, positive, custom) * it.count;
      } else if (partial) {
        const [keep, mid] = bucketTrim(it.lower, it.upper, it.count, rhs, upper, positive, custom);
        count += keep;
        sum += mid * keep;
        if (buckets[i] !== keep) {
          buckets[i] = keep;
          trimmed = true;
        }
      } else {
        buckets[i] = 0;
        trimmed = true;
      }
    }
  }
  if (h.zeroCount > 0) {
    let lower = -h.zeroThreshold;
    let up = h.zeroThreshold;
    if (hasNegative && !hasPositive) up = 0;
    if (hasPositive && !hasNegative) lower = 0;
    let keep: number;
    let mid: number;
    if (upper) {
      if (rhs <= lower) [keep, mid] = [0, 0];
      else if (rhs >= up) [keep, mid] = [h.zeroCount, (lower + up) / 2];
      else [keep, mid] = [(h.zeroCount * (rhs - lower)) / (up - lower), (lower + rhs) / 2];
    } else if (rhs <= lower) [keep, mid] = [h.zeroCount, (lower + up) / 2];
    else if (rhs >= up) [keep, mid] = [0, 0];
    else [keep, mid] = [(h.zeroCount * (up - rhs)) / (up - lower), (rhs + up) / 2];
    if (h.zeroCount !== keep) {
      h.zeroCount = keep;
      trimmed = true;
    }
    sum += mid * keep;
    count += keep;
  }
  if (trimmed) {
    h.count = count;
    h.sum = sum;
    h.compact(0);
  }
  return h;
}

function fractionBelow(v: number, lower: number, upper: number, linear: boolean): number {
  if (linear) return (v - lower) / (upper - lower);
  const logLower = Math.log2(Math.abs(lower));
  const logUpper = Math.log2(Math.abs(upper));
  const logV = Math.log2(Math.abs(v));
  if (v > 0) return (logV - logLower) / (logUpper - logLower);
  return 1 - (logV - logUpper) / (logLower - logUpper);
}

function midpoint(lo: number, hi: number, positive: boolean, linear: boolean): number {
  const loInf = lo === Number.POSITIVE_INFINITY || lo === Number.NEGATIVE_INFINITY;
  const hiInf = hi === Number.POSITIVE_INFINITY || hi === Number.NEGATIVE_INFINITY;
  if (loInf) {
    if (hiInf) return 0;
    return hi > 0 ? hi / 2 : hi;
  }
  if (hiInf) return lo;
  if (linear) return (lo + hi) / 2;
  const g = Math.sqrt(Math.abs(lo * hi));
  return positive ? g : -g;
}

/** The count kept of a bucket holding the trim value and the midpoint of what is kept. */
function bucketTrim(
  lower: number,
  up: number,
  count: number,
  rhs: number,
  upper: boolean,
  positive: boolean,
  custom: boolean,
): [number, number] {
  const zeroIfInf = (x: number) => (Number.isFinite(x) ? x : 0);
  if (lower === Number.NEGATIVE_INFINITY) {
    if (upper) {
      if (rhs >= up) return [count, 0];
      if (rhs > 0 && up > 0 && up !== Number.POSITIVE_INFINITY)
        return [(count * rhs) / up, rhs / 2];
      if (up <= 0) return [count, rhs];
      return [0, zeroIfInf(up)];
    }
    if (rhs <= lower) return [count, 0];
    if (rhs >= 0 && up > rhs && up !== Number.POSITIVE_INFINITY)
      return [count * (1 - rhs / up), (rhs + up) / 2];
    return [0, zeroIfInf(up)];
  }
  if (up === Number.POSITIVE_INFINITY) {
    if (upper) return [0, zeroIfInf(lower)];
    if (rhs >= lower) return [count, rhs];
    return [0, zeroIfInf(lower)];
  }
  let under: number;
  if (rhs <= lower) under = 0;
  else if (rhs >= up) under = count;
  else under = count * fractionBelow(rhs, lower, up, custom);
  if (upper) return [under, midpoint(lower, rhs, positive, custom)];
  return [count - under, midpoint(rhs, up, positive, custom)];
}
