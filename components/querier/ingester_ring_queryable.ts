/**
 * The querier's view of ingesters that run elsewhere (Mimir's distributor queryable): the
 * tenant's ingesters come from the ring — its shuffle shard with lookback when the tenant has a
 * shard size and -querier.shuffle-sharding-ingesters-enabled holds, else the whole ring — for
 * the Read operation; each call goes to the replicas until a quorum answered (every zone but
 * the tolerated unavailable ones, or all but maxErrors instances), and the replicas' series are
 * merged by labels with duplicate samples dropped.
 */
import type { Matcher } from "../model/matcher.ts";
import type { LabelHints, Querier, Queryable, SelectHints, Series } from "../model/series.ts";
import { Read } from "../ring/operation.ts";
import { doUntilQuorum } from "../ring/replication_set.ts";
import type { Ring } from "../ring/ring.ts";
import type { InstanceDesc } from "../ring/model.ts";
import { mergeSeriesLists, mergeStringLists } from "../storage/merge.ts";

export interface IngesterRingQueryableDeps {
  ring: () => Ring;
  /** The Queryable of one remote ingester (a pooled gRPC client). */
  clientFor: (addr: string) => Queryable;
  /** The tenant's -distributor.ingestion-tenant-shard-size. */
  shardSize: (tenant: string) => number;
  /** -querier.shuffle-sharding-ingesters-enabled and the lookback (query_ingesters_within), ms. */
  shuffleShardingEnabled: boolean;
  lookback: (tenant: string) => number;
  /** -querier.minimize-ingester-requests. */
  minimizeRequests: boolean;
  onInstanceError?: (addr: string, err: unknown) => void;
  clock?: () => number;
}

export class IngesterRingQueryable implements Queryable {
  private readonly deps: IngesterRingQueryableDeps;
  private readonly clock: () => number;

  constructor(deps: IngesterRingQueryableDeps) {
    this.deps = deps;
    this.clock = deps.clock ?? Date.now;
  }

  private async fanOut<T>(tenant: string, f: (inst: InstanceDesc) => Promise<T>): Promise<T[]> {
    const now = this.clock();
    let ring = this.deps.ring();
    const size = this.deps.shardSize(tenant);
    const lookback = this.deps.lookback(tenant);
    if (this.deps.shuffleShardingEnabled && size > 0 && lookback > 0)
      ring = ring.shuffleShardWithLookback(tenant, size, lookback, now);
    const set = ring.getReplicationSetForOperation(Read, now);
    return doUntilQuorum(set, { minimizeRequests: this.deps.minimizeRequests }, async (inst) => {
      try {
        return await f(inst);
      } catch (err) {
        this.deps.onInstanceError?.(inst.addr, err);
        throw err;
      }
    });
  }

  async querier(tenant: string, mint: number, maxt: number): Promise<Querier> {
    const open = (inst: InstanceDesc) => this.deps.clientFor(inst.addr).querier(tenant, mint, maxt);
    return {
      select: async (
        _sort: boolean,
        hints: SelectHints | undefined,
        matchers: readonly Matcher[],
      ): Promise<Series[]> => {
        const parts = await this.fanOut(tenant, async (inst) =>
          (await open(inst)).select(true, hints, matchers),
        );
        return mergeSeriesLists(parts);
      },
      labelValues: async (
        name: string,
        hints: LabelHints | undefined,
        matchers: readonly Matcher[],
      ) =>
        mergeStringLists(
          await this.fanOut(tenant, async (inst) =>
            (await open(inst)).labelValues(name, hints, matchers),
          ),
          hints?.limit ?? 0,
        ),
      labelNames: async (hints: LabelHints | undefined, matchers: readonly Matcher[]) =>
        mergeStringLists(
          await this.fanOut(tenant, async (inst) => (await open(inst)).labelNames(hints, matchers)),
          hints?.limit ?? 0,
        ),
      close: () => {},
    };
  }
}
