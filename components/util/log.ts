/**
 * Logging with pino. Mimir logs logfmt by default (`level=info ts=... caller=... msg=...`);
 * `-log.format=json` gives JSON lines. Components get child loggers with `component` (and
 * `user` for tenant work) set by their creator.
 */
import { Writable } from "node:stream";
import pino, { type Logger } from "pino";

export type LogFormat = "logfmt" | "json";
export type LogLevel = "debug" | "info" | "warn" | "error";

const NEEDS_QUOTES = /[\s"=\\]|^$/;

function logfmtValue(v: unknown): string {
  let s: string;
  if (v === null || v === undefined) s = "";
  else if (typeof v === "string") s = v;
  else if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") s = String(v);
  else if (v instanceof Error) s = v.message;
  else s = JSON.stringify(v);
  return NEEDS_QUOTES.test(s) ? JSON.stringify(s) : s;
}

const LEVEL_NAMES: Record<number, string> = {
  10: "trace",
  20: "debug",
  30: "info",
  40: "warn",
  50: "error",
  60: "fatal",
};

/** Turns one pino JSON line into a logfmt line with `level` and `ts` first, then `msg`. */
export function jsonLineToLogfmt(line: string): string {
  let rec: Record<string, unknown>;
  try {
    rec = JSON.parse(line);
  } catch {
    return line;
  }
  const parts: string[] = [];
  const level =
    typeof rec.level === "number"
      ? (LEVEL_NAMES[rec.level] ?? String(rec.level))
      : String(rec.level);
  parts.push(`level=${level}`);
  if (rec.time !== undefined) parts.push(`ts=${new Date(rec.time as number).toISOString()}`);
  for (const [k, v] of Object.entries(rec)) {
    if (k === "level" || k === "time" || k === "msg" || k === "pid" || k === "hostname") continue;
    if (k === "err" && v && typeof v === "object") {
      parts.push(`err=${logfmtValue((v as { message?: string }).message ?? v)}`);
      continue;
    }
    parts.push(`${k}=${logfmtValue(v)}`);
  }
  if (rec.msg !== undefined) parts.push(`msg=${logfmtValue(rec.msg)}`);
  return parts.join(" ");
}

function logfmtStream(out: NodeJS.WritableStream): Writable {
  return new Writable({
    write(chunk: Buffer, _enc, cb) {
      const lines = chunk.toString("utf8").split("\n");
      let text = "";
      for (const line of lines) if (line) text += `${jsonLineToLogfmt(line)}\n`;
      out.write(text);
      cb();
    },
  });
}

export function newLogger(opts: {
  format: LogFormat;
  level: LogLevel;
  destination?: NodeJS.WritableStream;
}): Logger {
  const dest = opts.destination ?? process.stderr;
  const base = { level: opts.level, base: undefined, timestamp: pino.stdTimeFunctions.epochTime };
  if (opts.format === "json")
    return pino({ ...base, timestamp: pino.stdTimeFunctions.isoTime }, dest as any);
  return pino(base, logfmtStream(dest));
}

/** A logger that drops everything; for tests. */
export function nopLogger(): Logger {
  return pino({ level: "silent" });
}

export type { Logger };
