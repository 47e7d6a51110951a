import assert from "node:assert/strict";
import { describe, it } from "node:test";
import formbody from "@fastify/formbody";
import Fastify from "fastify";
import { labelsFromObject } from "../model/labels.ts";
import type { Querier, Series } from "../model/series.ts";
import { CountingQuerier, QueryLimiter, resolveLimits } from "../querier/limits.ts";
import { FETCHED_SERIES_HEADER } from "../querier/stats.ts";
import { ArraySampleIterator } from "../storage/merge.ts";
import { injectHandler } from "./querier_worker.ts";

/** A source with `n` series, wrapped as the querier wraps each of its sources. */
function source(n: number): Querier {
  const inner: Querier = {
    async select(): Promise<Series[]> {
      await new Promise((r) => setTimeout(r, 1));
      return Array.from({ length: n }, (_, i) => ({
        labels: labelsFromObject({ __name__: "up", i: String(i) }),
        iterator: () => new ArraySampleIterator([], []),
      }));
    },
    labelNames: async () => [],
    labelValues: async () => [],
    close() {},
  };
  return new CountingQuerier(inner, QueryLimiter.forLimits(resolveLimits({})));
}

describe("querier worker handler", () => {
  it("reports the series each query fetched, queries running at once kept apart", async () => {
    const app = Fastify();
    const handler = injectHandler(app);
    await app.register(formbody);
    // Routes that select from two sources (ingesters and store-gateways) after a delay.
    const run = async (n: number) => {
      await new Promise((r) => setTimeout(r, 5));
      await source(n).select(true, { start: 0, end: 1 }, []);
      await source(2 * n).select(true, { start: 0, end: 1 }, []);
      // /series selections are not fetched series of a query.
      await source(100).select(true, { start: 0, end: 1, func: "series" }, []);
      return { ok: true };
    };
    app.get("/q", async (req) => run(Number((req.query as { n: string }).n)));
    app.post("/q", async (req) => run(Number((req.body as { n: string }).n)));
    await app.ready();
    const get = (n: number) =>
      handler({ method: "GET", url: `/q?n=${n}`, headers: {}, body: Buffer.alloc(0) });
    const post = (n: number) =>
      handler({
        method: "POST",
        url: "/q",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: Buffer.from(`n=${n}`),
      });
    const [a, b, c] = await Promise.all([get(1), get(10), post(5)]);
    assert.equal(a.status, 200);
    assert.equal(a.headers[FETCHED_SERIES_HEADER], "3");
    assert.equal(b.headers[FETCHED_SERIES_HEADER], "30");
    assert.equal(c.status, 200);
    assert.equal(c.headers[FETCHED_SERIES_HEADER], "15");
    // A request that did not come through a worker gets no stats.
    const direct = await app.inject({ method: "GET", url: "/q?n=1" });
    assert.equal(direct.headers[FETCHED_SERIES_HEADER], undefined);
    await app.close();
  });
});
