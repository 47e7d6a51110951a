/**
 * The state one query shares across its evaluators: annotations, limits, cancellation, and the
 * scratch buffers series are decoded into (reused by every selector of the query).
 */
import { positionString } from "./ast.ts";
import { QueryError } from "./types.ts";

export interface QueryContextOptions {
  /** The query text (annotation positions refer to it). */
  query: string;
  /** Max samples held in memory; 0 = no limit. */
  maxSamples: number;
  /** ms; 0 = none. */
  timeout: number;
  signal: AbortSignal | undefined;
  /** The query's start and end, ms (what start() and end() return). */
  startTs: number;
  endTs: number;
  /** The query's step, ms (0 for instant queries). */
  queryStep: number;
}

/** Largest decode scratch kept for the rest of the query, in samples. */
const MAX_SCRATCH = 1 << 20;

/** Shared query state: annotations, limits, cancellation, scratch. */
export class QueryContext {
  readonly query: string;
  readonly warnings = new Set<string>();
  readonly infos = new Set<string>();
  readonly maxSamples: number;
  readonly deadline: number;
  readonly timeout: number;
  readonly signal: AbortSignal | undefined;
  readonly startTs: number;
  readonly endTs: number;
  readonly queryStep: number;
  currentSamples = 0;
  /** Decode scratch (timestamps ms, values): grown by selectors as needed, kept up to MAX_SCRATCH. */
  scratch: { ts: Float64Array; fs: Float64Array } = {
    ts: new Float64Array(1024),
    fs: new Float64Array(1024),
  };
  /** Whether a loaded series is free of stale markers (cached per series object). */
  readonly staleFree = new WeakMap<object, boolean>();
  private checks = 0;

  constructor(o: QueryContextOptions) {
    this.query = o.query;
    this.maxSamples = o.maxSamples;
    this.timeout = o.timeout;
    this.deadline = o.timeout > 0 ? Date.now() + o.timeout : Infinity;
    this.signal = o.signal;
    this.startTs = o.startTs;
    this.endTs = o.endTs;
    this.queryStep = o.queryStep;
  }

  /** Keeps grown decode arrays for the next selector (up to MAX_SCRATCH samples). */
  keepScratch(ts: Float64Array, fs: Float64Array): void {
    if (ts.length > this.scratch.ts.length && ts.length <= MAX_SCRATCH) this.scratch = { ts, fs };
  }

  warn(msg: string, pos?: { start: number }): void {
    this.warnings.add(
      `PromQL warning: ${msg}${pos ? ` (${positionString(this.query, pos.start)})` : ""}`,
    );
  }

  info(msg: string, pos?: { start: number }): void {
    this.infos.add(
      `PromQL info: ${msg}${pos ? ` (${positionString(this.query, pos.start)})` : ""}`,
    );
  }

  /** Cheap periodic check for timeout and cancellation. */
  check(): void {
    if ((++this.checks & 255) !== 0) return;
    this.checkNow();
  }

  checkNow(): void {
    if (this.signal?.aborted)
      throw new QueryError("canceled", "query was canceled in query execution");
    if (Date.now() > this.deadline)
      throw new QueryError("timeout", "query timed out in query execution");
  }

  addSamples(n: number): void {
    this.currentSamples += n;
    if (this.maxSamples > 0 && this.currentSamples > this.maxSamples) {
      throw new QueryError(
        "execution",
        "query processing would load too many samples into memory in query execution",
      );
    }
  }
}
