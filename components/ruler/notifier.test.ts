import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import pino from "pino";
import { MAX_BATCH_SIZE, Notifier, type NotifierAlert } from "./notifier.ts";
import { generatorURL, queryEscape } from "./notifierpool.ts";

const logger = pino({ level: "silent" });

describe("notifier", () => {
  let server: Server;
  let port = 0;
  const bodies: { path: string; auth?: string; alerts: Record<string, unknown>[] }[] = [];

  before(async () => {
    server = createServer((req, res) => {
      let data = "";
      req.on("data", (d) => {
        data += d;
      });
      req.on("end", () => {
        bodies.push({
          path: req.url ?? "",
          auth: req.headers.authorization,
          alerts: JSON.parse(data),
        });
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.address() as AddressInfo).port;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  const alert = (i: number): NotifierAlert => ({
    labels: [{ name: "alertname", value: `A${i}` }],
    annotations: [{ name: "summary", value: "s" }],
    startsAt: 1_700_000_000_000,
    endsAt: 1_700_000_240_000,
    generatorURL: "http://x/graph",
  });

  it("posts batches of at most 64 alerts to /api/v2/alerts with external labels", async () => {
    bodies.length = 0;
    const n = new Notifier({
      alertmanagerURL: `http://user:pass@127.0.0.1:${port}/am/`,
      queueCapacity: 1000,
      timeout: 5000,
      refreshInterval: 60_000,
      externalLabels: { cluster: "c1", alertname: "ignored" },
      logger,
    });
    await n.start();
    n.send(Array.from({ length: 100 }, (_, i) => alert(i)));
    await n.stop();
    assert.deepEqual(
      bodies.map((b) => b.alerts.length),
      [MAX_BATCH_SIZE, 100 - MAX_BATCH_SIZE],
    );
    assert.equal(bodies[0].path, "/am/api/v2/alerts");
    assert.equal(bodies[0].auth, `Basic ${Buffer.from("user:pass").toString("base64")}`);
    assert.deepEqual(bodies[0].alerts[0], {
      labels: { alertname: "A0", cluster: "c1" },
      annotations: { summary: "s" },
      startsAt: "2023-11-14T22:13:20.000Z",
      endsAt: "2023-11-14T22:17:20.000Z",
      generatorURL: "http://x/graph",
    });
    assert.equal(n.sent, 100);
  });

  it("drops the oldest alerts beyond the queue capacity", async () => {
    const n = new Notifier({
      alertmanagerURL: `http://127.0.0.1:${port}`,
      queueCapacity: 10,
      timeout: 5000,
      refreshInterval: 60_000,
      externalLabels: {},
      logger,
    });
    await n.start();
    n.send(Array.from({ length: 15 }, (_, i) => alert(i)));
    await n.stop();
    assert.equal(n.dropped, 5);
  });

  it("finds Alertmanagers through DNS (dns+ and dnssrv+)", async () => {
    bodies.length = 0;
    const n = new Notifier({
      alertmanagerURL: `dns+http://am.example:${port},dnssrv+http://_am._tcp.example/p`,
      queueCapacity: 10,
      timeout: 5000,
      refreshInterval: 60_000,
      externalLabels: {},
      logger,
      resolveA: async (h) => (h === "am.example" ? ["127.0.0.1"] : []),
      resolveSrv: async () => [{ name: "127.0.0.1", port }],
    });
    await n.start();
    assert.deepEqual(n.endpoints(), [
      `http://127.0.0.1:${port}/api/v2/alerts`,
      `http://127.0.0.1:${port}/p/api/v2/alerts`,
    ]);
    n.send([alert(1)]);
    await n.stop();
    assert.deepEqual(bodies.map((b) => b.path).sort(), ["/api/v2/alerts", "/p/api/v2/alerts"]);
  });

  it("links alerts to the expression on the external URL", () => {
    assert.equal(queryEscape('up == 0 and {a="b"}'), "up+%3D%3D+0+and+%7Ba%3D%22b%22%7D");
    assert.equal(generatorURL("http://m", "up > 1"), "http://m/graph?g0.expr=up+%3E+1&g0.tab=1");
  });
});
