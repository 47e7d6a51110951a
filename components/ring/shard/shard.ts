/** Shuffle-shard helpers (dskit ring/shard). */
import { createHash } from "node:crypto";

/**
 * The seed for a tenant's shard in a zone: the first 8 bytes of md5(identifier [+ "\0" + zone])
 * read big-endian as a signed int64.
 */
export function shuffleShardSeed(identifier: string, zone: string): bigint {
  const h = createHash("md5");
  h.update(identifier);
  if (zone !== "") {
    h.update(Buffer.from([0]));
    h.update(zone);
  }
  const sum = h.digest();
  return sum.readBigInt64BE(0);
}

/** Instances per zone for a shard of `shardSize` over `numZones` zones: ceil(size / zones). */
export function shuffleShardExpectedInstancesPerZone(shardSize: number, numZones: number): number {
  if (shardSize === Number.MAX_SAFE_INTEGER) return shardSize;
  return Math.ceil(shardSize / numZones);
}

/** Total instances of a shard: per-zone count times zones (1 zone when not zone-aware). */
export function shuffleShardExpectedInstances(shardSize: number, numZones: number): number {
  return shuffleShardExpectedInstancesPerZone(shardSize, numZones) * numZones;
}
