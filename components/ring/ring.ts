/**
 * Reading a hash ring (dskit ring.Ring): replica sets for a key, replication sets for whole-ring
 * operations, and shuffle sharding. A Ring is an immutable-topology view over a RingDesc: tokens
 * sorted in a Uint32Array with a parallel array of owning instance indexes, so `get()` is a
 * binary search plus a short walk and allocates nothing when given a reusable ReplicationSet.
 * RingService (ring_service.ts) keeps a Ring current from a KV store.
 */
import { type InstanceDesc, isHeartbeatHealthy, RingDesc, resolveTokenOwners } from "./model.ts";
import { isStateHealthy, type Operation } from "./operation.ts";
import { emptyReplicationSet, type ReplicationSet } from "./replication_set.ts";
import { GoRand } from "./shard/gorand.ts";
import { shuffleShardExpectedInstancesPerZone, shuffleShardSeed } from "./shard/shard.ts";
import { searchToken } from "./tokens.ts";

export interface RingConfig {
  /** Instances whose heartbeat is older are unhealthy; 0 = never. Milliseconds. */
  heartbeatTimeoutMs: number;
  replicationFactor: number;
  zoneAwarenessEnabled: boolean;
  /** Instances in these zones are left out of the ring. */
  excludedZones?: readonly string[];
}

/** Errors with dskit's texts. */
export class RingError extends Error {
  override name = "RingError";
}
export const ERR_EMPTY_RING = "empty ring";
export const ERR_TOO_MANY_UNHEALTHY = "too many unhealthy instances in the ring";
export const ERR_INSTANCE_NOT_FOUND = "instance not found in the ring";

/** get() finds its start token through 2^12 buckets of the 32-bit token space. */
const BUCKET_SHIFT = 20;
const BUCKETS = 2 ** (32 - BUCKET_SHIFT);

interface ZoneTokens {
  tokens: Uint32Array;
  owners: Int32Array;
}

interface LookbackCacheEntry {
  ring: Ring;
  validAfter: number;
  validBefore: number;
}

/** A read-only view of the ring at one point in time (states may be refreshed in place). */
export class Ring {
  readonly cfg: RingConfig;
  private desc: RingDesc;
  /** Instance index -> desc; IDs in sorted order. */
  private ids: string[] = [];
  private instances: InstanceDesc[] = [];
  private indexById = new Map<string, number>();
  /** Sorted tokens and the index of the instance owning each. */
  private tokens: Uint32Array = new Uint32Array(0);
  private owners: Int32Array = new Int32Array(0);
  /** Sorted zones with at least one instance; zone index per instance. */
  private zones: string[] = [];
  private instZone: Int32Array = new Int32Array(0);
  private zoneTokens: ZoneTokens[] = [];
  private instancesPerZone: Int32Array = new Int32Array(0);
  private oldestRegisteredTimestamp = 0;
  private readOnlyCount = 0;
  private oldestReadOnlyUpdatedTimestamp = 0;

  // Scratch space for get(), reused across calls.
  private seen: Uint32Array = new Uint32Array(0);
  /** Instance indexes picked by get() and their health. */
  private picked: Int32Array = new Int32Array(0);
  private healthyFlags: Uint8Array = new Uint8Array(0);
  /** 1 when the instance has a non-empty zone. */
  private zonedFlags: Uint8Array = new Uint8Array(0);
  /** bucketStart[b] = index of the first token >= b << BUCKET_SHIFT (b in 0..BUCKETS). */
  private bucketStart: Int32Array = new Int32Array(BUCKETS + 1);
  private seenGen = 0;
  private foundPerZone: Int32Array = new Int32Array(0);
  private examinedPerZone: Int32Array = new Int32Array(0);

  private shardCache = new Map<string, Ring>();
  private lookbackCache = new Map<string, LookbackCacheEntry>();
  /** Bumped when tokens, zones or membership change (not on heartbeats or state changes). */
  topologyVersion = 0;

  constructor(cfg: RingConfig, desc: RingDesc = new RingDesc(), tokenOwner?: Map<number, string>) {
    if (cfg.replicationFactor <= 0)
      throw new Error(`ReplicationFactor must be greater than zero: ${cfg.replicationFactor}`);
    this.cfg = cfg;
    this.desc = new RingDesc();
    this.rebuild(this.filterDesc(desc), tokenOwner);
  }

  private filterDesc(desc: RingDesc): RingDesc {
    const ex = this.cfg.excludedZones;
    if (!ex || ex.length === 0) return desc;
    const m = new Map<string, InstanceDesc>();
    for (const [id, i] of desc.ingesters) if (!ex.includes(i.zone)) m.set(id, i);
    return new RingDesc(m);
  }

  /** Replaces the descriptor; only rebuilds the token tables if the topology changed. */
  setDesc(desc0: RingDesc): void {
    const desc = this.filterDesc(desc0);
    if (this.sameTopology(desc)) {
      this.desc = desc;
      for (let k = 0; k < this.ids.length; k++) {
        const i = desc.ingesters.get(this.ids[k]!)!;
        i.id = this.ids[k]!;
        this.instances[k] = i;
      }
      this.recountReadOnly();
      return;
    }
    this.rebuild(desc);
  }

  /** dskit RingCompare: same instances, addresses, zones, tokens, registration and read-only. */
  private sameTopology(d: RingDesc): boolean {
    if (d.ingesters.size !== this.ids.length) return false;
    for (let k = 0; k < this.ids.length; k++) {
      const o = d.ingesters.get(this.ids[k]!);
      const i = this.instances[k]!;
      if (!o) return false;
      if (o.addr !== i.addr || o.zone !== i.zone || o.registeredTimestamp !== i.registeredTimestamp)
        return false;
      if (o.readOnly !== i.readOnly || o.readOnlyUpdatedTimestamp !== i.readOnlyUpdatedTimestamp)
        return false;
      if (o.tokens !== i.tokens) {
        if (o.tokens.length !== i.tokens.length) return false;
        for (let t = 0; t < o.tokens.length; t++) if (o.tokens[t] !== i.tokens[t]) return false;
      }
      // A LEFT instance owns no tokens, so a state change to or from LEFT is a topology change.
      if ((o.state === 4) !== (i.state === 4)) return false;
    }
    return true;
  }

  private recountReadOnly(): void {
    let n = 0;
    let oldest = 0;
    for (const i of this.instances) {
      if (!i.readOnly) continue;
      oldest = n === 0 ? i.readOnlyUpdatedTimestamp : Math.min(oldest, i.readOnlyUpdatedTimestamp);
      n++;
    }
    this.readOnlyCount = n;
    this.oldestReadOnlyUpdatedTimestamp = oldest;
  }

  private rebuild(desc: RingDesc, tokenOwner?: Map<number, string>): void {
    this.desc = desc;
    this.ids = [...desc.ingesters.keys()].sort();
    this.instances = this.ids.map((id) => {
      const i = desc.ingesters.get(id)!;
      i.id = id;
      return i;
    });
    this.indexById = new Map(this.ids.map((id, k) => [id, k]));
    const zoneSet = new Set<string>();
    for (const i of this.instances) zoneSet.add(i.zone);
    this.zones = [...zoneSet].sort();
    this.instZone = new Int32Array(this.instances.length);
    this.instancesPerZone = new Int32Array(this.zones.length);
    for (let k = 0; k < this.instances.length; k++) {
      const z = this.zones.indexOf(this.instances[k]!.zone);
      this.instZone[k] = z;
      this.instancesPerZone[z]!++;
    }

    // Token -> owner: the parent's resolution for subrings, else resolve conflicts here.
    const owner = new Map<number, number>();
    if (tokenOwner) {
      for (let k = 0; k < this.instances.length; k++) {
        for (const t of this.instances[k]!.tokens)
          if (tokenOwner.get(t) === this.ids[k]) owner.set(t, k);
      }
    } else {
      for (const [t, id] of resolveTokenOwners(desc.ingesters))
        owner.set(t, this.indexById.get(id)!);
    }
    const sorted = Uint32Array.from(owner.keys()).sort();
    this.tokens = sorted;
    this.owners = new Int32Array(sorted.length);
    for (let k = 0; k < sorted.length; k++) this.owners[k] = owner.get(sorted[k]!)!;

    const bs = new Int32Array(BUCKETS + 1);
    let ti = 0;
    for (let bk = 0; bk <= BUCKETS; bk++) {
      const start = bk * 2 ** BUCKET_SHIFT;
      while (ti < sorted.length && sorted[ti]! < start) ti++;
      bs[bk] = ti;
    }
    this.bucketStart = bs;

    // Per zone tokens (for zone-aware shuffle sharding).
    const perZone: number[][] = this.zones.map(() => []);
    for (let k = 0; k < sorted.length; k++) perZone[this.instZone[this.owners[k]!]!]!.push(k);
    this.zoneTokens = perZone.map((idxs) => ({
      tokens: Uint32Array.from(idxs, (k) => sorted[k]!),
      owners: Int32Array.from(idxs, (k) => this.owners[k]!),
    }));

    let oldestReg = 0;
    for (const i of this.instances) {
      if (i.registeredTimestamp === 0) {
        oldestReg = 0;
        break;
      }
      if (oldestReg === 0 || i.registeredTimestamp < oldestReg) oldestReg = i.registeredTimestamp;
    }
    this.oldestRegisteredTimestamp = oldestReg;
    this.recountReadOnly();

    this.seen = new Uint32Array(this.instances.length);
    this.picked = new Int32Array(this.instances.length + 1);
    this.zonedFlags = Uint8Array.from(this.instances, (i) => (i.zone !== "" ? 1 : 0));
    this.healthyFlags = new Uint8Array(this.instances.length + 1);
    this.seenGen = 0;
    this.foundPerZone = new Int32Array(this.zones.length);
    this.examinedPerZone = new Int32Array(this.zones.length);
    this.shardCache = new Map();
    this.lookbackCache = new Map();
    this.topologyVersion++;
  }

  /** The descriptor this ring was built from (do not modify). */
  getDesc(): RingDesc {
    return this.desc;
  }

  replicationFactor(): number {
    return this.cfg.replicationFactor;
  }

  instancesCount(): number {
    return this.instances.length;
  }

  instancesWithTokensCount(): number {
    let n = 0;
    for (const i of this.instances) if (i.tokens.length > 0) n++;
    return n;
  }

  writableInstancesWithTokensCount(): number {
    let n = 0;
    for (const i of this.instances) if (i.tokens.length > 0 && !i.readOnly) n++;
    return n;
  }

  /** Instances ACTIVE with a fresh heartbeat (e.g. distributors sharing a global rate limit). */
  healthyInstancesCount(nowMs = Date.now()): number {
    let n = 0;
    for (const i of this.instances)
      if (i.state === 0 && isHeartbeatHealthy(i, this.cfg.heartbeatTimeoutMs, nowMs)) n++;
    return n;
  }

  instancesInZoneCount(zone: string): number {
    const z = this.zones.indexOf(zone);
    return z < 0 ? 0 : this.instancesPerZone[z]!;
  }

  /** Zones with at least one instance, sorted. */
  getZones(): readonly string[] {
    return this.zones;
  }

  zonesCount(): number {
    return this.zones.length;
  }

  hasInstance(id: string): boolean {
    return this.indexById.has(id);
  }

  getInstance(id: string): InstanceDesc {
    const k = this.indexById.get(id);
    if (k === undefined) throw new RingError(ERR_INSTANCE_NOT_FOUND);
    return this.instances[k]!;
  }

  /** All instances, sorted by ID. */
  getInstances(): readonly InstanceDesc[] {
    return this.instances;
  }

  isHealthy(i: InstanceDesc, op: Operation, nowMs: number): boolean {
    return isStateHealthy(op, i.state) && isHeartbeatHealthy(i, this.cfg.heartbeatTimeoutMs, nowMs);
  }

  /**
   * The replicas for `key` (dskit Ring.Get): walk clockwise from the first token > key
   * collecting distinct instances (one per zone when zone-aware) until RF, plus one for each
   * instance in a state the operation extends on; then drop unhealthy ones and require a quorum
   * of max(RF, found)/2+1. `out` is reused (its instances array is overwritten). Throws
   * RingError with Mimir's texts.
   */
  get(
    key: number,
    op: Operation,
    out: ReplicationSet = emptyReplicationSet(),
    nowMs = Date.now(),
  ): ReplicationSet {
    const tokens = this.tokens;
    const ntok = tokens.length;
    if (ntok === 0) throw new RingError(ERR_EMPTY_RING);
    const rf = this.cfg.replicationFactor;
    const zoneAware = this.cfg.zoneAwarenessEnabled;
    const found = this.foundPerZone;
    const examined = this.examinedPerZone;
    const perZone = this.instancesPerZone;
    const nz = this.zones.length;
    if (zoneAware) {
      for (let z = 0; z < nz; z++) {
        found[z] = 0;
        examined[z] = 0;
      }
    }
    const targetPerZone = 1; // max(1, RF / maxZones) with maxZones = RF
    const maxInstances = this.instances.length;
    const instances = this.instances;
    const owners = this.owners;
    const instZone = this.instZone;
    const extend = op.extendStates;
    let replicaSetSize = rf;
    let limit = maxInstances < replicaSetSize ? maxInstances : replicaSetSize;
    let n = 0;
    if (++this.seenGen === 0xffffffff) {
      this.seen.fill(0);
      this.seenGen = 1;
    }
    const gen = this.seenGen;
    const seen = this.seen;
    const picked = this.picked;

    // First token > key: the bucket of the key's top bits narrows the binary search.
    const k32 = key >>> 0;
    const b = k32 >>> BUCKET_SHIFT;
    let lo = this.bucketStart[b]!;
    let hi = this.bucketStart[b + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tokens[mid]! <= k32) lo = mid + 1;
      else hi = mid;
    }
    let i = lo >= ntok ? 0 : lo;
    // Zones that need no more instances (dskit canStopLooking, kept as a running count).
    let zonesDone = 0;
    if (zoneAware) for (let z = 0; z < nz; z++) if (perZone[z] === 0) zonesDone++;
    for (let iterations = 0; n < limit && iterations < ntok; i++) {
      if (zoneAware && zonesDone === nz) break;
      iterations++;
      if (i >= ntok) i = 0;
      const idx = owners[i]!;
      if (seen[idx] === gen) continue;
      const inst = instances[idx]!;
      const zoned = zoneAware && this.zonedFlags[idx] === 1;
      const zi = instZone[idx]!;
      if (zoned) {
        if (found[zi]! >= targetPerZone) continue;
        const e = ++examined[zi]!;
        if (e === perZone[zi]! && found[zi]! < targetPerZone) zonesDone++;
      }
      seen[idx] = gen;
      picked[n++] = idx;
      if ((extend & (1 << inst.state)) !== 0) {
        replicaSetSize++;
        limit = maxInstances < replicaSetSize ? maxInstances : replicaSetSize;
      } else if (zoned) {
        const f = ++found[zi]!;
        // Done now unless it was already counted done by having examined every instance.
        if (f === targetPerZone && examined[zi]! < perZone[zi]!) zonesDone++;
      }
    }
    return this.filter(out, op, rf, n, nowMs);
  }

  /**
   * dskit defaultReplicationStrategy.Filter over the `n` picked instances: drop unhealthy
   * ones and require max(RF, n)/2+1 healthy. Writes the healthy ones into `out`.
   */
  private filter(
    out: ReplicationSet,
    op: Operation,
    rf0: number,
    n: number,
    nowMs: number,
  ): ReplicationSet {
    const picked = this.picked;
    const healthyFlags = this.healthyFlags;
    const instances = this.instances;
    const rf = rf0 > n ? rf0 : n;
    const minSuccess = (rf >> 1) + 1;
    const timeout = this.cfg.heartbeatTimeoutMs;
    const states = op.healthyStates;
    let healthy = 0;
    for (let k = 0; k < n; k++) {
      const inst = instances[picked[k]!]!;
      const ok =
        (states & (1 << inst.state)) !== 0 &&
        (timeout <= 0 || nowMs - inst.timestamp * 1000 <= timeout);
      healthyFlags[k] = ok ? 1 : 0;
      if (ok) healthy++;
    }
    const res = out.instances;
    if (healthy < minSuccess) {
      const unhealthy: string[] = [];
      for (let k = 0; k < n; k++)
        if (healthyFlags[k] === 0) unhealthy.push(instances[picked[k]!]!.addr);
      const suffix = unhealthy.length > 0 ? ` - unhealthy instances: ${unhealthy.join(",")}` : "";
      const across = this.cfg.zoneAwarenessEnabled ? " across different availability zones" : "";
      res.length = 0;
      throw new RingError(
        `at least ${minSuccess} live replicas required${across}, could only find ${healthy}${suffix}`,
      );
    }
    let w = 0;
    for (let k = 0; k < n; k++) {
      if (healthyFlags[k] === 0) continue;
      const inst = instances[picked[k]!]!;
      if (w < res.length) res[w] = inst;
      else res.push(inst);
      w++;
    }
    if (res.length !== w) res.length = w;
    out.maxErrors = healthy - minSuccess;
    out.maxUnavailableZones = 0;
    out.zoneAwarenessEnabled = false;
    return out;
  }

  /** Every healthy instance for the operation, without quorum checks (MaxErrors 0). */
  getAllHealthy(op: Operation, nowMs = Date.now()): ReplicationSet {
    if (this.instances.length === 0) throw new RingError(ERR_EMPTY_RING);
    const instances = this.instances.filter((i) => this.isHealthy(i, op, nowMs));
    return { instances, maxErrors: 0, maxUnavailableZones: 0, zoneAwarenessEnabled: false };
  }

  /**
   * The instances to run a whole-ring operation on (dskit GetReplicationSetForOperation).
   * Zone-aware: up to min(zones, RF)/2 zones may have unhealthy instances; every instance of
   * such a zone is dropped. Otherwise max(#instances, RF) - RF/2 healthy instances are needed.
   */
  getReplicationSetForOperation(op: Operation, nowMs = Date.now()): ReplicationSet {
    if (this.tokens.length === 0) throw new RingError(ERR_EMPTY_RING);
    let healthy: InstanceDesc[] = [];
    const zoneFailures = new Set<string>();
    for (const i of this.instances) {
      if (this.isHealthy(i, op, nowMs)) healthy.push(i);
      else zoneFailures.add(i.zone);
    }
    let maxErrors = 0;
    let maxUnavailableZones = 0;
    const rf = this.cfg.replicationFactor;
    if (this.cfg.zoneAwarenessEnabled) {
      const numReplicatedZones = Math.min(this.zones.length, rf);
      const minSuccessZones = Math.floor(numReplicatedZones / 2) + 1;
      maxUnavailableZones = minSuccessZones - 1;
      if (zoneFailures.size > maxUnavailableZones) throw new RingError(ERR_TOO_MANY_UNHEALTHY);
      if (zoneFailures.size > 0) healthy = healthy.filter((i) => !zoneFailures.has(i.zone));
      maxUnavailableZones -= zoneFailures.size;
    } else {
      let numRequired = Math.max(this.instances.length, rf);
      numRequired -= Math.floor(rf / 2);
      if (healthy.length < numRequired) throw new RingError(ERR_TOO_MANY_UNHEALTHY);
      maxErrors = healthy.length - numRequired;
    }
    return {
      instances: healthy,
      maxErrors,
      maxUnavailableZones,
      zoneAwarenessEnabled: this.cfg.zoneAwarenessEnabled,
    };
  }

  /** A ring of the instances whose state is healthy for `op` (heartbeats not checked). */
  getSubringForOperationStates(op: Operation): Ring {
    const shard = new Map<string, InstanceDesc>();
    for (const i of this.instances) if (isStateHealthy(op, i.state)) shard.set(i.id, i);
    return this.subring(shard);
  }

  private subring(shard: Map<string, InstanceDesc>): Ring {
    const owner = new Map<number, string>();
    for (let k = 0; k < this.tokens.length; k++)
      owner.set(this.tokens[k]!, this.ids[this.owners[k]!]!);
    return new Ring(this.cfg, new RingDesc(shard), owner);
  }

  /**
   * The tenant's shard of `size` instances (dskit ShuffleShard): per zone (sorted; one zone ""
   * when not zone-aware) ceil(size/zones) instances picked by walking from tokens drawn from
   * Go's math/rand seeded with md5(identifier, zone). Read-only instances are never picked.
   * size <= 0: the whole ring minus read-only instances. Cached until the topology changes.
   */
  shuffleShard(identifier: string, size: number): Ring {
    const key = `${size}\u0000${identifier}`;
    const cached = this.shardCache.get(key);
    if (cached) return this.refreshed(cached);
    const result =
      size <= 0
        ? this.filterOutReadOnly(0, Date.now())
        : this.shuffle(identifier, size, 0, Date.now());
    if (result !== this) this.shardCache.set(key, result);
    return result;
  }

  /**
   * Like shuffleShard, but also keeps every instance that was part of the shard within the
   * lookback (registered, or read-only changed, since now - lookback), continuing to pick more.
   * For reads only (may be unbalanced across zones).
   */
  shuffleShardWithLookback(
    identifier: string,
    size: number,
    lookbackMs: number,
    nowMs = Date.now(),
  ): Ring {
    const key = `${size}\u0000${lookbackMs}\u0000${identifier}`;
    const windowStart = Math.floor((nowMs - lookbackMs) / 1000);
    const cached = this.lookbackCache.get(key);
    if (cached && windowStart >= cached.validAfter && windowStart <= cached.validBefore)
      return this.refreshed(cached.ring);
    const result =
      size <= 0
        ? this.filterOutReadOnly(lookbackMs, nowMs)
        : this.shuffle(identifier, size, lookbackMs, nowMs);
    if (result !== this) {
      let validBefore = Number.MAX_SAFE_INTEGER;
      for (const i of result.instances) {
        if (i.registeredTimestamp >= windowStart && i.registeredTimestamp < validBefore)
          validBefore = i.registeredTimestamp;
        if (i.readOnlyUpdatedTimestamp >= windowStart && i.readOnlyUpdatedTimestamp < validBefore)
          validBefore = i.readOnlyUpdatedTimestamp;
      }
      this.lookbackCache.set(key, { ring: result, validAfter: windowStart, validBefore });
    }
    return result;
  }

  /** Drops the cached shards of one identifier (e.g. a tenant that is gone). */
  cleanupShuffleShardCache(identifier: string): void {
    for (const k of this.shardCache.keys())
      if (k.endsWith(`\u0000${identifier}`)) this.shardCache.delete(k);
    for (const k of this.lookbackCache.keys())
      if (k.endsWith(`\u0000${identifier}`)) this.lookbackCache.delete(k);
  }

  /** Brings a cached subring's instance states and heartbeats up to date with this ring. */
  private refreshed(sub: Ring): Ring {
    if (sub === this) return sub;
    for (let k = 0; k < sub.ids.length; k++) {
      const cur = this.desc.ingesters.get(sub.ids[k]!);
      if (cur && cur !== sub.instances[k]) {
        sub.instances[k] = cur;
        sub.desc.ingesters.set(sub.ids[k]!, cur);
      }
    }
    return sub;
  }

  private filterOutReadOnly(lookbackMs: number, nowMs: number): Ring {
    const lookbackUntil = Math.floor((nowMs - lookbackMs) / 1000);
    if (this.readOnlyCount === 0) return this;
    if (lookbackMs > 0 && this.oldestReadOnlyUpdatedTimestamp >= lookbackUntil) return this;
    const shard = new Map<string, InstanceDesc>();
    for (const i of this.instances)
      if (includeReadOnlyInShard(i, lookbackMs, lookbackUntil)) shard.set(i.id, i);
    return this.subring(shard);
  }

  private shuffle(identifier: string, size: number, lookbackMs: number, nowMs: number): Ring {
    const lookbackUntil = Math.floor((nowMs - lookbackMs) / 1000);
    if (
      lookbackMs > 0 &&
      this.oldestRegisteredTimestamp > 0 &&
      this.oldestRegisteredTimestamp >= lookbackUntil
    )
      return this;
    const zoneAware = this.cfg.zoneAwarenessEnabled;
    const perZone = zoneAware
      ? shuffleShardExpectedInstancesPerZone(size, this.zones.length)
      : size;
    const shard = new Map<string, InstanceDesc>();
    const zoneList = zoneAware ? this.zones : [""];
    for (let zi = 0; zi < zoneList.length; zi++) {
      const zone = zoneList[zi]!;
      let tokens: Uint32Array;
      let owners: Int32Array;
      if (zoneAware) {
        if (perZone >= this.instancesPerZone[zi]!) {
          for (const i of this.instances)
            if (i.zone === zone && includeReadOnlyInShard(i, lookbackMs, lookbackUntil))
              shard.set(i.id, i);
          continue;
        }
        tokens = this.zoneTokens[zi]!.tokens;
        owners = this.zoneTokens[zi]!.owners;
      } else {
        tokens = this.tokens;
        owners = this.owners;
      }
      const rnd = new GoRand(shuffleShardSeed(identifier, zone));
      for (let n = 0; n < perZone; n++) {
        const start = searchToken(tokens, rnd.uint32());
        let found = false;
        for (let p = start, it = 0; it < tokens.length; p++) {
          it++;
          if (p >= tokens.length) p = 0;
          const inst = this.instances[owners[p]!]!;
          if (shard.has(inst.id)) continue;
          if (!includeReadOnlyInShard(inst, lookbackMs, lookbackUntil)) continue;
          shard.set(inst.id, inst);
          if (lookbackMs > 0 && inst.registeredTimestamp >= lookbackUntil) continue;
          if (lookbackMs > 0 && (inst.readOnly || inst.readOnlyUpdatedTimestamp >= lookbackUntil))
            continue;
          found = true;
          break;
        }
        if (!found) break;
      }
    }
    return this.subring(shard);
  }

  /** Percent of the 32-bit token space each instance owns (within its zone). */
  ownership(): Map<string, number> {
    const out = new Map<string, number>();
    for (const [id, n] of this.desc.countTokens()) out.set(id, (n / 0xffffffff) * 100);
    return out;
  }
}

/** dskit shouldIncludeReadonlyInstanceInTheShard. `lookbackUntil` is unix seconds. */
function includeReadOnlyInShard(
  i: InstanceDesc,
  lookbackMs: number,
  lookbackUntil: number,
): boolean {
  if (!i.readOnly) return true;
  if (lookbackMs === 0) return false;
  if (i.readOnlyUpdatedTimestamp > 0 && i.readOnlyUpdatedTimestamp < lookbackUntil) return false;
  return true;
}
