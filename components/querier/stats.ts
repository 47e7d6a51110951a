/**
 * Per-query statistics a querier reports back to the query-frontend (Mimir's querier stats):
 * how many series the query fetched from the ingesters and the store-gateways, summed over its
 * selections and sources. The query-frontend turns them into cardinality estimates for query
 * sharding (-query-frontend.query-sharding-target-series-per-shard) and its query stats line.
 *
 * The stats of a query live in an AsyncLocalStorage: whoever runs a query (the querier worker's
 * hooks on the API) opens a scope with runInQueryStats, and the querier's per-source counters
 * add to it.
 */
import { AsyncLocalStorage } from "node:async_hooks";

export interface QueryStats {
  /** Series fetched from the sources (each source's answer counted, replicas deduplicated). */
  fetchedSeries: number;
}

/** The response header a querier worker reports the fetched series in, to the query-frontend. */
export const FETCHED_SERIES_HEADER = "x-mimirts-fetched-series";

const storage = new AsyncLocalStorage<QueryStats>();

/**
 * The request header asking a querier to report the query's stats (FETCHED_SERIES_HEADER);
 * set by the querier worker, so only the query-frontend's queries report them.
 */
export const QUERY_STATS_REQUEST_HEADER = "x-mimirts-query-stats";

/** Runs f, and all it starts, in the stats scope `stats`. */
export function runInQueryStats<T>(stats: QueryStats, f: () => T): T {
  return storage.run(stats, f);
}

/** Adds n fetched series to the running query's stats (a no-op outside a stats scope). */
export function addFetchedSeries(n: number): void {
  const s = storage.getStore();
  if (s !== undefined) s.fetchedSeries += n;
}
