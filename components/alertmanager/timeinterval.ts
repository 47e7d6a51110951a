/**
 * Alertmanager's time intervals (timeinterval package): an interval matches an instant when each
 * of its given fields matches (times of day as [start, end) minutes, weekdays, days of month
 * (negative = from the end), months, years; all inclusive ranges), in its `location` (IANA zone,
 * default UTC). A named interval is a list; it matches when any entry does.
 */
import { ConfigError } from "./configerror.ts";

type Range = [number, number];

export interface TimeInterval {
  /** Minutes of the day, [start, end). */
  times: Range[];
  weekdays: Range[];
  daysOfMonth: Range[];
  months: Range[];
  years: Range[];
  location: string;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

function parseClock(s: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(s);
  if (!m || Number(m[1]) > 24 || Number(m[2]) > 59 || (Number(m[1]) === 24 && m[2] !== "00"))
    throw new ConfigError(`couldn't parse timestamp ${s}, invalid format`);
  return Number(m[1]) * 60 + Number(m[2]);
}

function parseRanges(items: unknown, what: string, one: (s: string) => number): Range[] {
  if (items === undefined || items === null) return [];
  if (!Array.isArray(items)) throw new ConfigError(`invalid ${what}: ${JSON.stringify(items)}`);
  return items.map((raw) => {
    const s = String(raw).trim().toLowerCase();
    const parts = s.split(":");
    if (parts.length > 2) throw new ConfigError(`invalid ${what} range: ${s}`);
    const a = one(parts[0]);
    const b = parts.length === 2 ? one(parts[1]) : a;
    return [a, b] as Range;
  });
}

function named(names: string[], what: string): (s: string) => number {
  return (s) => {
    const i = names.indexOf(s);
    if (i >= 0) return what === "month" ? i + 1 : i;
    if (what === "month" && /^\d+$/.test(s) && Number(s) >= 1 && Number(s) <= 12) return Number(s);
    throw new ConfigError(`${s} is not a valid ${what}`);
  };
}

function int(what: string): (s: string) => number {
  return (s) => {
    if (!/^-?\d+$/.test(s)) throw new ConfigError(`invalid ${what}: ${s}`);
    return Number(s);
  };
}

export function parseTimeIntervals(v: unknown): TimeInterval[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new ConfigError("time_intervals must be a list");
  return v.map((item) => {
    const o = (item ?? {}) as Record<string, unknown>;
    const times = ((o.times as { start_time?: string; end_time?: string }[] | undefined) ?? []).map(
      (t) => {
        const start = parseClock(String(t.start_time ?? ""));
        const end = parseClock(String(t.end_time ?? ""));
        if (start >= end)
          throw new ConfigError("start time cannot be equal or greater than end time");
        return [start, end] as Range;
      },
    );
    const location = o.location === undefined ? "UTC" : String(o.location);
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: location });
    } catch {
      throw new ConfigError(`unknown time zone ${location}`);
    }
    const daysOfMonth = parseRanges(o.days_of_month, "day of month", int("day of month"));
    for (const [a, b] of daysOfMonth)
      if (a === 0 || b === 0 || Math.abs(a) > 31 || Math.abs(b) > 31)
        throw new ConfigError(`${a}:${b} is not a valid day of the month: out of range`);
    return {
      times,
      weekdays: parseRanges(o.weekdays, "weekday", named(WEEKDAYS, "weekday")),
      daysOfMonth,
      months: parseRanges(o.months, "month", named(MONTHS, "month")),
      years: parseRanges(o.years, "year", int("year")),
      location,
    };
  });
}

interface Parts {
  year: number;
  month: number;
  day: number;
  weekday: number;
  minutes: number;
  daysInMonth: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(ms: number, zone: string): Parts {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      weekday: "long",
      hourCycle: "h23",
    });
    formatters.set(zone, f);
  }
  const p: Record<string, string> = {};
  for (const x of f.formatToParts(new Date(ms))) p[x.type] = x.value;
  const year = Number(p.year);
  const month = Number(p.month);
  return {
    year,
    month,
    day: Number(p.day),
    weekday: WEEKDAYS.indexOf(p.weekday.toLowerCase()),
    minutes: Number(p.hour) * 60 + Number(p.minute),
    daysInMonth: new Date(Date.UTC(year, month, 0)).getUTCDate(),
  };
}

function inRanges(v: number, rs: Range[]): boolean {
  if (rs.length === 0) return true;
  for (const [a, b] of rs) if (v >= a && v <= b) return true;
  return false;
}

/** True when the instant (ms since the epoch) lies in the interval. */
export function intervalContains(ti: TimeInterval, ms: number): boolean {
  const p = partsIn(ms, ti.location);
  if (ti.times.length > 0 && !ti.times.some(([a, b]) => p.minutes >= a && p.minutes < b))
    return false;
  if (!inRanges(p.weekday, ti.weekdays)) return false;
  if (ti.daysOfMonth.length > 0) {
    const ok = ti.daysOfMonth.some(([a, b]) => {
      const from = a < 0 ? p.daysInMonth + a + 1 : a;
      const to = b < 0 ? p.daysInMonth + b + 1 : b;
      return p.day >= from && p.day <= Math.min(to, p.daysInMonth);
    });
    if (!ok) return false;
  }
  if (!inRanges(p.month, ti.months)) return false;
  return inRanges(p.year, ti.years);
}

/** A named interval (a list) matches when any of its entries does. */
export function anyIntervalContains(list: readonly TimeInterval[], ms: number): boolean {
  return list.some((ti) => intervalContains(ti, ms));
}
