/**
 * Which compactor works on what (Mimir's compactor ring): a tenant belongs to the compactors of
 * its shuffle shard of the compactor ring (-compactor.compactor-tenant-shard-size, 0 = all); a
 * compaction job belongs to the one ACTIVE compactor the tenant's shard returns for the job's
 * key hashed with FNV-1. Several compactors thus split tenants and jobs without overlap.
 */
import { fnv1Add32 } from "../ring/hash.ts";
import { InstanceState } from "../ring/model.ts";
import { newOp } from "../ring/operation.ts";
import { emptyReplicationSet } from "../ring/replication_set.ts";
import type { Ring } from "../ring/ring.ts";
import type { CompactionJob } from "./planner.ts";

/** Mimir's compactor ring operation: only ACTIVE compactors own work, no extension. */
export const CompactorOp = newOp("Compactor", [InstanceState.ACTIVE]);

export function ringTenantOwnership(
  ring: () => Ring,
  instanceID: string,
  shardSize: (tenant: string) => number,
): (tenant: string) => boolean {
  return (tenant) => {
    try {
      return ring().shuffleShard(tenant, shardSize(tenant)).hasInstance(instanceID);
    } catch {
      return false;
    }
  };
}

export function ringJobOwnership(
  ring: () => Ring,
  instanceID: string,
  shardSize: (tenant: string) => number,
): (job: CompactionJob) => boolean {
  const rs = emptyReplicationSet();
  return (job) => {
    try {
      ring()
        .shuffleShard(job.tenant, shardSize(job.tenant))
        .get(fnv1Add32(2166136261, job.key), CompactorOp, rs);
    } catch {
      return false;
    }
    return rs.instances[0]?.id === instanceID;
  };
}
