/**
 * Numeric kernels of PromQL's functions and aggregations (pure, allocation-free where it matters).
 * Range kernels read a window of `n` points from parallel arrays `ts` (ms) and `fs`.
 */

/**
 * Kahan-Babuška summation step on a (sum, compensation) pair stored at state[i], state[i + 1]
 * (no allocation). The compensation is reset when the sum stops being finite.
 */
export function kahanInc(inc: number, state: Float64Array, i = 0): void {
  const sum = state[i];
  const t = sum + inc;
  if (!Number.isFinite(t)) {
    state[i + 1] = 0;
  } else if (Math.abs(sum) >= Math.abs(inc)) {
    state[i + 1] += sum - t + inc;
  } else {
    state[i + 1] += inc - t + sum;
  }
  state[i] = t;
}

const kstate = new Float64Array(2);

/** Kahan sum of fs[off, off + n). */
export function kahanSum(fs: ArrayLike<number>, n: number, off = 0): number {
  kstate[0] = 0;
  kstate[1] = 0;
  for (let i = 0; i < n; i++) kahanInc(fs[off + i], kstate);
  return kstate[0] + kstate[1];
}

/** Mean as Prometheus computes avg: Kahan sum, falling back to an incremental mean on overflow. */
export function mean(fs: ArrayLike<number>, n: number, off = 0): number {
  if (n === 0) return Number.NaN;
  let sum = 0;
  let c = 0;
  let m = 0;
  let incremental = false;
  for (let i = 0; i < n; i++) {
    const f = fs[off + i];
    const count = i + 1;
    if (!incremental) {
      const t = sum + f;
      if (count === 1 || Number.isFinite(t) || !Number.isFinite(f) || !Number.isFinite(sum)) {
        if (!Number.isFinite(t)) c = 0;
        else if (Math.abs(sum) >= Math.abs(f)) c += sum - t + f;
        else c += f - t + sum;
        sum = t;
        continue;
      }
      incremental = true;
      m = sum / (count - 1);
      c /= count - 1;
    }
    const q = (count - 1) / count;
    const base = q * m;
    c = q * c;
    const inc = f / count;
    const t = base + inc;
    if (!Number.isFinite(t)) c = 0;
    else if (Math.abs(base) >= Math.abs(inc)) c += base - t + inc;
    else c += inc - t + base;
    m = t;
  }
  if (incremental) return m + c;
  return sum / n + c / n;
}

/** Population variance (Welford with compensation), as stdvar/stdvar_over_time. */
export function variance(fs: ArrayLike<number>, n: number, off = 0): number {
  if (n === 0) return Number.NaN;
  let count = 0;
  let m = 0;
  let mc = 0;
  let v = 0;
  let vc = 0;
  for (let i = 0; i < n; i++) {
    const f = fs[off + i];
    count++;
    const delta = f - (m + mc);
    // mean += delta / count (compensated)
    {
      const inc = delta / count;
      const t = m + inc;
      if (Math.abs(m) >= Math.abs(inc)) mc += m - t + inc;
      else mc += inc - t + m;
      m = t;
    }
    {
      const inc = delta * (f - (m + mc));
      const t = v + inc;
      if (Math.abs(v) >= Math.abs(inc)) vc += v - t + inc;
      else vc += inc - t + v;
      v = t;
    }
  }
  return (v + vc) / count;
}

/** Prometheus's quantile over a sorted-in-place array of floats (linear interpolation). */
export function quantile(q: number, values: number[]): number {
  const n = values.length;
  if (n === 0 || Number.isNaN(q)) return Number.NaN;
  if (q < 0) return -Infinity;
  if (q > 1) return Infinity;
  sortFloatsNaNFirst(values);
  const rank = q * (n - 1);
  const lowerIndex = Math.max(0, Math.floor(rank));
  const upperIndex = Math.min(n - 1, lowerIndex + 1);
  const weight = rank - Math.floor(rank);
  return values[lowerIndex] * (1 - weight) + values[upperIndex] * weight;
}

/** Sorts ascending with NaNs first, as Go's sort.Float64s does. */
export function sortFloatsNaNFirst(values: number[]): void {
  values.sort((a, b) => {
    const an = Number.isNaN(a);
    const bn = Number.isNaN(b);
    if (an || bn) return an && bn ? 0 : an ? -1 : 1;
    return a - b;
  });
}

/** Go's math.Pow special cases where JS differs. */
export function goPow(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (x === -1 && (y === Infinity || y === -Infinity)) return 1;
  return x ** y;
}

/** Go's math.Mod. JS % follows fmod semantics already. */
export function goMod(x: number, y: number): number {
  return x % y;
}

/**
 * rate/increase/delta with Prometheus's extrapolation over the window [lo, hi) of the arrays
 * (range bounds in ms); null when there are < 2 points.
 */
export function extrapolatedRate(
  ts: ArrayLike<number>,
  fs: ArrayLike<number>,
  lo: number,
  hi: number,
  rangeStart: number,
  rangeEnd: number,
  isCounter: boolean,
  isRate: boolean,
): number | null {
  const n = hi - lo;
  if (n < 2) return null;
  const firstT = ts[lo];
  const firstF = fs[lo];
  const lastT = ts[hi - 1];
  let result = fs[hi - 1] - firstF;
  if (isCounter) {
    let prev = firstF;
    for (let i = lo + 1; i < hi; i++) {
      const v = fs[i];
      if (v < prev) result += prev;
      prev = v;
    }
  }
  let durationToStart = (firstT - rangeStart) / 1000;
  const durationToEnd = (rangeEnd - lastT) / 1000;
  const sampledInterval = (lastT - firstT) / 1000;
  const averageDurationBetweenSamples = sampledInterval / (n - 1);
  const threshold = averageDurationBetweenSamples * 1.1;
  if (durationToStart >= threshold) durationToStart = averageDurationBetweenSamples / 2;
  if (isCounter && result > 0 && firstF >= 0) {
    const durationToZero = sampledInterval * (firstF / result);
    if (durationToZero < durationToStart) durationToStart = durationToZero;
  }
  let durationToEndX = durationToEnd;
  if (durationToEndX >= threshold) durationToEndX = averageDurationBetweenSamples / 2;
  const extrapolateTo = sampledInterval + durationToStart + durationToEndX;
  let factor = extrapolateTo / sampledInterval;
  if (isRate) factor /= (rangeEnd - rangeStart) / 1000;
  return result * factor;
}

/** irate / idelta over the last two points of the window [lo, hi); null when there are < 2. */
export function instantValue(
  ts: ArrayLike<number>,
  fs: ArrayLike<number>,
  lo: number,
  hi: number,
  isRate: boolean,
): number | null {
  if (hi - lo < 2) return null;
  const lastT = ts[hi - 1];
  const lastF = fs[hi - 1];
  const prevT = ts[hi - 2];
  const prevF = fs[hi - 2];
  let result: number;
  if (isRate && lastF < prevF) result = lastF;
  else result = lastF - prevF;
  const interval = lastT - prevT;
  if (interval === 0) return null;
  if (isRate) result /= interval / 1000;
  return result;
}

const regState = new Float64Array(8);

/**
 * Least-squares fit of the window [lo, hi) with x in seconds from interceptTime (ms); returns
 * the slope and writes the intercept into out[0]. Sums are Kahan-compensated.
 */
export function linearRegression(
  ts: ArrayLike<number>,
  fs: ArrayLike<number>,
  lo: number,
  hi: number,
  interceptTime: number,
  out: Float64Array,
): number {
  const n = hi - lo;
  // (sum, compensation) pairs of x, y, xy and x² at 0, 2, 4, 6.
  const st = regState;
  st.fill(0);
  const initY = fs[lo];
  let constY = true;
  for (let i = lo; i < hi; i++) {
    const y = fs[i];
    if (constY && i > lo && y !== initY) constY = false;
    const x = (ts[i] - interceptTime) / 1000;
    kahanInc(x, st, 0);
    kahanInc(y, st, 2);
    kahanInc(x * y, st, 4);
    kahanInc(x * x, st, 6);
  }
  if (constY) {
    if (!Number.isFinite(initY)) {
      out[0] = Number.NaN;
      return Number.NaN;
    }
    out[0] = initY;
    return 0;
  }
  const sumX = st[0] + st[1];
  const sumY = st[2] + st[3];
  const sumXY = st[4] + st[5];
  const sumX2 = st[6] + st[7];
  const covXY = sumXY - (sumX * sumY) / n;
  const varX = sumX2 - (sumX * sumX) / n;
  const slope = covXY / varX;
  out[0] = sumY / n - (slope * sumX) / n;
  return slope;
}

/** Holt's double exponential smoothing of the window [lo, hi); null when there are < 2 points. */
export function doubleExponentialSmoothing(
  fs: ArrayLike<number>,
  lo: number,
  hi: number,
  sf: number,
  tf: number,
): number | null {
  if (hi - lo < 2) return null;
  let s0 = 0;
  let s1 = fs[lo];
  let b = fs[lo + 1] - fs[lo];
  for (let i = lo + 1; i < hi; i++) {
    const x = sf * fs[i];
    if (i - 1 !== lo) b = tf * (s1 - s0) + (1 - tf) * b;
    const y = (1 - sf) * (s1 + b);
    s0 = s1;
    s1 = x + y;
  }
  return s1;
}

export interface Bucket {
  upperBound: number;
  count: number;
}

/** Result of bucketQuantile plus whether monotonicity had to be forced. */
export interface BucketQuantileResult {
  value: number;
  forcedMonotonic: boolean;
}

/** Classic-histogram quantile (Prometheus's BucketQuantile). `buckets` is modified. */
export function bucketQuantile(q: number, buckets: Bucket[]): BucketQuantileResult {
  if (Number.isNaN(q)) return { value: Number.NaN, forcedMonotonic: false };
  if (q < 0) return { value: -Infinity, forcedMonotonic: false };
  if (q > 1) return { value: Infinity, forcedMonotonic: false };
  // Callers usually pass buckets already in order (a stable sort would leave them as they are).
  let sorted = true;
  for (let i = 1; i < buckets.length; i++) {
    if (!(buckets[i - 1].upperBound <= buckets[i].upperBound)) {
      sorted = false;
      break;
    }
  }
  if (!sorted) buckets.sort((a, b) => a.upperBound - b.upperBound);
  if (buckets.length === 0 || buckets[buckets.length - 1].upperBound !== Infinity)
    return { value: Number.NaN, forcedMonotonic: false };
  // Coalesce buckets with the same upper bound.
  let w = 0;
  for (let r = 0; r < buckets.length; r++) {
    if (w > 0 && buckets[w - 1].upperBound === buckets[r].upperBound) {
      buckets[w - 1] = {
        upperBound: buckets[w - 1].upperBound,
        count: buckets[w - 1].count + buckets[r].count,
      };
    } else {
      buckets[w++] = buckets[r];
    }
  }
  buckets.length = w;
  // Correct float precision errors, then force monotonicity.
  let prev = buckets[0].count;
  for (let i = 1; i < buckets.length; i++) {
    const curr = buckets[i].count;
    const delta = Math.abs(curr - prev);
    if (delta === 0) continue;
    if (delta / curr <= 1e-12) buckets[i] = { upperBound: buckets[i].upperBound, count: prev };
    else prev = curr;
  }
  let forcedMonotonic = false;
  let max = buckets[0].count;
  for (let i = 1; i < buckets.length; i++) {
    if (buckets[i].count > max) max = buckets[i].count;
    else if (buckets[i].count < max) {
      buckets[i] = { upperBound: buckets[i].upperBound, count: max };
      forcedMonotonic = true;
    }
  }
  if (buckets.length < 2) return { value: Number.NaN, forcedMonotonic };
  const observations = buckets[buckets.length - 1].count;
  if (observations === 0) return { value: Number.NaN, forcedMonotonic };
  let rank = q * observations;
  let b = 0;
  while (b < buckets.length - 1 && !(buckets[b].count >= rank)) b++;
  if (b === buckets.length - 1)
    return { value: buckets[buckets.length - 2].upperBound, forcedMonotonic };
  if (b === 0 && buckets[0].upperBound <= 0)
    return { value: buckets[0].upperBound, forcedMonotonic };
  let bucketStart = 0;
  const bucketEnd = buckets[b].upperBound;
  let count = buckets[b].count;
  if (b > 0) {
    bucketStart = buckets[b - 1].upperBound;
    count -= buckets[b - 1].count;
    rank -= buckets[b - 1].count;
  }
  return { value: bucketStart + (bucketEnd - bucketStart) * (rank / count), forcedMonotonic };
}

/** Go's strconv.FormatFloat(f, 'f', -1, 64) (used by count_values labels). */
export function formatFloatF(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (v === Infinity) return "+Inf";
  if (v === -Infinity) return "-Inf";
  const s = String(v);
  if (!s.includes("e")) return s;
  // Expand exponent notation.
  const [mant, expS] = s.split("e");
  const exp = Number(expS);
  const neg = mant.startsWith("-");
  const digits = mant.replace("-", "").replace(".", "");
  const pointPos =
    (mant.replace("-", "").indexOf(".") === -1
      ? mant.replace("-", "").length
      : mant.replace("-", "").indexOf(".")) + exp;
  let out: string;
  if (pointPos <= 0) out = "0." + "0".repeat(-pointPos) + digits;
  else if (pointPos >= digits.length) out = digits + "0".repeat(pointPos - digits.length);
  else out = digits.slice(0, pointPos) + "." + digits.slice(pointPos);
  return (neg ? "-" : "") + out;
}

/** Natural-order string compare (digit runs compared numerically), as sort_by_label uses. */
export function naturalCompare(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    const da = ca >= 48 && ca <= 57;
    const db = cb >= 48 && cb <= 57;
    if (da && db) {
      let ie = i;
      while (ie < a.length && a.charCodeAt(ie) >= 48 && a.charCodeAt(ie) <= 57) ie++;
      let je = j;
      while (je < b.length && b.charCodeAt(je) >= 48 && b.charCodeAt(je) <= 57) je++;
      const na = a.slice(i, ie).replace(/^0+/, "");
      const nb = b.slice(j, je).replace(/^0+/, "");
      if (na.length !== nb.length) return na.length - nb.length;
      if (na !== nb) return na < nb ? -1 : 1;
      i = ie;
      j = je;
      continue;
    }
    if (ca !== cb) return ca - cb;
    i++;
    j++;
  }
  return a.length - i - (b.length - j);
}

/** Fraction of observations in [lower, upper] of a classic histogram (cumulative buckets). */
export function bucketFraction(lower: number, upper: number, buckets: Bucket[]): number {
  // Callers usually pass buckets already in order (a stable sort would leave them as they are).
  let sorted = true;
  for (let i = 1; i < buckets.length; i++) {
    if (!(buckets[i - 1].upperBound <= buckets[i].upperBound)) {
      sorted = false;
      break;
    }
  }
  if (!sorted) buckets.sort((a, b) => a.upperBound - b.upperBound);
  if (buckets.length === 0 || buckets[buckets.length - 1].upperBound !== Infinity)
    return Number.NaN;
  let w = 0;
  for (let r = 0; r < buckets.length; r++) {
    if (w > 0 && buckets[w - 1].upperBound === buckets[r].upperBound) {
      buckets[w - 1] = {
        upperBound: buckets[w - 1].upperBound,
        count: buckets[w - 1].count + buckets[r].count,
      };
    } else buckets[w++] = buckets[r];
  }
  buckets.length = w;
  const total = buckets[buckets.length - 1].count;
  if (total === 0 || Number.isNaN(lower) || Number.isNaN(upper)) return Number.NaN;
  if (lower >= upper) return 0;
  let rank = 0;
  let lowerRank = 0;
  let upperRank = 0;
  let lowerSet = false;
  let upperSet = false;
  const at = (v: number, lo: number, hi: number, c: number) => {
    if (lo === -Infinity) return rank + c;
    if (hi === Infinity) return rank;
    return rank + (c * (v - lo)) / (hi - lo);
  };
  for (let i = 0; i < buckets.length; i++) {
    const hi = buckets[i].upperBound;
    const lo = i > 0 ? buckets[i - 1].upperBound : hi > 0 ? 0 : -Infinity;
    const c = buckets[i].count - (i > 0 ? buckets[i - 1].count : 0);
    if (!lowerSet && lo >= lower) {
      lowerRank = rank;
      lowerSet = true;
    }
    if (!upperSet && lo >= upper) {
      upperRank = rank;
      upperSet = true;
    }
    if (lowerSet && upperSet) break;
    if (!lowerSet && lo < lower && hi > lower) {
      lowerRank = at(lower, lo, hi, c);
      lowerSet = true;
    }
    if (!upperSet && lo < upper && hi > upper) {
      upperRank = at(upper, lo, hi, c);
      upperSet = true;
    }
    if (lowerSet && upperSet) break;
    rank += c;
  }
  if (!lowerSet || lowerRank > total) lowerRank = total;
  if (!upperSet || upperRank > total) upperRank = total;
  return (upperRank - lowerRank) / total;
}

/** Binary search: first index in [lo, hi) with a[i] > t (hi when none). */
export function upperBound(a: ArrayLike<number>, lo: number, hi: number, t: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A float as Prometheus prints it in annotations and errors (NaN, +Inf, -Inf, else shortest). */
export function formatValue(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (v === Infinity) return "+Inf";
  if (v === -Infinity) return "-Inf";
  return String(v);
}
