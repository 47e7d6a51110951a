/** The querier's error catalog: the texts and types of errors a query gets from the querier. */
import { compareStrings } from "../model/strings.ts";

const CARDINALITY_STRATEGY =
  "Consider reducing the time range and/or number of series selected by the query. One way to reduce the number of selected series is to add more label matchers to the query. Otherwise, to adjust the related per-tenant limit, configure";

/** Mimir's per-query limit errors (pkg/util/limiter/query_limiter.go). */
export class QueryLimitError extends Error {
  constructor(what: string, id: string, flag: string) {
    super(
      `${what} (err-mimir-${id}). ${CARDINALITY_STRATEGY} -${flag}, or contact your service administrator.`,
    );
    this.name = "QueryLimitError";
  }
}

export function maxSeriesHit(limit: number): QueryLimitError {
  return new QueryLimitError(
    `the query exceeded the maximum number of series (limit: ${limit} series)`,
    "max-series-per-query",
    "querier.max-fetched-series-per-query",
  );
}

export function maxChunksHit(limit: number): QueryLimitError {
  return new QueryLimitError(
    `the query exceeded the maximum number of chunks (limit: ${limit} chunks)`,
    "max-chunks-per-query",
    "querier.max-fetched-chunks-per-query",
  );
}

export function maxChunkBytesHit(limit: number): QueryLimitError {
  return new QueryLimitError(
    `the query exceeded the aggregated chunks size limit (limit: ${limit} bytes)`,
    "max-chunks-bytes-per-query",
    "querier.max-fetched-chunk-bytes-per-query",
  );
}

// Per-tenant limit errors (M:pkg/util/validation/errors.go, M:pkg/util/globalerror/errors.go)

/** Go's time.Duration.String for a duration in ms (e.g. `1h0m0s`, `1m30.5s`, `250ms`). */
export function goDuration(ms: number): string {
  if (ms === 0) return "0s";
  const neg = ms < 0;
  let rest = Math.abs(ms);
  let s: string;
  if (rest < 1000) s = `${rest}ms`;
  else {
    const h = Math.floor(rest / 3600_000);
    rest -= h * 3600_000;
    const m = Math.floor(rest / 60_000);
    rest -= m * 60_000;
    const sec = rest / 1000;
    s = (h > 0 ? `${h}h${m}m` : m > 0 ? `${m}m` : "") + `${sec}s`;
  }
  return neg ? `-${s}` : s;
}

/** A per-tenant limit was hit (Mimir's validation.LimitError). */
export class LimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LimitError";
  }
}

/** True for the limit errors of the querier and the store-gateway path. */
export function isLimitError(e: unknown): e is Error {
  return e instanceof LimitError || e instanceof QueryLimitError;
}

function perTenantMessage(msg: string, id: string, flag: string): string {
  return `${msg} (err-mimir-${id}). To adjust the related per-tenant limit, configure -${flag}, or contact your service administrator.`;
}

/** max_partial_query_length, checked by the querier on each selection. */
export function maxQueryLengthError(queryLen: number, limit: number): LimitError {
  return new LimitError(
    perTenantMessage(
      `the query time range exceeds the limit (query length: ${goDuration(queryLen)}, limit: ${goDuration(limit)})`,
      "max-query-length",
      "querier.max-partial-query-length",
    ),
  );
}

export function maxTotalQueryLengthError(queryLen: number, limit: number): LimitError {
  return new LimitError(
    perTenantMessage(
      `the total query time range exceeds the limit (query length: ${goDuration(queryLen)}, limit: ${goDuration(limit)})`,
      "max-total-query-length",
      "query-frontend.max-total-query-length",
    ),
  );
}

export function maxQueryExpressionSizeBytesError(size: number, limit: number): LimitError {
  return new LimitError(
    perTenantMessage(
      `the raw query size in bytes exceeds the limit (query size: ${size}, limit: ${limit})`,
      "max-query-expression-size-bytes",
      "query-frontend.max-query-expression-size-bytes",
    ),
  );
}

export function queryBlockedError(): LimitError {
  return new LimitError(
    "the request has been blocked by the cluster administrator (err-mimir-query-blocked)",
  );
}

export const ERR_STORE_CONSISTENCY_CHECK_FAILED = "err-mimir-store-consistency-check-failed";

export class StoreConsistencyCheckFailedError extends Error {
  readonly missingBlocks: string[];
  constructor(missing: string[]) {
    const sorted = [...missing].sort(compareStrings);
    super(
      `failed to fetch some blocks (${ERR_STORE_CONSISTENCY_CHECK_FAILED}). The failed blocks are: ${sorted.join(" ")}`,
    );
    this.name = "StoreConsistencyCheckFailedError";
    this.missingBlocks = sorted;
  }
}
