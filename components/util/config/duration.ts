/**
 * Durations as Mimir's config reads them: Go's time.ParseDuration forms ("1h30m", "1.5s",
 * "300ms") plus Prometheus's model.Duration units "d", "w" and "y". Values are milliseconds.
 */

const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
  y: 31_536_000_000,
};

const PART = /^(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h|d|w|y)/;

/** Parses a duration to milliseconds; returns undefined when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
  let s = text.trim();
  if (s === "0") return 0;
  let sign = 1;
  if (s.startsWith("-")) {
    sign = -1;
    s = s.slice(1);
  } else if (s.startsWith("+")) {
    s = s.slice(1);
  }
  if (s === "") return undefined;
  let total = 0;
  while (s.length > 0) {
    const m = PART.exec(s);
    if (!m) return undefined;
    total += Number.parseFloat(m[1]) * UNIT_MS[m[2]];
    s = s.slice(m[0].length);
  }
  return (sign * Math.round(total * 1e6)) / 1e6;
}

/** Formats milliseconds the way Prometheus's model.Duration prints: "1h30m", "10s", "0s". */
export function formatDuration(ms: number): string {
  if (ms === 0) return "0s";
  let out = "";
  let rest = ms;
  if (rest < 0) {
    out = "-";
    rest = -rest;
  }
  const units: [string, number][] = [
    ["y", UNIT_MS.y],
    ["w", UNIT_MS.w],
    ["d", UNIT_MS.d],
    ["h", UNIT_MS.h],
    ["m", UNIT_MS.m],
    ["s", UNIT_MS.s],
    ["ms", 1],
  ];
  for (const [u, size] of units) {
    if (rest >= size) {
      const n = Math.floor(rest / size);
      out += `${n}${u}`;
      rest -= n * size;
    }
  }
  if (rest > 0) out += `${rest}ms`;
  return out;
}
