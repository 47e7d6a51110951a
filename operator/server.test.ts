import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { describe, it } from "node:test";
import { newMetrics } from "./metrics.ts";
import { startServer } from "./server.ts";

describe("operator HTTP endpoints", () => {
  it("serves /healthz, /readyz once ready, and /metrics", async () => {
    const metrics = newMetrics();
    const health = { ready: false };
    const server = await startServer("127.0.0.1", 0, metrics.registry, health);
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      assert.equal((await fetch(`${base}/healthz`)).status, 200);
      const notReady = await fetch(`${base}/readyz`);
      assert.equal(notReady.status, 503);
      assert.match(await notReady.text(), /API server has not answered/);
      health.ready = true;
      assert.equal((await fetch(`${base}/readyz`)).status, 200);
      metrics.reconciles.inc({ result: "success" });
      metrics.queueDepth.set(3);
      const text = await (await fetch(`${base}/metrics`)).text();
      assert.match(text, /^mimir_ts_operator_reconcile_total\{result="success"\} 1$/m);
      assert.match(text, /^mimir_ts_operator_workqueue_depth 3$/m);
      assert.match(text, /^# TYPE mimir_ts_operator_reconcile_duration_seconds histogram$/m);
      assert.equal((await fetch(`${base}/nope`)).status, 404);
    } finally {
      server.close();
    }
  });
});
