/** The long-term storage services accept the root config sections as the app holds them. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Registry } from "prom-client";
import { rootBlock } from "./rootblock.ts";
import { Compactor } from "../compactor/compactor.ts";
import { FilesystemBucket } from "../storage/bucket/filesystem/filesystem.ts";
import { StoreGateway } from "../storegateway/storegateway.ts";
import { defaultsOf } from "../util/config/spec.ts";
import { Overrides } from "../util/limits/overrides.ts";
import { nopLogger } from "../util/log.ts";
import { newBlocksStoreQueryable, newQuerierQueryable } from "../querier/blocks_store_factory.ts";

describe("wiring from the root config", () => {
  it("builds the compactor, store-gateway and querier queryables from default config", async () => {
    const cfg = defaultsOf(rootBlock);
    const bucket = new FilesystemBucket({ dir: "/nonexistent-mimir-ts-wiring" });
    const registry = new Registry();
    const logger = nopLogger();
    const overrides = new Overrides(cfg.limits);
    const compactor = new Compactor(cfg.compactor, { logger, registry, bucket, overrides });
    const sg = new StoreGateway(
      {
        bucket_store: cfg.blocks_storage.bucket_store,
        enabled_tenants: cfg.store_gateway.enabled_tenants,
        disabled_tenants: cfg.store_gateway.disabled_tenants,
      },
      { logger, registry, bucket },
    );
    const store = newBlocksStoreQueryable(
      { querier: cfg.querier, blocks_storage: cfg.blocks_storage },
      { bucket, registry, logger, storeGateway: sg, overrides },
    );
    const q = newQuerierQueryable({ querier: cfg.querier }, { store, overrides });
    assert.equal(store.cfg.queryStoreAfter, 12 * 3_600_000);
    assert.equal(store.cfg.maxStalePeriod, 3_600_000);
    assert.equal(store.cfg.uploadGracePeriod, 45 * 60_000);
    assert.equal(compactor.cfg.deletion_delay, 12 * 3_600_000);
    assert.deepEqual(await (await q.querier("t", 0, 1000)).select(true, undefined, []), []);
  });
});
