/** The querier's error catalog: the texts and types of errors a query gets from the querier. */

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
