/**
 * The histogram functions. histogram_quantile, histogram_fraction and histogram_quantiles work on
 * classic histograms (bucket series with an `le` label); the native-histogram functions
 * (histogram_count, ...) have no input until native histograms are supported.
 */
import { getLabel, type Labels, labelsKey, METRIC_NAME } from "../model/labels.ts";
import type { Call } from "./ast.ts";
import type { EvalSeries, EvalValue, FunctionEnv } from "./evaltypes.ts";
import { type Bucket, bucketFraction, bucketQuantile, formatValue } from "./functions.ts";
import { isValidLabelName, setLabel } from "./labelset.ts";
import { QueryError } from "./types.ts";

function execError(msg: string): QueryError {
  return new QueryError("execution", msg);
}

/** histogram_count/sum/avg/stddev/stdvar: native histograms only, so no output for now. */
export async function nativeHistogramFunction(env: FunctionEnv, e: Call): Promise<EvalValue> {
  for (const a of e.args) await env.eval(a);
  return { type: "matrix", series: [], isRange: false };
}

/** histogram_quantile and histogram_fraction over classic `le` buckets. */
export async function histogramQuantile(env: FunctionEnv, e: Call): Promise<EvalValue> {
  const name = e.func.name;
  if (name === "histogram_quantiles") {
    const v = await env.evalVector(e.args[0]);
    const label = await env.evalString(e.args[1]);
    if (!isValidLabelName(label)) throw execError(`invalid label name ${JSON.stringify(label)}`);
    const out: EvalSeries[] = [];
    for (let i = 2; i < e.args.length; i++) {
      const qs = await env.evalScalar(e.args[i]);
      const series = classicHistogramEval(env, false, qs, null, v, e.args[i].pos, e.args[0].pos);
      for (const s of series) {
        // One series per quantile: q values distinct per step only when constant; use the first step's value.
        s.metric = setLabel(s.metric, label, formatQuantileLabel(qs[0]));
        out.push(s);
      }
    }
    return { type: "matrix", series: out, isRange: false };
  }
  const isFraction = name === "histogram_fraction";
  const qs = await env.evalScalar(e.args[0]);
  const uppers = isFraction ? await env.evalScalar(e.args[1]) : null;
  const vecArg = e.args[isFraction ? 2 : 1];
  const v = await env.evalVector(vecArg);
  return {
    type: "matrix",
    series: classicHistogramEval(env, isFraction, qs, uppers, v, e.args[0].pos, vecArg.pos),
    isRange: false,
  };
}

function formatQuantileLabel(q: number): string {
  const s = formatValue(q);
  return /^-?[0-9]+$/.test(s) ? `${s}.0` : s;
}

/** Evaluates histogram_quantile (or histogram_fraction) over classic `le` bucket series. */
function classicHistogramEval(
  env: FunctionEnv,
  isFraction: boolean,
  qs: Float64Array,
  uppers: Float64Array | null,
  v: EvalSeries[],
  qPos: { start: number },
  vecPos: { start: number },
): EvalSeries[] {
  const ctx = env.ctx;
  for (const q of isFraction ? [] : qs) {
    if (Number.isNaN(q) || q < 0 || q > 1) {
      ctx.warn(`quantile value should be between 0 and 1, got ${formatValue(q)}`, qPos);
      break;
    }
  }
  // Group series by labels without `le` (and without the name, which is dropped).
  const groupOf = new Map<EvalSeries, { key: string; labels: Labels; ub: number } | null>();
  for (const s of v) {
    const le = getLabel(s.metric, "le");
    const ub = parseLe(le);
    if (Number.isNaN(ub)) {
      ctx.warn(
        `bucket label "le" is missing or has a malformed value of ${JSON.stringify(le)} for metric name ${JSON.stringify(getLabel(s.metric, METRIC_NAME))}`,
        vecPos,
      );
      groupOf.set(s, null);
      continue;
    }
    // The name stays in the group key (delayed name removal): different metrics do not mix.
    const labels = s.metric.filter((l) => l.name !== "le");
    groupOf.set(s, { key: labelsKey(labels), labels, ub });
  }
  // Groups are fixed for the whole query: members sorted by bucket bound, one reusable Bucket each.
  const groups = new Map<
    string,
    { labels: Labels; name: string; members: number[]; pool: Bucket[] }
  >();
  const order: { labels: Labels; name: string; members: number[]; pool: Bucket[] }[] = [];
  for (let j = 0; j < v.length; j++) {
    const g = groupOf.get(v[j]);
    if (!g) continue;
    let grp = groups.get(g.key);
    if (!grp) {
      grp = { labels: g.labels, name: getLabel(v[j].metric, METRIC_NAME), members: [], pool: [] };
      groups.set(g.key, grp);
      order.push(grp);
    }
    grp.members.push(j);
  }
  for (const grp of order) {
    grp.members.sort((a, b) => groupOf.get(v[a])!.ub - groupOf.get(v[b])!.ub);
    grp.pool = grp.members.map((j) => ({ upperBound: groupOf.get(v[j])!.ub, count: 0 }));
  }
  // Group by group (each walks its members' points in order, cache-friendly), then the output
  // series and the monotonicity infos are put in the order a step-by-step walk meets them.
  const cursors = new Int32Array(v.length);
  const scratch: Bucket[] = [];
  const steps = env.steps;
  const stepT = new Float64Array(steps);
  for (let i = 0; i < steps; i++) stepT[i] = env.stepTime(i);
  const result: EvalSeries[] = [];
  const firstStep: number[] = [];
  /** Metric name -> [step, group index] of its first forced-monotonic bucket set. */
  const forced = new Map<string, [number, number]>();
  for (let gi = 0; gi < order.length; gi++) {
    const grp = order[gi];
    const members = grp.members;
    let out: EvalSeries | null = null;
    let np = 0;
    for (let step = 0; step < steps; step++) {
      ctx.check();
      const t = stepT[step];
      scratch.length = 0;
      for (let k = 0; k < members.length; k++) {
        const j = members[k];
        const s = v[j];
        const c = cursors[j];
        if (c >= s.ts.length || s.ts[c] !== t) continue;
        cursors[j] = c + 1;
        const b = grp.pool[k];
        b.count = s.fs[c];
        scratch.push(b);
      }
      if (scratch.length === 0) continue;
      let value: number;
      if (isFraction) value = bucketFraction(qs[step], uppers![step], scratch);
      else {
        const r = bucketQuantile(qs[step], scratch);
        value = r.value;
        if (r.forcedMonotonic) {
          const f = forced.get(grp.name);
          if (f === undefined || step < f[0]) forced.set(grp.name, [step, gi]);
        }
      }
      if (out === null) {
        // Preallocated for every remaining step and trimmed below (cheaper than growing).
        out = {
          metric: grp.labels,
          ts: new Array(steps - step),
          fs: new Array(steps - step),
          dropName: true,
        };
        result.push(out);
        firstStep.push(step);
      }
      out.ts[np] = t;
      out.fs[np] = value;
      np++;
    }
    if (out !== null) {
      out.ts.length = np;
      out.fs.length = np;
    }
  }
  const firsts = [...forced].sort((x, y) => x[1][0] - y[1][0] || x[1][1] - y[1][1]);
  for (const [name] of firsts) {
    ctx.info(
      `input to histogram_quantile needed to be fixed for monotonicity (see https://prometheus.io/docs/prometheus/latest/querying/functions/#histogram_quantile) for metric name ${JSON.stringify(name)}`,
      vecPos,
    );
  }
  // Stable: groups first seen at the same step keep their group order.
  const idx = result.map((_, i) => i);
  idx.sort((x, y) => firstStep[x] - firstStep[y] || x - y);
  return idx.map((i) => result[i]);
}

function parseLe(s: string): number {
  if (s === "") return Number.NaN;
  const t = s.trim().toLowerCase();
  if (t === "+inf" || t === "inf") return Infinity;
  if (t === "-inf") return -Infinity;
  if (t === "nan") return Number.NaN;
  const n = Number(s);
  return n;
}
