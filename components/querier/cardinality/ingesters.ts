/**
 * The querier's (Mimir: the distributor's) view of the ingesters' usage and cardinality
 * statistics (M:pkg/distributor/distributor.go UserStats, AllUserStats, LabelNamesAndValues,
 * LabelValuesCardinality, ActiveSeries):
 *
 * - each call goes to the read replication set until a quorum answered (doUntilQuorum);
 * - series counts and ingestion rates are summed per zone and approximated like Mimir's
 *   approximateFromZones: with several zones the largest zone's value (scaled by zones / RF
 *   when there are more zones than RF), with one zone the sum divided by RF;
 * - label names and values are unioned, failing over
 *   `label_names_and_values_results_max_size_bytes` (`size of distinct label names and values
 *   is greater than N bytes`);
 * - active series are deduplicated, failing over `active_series_results_max_size_bytes` with
 *   ResponseTooLargeError;
 * - AllUserStats sums every healthy ingester's answer without dividing by RF (as Mimir).
 */
import { type Labels, labelsKey } from "../../model/labels.ts";
import type { Matcher } from "../../model/matcher.ts";
import type {
  CountMethod,
  IngesterStatsSource,
  LabelNameValues,
  UserStats,
} from "../../ingester/userstats.ts";
import { type InstanceDesc, newInstance } from "../../ring/model.ts";
import { doUntilQuorum, type ReplicationSet } from "../../ring/replication_set.ts";
import { HttpError } from "../../util/tenant.ts";

export interface CardinalityLimits {
  label_names_and_values_results_max_size_bytes: number;
  label_values_max_cardinality_label_names_per_request: number;
  active_series_results_max_size_bytes: number;
}

export interface IngestersStatsDeps {
  /** The tenant's read replication set and the ring's replication factor. */
  replicationSet(tenant: string): { set: ReplicationSet; replicationFactor: number };
  /** Every healthy ingester (AllUserStats). */
  allHealthy(): InstanceDesc[];
  clientFor(inst: InstanceDesc): IngesterStatsSource;
  limits(tenant: string): CardinalityLimits;
  /** -querier.minimize-ingester-requests. */
  minimizeRequests?: boolean;
}

/** Mimir's distributor.ErrResponseTooLarge (answered 413). */
export class ResponseTooLargeError extends Error {
  constructor() {
    super("response too large");
    this.name = "ResponseTooLargeError";
  }
}

/** A user's stats with its ID (Mimir's UserIDStats). */
export interface UserIDStats extends UserStats {
  userID: string;
}

/** Mimir's approximateFromZones: a replicated per-zone value as the real total. */
export function approximateFromZones(
  zonesTotal: number,
  replicationFactor: number,
  byZone: ReadonlyMap<string, number>,
): number {
  if (zonesTotal > 1) {
    let max = 0;
    for (const v of byZone.values()) if (v > max) max = v;
    if (zonesTotal <= replicationFactor) return max;
    return Math.round((max * zonesTotal) / replicationFactor);
  }
  let sum = 0;
  for (const v of byZone.values()) sum += v;
  return Math.round(sum / replicationFactor);
}

/** Like approximateFromZones without rounding (rates are floats). */
function approximateRate(zonesTotal: number, rf: number, byZone: ReadonlyMap<string, number>) {
  if (zonesTotal > 1) {
    let max = 0;
    for (const v of byZone.values()) if (v > max) max = v;
    return zonesTotal <= rf ? max : (max * zonesTotal) / rf;
  }
  let sum = 0;
  for (const v of byZone.values()) sum += v;
  return sum / rf;
}

function zoneCount(set: ReplicationSet): number {
  return new Set(set.instances.map((i) => i.zone)).size;
}

function addTo(m: Map<string, number>, k: string, v: number): void {
  m.set(k, (m.get(k) ?? 0) + v);
}

export class IngestersStats {
  private readonly deps: IngestersStatsDeps;

  constructor(deps: IngestersStatsDeps) {
    this.deps = deps;
  }

  /** Calls every instance of the tenant's read set until quorum; `f` sees the instance. */
  private async fanOut<T>(
    tenant: string,
    f: (client: IngesterStatsSource, inst: InstanceDesc) => Promise<T>,
  ): Promise<{ results: { zone: string; value: T }[]; zones: number; rf: number }> {
    const { set, replicationFactor } = this.deps.replicationSet(tenant);
    const zones = zoneCount(set);
    // With ingesters in a single zone no error is tolerated (Mimir sets MaxErrors = 0).
    const effective = zones === 1 && !set.zoneAwarenessEnabled ? { ...set, maxErrors: 0 } : set;
    const results = await doUntilQuorum(
      effective,
      { minimizeRequests: this.deps.minimizeRequests ?? false },
      async (inst) => ({ zone: inst.zone, value: await f(this.deps.clientFor(inst), inst) }),
    );
    return { results, zones, rf: Math.max(1, replicationFactor) };
  }

  async userStats(tenant: string, method: CountMethod): Promise<UserStats> {
    const { results, zones, rf } = await this.fanOut(tenant, (c) => c.userStats(tenant, method));
    const rate = new Map<string, number>();
    const api = new Map<string, number>();
    const rule = new Map<string, number>();
    const series = new Map<string, number>();
    for (const r of results) {
      addTo(rate, r.zone, r.value.ingestionRate);
      addTo(api, r.zone, r.value.apiIngestionRate);
      addTo(rule, r.zone, r.value.ruleIngestionRate);
      addTo(series, r.zone, r.value.numSeries);
    }
    return {
      ingestionRate: approximateRate(zones, rf, rate),
      numSeries: approximateFromZones(zones, rf, series),
      apiIngestionRate: approximateRate(zones, rf, api),
      ruleIngestionRate: approximateRate(zones, rf, rule),
    };
  }

  /** Every tenant of every healthy ingester, summed (not divided by RF), sorted by user ID. */
  async allUserStats(): Promise<UserIDStats[]> {
    const totals = new Map<string, UserIDStats>();
    for (const inst of this.deps.allHealthy()) {
      for (const u of await this.deps.clientFor(inst).allUserStats()) {
        let t = totals.get(u.userId);
        if (t === undefined) {
          t = {
            userID: u.userId,
            ingestionRate: 0,
            numSeries: 0,
            apiIngestionRate: 0,
            ruleIngestionRate: 0,
          };
          totals.set(u.userId, t);
        }
        t.ingestionRate += u.stats.ingestionRate;
        t.numSeries += u.stats.numSeries;
        t.apiIngestionRate += u.stats.apiIngestionRate;
        t.ruleIngestionRate += u.stats.ruleIngestionRate;
      }
    }
    return [...totals.values()].sort((a, b) =>
      a.userID < b.userID ? -1 : a.userID > b.userID ? 1 : 0,
    );
  }

  async labelNamesAndValues(
    tenant: string,
    matchers: readonly Matcher[],
    method: CountMethod,
  ): Promise<LabelNameValues[]> {
    const limit = this.deps.limits(tenant).label_names_and_values_results_max_size_bytes;
    const merged = new Map<string, Set<string>>();
    let size = 0;
    let tooLarge: Error | undefined;
    await this.fanOut(tenant, async (c) => {
      const items = await c.labelNamesAndValues(tenant, matchers, method);
      for (const it of items) {
        let values = merged.get(it.labelName);
        if (values === undefined) {
          size += Buffer.byteLength(it.labelName);
          merged.set(it.labelName, (values = new Set()));
        }
        for (const v of it.values) {
          if (values.has(v)) continue;
          size += Buffer.byteLength(v);
          if (size > limit) {
            tooLarge = new Error(
              `size of distinct label names and values is greater than ${limit} bytes`,
            );
            throw tooLarge;
          }
          values.add(v);
        }
      }
    });
    // Over the limit is an error even when the other replicas made a quorum.
    if (tooLarge) throw tooLarge;
    return [...merged].map(([labelName, values]) => ({ labelName, values: [...values] }));
  }

  /**
   * Series per value of each label name (approximated over replicas), and the tenant's total
   * series (UserStats). 400 over `label_values_max_cardinality_label_names_per_request`.
   */
  async labelValuesCardinality(
    tenant: string,
    labelNames: readonly string[],
    matchers: readonly Matcher[],
    method: CountMethod,
  ): Promise<{ seriesCountTotal: number; items: Map<string, Map<string, number>> }> {
    const max = this.deps.limits(tenant).label_values_max_cardinality_label_names_per_request;
    if (labelNames.length > max) {
      throw new HttpError(
        400,
        `label values cardinality request label names limit (limit: ${max} actual: ${labelNames.length}) exceeded`,
      );
    }
    const [stats, counts] = await Promise.all([
      this.userStats(tenant, method),
      (async () => {
        // label name -> value -> zone -> series
        const byZone = new Map<string, Map<string, Map<string, number>>>();
        const r = await this.fanOut(tenant, async (c, inst) => {
          for (const it of await c.labelValuesCardinality(tenant, labelNames, matchers, method)) {
            let values = byZone.get(it.labelName);
            if (values === undefined) byZone.set(it.labelName, (values = new Map()));
            for (const [v, n] of it.labelValueSeries) {
              let zones = values.get(v);
              if (zones === undefined) values.set(v, (zones = new Map()));
              addTo(zones, inst.zone, n);
            }
          }
        });
        const items = new Map<string, Map<string, number>>();
        for (const [name, values] of byZone) {
          const out = new Map<string, number>();
          for (const [v, zones] of values) out.set(v, approximateFromZones(r.zones, r.rf, zones));
          items.set(name, out);
        }
        return items;
      })(),
    ]);
    return { seriesCountTotal: stats.numSeries, items: counts };
  }

  /** The tenant's active series matching `matchers`, deduplicated over replicas. */
  async activeSeries(tenant: string, matchers: readonly Matcher[]): Promise<Labels[]> {
    const limit = this.deps.limits(tenant).active_series_results_max_size_bytes;
    const max = limit > 0 ? limit : Number.POSITIVE_INFINITY;
    const seen = new Map<string, Labels>();
    let size = 0;
    let tooLarge = false;
    await this.fanOut(tenant, async (c) => {
      for (const ls of await c.activeSeries(tenant, matchers)) {
        const k = labelsKey(ls);
        if (seen.has(k)) continue;
        for (const l of ls) size += Buffer.byteLength(l.name) + Buffer.byteLength(l.value) + 2;
        if (size > max) {
          tooLarge = true;
          throw new ResponseTooLargeError();
        }
        seen.set(k, ls);
      }
    });
    if (tooLarge) throw new ResponseTooLargeError();
    return [...seen.values()];
  }
}

/** A one-instance replication set for an ingester in this process (RF 1). */
export function localReplicationSet(): { set: ReplicationSet; replicationFactor: number } {
  return {
    set: {
      instances: [newInstance({ id: "local", addr: "local" })],
      maxErrors: 0,
      maxUnavailableZones: 0,
      zoneAwarenessEnabled: false,
    },
    replicationFactor: 1,
  };
}
