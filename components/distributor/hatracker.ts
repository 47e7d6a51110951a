/**
 * The HA tracker (M:pkg/distributor/ha_tracker.go): for tenants with accept_ha_samples, the
 * first replica seen of each cluster is elected; samples from other replicas are rejected (202)
 * until the elected one has sent nothing for ha_tracker_failover_timeout. State lives in an
 * HAStore: in memory here; a memberlist or consul KV can implement the same interface later.
 */
import type { Registry } from "prom-client";
import { msg } from "./errors.ts";
import { counter, gauge } from "../util/metrics.ts";

export interface ReplicaDesc {
  replica: string;
  /** ms: last time a sample of the elected replica was recorded. */
  receivedAt: number;
  /** ms: when this replica was elected. */
  electedAt: number;
  electedChanges: number;
}

/** Where elected replicas are kept (per tenant, per cluster). */
export interface HAStore {
  get(tenant: string, cluster: string): ReplicaDesc | undefined;
  set(tenant: string, cluster: string, desc: ReplicaDesc): void;
  delete(tenant: string, cluster: string): void;
  clusterCount(tenant: string): number;
  entries(): { tenant: string; cluster: string; desc: ReplicaDesc }[];
}

export class InMemoryHAStore implements HAStore {
  private readonly byTenant = new Map<string, Map<string, ReplicaDesc>>();

  get(tenant: string, cluster: string): ReplicaDesc | undefined {
    return this.byTenant.get(tenant)?.get(cluster);
  }

  set(tenant: string, cluster: string, desc: ReplicaDesc): void {
    let m = this.byTenant.get(tenant);
    if (!m) this.byTenant.set(tenant, (m = new Map()));
    m.set(cluster, desc);
  }

  delete(tenant: string, cluster: string): void {
    const m = this.byTenant.get(tenant);
    if (!m) return;
    m.delete(cluster);
    if (m.size === 0) this.byTenant.delete(tenant);
  }

  clusterCount(tenant: string): number {
    return this.byTenant.get(tenant)?.size ?? 0;
  }

  entries(): { tenant: string; cluster: string; desc: ReplicaDesc }[] {
    const out: { tenant: string; cluster: string; desc: ReplicaDesc }[] = [];
    for (const [tenant, m] of this.byTenant)
      for (const [cluster, desc] of m) out.push({ tenant, cluster, desc: { ...desc } });
    out.sort((a, b) =>
      a.tenant < b.tenant
        ? -1
        : a.tenant > b.tenant
          ? 1
          : a.cluster < b.cluster
            ? -1
            : a.cluster > b.cluster
              ? 1
              : 0,
    );
    return out;
  }
}

export interface HATrackerConfig {
  /** ms; how often the elected replica's timestamp is refreshed in the store. */
  updateTimeout: number;
  /** ms; without samples from the elected replica for this long, another replica takes over. */
  failoverTimeout: number;
}

/** Rejects a sample from a non-elected replica; answered with 202. */
export class ReplicasNotMatchError extends Error {
  readonly statusCode = 202;
  readonly replica: string;
  readonly elected: string;
  constructor(replica: string, elected: string) {
    super(msg.replicasNotMatch(replica, elected));
    this.replica = replica;
    this.elected = elected;
  }
}

/** The tenant already has ha_max_clusters clusters; answered with 400. */
export class TooManyClustersError extends Error {
  readonly statusCode = 400;
  constructor(limit: number) {
    super(msg.tooManyClusters(limit));
  }
}

export class HATracker {
  private readonly cfg: HATrackerConfig;
  private readonly store: HAStore;
  private readonly electedChanges;
  private readonly electedTimestamp;

  constructor(cfg: HATrackerConfig, deps: { store?: HAStore; registry: Registry }) {
    this.cfg = cfg;
    this.store = deps.store ?? new InMemoryHAStore();
    this.electedChanges = counter(
      deps.registry,
      "cortex_ha_tracker_elected_replica_changes_total",
      "The total number of times the elected replica has changed for a user ID/cluster.",
      ["user", "cluster"],
    );
    this.electedTimestamp = gauge(
      deps.registry,
      "cortex_ha_tracker_elected_replica_timestamp_seconds",
      "The timestamp stored for the currently elected replica, from the KVStore.",
      ["user", "cluster"],
    );
  }

  /**
   * Accepts (returns) or throws ReplicasNotMatchError / TooManyClustersError for a request of
   * `tenant` from `replica` of `cluster` at `now` (ms).
   */
  checkReplica(
    tenant: string,
    cluster: string,
    replica: string,
    now: number,
    maxClusters: number,
  ): void {
    const cur = this.store.get(tenant, cluster);
    if (!cur) {
      if (maxClusters > 0 && this.store.clusterCount(tenant) >= maxClusters)
        throw new TooManyClustersError(maxClusters);
      this.elect(tenant, cluster, replica, now, 0);
      return;
    }
    if (cur.replica === replica) {
      if (now - cur.receivedAt >= this.cfg.updateTimeout) {
        this.store.set(tenant, cluster, { ...cur, receivedAt: now });
        this.electedTimestamp.set({ user: tenant, cluster }, now / 1000);
      }
      return;
    }
    if (now - cur.receivedAt > this.cfg.failoverTimeout) {
      this.elect(tenant, cluster, replica, now, cur.electedChanges + 1);
      this.electedChanges.inc({ user: tenant, cluster });
      return;
    }
    throw new ReplicasNotMatchError(replica, cur.replica);
  }

  private elect(
    tenant: string,
    cluster: string,
    replica: string,
    now: number,
    changes: number,
  ): void {
    this.store.set(tenant, cluster, {
      replica,
      receivedAt: now,
      electedAt: now,
      electedChanges: changes,
    });
    this.electedTimestamp.set({ user: tenant, cluster }, now / 1000);
  }

  /** Forgets clusters whose elected replica has sent nothing since `olderThan` (ms). */
  cleanup(olderThan: number): void {
    for (const e of this.store.entries())
      if (e.desc.receivedAt < olderThan) this.store.delete(e.tenant, e.cluster);
  }

  /** Rows of the /distributor/ha_tracker page. */
  pageData(now: number): {
    user: string;
    cluster: string;
    replica: string;
    electedAt: string;
    updatedAt: string;
    failoverAt: string;
    updateTime: string;
  }[] {
    return this.store.entries().map(({ tenant, cluster, desc }) => ({
      user: tenant,
      cluster,
      replica: desc.replica,
      electedAt: new Date(desc.electedAt).toISOString(),
      updatedAt: new Date(desc.receivedAt).toISOString(),
      failoverAt: new Date(desc.receivedAt + this.cfg.failoverTimeout).toISOString(),
      updateTime: `${Math.round((now - desc.receivedAt) / 1000)}s ago`,
    }));
  }

  /** The /distributor/ha_tracker page as HTML. */
  pageHtml(now: number): string {
    const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    const rows = this.pageData(now)
      .map(
        (r) =>
          `<tr><td>${esc(r.user)}</td><td>${esc(r.cluster)}</td><td>${esc(r.replica)}</td><td>${esc(r.electedAt)}</td><td>${esc(r.updateTime)}</td><td>${esc(r.failoverAt)}</td></tr>`,
      )
      .join("\n");
    return `<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>Cortex HA Tracker Status</title></head>
<body><h1>Cortex HA Tracker Status</h1><p>Current time: ${esc(new Date(now).toISOString())}</p>
<table border="1"><thead><tr><th>User ID</th><th>Cluster</th><th>Replica</th><th>Elected Time</th><th>Time Until Update</th><th>Time Until Failover</th></tr></thead>
<tbody>
${rows}
</tbody></table></body></html>
`;
  }
}
