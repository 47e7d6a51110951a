/**
 * What one ingester reports about a tenant for the usage and cardinality APIs (Mimir's ingester
 * UserStats, AllUserStats, LabelNamesAndValues, LabelValuesCardinality and ActiveSeries):
 *
 * - ingestion rates: EWMAs (alpha 0.2) of the samples ingested per second, ticked every
 *   `-ingester.rate-update-period` (15s), split by source (API = remote write and OTLP, RULE =
 *   the ruler); computed lazily when read or updated, so no timer runs;
 * - series counts and label values over the tenant's head; `count_method=active` counts only
 *   the series with a sample newer than now − `-ingester.active-series-metrics-idle-timeout`
 *   (20m). Mimir tracks the wall-clock time of the last push per series; mimir-ts uses the
 *   series' newest sample timestamp, which is the same for data pushed as it is scraped.
 */
import type { Labels } from "../model/labels.ts";
import type { Matcher } from "../model/matcher.ts";
import type { Head } from "../tsdb/head.ts";
import { lsetToLabels } from "../tsdb/head.ts";
import { type Postings, postingsForMatchers } from "../tsdb/index/postings.ts";
import type { WriteSource } from "./types.ts";

/** Which series count: every in-memory series, or only the active ones. */
export type CountMethod = "inmemory" | "active";

export interface UserStats {
  /** Samples per second, API + rule. */
  ingestionRate: number;
  numSeries: number;
  apiIngestionRate: number;
  ruleIngestionRate: number;
}

export interface LabelNameValues {
  labelName: string;
  values: string[];
}

export interface LabelValueSeriesCount {
  labelName: string;
  /** Series per label value. */
  labelValueSeries: Map<string, number>;
}

/** The per-tenant statistics an ingester serves (locally, or over gRPC by RemoteIngester). */
export interface IngesterStatsSource {
  userStats(tenant: string, method: CountMethod): Promise<UserStats>;
  allUserStats(): Promise<{ userId: string; stats: UserStats }[]>;
  labelNamesAndValues(
    tenant: string,
    matchers: readonly Matcher[],
    method: CountMethod,
  ): Promise<LabelNameValues[]>;
  labelValuesCardinality(
    tenant: string,
    labelNames: readonly string[],
    matchers: readonly Matcher[],
    method: CountMethod,
  ): Promise<LabelValueSeriesCount[]>;
  activeSeries(tenant: string, matchers: readonly Matcher[]): Promise<Labels[]>;
}

const EWMA_ALPHA = 0.2;
/** After this many idle ticks the rate is taken as 0 (0.8^200 is far below any printed digit). */
const MAX_CATCH_UP_TICKS = 200;

/** Mimir's EWMA rate (util/math.EwmaRate) with lazy ticks. Rates are per second. */
export class EwmaRate {
  private count = 0;
  private rate = 0;
  private init = false;
  private lastTick: number;
  private readonly interval: number;

  /** `interval`: tick period, ms; `now`: ms. */
  constructor(interval: number, now: number) {
    this.interval = Math.max(1, interval);
    this.lastTick = now;
  }

  private tickUntil(now: number): void {
    let ticks = Math.floor((now - this.lastTick) / this.interval);
    if (ticks <= 0) return;
    this.lastTick += ticks * this.interval;
    if (ticks > MAX_CATCH_UP_TICKS) {
      this.count = 0;
      this.rate = 0;
      this.init = true;
      return;
    }
    for (; ticks > 0; ticks--) {
      const instant = this.count / (this.interval / 1000);
      this.count = 0;
      if (this.init) this.rate += EWMA_ALPHA * (instant - this.rate);
      else {
        this.rate = instant;
        this.init = true;
      }
    }
  }

  add(n: number, now: number): void {
    this.tickUntil(now);
    this.count += n;
  }

  value(now: number): number {
    this.tickUntil(now);
    return this.rate;
  }
}

/** Per-tenant API and rule ingestion rates. */
export class IngestionRates {
  private readonly byTenant = new Map<string, { api: EwmaRate; rule: EwmaRate }>();
  private readonly interval: number;
  private readonly now: () => number;

  constructor(interval: number, now: () => number = Date.now) {
    this.interval = interval;
    this.now = now;
  }

  add(tenant: string, source: WriteSource, samples: number): void {
    if (samples <= 0) return;
    const now = this.now();
    let r = this.byTenant.get(tenant);
    if (r === undefined) {
      r = { api: new EwmaRate(this.interval, now), rule: new EwmaRate(this.interval, now) };
      this.byTenant.set(tenant, r);
    }
    (source === "rule" ? r.rule : r.api).add(samples, now);
  }

  /** [api, rule] samples per second. */
  rates(tenant: string): [number, number] {
    const r = this.byTenant.get(tenant);
    if (r === undefined) return [0, 0];
    const now = this.now();
    return [r.api.value(now), r.rule.value(now)];
  }

  forget(tenant: string): void {
    this.byTenant.delete(tenant);
  }
}

/** The series refs of the head matching `matchers` (all series when there are none). */
function matching(head: Head, matchers: readonly Matcher[]): Postings {
  return matchers.length === 0
    ? head.postings.allPostings()
    : postingsForMatchers(head.postings, matchers);
}

/** The earliest newest-sample time of an active series, or -Inf for every in-memory series. */
export function activeSince(method: CountMethod, now: number, idleTimeout: number): number {
  return method === "active" ? now - idleTimeout : Number.NEGATIVE_INFINITY;
}

/** Series in the head, or those with a sample at or after `since`. */
export function countSeries(head: Head, since: number): number {
  if (since === Number.NEGATIVE_INFINITY) return head.numSeries();
  const p = head.postings.allPostings();
  let n = 0;
  for (let i = 0; i < p.length; i++) {
    const s = head.getByRef(p[i]);
    if (s !== undefined && s.maxTime() >= since) n++;
  }
  return n;
}

/** Every label name of the matching series with its distinct values. */
export function labelNamesAndValues(
  head: Head,
  matchers: readonly Matcher[],
  since: number,
): LabelNameValues[] {
  const byName = new Map<string, Set<string>>();
  const p = matching(head, matchers);
  for (let i = 0; i < p.length; i++) {
    const s = head.getByRef(p[i]);
    if (s === undefined || s.maxTime() < since) continue;
    const ls = s.lset;
    for (let j = 0; j < ls.length; j += 2) {
      let set = byName.get(ls[j]);
      if (set === undefined) byName.set(ls[j], (set = new Set()));
      set.add(ls[j + 1]);
    }
  }
  return [...byName].map(([labelName, values]) => ({ labelName, values: [...values] }));
}

/** For each requested label name, the number of matching series per value. */
export function labelValuesCardinality(
  head: Head,
  labelNames: readonly string[],
  matchers: readonly Matcher[],
  since: number,
): LabelValueSeriesCount[] {
  const counts = labelNames.map(() => new Map<string, number>());
  const p = matching(head, matchers);
  for (let i = 0; i < p.length; i++) {
    const s = head.getByRef(p[i]);
    if (s === undefined || s.maxTime() < since) continue;
    const ls = s.lset;
    for (let k = 0; k < labelNames.length; k++) {
      const name = labelNames[k];
      for (let j = 0; j < ls.length; j += 2) {
        if (ls[j] !== name) continue;
        const m = counts[k];
        m.set(ls[j + 1], (m.get(ls[j + 1]) ?? 0) + 1);
        break;
      }
    }
  }
  return labelNames.map((labelName, k) => ({ labelName, labelValueSeries: counts[k] }));
}

/** Labels of the matching series with a sample at or after `since`. */
export function activeSeries(head: Head, matchers: readonly Matcher[], since: number): Labels[] {
  const out: Labels[] = [];
  const p = matching(head, matchers);
  for (let i = 0; i < p.length; i++) {
    const s = head.getByRef(p[i]);
    if (s !== undefined && s.maxTime() >= since) out.push(lsetToLabels(s.lset));
  }
  return out;
}

/** What the local statistics need of an ingester. */
export interface StatsIngester {
  tsdb(tenant: string): { head: Head } | undefined;
  tenants(): string[];
  readonly rates: IngestionRates;
}

export interface LocalStatsOptions {
  /** -ingester.active-series-metrics-idle-timeout, ms. */
  idleTimeout: number;
  now?: () => number;
}

/** The statistics of an ingester in this process. */
export function localIngesterStats(
  ingester: StatsIngester,
  opts: LocalStatsOptions,
): IngesterStatsSource {
  const now = opts.now ?? Date.now;
  const since = (m: CountMethod) => activeSince(m, now(), opts.idleTimeout);
  const userStats = (tenant: string, method: CountMethod): UserStats => {
    const head = ingester.tsdb(tenant)?.head;
    const [api, rule] = ingester.rates.rates(tenant);
    return {
      ingestionRate: api + rule,
      numSeries: head ? countSeries(head, since(method)) : 0,
      apiIngestionRate: api,
      ruleIngestionRate: rule,
    };
  };
  return {
    userStats: async (tenant, method) => userStats(tenant, method),
    allUserStats: async () =>
      ingester.tenants().map((userId) => ({ userId, stats: userStats(userId, "inmemory") })),
    labelNamesAndValues: async (tenant, matchers, method) => {
      const head = ingester.tsdb(tenant)?.head;
      return head ? labelNamesAndValues(head, matchers, since(method)) : [];
    },
    labelValuesCardinality: async (tenant, names, matchers, method) => {
      const head = ingester.tsdb(tenant)?.head;
      return head
        ? labelValuesCardinality(head, names, matchers, since(method))
        : names.map((labelName) => ({ labelName, labelValueSeries: new Map() }));
    },
    activeSeries: async (tenant, matchers) => {
      const head = ingester.tsdb(tenant)?.head;
      return head ? activeSeries(head, matchers, since("active")) : [];
    },
  };
}
