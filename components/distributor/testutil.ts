/** Test helpers for the distributor: a recording Pusher and a distributor built on defaults. */
import pino from "pino";
import { Registry } from "prom-client";
import type { PushResult, Pusher, WriteBatch } from "../ingester/types.ts";
import { defaultsOf } from "../util/config/spec.ts";
import { type Limits, limitsBlock } from "../util/limits/limits.ts";
import { Overrides } from "../util/limits/overrides.ts";
import { type DistributorConfig, distributorBlock } from "./config.ts";
import { Distributor } from "./distributor.ts";

export class FakePusher implements Pusher {
  readonly batches: { tenant: string; batch: WriteBatch }[] = [];
  /** Returned (or thrown) by the next pushes. */
  result: (batch: WriteBatch) => PushResult = (b) => ({
    samplesWritten: b.timestamps.length,
    exemplarsWritten: countExemplars(b),
    softErrors: [],
  });

  async push(tenant: string, batch: WriteBatch): Promise<PushResult> {
    // Copy: the arrays may be views over decode buffers.
    const copy: WriteBatch = {
      ...batch,
      timestamps: batch.timestamps.slice(),
      values: batch.values.slice(),
    };
    this.batches.push({ tenant, batch: copy });
    return this.result(batch);
  }

  /** Every pushed sample as `labels@ts=value`, for easy assertions. */
  samples(): string[] {
    const out: string[] = [];
    for (const { batch } of this.batches) {
      for (const s of batch.series) {
        const ls = s.labels.map((l) => `${l.name}=${l.value}`).join(",");
        for (let i = s.sampleStart; i < s.sampleStart + s.sampleCount; i++)
          out.push(`${ls}@${batch.timestamps[i]}=${batch.values[i]}`);
      }
    }
    return out;
  }
}

function countExemplars(b: WriteBatch): number {
  let n = 0;
  for (const s of b.series) n += s.exemplars?.length ?? 0;
  return n;
}

export function testLimits(over: Partial<Limits> = {}): Limits {
  return { ...defaultsOf(limitsBlock), ...over };
}

export function testDistributor(
  opts: {
    cfg?: (c: DistributorConfig) => void;
    limits?: Partial<Limits>;
    now?: () => number;
    pusher?: FakePusher;
    tenantLimits?: Record<string, Partial<Limits>>;
  } = {},
): { distributor: Distributor; pusher: FakePusher; registry: Registry; overrides: Overrides } {
  const cfg = defaultsOf(distributorBlock);
  opts.cfg?.(cfg);
  const overrides = new Overrides(testLimits(opts.limits));
  if (opts.tenantLimits) {
    const m = new Map<string, Limits>();
    for (const [t, l] of Object.entries(opts.tenantLimits))
      m.set(t, testLimits({ ...opts.limits, ...l }));
    overrides.setTenantLimits(m);
  }
  const registry = new Registry();
  const pusher = opts.pusher ?? new FakePusher();
  const distributor = new Distributor(cfg, {
    logger: pino({ level: "silent" }),
    registry,
    overrides,
    pusher,
    now: opts.now,
    ingesterId: "ingester-1",
    random: () => 0.5,
  });
  return { distributor, pusher, registry, overrides };
}
