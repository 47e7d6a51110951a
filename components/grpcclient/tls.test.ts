import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import * as grpc from "@grpc/grpc-js";
import pino from "pino";
import { addHealthService } from "../server/grpchealth.ts";
import { defaultsOf } from "../util/config/spec.ts";
import { grpcClientConfigBlock } from "./config.ts";
import { ClientPool } from "./pool.ts";
import { clientCredentials, type GrpcClientTLSConfig, grpcClientTLSBlock } from "./tls.ts";

const logger = pino({ level: "silent" });

/** A CA and a server certificate for the name "store-gateway.test", made with openssl. */
function makeCerts(dir: string): void {
  const run = (args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "ignore" });
  run(
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt"].concat(
      ["-days", "1", "-subj", "/CN=test-ca"],
    ),
  );
  run(
    ["req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr"].concat([
      "-subj",
      "/CN=store-gateway.test",
    ]),
  );
  writeFileSync(join(dir, "ext.cnf"), "subjectAltName=DNS:store-gateway.test\n");
  run(
    ["x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key"].concat([
      "-CAcreateserial",
      "-out",
      "server.crt",
      "-days",
      "1",
      "-extfile",
      "ext.cnf",
    ]),
  );
}

describe("gRPC client TLS (-querier.store-gateway-client.tls-*)", () => {
  let dir: string;
  let server: grpc.Server;
  let addr: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "grpc-tls-"));
    makeCerts(dir);
    server = new grpc.Server();
    addHealthService(server, () => true);
    const creds = grpc.ServerCredentials.createSsl(null, [
      {
        private_key: readFileSync(join(dir, "server.key")),
        cert_chain: readFileSync(join(dir, "server.crt")),
      },
    ]);
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync("127.0.0.1:0", creds, (e, p) => (e ? reject(e) : resolve(p))),
    );
    addr = `127.0.0.1:${port}`;
  });
  after(() => {
    server.forceShutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  const base = defaultsOf(grpcClientTLSBlock("querier.store-gateway-client", "store-gateway"));
  const healthy = async (tls: GrpcClientTLSConfig) => {
    const c = clientCredentials(tls);
    const pool = new ClientPool(
      "tls-test",
      {
        checkInterval: 0,
        healthCheckEnabled: true,
        healthCheckTimeout: 3_000,
        maxConcurrentHealthChecks: 1,
      },
      defaultsOf(grpcClientConfigBlock("querier.store-gateway-client")),
      {
        logger,
        factory: (a) => a,
        credentials: c.credentials,
        channelOptions: c.options,
      },
    );
    pool.clientFor(addr);
    try {
      return await pool.healthCheck(addr);
    } finally {
      pool.removeClientFor(addr);
    }
  };

  it("declares Mimir's flags with their defaults", () => {
    assert.deepEqual(base, {
      tls_enabled: false,
      tls_cert_path: "",
      tls_key_path: "",
      tls_ca_path: "",
      tls_server_name: "",
      tls_insecure_skip_verify: false,
    });
  });

  it("connects with the CA and the server name, and not without TLS or with the wrong name", async () => {
    const ca = join(dir, "ca.crt");
    assert.equal(
      await healthy({
        ...base,
        tls_enabled: true,
        tls_ca_path: ca,
        tls_server_name: "store-gateway.test",
      }),
      true,
    );
    assert.equal(await healthy(base), false);
    assert.equal(
      await healthy({ ...base, tls_enabled: true, tls_ca_path: ca, tls_server_name: "other.test" }),
      false,
    );
  });

  it("insecure_skip_verify accepts an unknown CA", async () => {
    assert.equal(await healthy({ ...base, tls_enabled: true }), false);
    assert.equal(
      await healthy({ ...base, tls_enabled: true, tls_insecure_skip_verify: true }),
      true,
    );
  });

  it("refuses a certificate without its key", () => {
    assert.throws(
      () => clientCredentials({ ...base, tls_enabled: true, tls_cert_path: "x.crt" }),
      /certificate and key must both be set/,
    );
  });
});
