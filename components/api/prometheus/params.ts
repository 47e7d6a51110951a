/**
 * Parameter parsing of the Prometheus HTTP API (web/api/v1/api.go): times, durations, limits,
 * series selectors, with Prometheus's error texts.
 */
import type { QueryErrorType } from "../../promql/types.ts";
import type { Matcher } from "../../model/matcher.ts";

/** An API error: `errorType` and the message users see. */
export class ApiError extends Error {
  readonly type: QueryErrorType;
  constructor(type: QueryErrorType, message: string) {
    super(message);
    this.type = type;
  }
}

export function invalidParam(name: string, err: unknown): ApiError {
  const msg = err instanceof Error ? err.message : String(err);
  return new ApiError("bad_data", `invalid parameter ${JSON.stringify(name)}: ${msg}`);
}

/** HTTP status of an error type, as Prometheus's respondError. */
export function statusOf(type: QueryErrorType): number {
  switch (type) {
    case "bad_data":
      return 400;
    case "execution":
      return 422;
    case "canceled":
      return 499;
    case "timeout":
    case "unavailable":
      return 503;
    case "not_found":
      return 404;
    default:
      return 500;
  }
}

/** Prometheus's MinTime/MaxTime in ms (Unix(math.MinInt64/1000+62135596801, 0) and the max counterpart). */
export const MIN_TIME = Number((-9223372036854775n + 62135596801n) * 1000n);
export const MAX_TIME = Number((9223372036854775n - 62135596801n) * 1000n + 999n);
const MIN_TIME_FORMATTED = "-292273086-05-16T16:47:06Z";
const MAX_TIME_FORMATTED = "292277025-08-18T07:12:54.999999999Z";

const DECIMAL_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const RFC3339_RE =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/** Go's strconv.ParseFloat for the decimal forms (plus Inf/NaN words); undefined if invalid. */
export function parseGoFloat(s: string): number | undefined {
  if (DECIMAL_RE.test(s)) return Number(s);
  const m = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (m === null) return undefined;
  if (m[2].toLowerCase() === "nan") return Number.NaN;
  return m[1] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
}

/** Prometheus's parseTime: Unix seconds (float, ms precision) or RFC3339(Nano); returns ms. */
export function parseTime(s: string): number {
  const f = parseGoFloat(s);
  if (f !== undefined && Number.isFinite(f)) {
    // Go: s, ns := math.Modf(t); ns = math.Round(ns*1000)/1000; time.Unix(int64(s), int64(ns*1e9)).
    let secs = Math.trunc(f);
    const r = (f - secs) * 1000;
    const frac = (r < 0 ? -Math.round(-r) : Math.round(r)) / 1000;
    let nsec = Math.trunc(frac * 1e9);
    if (nsec < 0) {
      secs -= 1;
      nsec += 1e9;
    }
    return secs * 1000 + Math.floor(nsec / 1e6);
  }
  const m = RFC3339_RE.exec(s);
  if (m !== null) {
    const [y, mo, d, h, mi, se] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h <= 23 && mi <= 59 && se <= 59) {
      let ms = Date.UTC(y, mo - 1, d, h, mi, se);
      if (y < 100) ms = new Date(ms).setUTCFullYear(y);
      const check = new Date(ms);
      if (check.getUTCDate() === d) {
        if (m[7] !== undefined) ms += Math.trunc(Number(m[7].padEnd(9, "0")) / 1e6);
        if (m[9] !== undefined) {
          const off = (Number(m[10]) * 60 + Number(m[11])) * 60_000;
          ms -= m[9] === "+" ? off : -off;
        }
        return ms;
      }
    }
  }
  if (s === MIN_TIME_FORMATTED) return MIN_TIME;
  if (s === MAX_TIME_FORMATTED) return MAX_TIME;
  throw new Error(`cannot parse ${JSON.stringify(s)} to a valid timestamp`);
}

/** Prometheus's parseTimeParam: default when absent, else parseTime with its error wrapping. */
export function parseTimeParam(value: string | undefined, name: string, def: number): number {
  if (value === undefined || value === "") return def;
  try {
    return parseTime(value);
  } catch (e) {
    throw invalidParam(
      name,
      new Error(`invalid time value for '${name}': ${(e as Error).message}`),
    );
  }
}

const PROM_DURATION_RE =
  /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
const UNITS = [365 * 86400_000, 7 * 86400_000, 86400_000, 3600_000, 60_000, 1000, 1];

/** model.ParseDuration in ms, or undefined. */
export function parsePromDuration(s: string): number | undefined {
  if (s === "0") return 0;
  if (s === "") return undefined;
  const m = PROM_DURATION_RE.exec(s);
  if (m === null) return undefined;
  let ms = 0;
  for (let i = 0; i < UNITS.length; i++)
    if (m[i + 1] !== undefined) ms += Number(m[i + 1]) * UNITS[i];
  return ms;
}

/** Prometheus's parseDuration (float seconds or a Prometheus duration); returns ms (truncated). */
export function parseDurationValue(s: string): number {
  const f = parseGoFloat(s);
  if (f !== undefined) {
    const ns = f * 1e9;
    if (!(ns <= 9.223372036854776e18 && ns >= -9.223372036854776e18)) {
      throw new Error(`cannot parse ${JSON.stringify(s)} to a valid duration. It overflows int64`);
    }
    return Math.trunc(Math.trunc(ns) / 1e6);
  }
  const d = parsePromDuration(s);
  if (d !== undefined) return d;
  throw new Error(`cannot parse ${JSON.stringify(s)} to a valid duration`);
}

/** Prometheus's parseLimitParam (strconv.Atoi, non-negative). */
export function parseLimit(s: string | undefined): number {
  if (s === undefined || s === "") return 0;
  if (!/^[+-]?\d+$/.test(s))
    throw invalidParam(
      "limit",
      new Error(`strconv.Atoi: parsing ${JSON.stringify(s)}: invalid syntax`),
    );
  const n = Number(s);
  if (!Number.isSafeInteger(n))
    throw invalidParam(
      "limit",
      new Error(`strconv.Atoi: parsing ${JSON.stringify(s)}: value out of range`),
    );
  if (n < 0) throw invalidParam("limit", new Error("limit must be non-negative"));
  return n;
}

/** model.UnescapeName for the `U__` value-encoding escaping of label names in URLs. */
export function unescapeName(name: string): string {
  if (!name.startsWith("U__")) return name;
  const s = name.slice(3);
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== "_") {
      out += c;
      continue;
    }
    if (s[i + 1] === "_") {
      out += "_";
      i++;
      continue;
    }
    const j = s.indexOf("_", i + 1);
    if (j < 0) return name;
    const hex = s.slice(i + 1, j);
    if (!/^[0-9a-fA-F]+$/.test(hex)) return name;
    const cp = Number.parseInt(hex, 16);
    if (cp > 0x10ffff) return name;
    out += String.fromCodePoint(cp);
    i = j;
  }
  return out;
}

/** Checks Prometheus's match[] rule: every set needs a matcher that does not match "". */
export function checkMatcherSets(sets: Matcher[][]): void {
  for (const ms of sets) {
    if (!ms.some((m) => !m.matches(""))) {
      throw invalidParam(
        "match[]",
        new Error("match[] must contain at least one non-empty matcher"),
      );
    }
  }
}
