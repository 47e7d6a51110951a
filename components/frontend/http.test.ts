import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import Fastify from "fastify";
import pino from "pino";
import { QueryFrontend } from "./frontend.ts";
import { REQUEST_BODY_TOO_LARGE, registerFrontendApi } from "./http.ts";
import type { HttpRequest, HttpResponse } from "./request.ts";

const H = 3_600_000;

/** A frontend whose querier answers every request with an empty vector, counting requests. */
async function server(maxBodySize: number) {
  const seen: HttpRequest[] = [];
  const downstream = {
    async roundTrip(_t: string, req: HttpRequest): Promise<HttpResponse> {
      seen.push(req);
      return {
        status: 200,
        headers: { "content-type": "application/json" },
        body: Buffer.from(
          JSON.stringify({ status: "success", data: { resultType: "vector", result: [] } }),
        ),
      };
    },
  };
  const frontend = new QueryFrontend(
    {
      split_queries_by_interval: 24 * H,
      cache_results: false,
      parallelize_shardable_queries: false,
      max_retries: 0,
      log_queries_longer_than: 0,
      query_stats_enabled: false,
    },
    {
      downstream,
      limits: () => ({
        max_query_parallelism: 14,
        max_cache_freshness: 0,
        results_cache_ttl: 0,
        results_cache_ttl_for_out_of_order_time_window: 0,
        out_of_order_time_window: 0,
        query_sharding_total_shards: 0,
        query_sharding_max_sharded_queries: 0,
        align_queries_with_step: false,
      }),
      logger: pino({ level: "silent" }),
    },
  );
  const app = Fastify();
  registerFrontendApi(app, {
    prefix: "/prometheus",
    frontend,
    tenantOf: () => "t",
    maxBodySize,
  });
  await app.ready();
  return { app, seen };
}

describe("query-frontend HTTP API: frontend.max_body_size", () => {
  it("answers bodies over the limit 413 with Mimir's text and keeps serving", async () => {
    const { app, seen } = await server(64);
    const small = "query=up&time=100";
    const big = `query=${"x".repeat(100)}&time=100`;
    const ok = await app.inject({
      method: "POST",
      url: "/prometheus/api/v1/query",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: small,
    });
    assert.equal(ok.statusCode, 200, ok.body);
    for (const [url, ct] of [
      ["/prometheus/api/v1/query", "application/x-www-form-urlencoded"],
      ["/prometheus/api/v1/query_range", "application/x-www-form-urlencoded"],
      ["/prometheus/api/v1/series", "application/x-www-form-urlencoded"],
      ["/prometheus/api/v1/read", "application/x-protobuf"],
    ]) {
      const res = await app.inject({
        method: "POST",
        url,
        headers: { "content-type": ct },
        payload: big,
      });
      assert.equal(res.statusCode, 413, url);
      assert.equal(res.body, REQUEST_BODY_TOO_LARGE);
      assert.equal(res.body, "http: request body too large");
      assert.match(String(res.headers["content-type"]), /^text\/plain/);
    }
    // Nothing over the limit reached a querier; the server still answers.
    assert.equal(seen.length, 1);
    const again = await app.inject({
      method: "POST",
      url: "/prometheus/api/v1/query",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: small,
    });
    assert.equal(again.statusCode, 200);
    await app.close();
  });

  it("accepts bodies up to the limit", async () => {
    const { app, seen } = await server(4096);
    const res = await app.inject({
      method: "POST",
      url: "/prometheus/api/v1/query",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: `query=${"x".repeat(1000)}&time=100`,
    });
    // The querier got it (its own answer to the query aside).
    assert.notEqual(res.statusCode, 413);
    assert.equal(seen.length, 1);
    await app.close();
  });

  it("stops a chunked body (no content-length) once it passes the limit", async () => {
    const { app, seen } = await server(64);
    await app.listen({ host: "127.0.0.1", port: 0 });
    const port = (app.server.address() as AddressInfo).port;
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        {
          host: "127.0.0.1",
          port,
          method: "POST",
          path: "/prometheus/api/v1/query",
          headers: { "content-type": "application/x-www-form-urlencoded" },
        },
        (r) => {
          let body = "";
          r.on("data", (d) => (body += d));
          r.on("end", () => resolve({ status: r.statusCode ?? 0, body }));
        },
      );
      req.on("error", reject);
      for (let i = 0; i < 10; i++) req.write(`x${i}=${"y".repeat(30)}&`);
      req.end();
    });
    assert.equal(res.status, 413);
    assert.equal(res.body, "http: request body too large");
    assert.equal(seen.length, 0);
    await app.close();
  });
});
