import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import * as grpc from "@grpc/grpc-js";
import pino from "pino";
import { addHealthService } from "../server/grpchealth.ts";
import { defaultsOf } from "../util/config/spec.ts";
import { grpcClientConfigBlock } from "./config.ts";
import { ClientPool } from "./pool.ts";

const logger = pino({ level: "silent" });
const clientCfg = defaultsOf(grpcClientConfigBlock("test.client"));

function startServer(serving: { ok: boolean }): Promise<{ server: grpc.Server; addr: string }> {
  const server = new grpc.Server();
  addHealthService(server, () => serving.ok);
  return new Promise((resolve, reject) => {
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (err, port) => {
      if (err) reject(err);
      else resolve({ server, addr: `127.0.0.1:${port}` });
    });
  });
}

describe("ClientPool", () => {
  const serving = { ok: true };
  let srv: { server: grpc.Server; addr: string };
  before(async () => {
    srv = await startServer(serving);
  });
  after(() => srv.server.forceShutdown());

  const newPool = (discovery?: () => string[]) =>
    new ClientPool(
      "test-pool",
      {
        checkInterval: 0,
        healthCheckEnabled: true,
        healthCheckTimeout: 500,
        maxConcurrentHealthChecks: 2,
      },
      clientCfg,
      {
        logger,
        factory: (address) => ({ address }),
        discovery,
      },
    );

  it("creates one client per address and reuses it", () => {
    const pool = newPool();
    const a = pool.clientFor(srv.addr);
    assert.equal(pool.clientFor(srv.addr), a);
    assert.deepEqual(pool.addresses(), [srv.addr]);
    pool.removeClientFor(srv.addr);
    assert.deepEqual(pool.addresses(), []);
  });

  it("keeps healthy clients and drops ones that stop serving", async () => {
    const pool = newPool();
    pool.clientFor(srv.addr);
    assert.equal(await pool.healthCheck(srv.addr), true);
    await pool.cleanUnhealthy();
    assert.deepEqual(pool.addresses(), [srv.addr]);
    serving.ok = false;
    try {
      await pool.cleanUnhealthy();
      assert.deepEqual(pool.addresses(), []);
    } finally {
      serving.ok = true;
    }
  });

  it("drops clients whose address is gone, and unreachable ones within the timeout", async () => {
    const wanted = [srv.addr, "127.0.0.1:1"];
    const pool = newPool(() => wanted);
    pool.clientFor(srv.addr);
    pool.clientFor("127.0.0.1:1");
    pool.clientFor("127.0.0.1:2");
    const t0 = Date.now();
    await pool.cleanUnhealthy();
    assert.ok(Date.now() - t0 < 3_000);
    // 127.0.0.1:2 is not discovered any more; 127.0.0.1:1 refuses connections.
    assert.deepEqual(pool.addresses(), [srv.addr]);
  });
});
