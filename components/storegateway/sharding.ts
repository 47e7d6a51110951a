/**
 * Which store-gateway holds which block (Mimir's ShuffleShardingStrategy over the store-gateway
 * ring): a block's key is HashBlockID(ulid); it belongs to the `replication_factor` instances
 * the ring returns for that key within the tenant's shuffle shard
 * (-store-gateway.tenant-shard-size, 0 = all). Instances sync blocks with the BlocksOwnerSync
 * operation (JOINING, ACTIVE and LEAVING count, so a starting instance loads before it serves);
 * queriers read with BlocksRead (only ACTIVE, extended past instances in other states).
 */
import { hashBlockID } from "../ring/hash.ts";
import { InstanceState } from "../ring/model.ts";
import { newOp } from "../ring/operation.ts";
import { emptyReplicationSet } from "../ring/replication_set.ts";
import type { Ring } from "../ring/ring.ts";

const { ACTIVE, JOINING, LEAVING, PENDING, LEFT } = InstanceState;

/** dskit/Mimir BlocksOwnerSync. */
export const BlocksOwnerSync = newOp("BlocksOwnerSync", [JOINING, ACTIVE, LEAVING]);
/** dskit/Mimir BlocksRead: extend the set on every state but ACTIVE. */
export const BlocksRead = newOp("BlocksRead", [ACTIVE], [JOINING, LEAVING, PENDING, LEFT]);

/** An `ownsBlock` function for the StoreGateway: whether `instanceID` holds the block. */
export function ringBlockOwnership(
  ring: () => Ring,
  instanceID: string,
  shardSize: (tenant: string) => number,
): (tenant: string, blockID: string) => boolean {
  const rs = emptyReplicationSet();
  return (tenant, blockID) => {
    const sub = ring().shuffleShard(tenant, shardSize(tenant));
    try {
      sub.get(hashBlockID(blockID), BlocksOwnerSync, rs);
    } catch {
      return false;
    }
    return rs.instances.some((i) => i.id === instanceID);
  };
}
