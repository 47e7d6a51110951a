/**
 * Everything one component needs for its ring, built from its ring config block: the KV
 * client (with the block's prefix), the lifecycler that registers this instance (optional: a
 * querier only reads the ingester ring) and the ring client that follows the ring.
 */
import type { Registry } from "prom-client";
import { ringDescCodec } from "./codec.ts";
import { type KVStoreValues, RING_KEYS } from "./config.ts";
import {
  lifecyclerConfigFromValues,
  type RingValues,
  ringConfigFromValues,
} from "./from_config.ts";
import { type KVStores, newKVClient } from "./kv/factory.ts";
import type { KVClient } from "./kv/kv.ts";
import { Lifecycler, type LifecyclerOptions } from "./lifecycler.ts";
import type { RingDesc } from "./model.ts";
import { RingService } from "./ring_service.ts";

export type RingName = keyof typeof RING_KEYS;

export interface ComponentRing {
  kv: KVClient<RingDesc>;
  /** The ring's key in the KV client (already under the prefix). */
  key: string;
  client: RingService;
  lifecycler?: Lifecycler;
}

export function newComponentRing(opts: {
  name: RingName;
  values: RingValues & { kvstore: KVStoreValues };
  stores: KVStores;
  /** Register this instance (components that own the ring), or only read it. */
  register: boolean;
  /** Advertised port when the block sets none (the gRPC listen port). */
  grpcPort: number;
  /** Replication factor for rings whose block has none (e.g. compactor: 1). */
  replicationFactor?: number;
  /** Token count for rings whose block has none. */
  numTokens?: number;
  host?: string;
  lifecycler?: LifecyclerOptions;
  /** Exports the ring metrics (ring_members{name=...}, ...). */
  registry?: Registry;
}): ComponentRing {
  const { key, autoForgetUnhealthyPeriods } = RING_KEYS[opts.name];
  const kv = newKVClient(opts.values.kvstore, ringDescCodec, opts.stores);
  const client = new RingService(
    opts.name,
    ringConfigFromValues(opts.values, { replicationFactor: opts.replicationFactor }),
    kv,
    key,
    opts.registry,
  );
  const out: ComponentRing = { kv, key, client };
  if (opts.register) {
    const cfg = lifecyclerConfigFromValues(opts.values, {
      ringName: opts.name,
      ringKey: key,
      grpcPort: opts.grpcPort,
      numTokens: opts.numTokens,
      autoForgetUnhealthyPeriods,
      host: opts.host,
    });
    out.lifecycler = new Lifecycler(cfg, kv, opts.lifecycler);
  }
  return out;
}
