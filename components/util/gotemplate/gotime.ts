// Go's time.Time and time.Duration for templates: values with Go's methods (Format with Go
// layouts, String, Unix, UTC, In, ...), printed like Go. Times are nanoseconds since the Unix
// epoch (bigint) plus a location; durations are nanoseconds (bigint).

import { formatFloatV } from "./fmt.ts";
import { GO_TYPE_NAME } from "./values.ts";

/** A time zone: IANA name ("UTC", "Europe/Berlin") or "Local". */
export class GoLocation {
  readonly name: string;
  private readonly dtf: Intl.DateTimeFormat | undefined;
  constructor(name: string) {
    this.name = name;
    this.dtf =
      name === "UTC"
        ? undefined
        : new Intl.DateTimeFormat("en-US", {
            timeZone: name === "Local" ? undefined : name,
            hourCycle: "h23",
            year: "numeric",
            month: "numeric",
            day: "numeric",
            hour: "numeric",
            minute: "numeric",
            second: "numeric",
            timeZoneName: "short",
          });
  }
  /** Offset from UTC in seconds and the zone abbreviation at the instant `ms`. */
  zone(ms: number): { offset: number; abbr: string } {
    if (!this.dtf) return { offset: 0, abbr: "UTC" };
    const parts = this.dtf.formatToParts(new Date(ms));
    const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value ?? 0);
    const asUTC = Date.UTC(
      get("year"),
      get("month") - 1,
      get("day"),
      get("hour"),
      get("minute"),
      get("second"),
    );
    const offset = Math.round((asUTC - Math.floor(ms / 1000) * 1000) / 1000);
    let abbr = parts.find((p) => p.type === "timeZoneName")?.value ?? "";
    if (/^GMT[+-]/.test(abbr) || abbr === "GMT" || abbr === "") abbr = goNumericAbbr(offset);
    return { offset, abbr };
  }
}

function goNumericAbbr(offset: number): string {
  if (offset === 0) return "UTC";
  const sign = offset < 0 ? "-" : "+";
  const a = Math.abs(offset);
  const h = Math.floor(a / 3600);
  const m = Math.floor((a % 3600) / 60);
  return `${sign}${String(h).padStart(2, "0")}${m ? String(m).padStart(2, "0") : ""}`;
}

export const UTC = new GoLocation("UTC");

/** Loads a location by IANA name like time.LoadLocation; throws for unknown zones. */
export function loadLocation(name: string): GoLocation {
  if (name === "" || name === "UTC") return UTC;
  try {
    return new GoLocation(name);
  } catch {
    throw new Error(`unknown time zone ${name}`);
  }
}

const NS_PER_MS = 1_000_000n;
const NS_PER_S = 1_000_000_000n;

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Go's time.Time. */
export class GoTime {
  readonly [GO_TYPE_NAME] = "time.Time";
  /** Nanoseconds since 1970-01-01T00:00:00Z. */
  readonly ns: bigint;
  readonly loc: GoLocation;

  constructor(ns: bigint, loc: GoLocation = UTC) {
    this.ns = ns;
    this.loc = loc;
  }

  static fromMillis(ms: number, loc: GoLocation = UTC): GoTime {
    return new GoTime(BigInt(Math.trunc(ms)) * NS_PER_MS, loc);
  }
  static fromDate(d: Date, loc: GoLocation = UTC): GoTime {
    return GoTime.fromMillis(d.getTime(), loc);
  }

  private fields(): {
    year: number;
    month: number;
    day: number;
    hour: number;
    min: number;
    sec: number;
    nsec: number;
    wday: number;
    yday: number;
    offset: number;
    abbr: string;
  } {
    const secs = this.ns / NS_PER_S - (this.ns % NS_PER_S < 0n ? 1n : 0n);
    const nsec = Number(this.ns - secs * NS_PER_S);
    const ms = Number(secs) * 1000;
    const { offset, abbr } = this.loc.zone(ms);
    const d = new Date(ms + offset * 1000);
    const start = Date.UTC(d.getUTCFullYear(), 0, 1);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      min: d.getUTCMinutes(),
      sec: d.getUTCSeconds(),
      nsec,
      wday: d.getUTCDay(),
      yday: Math.floor((d.getTime() - start) / 86400000) + 1,
      offset,
      abbr,
    };
  }

  /** Go's Time.Format with a reference-time layout ("2006-01-02 15:04:05"). */
  Format(layout: string): string {
    return formatTime(this.fields(), layout);
  }
  String(): string {
    return this.Format("2006-01-02 15:04:05.999999999 -0700 MST");
  }
  Unix(): bigint {
    return this.ns / NS_PER_S - (this.ns % NS_PER_S < 0n ? 1n : 0n);
  }
  UnixMilli(): bigint {
    return this.ns / NS_PER_MS - (this.ns % NS_PER_MS < 0n ? 1n : 0n);
  }
  UnixNano(): bigint {
    return this.ns;
  }
  UTC(): GoTime {
    return new GoTime(this.ns, UTC);
  }
  Local(): GoTime {
    return new GoTime(this.ns, new GoLocation("Local"));
  }
  In(loc: GoLocation): GoTime {
    return new GoTime(this.ns, loc);
  }
  Add(d: GoDuration): GoTime {
    return new GoTime(this.ns + d.ns, this.loc);
  }
  Sub(t: GoTime): GoDuration {
    return new GoDuration(this.ns - t.ns);
  }
  Before(t: GoTime): boolean {
    return this.ns < t.ns;
  }
  After(t: GoTime): boolean {
    return this.ns > t.ns;
  }
  Equal(t: GoTime): boolean {
    return this.ns === t.ns;
  }
  IsZero(): boolean {
    return this.ns === ZERO_TIME_NS;
  }
  Year(): bigint {
    return BigInt(this.fields().year);
  }
  Day(): bigint {
    return BigInt(this.fields().day);
  }
  Hour(): bigint {
    return BigInt(this.fields().hour);
  }
  Minute(): bigint {
    return BigInt(this.fields().min);
  }
  Second(): bigint {
    return BigInt(this.fields().sec);
  }
  Month(): string {
    return MONTHS[this.fields().month - 1]!;
  }
  Weekday(): string {
    return DAYS[this.fields().wday]!;
  }
  /** Milliseconds since the epoch, for callers. */
  toMillis(): number {
    return Number(this.ns / NS_PER_MS);
  }
}

/** Go's zero time (0001-01-01T00:00:00Z) in Unix nanoseconds. */
export const ZERO_TIME_NS = -62135596800n * NS_PER_S;

function pad(n: number, w: number, c = "0"): string {
  return String(n).padStart(w, c);
}

type Fields = ReturnType<GoTime["fields"]>;

const LAYOUT_TOKENS = [
  "January",
  "Jan",
  "Monday",
  "Mon",
  "MST",
  "2006",
  "-07:00:00",
  "-0700",
  "-07:00",
  "-07",
  "Z07:00:00",
  "Z0700",
  "Z07:00",
  "Z07",
  "002",
  "01",
  "02",
  "03",
  "04",
  "05",
  "06",
  "15",
  "__2",
  "_2",
  "1",
  "2",
  "3",
  "4",
  "5",
  "PM",
  "pm",
];

function formatTime(f: Fields, layout: string): string {
  let out = "";
  let i = 0;
  outer: while (i < layout.length) {
    // fractional seconds: .000 .999 ,000 ,999
    if (
      (layout[i] === "." || layout[i] === ",") &&
      (layout[i + 1] === "0" || layout[i + 1] === "9")
    ) {
      const ch = layout[i + 1]!;
      let j = i + 1;
      while (layout[j] === ch) j++;
      if (!/[0-9]/.test(layout[j] ?? "")) {
        const n = j - i - 1;
        const digits = pad(f.nsec, 9).slice(0, n);
        if (ch === "0") out += layout[i] + digits;
        else {
          const trimmed = digits.replace(/0+$/, "");
          if (trimmed) out += layout[i] + trimmed;
        }
        i = j;
        continue;
      }
    }
    for (const tok of LAYOUT_TOKENS) {
      if (!layout.startsWith(tok, i)) continue;
      // "Jan" must not be followed by a lowercase letter (Go's startsWithLowerCase check).
      if ((tok === "Jan" || tok === "Mon") && /[a-z]/.test(layout[i + tok.length] ?? "")) continue;
      out += formatToken(f, tok);
      i += tok.length;
      continue outer;
    }
    out += layout[i];
    i++;
  }
  return out;
}

function zoneOffset(
  offset: number,
  colon: boolean,
  secs: boolean,
  hoursOnly: boolean,
  z: boolean,
): string {
  if (z && offset === 0) return "Z";
  const sign = offset < 0 ? "-" : "+";
  const a = Math.abs(offset);
  const h = pad(Math.floor(a / 3600), 2);
  const m = pad(Math.floor((a % 3600) / 60), 2);
  const s = pad(a % 60, 2);
  if (hoursOnly) return sign + h;
  let r = sign + h + (colon ? ":" : "") + m;
  if (secs) r += (colon ? ":" : "") + s;
  return r;
}

function formatToken(f: Fields, tok: string): string {
  switch (tok) {
    case "January":
      return MONTHS[f.month - 1]!;
    case "Jan":
      return MONTHS[f.month - 1]!.slice(0, 3);
    case "Monday":
      return DAYS[f.wday]!;
    case "Mon":
      return DAYS[f.wday]!.slice(0, 3);
    case "MST":
      return f.abbr;
    case "2006":
      return pad(f.year, 4);
    case "06":
      return pad(f.year % 100, 2);
    case "01":
      return pad(f.month, 2);
    case "1":
      return String(f.month);
    case "02":
      return pad(f.day, 2);
    case "_2":
      return pad(f.day, 2, " ");
    case "2":
      return String(f.day);
    case "002":
      return pad(f.yday, 3);
    case "__2":
      return pad(f.yday, 3, " ");
    case "15":
      return pad(f.hour, 2);
    case "03":
      return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, 2);
    case "3":
      return String(f.hour % 12 === 0 ? 12 : f.hour % 12);
    case "04":
      return pad(f.min, 2);
    case "4":
      return String(f.min);
    case "05":
      return pad(f.sec, 2);
    case "5":
      return String(f.sec);
    case "PM":
      return f.hour >= 12 ? "PM" : "AM";
    case "pm":
      return f.hour >= 12 ? "pm" : "am";
    case "-0700":
      return zoneOffset(f.offset, false, false, false, false);
    case "-07:00":
      return zoneOffset(f.offset, true, false, false, false);
    case "-07":
      return zoneOffset(f.offset, false, false, true, false);
    case "-07:00:00":
      return zoneOffset(f.offset, true, true, false, false);
    case "Z0700":
      return zoneOffset(f.offset, false, false, false, true);
    case "Z07:00":
      return zoneOffset(f.offset, true, false, false, true);
    case "Z07":
      return zoneOffset(f.offset, false, false, true, true);
    case "Z07:00:00":
      return zoneOffset(f.offset, true, true, false, true);
  }
  return tok;
}

/** Go's time.Duration (nanoseconds). */
export class GoDuration {
  readonly [GO_TYPE_NAME] = "time.Duration";
  readonly ns: bigint;
  constructor(ns: bigint) {
    this.ns = ns;
  }
  static fromSeconds(s: number): GoDuration {
    return new GoDuration(BigInt(Math.trunc(s * 1e9)));
  }
  Seconds(): number {
    const sec = this.ns / NS_PER_S;
    const nsec = this.ns % NS_PER_S;
    return Number(sec) + Number(nsec) / 1e9;
  }
  Minutes(): number {
    const min = this.ns / (60n * NS_PER_S);
    const nsec = this.ns % (60n * NS_PER_S);
    return Number(min) + Number(nsec) / (60 * 1e9);
  }
  Hours(): number {
    const h = this.ns / (3600n * NS_PER_S);
    const nsec = this.ns % (3600n * NS_PER_S);
    return Number(h) + Number(nsec) / (3600 * 1e9);
  }
  Milliseconds(): bigint {
    return this.ns / NS_PER_MS;
  }
  Nanoseconds(): bigint {
    return this.ns;
  }
  /** Go's Duration.String: "72h3m0.5s", "1.5ms", "0s". */
  String(): string {
    return durationString(this.ns);
  }
}

function fracDigits(v: bigint, prec: number): { frac: string; rest: bigint } {
  const div = 10n ** BigInt(prec);
  let frac = pad(Number(v % div), prec).replace(/0+$/, "");
  if (frac) frac = `.${frac}`;
  return { frac, rest: v / div };
}

export function durationString(ns: bigint): string {
  if (ns === 0n) return "0s";
  const neg = ns < 0n;
  let u = neg ? -ns : ns;
  let s: string;
  if (u < NS_PER_S) {
    if (u < 1000n) s = `${u}ns`;
    else if (u < 1_000_000n) {
      const { frac, rest } = fracDigits(u, 3);
      s = `${rest}${frac}µs`;
    } else {
      const { frac, rest } = fracDigits(u, 6);
      s = `${rest}${frac}ms`;
    }
  } else {
    const { frac, rest } = fracDigits(u, 9);
    u = rest;
    s = `${u % 60n}${frac}s`;
    u /= 60n;
    if (u > 0n) {
      s = `${u % 60n}m${s}`;
      u /= 60n;
      if (u > 0n) s = `${u}h${s}`;
    }
  }
  return neg ? `-${s}` : s;
}

/** Formats a float for messages the way Go's %v does. */
export function floatV(x: number): string {
  return formatFloatV(x);
}
