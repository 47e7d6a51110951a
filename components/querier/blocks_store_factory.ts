/**
 * Builds the querier's long-term-storage Queryable from the root config sections, for the
 * composition root (`store-queryable` / `queryable` modules). In `-target=all` the store-gateway
 * of the same process answers in-process through SingleStoreGatewaySelector.
 */
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import type { Bucket } from "../storage/bucket/bucket.ts";
import type { Queryable } from "../model/series.ts";
import { BucketIndexLoader } from "../storage/tsdb/bucketindex.ts";
import type { StoreGatewayClient } from "../storegateway/storegateway.ts";
import type { Overrides } from "../util/limits/overrides.ts";
import {
  BlocksStoreQueryable,
  SingleStoreGatewaySelector,
  type StoreGatewaySelector,
} from "./blocks_store_queryable.ts";
import { MergeQueryable } from "./merge_queryable.ts";

/** Mimir: blocks uploaded within 3 sync intervals are not required by the consistency check. */
export const NEW_BLOCK_DISCOVERY_DELAY_MULTIPLIER = 3;

export interface BlocksStoreFactoryConfig {
  querier: { query_store_after: number };
  blocks_storage: {
    bucket_store: {
      sync_interval: number;
      ignore_deletion_mark_delay?: number;
      bucket_index?: {
        update_on_error_interval?: number;
        idle_timeout?: number;
        max_stale_period?: number;
      };
    };
  };
}

export interface BlocksStoreFactoryDeps {
  bucket: Bucket;
  /** Per-tenant limits (max_fetched_series/chunks/chunk_bytes_per_query). */
  overrides?: Overrides;
  registry: Registry;
  logger: Logger;
  /** The store-gateway(s): a client of the in-process store-gateway, or a ring-aware selector. */
  storeGateway: StoreGatewayClient | StoreGatewaySelector;
  clock?: () => number;
}

export function newBlocksStoreQueryable(
  cfg: BlocksStoreFactoryConfig,
  deps: BlocksStoreFactoryDeps,
): BlocksStoreQueryable {
  const bs = cfg.blocks_storage.bucket_store;
  const loader = new BucketIndexLoader(deps.bucket, {
    updateOnStaleInterval: bs.sync_interval,
    updateOnErrorInterval: bs.bucket_index?.update_on_error_interval ?? 60_000,
    idleTimeout: bs.bucket_index?.idle_timeout ?? 3_600_000,
    registry: deps.registry,
    clock: deps.clock,
  });
  const stores =
    "getClientsFor" in deps.storeGateway
      ? deps.storeGateway
      : new SingleStoreGatewaySelector(deps.storeGateway);
  return new BlocksStoreQueryable(
    {
      queryStoreAfter: cfg.querier.query_store_after,
      maxStalePeriod: bs.bucket_index?.max_stale_period ?? 3_600_000,
      ignoreDeletionMarksDelay: bs.ignore_deletion_mark_delay ?? 3_600_000,
      uploadGracePeriod: NEW_BLOCK_DISCOVERY_DELAY_MULTIPLIER * bs.sync_interval,
    },
    {
      loader,
      stores,
      limits: deps.overrides,
      registry: deps.registry,
      logger: deps.logger.child({ component: "blocks-store-queryable" }),
      clock: deps.clock,
    },
  );
}

/** The querier's Queryable: ingesters (recent data) merged with the blocks store (older data). */
export function newQuerierQueryable(
  cfg: { querier: { query_store_after: number; max_query_into_future?: number } },
  deps: { ingesters?: Queryable; store?: Queryable; overrides: Overrides; clock?: () => number },
): MergeQueryable {
  return new MergeQueryable(
    {
      queryStoreAfter: cfg.querier.query_store_after,
      maxQueryIntoFuture: cfg.querier.max_query_into_future ?? 0,
    },
    deps,
  );
}
