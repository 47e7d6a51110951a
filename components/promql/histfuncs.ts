/**
 * The histogram functions. histogram_quantile, histogram_fraction and histogram_quantiles work on
 * classic histograms (bucket series with an `le` label) and native histograms; the
 * native-histogram functions (histogram_count, ...) read native histogram samples only.
 */
import type { FloatHistogram } from "../model/float_histogram.ts";
import { getLabel, type Labels, labelsKey, METRIC_NAME } from "../model/labels.ts";
import type { Call } from "./ast.ts";
import type { EvalSeries, EvalValue, FunctionEnv } from "./evaltypes.ts";
import { type Bucket, bucketFraction, bucketQuantile, formatValue } from "./functions.ts";
import { isValidLabelName, setLabel } from "./labelset.ts";
import { nativeFraction, nativeQuantile, nativeVariance } from "./nativehist.ts";
import { mergeSameLabels } from "./seriesmerge.ts";
import { QueryError } from "./types.ts";

function execError(msg: string): QueryError {
  return new QueryError("execution", msg);
}

/** histogram_count/sum/avg/stddev/stdvar: one float per native histogram sample; floats are ignored. */
export async function nativeHistogramFunction(env: FunctionEnv, e: Call): Promise<EvalValue> {
  const v = await env.evalVectorH(e.args[0]);
  let f: (h: FloatHistogram) => number;
  switch (e.func.name) {
    case "histogram_count":
      f = (h) => h.count;
      break;
    case "histogram_sum":
      f = (h) => h.sum;
      break;
    case "histogram_avg":
      f = (h) => h.sum / h.count;
      break;
    case "histogram_stddev":
      f = (h) => Math.sqrt(nativeVariance(h));
      break;
    default:
      f = nativeVariance;
  }
  const out: EvalSeries[] = [];
  for (const s of v) {
    if (s.hs === undefined) continue;
    const ts: number[] = [];
    const fs: number[] = [];
    for (let i = 0; i < s.ts.length; i++) {
      const h = s.hs[i];
      if (h === undefined) continue;
      ts.push(s.ts[i]);
      fs.push(f(h));
    }
    if (ts.length > 0) out.push({ metric: s.metric, ts, fs, dropName: true });
  }
  return { type: "matrix", series: mergeSameLabels(out), isRange: false };
}

/**
 * Splits an input vector into native histogram series and classic (float) ones, dropping
 * native samples that meet classic buckets of the same labels at the same step (both are
 * dropped, with a warning), as Prometheus's resetHistograms does.
 */
function splitNative(
  env: FunctionEnv,
  v: EvalSeries[],
  pos: { start: number },
): { native: EvalSeries[]; classic: EvalSeries[] } {
  const native: EvalSeries[] = [];
  const classic: EvalSeries[] = [];
  for (const s of v) {
    if (s.hs === undefined) {
      classic.push(s);
      continue;
    }
    const nts: number[] = [];
    const nfs: number[] = [];
    const nhs: FloatHistogram[] = [];
    const cts: number[] = [];
    const cfs: number[] = [];
    for (let i = 0; i < s.ts.length; i++) {
      const h = s.hs[i];
      if (h !== undefined) {
        nts.push(s.ts[i]);
        nfs.push(0);
        nhs.push(h);
      } else {
        cts.push(s.ts[i]);
        cfs.push(s.fs[i]);
      }
    }
    if (nts.length > 0)
      native.push({ metric: s.metric, ts: nts, fs: nfs, hs: nhs, dropName: s.dropName });
    if (cts.length > 0) classic.push({ metric: s.metric, ts: cts, fs: cfs, dropName: s.dropName });
  }
  if (native.length === 0 || classic.length === 0) return { native, classic };
  // Steps at which each classic group (labels without le) has buckets.
  const classicAt = new Map<string, Set<number>>();
  for (const s of classic) {
    if (Number.isNaN(parseLe(getLabel(s.metric, "le")))) continue;
    const key = labelsKey(s.metric.filter((l) => l.name !== "le"));
    let set = classicAt.get(key);
    if (set === undefined) {
      set = new Set();
      classicAt.set(key, set);
    }
    for (const t of s.ts) set.add(t);
  }
  const conflicts = new Map<string, Set<number>>();
  for (const s of native) {
    const key = labelsKey(s.metric);
    const at = classicAt.get(key);
    if (at === undefined) continue;
    const hs = s.hs as FloatHistogram[];
    for (let i = 0; i < s.ts.length; i++) {
      if (!at.has(s.ts[i]) || hs[i] === undefined) continue;
      env.ctx.warn(
        `vector contains a mix of classic and native histograms for metric name ${JSON.stringify(getLabel(s.metric, METRIC_NAME))}`,
        pos,
      );
      let c = conflicts.get(key);
      if (c === undefined) {
        c = new Set();
        conflicts.set(key, c);
      }
      c.add(s.ts[i]);
      hs[i] = undefined as unknown as FloatHistogram;
    }
  }
  if (conflicts.size === 0) return { native, classic };
  const keptClassic: EvalSeries[] = [];
  for (const s of classic) {
    const c = conflicts.get(labelsKey(s.metric.filter((l) => l.name !== "le")));
    if (c === undefined) {
      keptClassic.push(s);
      continue;
    }
    const ts: number[] = [];
    const fs: number[] = [];
    for (let i = 0; i < s.ts.length; i++) {
      if (c.has(s.ts[i])) continue;
      ts.push(s.ts[i]);
      fs.push(s.fs[i]);
    }
    if (ts.length > 0) keptClassic.push({ metric: s.metric, ts, fs, dropName: s.dropName });
  }
  return { native, classic: keptClassic };
}

/** histogram_quantile/histogram_fraction over native histogram series, one value per sample. */
function nativeEval(
  env: FunctionEnv,
  native: EvalSeries[],
  isFraction: boolean,
  qs: Float64Array,
  uppers: Float64Array | null,
  pos: { start: number },
): EvalSeries[] {
  const out: EvalSeries[] = [];
  const stepOf = (t: number) => Math.round((t - env.start) / env.interval);
  for (const s of native) {
    const name = getLabel(s.metric, METRIC_NAME);
    const note = (info: string) =>
      env.ctx.info(name === "" ? info : `${info} for metric name ${JSON.stringify(name)}`, pos);
    const ts: number[] = [];
    const fs: number[] = [];
    const hs = s.hs as (FloatHistogram | undefined)[];
    for (let i = 0; i < s.ts.length; i++) {
      const h = hs[i];
      if (h === undefined) continue;
      const step = stepOf(s.ts[i]);
      ts.push(s.ts[i]);
      fs.push(
        isFraction
          ? nativeFraction(qs[step], (uppers as Float64Array)[step], h, note)
          : nativeQuantile(qs[step], h, note),
      );
    }
    if (ts.length > 0) out.push({ metric: s.metric, ts, fs, dropName: true });
  }
  return out;
}

/** histogram_quantile and histogram_fraction over classic `le` buckets. */
export async function histogramQuantile(env: FunctionEnv, e: Call): Promise<EvalValue> {
  const name = e.func.name;
  if (name === "histogram_quantiles") {
    const label = await env.evalString(e.args[1]);
    if (!isValidLabelName(label)) throw execError(`invalid label name ${JSON.stringify(label)}`);
    const { native, classic: v } = splitNative(
      env,
      await env.evalVectorH(e.args[0]),
      e.args[0].pos,
    );
    const out: EvalSeries[] = [];
    for (let i = 2; i < e.args.length; i++) {
      const qs = await env.evalScalar(e.args[i]);
      if (native.length > 0) {
        for (const q of qs) {
          if (Number.isNaN(q) || q < 0 || q > 1) {
            env.ctx.warn(
              `quantile value should be between 0 and 1, got ${formatValue(q)}`,
              e.args[i].pos,
            );
            break;
          }
        }
      }
      const series = [
        ...nativeEval(env, native, false, qs, null, e.args[0].pos),
        ...classicHistogramEval(env, false, qs, null, v, e.args[i].pos, e.args[0].pos),
      ];
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
  const { native, classic } = splitNative(env, await env.evalVectorH(vecArg), vecArg.pos);
  if (native.length === 0)
    return {
      type: "matrix",
      series: classicHistogramEval(env, isFraction, qs, uppers, classic, e.args[0].pos, vecArg.pos),
      isRange: false,
    };
  if (!isFraction) {
    for (const q of qs) {
      if (Number.isNaN(q) || q < 0 || q > 1) {
        env.ctx.warn(
          `quantile value should be between 0 and 1, got ${formatValue(q)}`,
          e.args[0].pos,
        );
        break;
      }
    }
  }
  const nat = nativeEval(env, native, isFraction, qs, uppers, vecArg.pos);
  const cls = classicHistogramEval(env, isFraction, qs, uppers, classic, e.args[0].pos, vecArg.pos);
  return { type: "matrix", series: mergeSameLabels([...nat, ...cls]), isRange: false };
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
