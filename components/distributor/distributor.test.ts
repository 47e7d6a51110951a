import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { IngesterUnavailableError } from "../ingester/types.ts";
import type { Label } from "../model/labels.ts";
import { PushError } from "./distributor.ts";
import { calculateRetryAfter, TokenBucketLimiter } from "./ratelimit.ts";
import { BatchBuilder, type DecodedWrite } from "./remotewrite/batch.ts";
import { testDistributor } from "./testutil.ts";

const NOW = 1_700_000_000_000;

function write(
  series: { labels: Record<string, string>; samples?: number }[],
  ts = NOW,
): DecodedWrite {
  const b = new BatchBuilder();
  for (const s of series) {
    const start = b.sampleCount;
    for (let i = 0; i < (s.samples ?? 1); i++) b.addSample(ts + i, i);
    b.addSeries(
      Object.entries(s.labels).map(([name, value]): Label => ({ name, value })),
      start,
      undefined,
    );
  }
  return b.finish("api");
}

async function rejects(p: Promise<unknown>): Promise<PushError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof PushError, `expected PushError, got ${err}`);
    return err;
  }
  assert.fail("expected the push to fail");
}

describe("token bucket and Retry-After", () => {
  it("allows a burst then refills at the rate", () => {
    const l = new TokenBucketLimiter(() => ({ rate: 10, burst: 20 }));
    assert.ok(l.allowN("t", 20, 0));
    assert.ok(!l.allowN("t", 1, 0));
    assert.ok(l.allowN("t", 10, 1000));
    assert.ok(!l.allowN("t", 21, 100_000));
  });

  it("computes Retry-After like Mimir", () => {
    const mid = () => 0.5; // no jitter offset
    assert.equal(calculateRetryAfter(undefined, 6000, 96000, mid), "6");
    assert.equal(calculateRetryAfter("2", 6000, 96000, mid), "12");
    assert.equal(calculateRetryAfter("3", 6000, 96000, mid), "24");
    assert.equal(calculateRetryAfter("10", 6000, 96000, mid), "96");
    assert.equal(calculateRetryAfter("garbage", 6000, 96000, mid), "6");
    assert.equal(calculateRetryAfter("0", 6000, 96000, mid), "6");
    for (let i = 0; i < 50; i++) {
      const v = Number(calculateRetryAfter("3", 6000, 96000));
      assert.ok(v >= 12 && v <= 36, `jittered ${v}`);
    }
    assert.equal(
      calculateRetryAfter("1", 6000, 96000, () => 0),
      "6",
    ); // clamped to min
  });
});

describe("Distributor.push", () => {
  it("pushes validated series to the pusher and counts metrics", async () => {
    const { distributor, pusher, registry } = testDistributor({ now: () => NOW });
    const o = await distributor.push(
      "t1",
      write([{ labels: { __name__: "up", job: "a" }, samples: 2 }]),
    );
    assert.equal(o.samplesWritten, 2);
    assert.deepEqual(pusher.samples(), [
      `__name__=up,job=a@${NOW}=0`,
      `__name__=up,job=a@${NOW + 1}=1`,
    ]);
    const received = await registry
      .getSingleMetric("cortex_distributor_received_samples_total")!
      .get();
    assert.equal(received.values[0].value, 2);
  });

  it("pushes a ready batch (ruler) with its source", async () => {
    const { distributor, pusher } = testDistributor({ now: () => NOW });
    const b = write([{ labels: { __name__: "rule:sum" } }]).batch;
    b.source = "rule";
    await distributor.pushBatch("t1", b);
    assert.equal(pusher.batches[0].batch.source, "rule");
    assert.equal(pusher.samples().length, 1);
  });

  it("ingests the valid rest and answers 400 with the first validation error", async () => {
    const { distributor, pusher } = testDistributor({ now: () => NOW });
    const e = await rejects(
      distributor.push("t1", write([{ labels: { job: "x" } }, { labels: { __name__: "ok" } }])),
    );
    assert.equal(e.statusCode, 400);
    assert.equal(e.message, "received series has no metric name (err-mimir-missing-metric-name)");
    assert.equal(pusher.samples().length, 1);
  });

  it("enforces the ingestion rate with Mimir's message, 429 or 529", async () => {
    let now = NOW;
    const { distributor, registry } = testDistributor({
      now: () => now,
      limits: { ingestion_rate: 10, ingestion_burst_size: 5 },
    });
    await distributor.push("t1", write([{ labels: { __name__: "a" }, samples: 5 }]));
    const e = await rejects(
      distributor.push("t1", write([{ labels: { __name__: "a" }, samples: 1 }])),
    );
    assert.equal(e.statusCode, 429);
    assert.equal(
      e.message,
      "the request has been rejected because the tenant exceeded the ingestion rate limit, set to 10 items/s with a maximum allowed burst of 5. This limit is applied on the total number of samples, exemplars and metadata received across all distributors (err-mimir-tenant-max-ingestion-rate). To adjust the related per-tenant limits, configure -distributor.ingestion-rate-limit and -distributor.ingestion-burst-size, or contact your service administrator.",
    );
    const d = await registry.getSingleMetric("cortex_discarded_samples_total")!.get();
    assert.equal(d.values.find((v) => v.labels.reason === "rate_limited")?.value, 1);
    now += 1000;
    await distributor.push("t1", write([{ labels: { __name__: "a" }, samples: 5 }]));

    const { distributor: d2 } = testDistributor({
      now: () => NOW,
      limits: {
        ingestion_rate: 1,
        ingestion_burst_size: 1,
        service_overload_status_code_on_rate_limit_enabled: true,
      },
    });
    assert.equal(
      (await rejects(d2.push("t1", write([{ labels: { __name__: "a" }, samples: 2 }])))).statusCode,
      529,
    );
  });

  it("reads limits per request (runtime overrides)", async () => {
    const { distributor, overrides } = testDistributor({
      now: () => NOW,
      limits: { ingestion_rate: 1, ingestion_burst_size: 1 },
    });
    await rejects(distributor.push("t1", write([{ labels: { __name__: "a" }, samples: 2 }])));
    overrides.setTenantLimits(
      new Map([
        ["t1", { ...overrides.defaults(), ingestion_burst_size: 100, ingestion_rate: 100 }],
      ]),
    );
    await distributor.push("t1", write([{ labels: { __name__: "a" }, samples: 2 }]));
  });

  it("enforces the request rate", async () => {
    const { distributor } = testDistributor({
      now: () => NOW,
      limits: { request_rate: 1, request_burst_size: 1 },
    });
    await distributor.handle("t1", 10, () => write([{ labels: { __name__: "a" } }]));
    const e = await rejects(
      distributor.handle("t1", 10, () => write([{ labels: { __name__: "a" } }])),
    );
    assert.equal(e.statusCode, 429);
    assert.match(
      e.message,
      /^the request has been rejected because the tenant exceeded the request rate limit, set to 1 requests\/s across all distributors with a maximum allowed burst of 1 \(err-mimir-tenant-max-request-rate\)/,
    );
  });

  it("limits inflight requests", async () => {
    const { distributor, pusher } = testDistributor({
      now: () => NOW,
      cfg: (c) => (c.instance_limits.max_inflight_push_requests = 1),
    });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const orig = pusher.push.bind(pusher);
    pusher.push = async (t, b) => {
      await gate;
      return orig(t, b);
    };
    const first = distributor.handle("t1", 1, () => write([{ labels: { __name__: "a" } }]));
    const e = await rejects(
      distributor.handle("t1", 1, () => write([{ labels: { __name__: "a" } }])),
    );
    assert.equal(e.statusCode, 500);
    assert.match(e.message, /err-mimir-distributor-max-inflight-push-requests/);
    release();
    await first;
  });

  it("limits the instance ingestion rate", async () => {
    const { distributor } = testDistributor({
      now: () => NOW,
      cfg: (c) => (c.instance_limits.max_ingestion_rate = 5),
    });
    await distributor.handle("t1", 1, () => write([{ labels: { __name__: "a" }, samples: 10 }]));
    distributor.tickIngestionRate(1);
    const e = await rejects(
      distributor.handle("t1", 1, () => write([{ labels: { __name__: "a" } }])),
    );
    assert.equal(e.statusCode, 500);
    assert.match(
      e.message,
      /err-mimir-distributor-max-ingestion-rate\). To adjust the related limit, configure -distributor\.instance-limits\.max-ingestion-rate/,
    );
    for (let i = 0; i < 10; i++) distributor.tickIngestionRate(1);
    await distributor.handle("t1", 1, () => write([{ labels: { __name__: "a" } }]));
  });

  it("maps ingester soft errors and unavailability", async () => {
    const { distributor, pusher } = testDistributor({ now: () => NOW });
    pusher.result = () => ({
      samplesWritten: 0,
      exemplarsWritten: 0,
      softErrors: [
        {
          id: "sample-out-of-order",
          message:
            "the sample has been rejected because another sample with a more recent timestamp has already been ingested and out-of-order samples are not allowed (err-mimir-sample-out-of-order)",
          reason: "sample-out-of-order",
          samples: 1,
        },
      ],
    });
    const e = await rejects(distributor.push("t1", write([{ labels: { __name__: "a" } }])));
    assert.equal(e.statusCode, 400);
    assert.match(
      e.message,
      /^failed pushing to ingester ingester-1: user=t1: the sample has been rejected because/,
    );
    pusher.result = () => {
      throw new IngesterUnavailableError(503, "ingester is not ready");
    };
    const e2 = await rejects(distributor.push("t1", write([{ labels: { __name__: "a" } }])));
    assert.equal(e2.statusCode, 503);
    assert.equal(e2.message, "failed pushing to ingester ingester-1: ingester is not ready");
  });
});

describe("HA tracker", () => {
  const ha = { accept_ha_samples: true, ha_max_clusters: 2 };
  const cfg = (c: { ha_tracker: { enable_ha_tracker: boolean } }) => {
    c.ha_tracker.enable_ha_tracker = true;
  };

  it("elects the first replica, rejects others with 202, fails over after the timeout", async () => {
    let now = NOW;
    const { distributor, pusher } = testDistributor({ now: () => now, limits: ha, cfg });
    const from = (replica: string) =>
      write([{ labels: { __name__: "up", cluster: "c1", __replica__: replica } }], now);
    await distributor.push("t1", from("r1"));
    assert.deepEqual(pusher.samples(), [`__name__=up,cluster=c1@${now}=0`]);
    const e = await rejects(distributor.push("t1", from("r2")));
    assert.equal(e.statusCode, 202);
    assert.equal(e.message, "replicas did not match, rejecting sample: replica=r2, elected=r1");
    now += 20_000;
    await distributor.push("t1", from("r1"));
    now += 31_000;
    await distributor.push("t1", from("r2")); // failover
    await rejects(distributor.push("t1", from("r1")));
    const rows = distributor.haTracker.pageData(now);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].replica, "r2");
    assert.match(distributor.haTracker.pageHtml(now), /<td>r2<\/td>/);
  });

  it("enforces ha_max_clusters", async () => {
    const { distributor } = testDistributor({ now: () => NOW, limits: ha, cfg });
    for (const c of ["a", "b"])
      await distributor.push(
        "t1",
        write([{ labels: { __name__: "up", cluster: c, __replica__: "r" } }]),
      );
    const e = await rejects(
      distributor.push(
        "t1",
        write([{ labels: { __name__: "up", cluster: "c", __replica__: "r" } }]),
      ),
    );
    assert.equal(e.statusCode, 400);
    assert.equal(
      e.message,
      "the write request has been rejected because the maximum number of high-availability (HA) clusters has been reached for this tenant (limit: 2) (err-mimir-tenant-too-many-ha-clusters). To adjust the related per-tenant limit, configure -distributor.ha-tracker.max-clusters, or contact your service administrator.",
    );
  });

  it("passes series without HA labels and ignores tenants without accept_ha_samples", async () => {
    const { distributor, pusher } = testDistributor({
      now: () => NOW,
      limits: ha,
      cfg,
      tenantLimits: { plain: { accept_ha_samples: false } },
    });
    await distributor.push("t1", write([{ labels: { __name__: "up" } }]));
    await distributor.push(
      "plain",
      write([{ labels: { __name__: "up", cluster: "c", __replica__: "r1" } }]),
    );
    await distributor.push(
      "plain",
      write([{ labels: { __name__: "up", cluster: "c", __replica__: "r2" } }]),
    );
    assert.equal(pusher.samples().length, 3);
    assert.ok(pusher.samples()[1].includes("__replica__=r1"));
  });
});
