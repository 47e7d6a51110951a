/**
 * Picks store-gateways for blocks from the store-gateway ring (Mimir's blocksStoreReplicationSet):
 * for each block the replicas the ring returns for HashBlockID(block) with BlocksRead, within
 * the tenant's shuffle shard; one replica not tried before for that block, preferring the
 * querier's own zone and otherwise spreading load at random. Blocks that have no untried
 * replica left are not returned, so the consistency check reports them.
 */
import { hashBlockID } from "../ring/hash.ts";
import type { InstanceDesc } from "../ring/model.ts";
import { emptyReplicationSet } from "../ring/replication_set.ts";
import type { Ring } from "../ring/ring.ts";
import type { StoreGatewayClient } from "../storegateway/storegateway.ts";
import { BlocksRead } from "../storegateway/sharding.ts";
import type { StoreGatewaySelector, StoreGatewayTarget } from "./blocks_store_queryable.ts";

export interface RingStoreGatewaySelectorDeps {
  ring: () => Ring;
  clientFor: (addr: string) => StoreGatewayClient;
  /** The tenant's -store-gateway.tenant-shard-size. */
  shardSize: (tenant: string) => number;
  /** The querier's availability zone; replicas there are preferred. */
  zone?: string;
  random?: () => number;
}

export class RingStoreGatewaySelector implements StoreGatewaySelector {
  private readonly deps: RingStoreGatewaySelectorDeps;
  private readonly random: () => number;

  constructor(deps: RingStoreGatewaySelectorDeps) {
    this.deps = deps;
    this.random = deps.random ?? Math.random;
  }

  async getClientsFor(
    tenant: string,
    blockIDs: readonly string[],
    exclude: ReadonlyMap<string, readonly string[]>,
  ): Promise<StoreGatewayTarget[]> {
    const ring = this.deps.ring().shuffleShard(tenant, this.deps.shardSize(tenant));
    const rs = emptyReplicationSet();
    const byAddr = new Map<string, StoreGatewayTarget>();
    for (const id of blockIDs) {
      try {
        ring.get(hashBlockID(id), BlocksRead, rs);
      } catch {
        continue;
      }
      const tried = exclude.get(id) ?? [];
      const candidates = rs.instances.filter((i) => !tried.includes(i.addr));
      const pick = this.choose(candidates);
      if (!pick) continue;
      let t = byAddr.get(pick.addr);
      if (!t) {
        t = { addr: pick.addr, client: this.deps.clientFor(pick.addr), blockIDs: [] };
        byAddr.set(pick.addr, t);
      }
      t.blockIDs.push(id);
    }
    return [...byAddr.values()];
  }

  private choose(candidates: InstanceDesc[]): InstanceDesc | undefined {
    if (candidates.length === 0) return undefined;
    const local = this.deps.zone ? candidates.filter((c) => c.zone === this.deps.zone) : [];
    const pool = local.length > 0 ? local : candidates;
    return pool[Math.floor(this.random() * pool.length)];
  }
}
