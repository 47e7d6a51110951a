/**
 * The binary as a user meets it: start, readiness, admin pages, config errors, runtime config
 * reload, and clean shutdown on SIGTERM.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import * as grpc from "@grpc/grpc-js";
import { healthServiceDefinition, SERVING } from "../components/server/grpchealth.ts";
import {
  MIMIR_BIN,
  type MimirProcess,
  NODE,
  startMimir,
  tempDir,
  waitFor,
  waitReady,
} from "./harness.ts";

function runBinary(args: string[], cwd = tempDir()) {
  return spawnSync(NODE, [MIMIR_BIN, ...args], { cwd, encoding: "utf8", timeout: 20_000 });
}

describe("mimir-ts binary", () => {
  let m: MimirProcess;
  let runtimeFile: string;

  before(async () => {
    const dir = tempDir();
    runtimeFile = join(dir, "runtime.yaml");
    writeFileSync(runtimeFile, "overrides:\n  team-a:\n    ingestion_rate: 123\n");
    const configFile = join(dir, "mimir.yaml");
    writeFileSync(configFile, "blocks_storage:\n  s3:\n    secret_access_key: supersecret\n");
    m = await startMimir(
      [
        `-config.file=${configFile}`,
        `-runtime-config.file=${runtimeFile}`,
        "-runtime-config.reload-period=1s",
      ],
      { cwd: dir },
    );
    const ms = await waitReady(m, 10_000);
    assert.ok(ms < 10_000);
  });

  after(async () => {
    await m?.stop();
  });

  it("serves an HTML index page linking the admin pages", async () => {
    const res = await fetch(`${m.url}/`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /text\/html/);
    const body = await res.text();
    for (const href of [
      "/ready",
      "/services",
      "/config",
      "/runtime_config",
      "/metrics",
      "/api/v1/status/buildinfo",
    ]) {
      assert.ok(body.includes(`href="${href}"`), href);
    }
  });

  it("lists services and their states", async () => {
    const rows = (await (
      await fetch(`${m.url}/services`, { headers: { accept: "application/json" } })
    ).json()) as { module: string; state: string }[];
    const byModule = new Map(rows.map((r) => [r.module, r.state]));
    for (const mod of [
      "server",
      "runtime-config",
      "distributor-service",
      "ingester-service",
      "query-frontend",
      "store-gateway",
      "compactor",
      "ruler",
    ]) {
      assert.equal(byModule.get(mod), "Running", mod);
    }
    const html = await (await fetch(`${m.url}/services`)).text();
    assert.match(html, /<td>ingester-service<\/td><td class="state-running">Running<\/td>/);
  });

  it("prints the config with secrets masked, and its diff and defaults", async () => {
    const full = await (await fetch(`${m.url}/config`)).text();
    assert.match(full, /secret_access_key: '\*\*\*\*\*\*\*\*'/);
    assert.ok(!full.includes("supersecret"));
    assert.match(full, /http_listen_port: \d+/);
    const diff = await (await fetch(`${m.url}/config?mode=diff`)).text();
    assert.match(diff, /runtime_config:\n {2}period: 1s/);
    assert.ok(!diff.includes("ingestion_rate"), "defaults are not in the diff");
    const defs = await (await fetch(`${m.url}/config?mode=defaults`)).text();
    assert.match(defs, /http_listen_port: 9009/);
  });

  it("answers buildinfo in Prometheus's shape", async () => {
    const body = (await (await fetch(`${m.url}/api/v1/status/buildinfo`)).json()) as {
      status: string;
      data: Record<string, unknown>;
    };
    assert.equal(body.status, "success");
    assert.equal(typeof body.data.version, "string");
  });

  it("exposes process, Node and cortex metrics", async () => {
    const text = await (await fetch(`${m.url}/metrics`)).text();
    assert.match(text, /^process_cpu_user_seconds_total /m);
    assert.match(text, /^nodejs_heap_size_total_bytes /m);
    assert.match(text, /^cortex_runtime_config_last_reload_successful 1$/m);
  });

  it("answers the gRPC health check", async () => {
    const Client = grpc.makeGenericClientConstructor(healthServiceDefinition, "Health");
    const client = new Client(`127.0.0.1:${m.grpcPort}`, grpc.credentials.createInsecure());
    const res = await new Promise<{ status: number }>((resolve, reject) =>
      (client as any).Check({ service: "" }, (err: Error | null, r: { status: number }) =>
        err ? reject(err) : resolve(r),
      ),
    );
    client.close();
    assert.equal(res.status, SERVING);
  });

  it("applies tenant rules and limits on /api/v1/user_limits", async () => {
    const none = await fetch(`${m.url}/api/v1/user_limits`);
    assert.equal(none.status, 401);
    assert.equal(await none.text(), "no org id\n");
    const two = await fetch(`${m.url}/api/v1/user_limits`, { headers: { "X-Scope-OrgID": "a|b" } });
    assert.equal(two.status, 422);
    const bad = await fetch(`${m.url}/api/v1/user_limits`, { headers: { "X-Scope-OrgID": "a/b" } });
    assert.equal(bad.status, 401);
    const ok = (await (
      await fetch(`${m.url}/api/v1/user_limits`, { headers: { "X-Scope-OrgID": "team-a" } })
    ).json()) as Record<string, unknown>;
    assert.equal(ok.ingestion_rate, 123);
  });

  it("reloads the runtime config within a period and keeps the old one when broken", async () => {
    const initial = await (await fetch(`${m.url}/runtime_config`)).text();
    assert.match(initial, /ingestion_rate: 123/);

    writeFileSync(runtimeFile, "overrides:\n  team-a:\n    ingestion_rate: 456\n");
    await waitFor(
      "the new runtime config",
      async () => {
        const t = await (await fetch(`${m.url}/runtime_config`)).text();
        return t.includes("ingestion_rate: 456") ? t : undefined;
      },
      3_000,
    );
    const diff = await (await fetch(`${m.url}/runtime_config?mode=diff`)).text();
    assert.match(diff, /team-a:\n {4}ingestion_rate: 456/);
    assert.ok(!diff.includes("ingestion_burst_size"));

    writeFileSync(runtimeFile, "overrides:\n  team-a:\n    ingestion_rate: [oops\n");
    await waitFor(
      "the reload failure metric",
      async () => {
        const t = await (await fetch(`${m.url}/metrics`)).text();
        return /^cortex_runtime_config_last_reload_successful 0$/m.test(t) ? true : undefined;
      },
      3_000,
    );
    const kept = await (await fetch(`${m.url}/runtime_config`)).text();
    assert.match(kept, /ingestion_rate: 456/);
    assert.match(m.output(), /failed to load runtime config/);
    assert.ok(!m.proc.killed && m.proc.exitCode === null, "still running");
  });
});

describe("mimir-ts binary: command line", () => {
  it("-modules lists every module and marks the targetable ones", () => {
    const r = runBinary(["-modules"]);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^ingester\s+target \*/m);
    assert.match(r.stdout, /^backend\s+target /m);
    assert.match(r.stdout, /^memberlist-kv\s+target /m);
    assert.match(r.stdout, /^overrides\s+internal/m);
  });

  it("-help explains each flag; -version prints the version", () => {
    const h = runBinary(["-help"]);
    assert.equal(h.status, 0);
    assert.match(
      h.stdout,
      /-server.http-listen-port int\n\s+HTTP server listen port. \(default 9009\)/,
    );
    assert.match(h.stdout, /-target comma-separated-list-of-strings/);
    const v = runBinary(["-version"]);
    assert.equal(v.status, 0);
    assert.match(v.stdout, /^mimir-ts, version /);
  });

  it("-help and -modules say what is not implemented yet", () => {
    const h = runBinary(["-help"]);
    assert.equal(h.status, 0);
    assert.match(
      h.stdout,
      /-activity-tracker.filepath string\n\s+File where ongoing activities are stored.*\(not implemented yet: accepted and ignored\)/,
    );
    assert.doesNotMatch(h.stdout, /Other cluster members to join\..*\(not implemented/);
    assert.doesNotMatch(h.stdout, /HTTP server listen port\. \(not implemented/);
    const m = runBinary(["-modules"]);
    assert.match(m.stdout, /^flusher\s+target\s+\(not implemented yet\)/m);
  });

  it("refuses, with exit 1 and what is missing, targets that are not implemented", () => {
    const cases: [string, RegExp][] = [
      ["flusher", /^target flusher: the flusher is not implemented yet/],
    ];
    for (const [target, re] of cases) {
      const r = runBinary([`-target=${target}`]);
      assert.equal(r.status, 1, target);
      assert.match(r.stderr.trim(), re);
      assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
    }
  });

  it("warns once at start about keys set that are not implemented yet", async () => {
    const dir = tempDir();
    const configFile = join(dir, "mimir.yaml");
    writeFileSync(configFile, "activity_tracker:\n  max_entries: 5\n  filepath: ./activity.log\n");
    const m = await startMimir([`-config.file=${configFile}`], { cwd: dir });
    try {
      await waitReady(m, 10_000);
      const warnings = m
        .output()
        .split("\n")
        .filter((l) => l.includes("not implemented yet"));
      assert.equal(warnings.length, 1, m.output());
      assert.match(warnings[0], /activity_tracker\.max_entries/);
      assert.match(warnings[0], /activity_tracker\.filepath/);
      const text = await (
        await fetch(`${m.url}/services`, { headers: { accept: "text/plain" } })
      ).text();
      assert.match(text, /^sanity-check: Running \(not implemented yet\)$/m);
      assert.match(text, /^query-frontend: Running$/m);
      assert.match(text, /^ingester-service: Running$/m);
      const html = await (await fetch(`${m.url}/services`)).text();
      assert.match(
        html,
        /<td>usage-stats<\/td><td class="state-running">Running<\/td><td><\/td><td>not implemented yet<\/td>/,
      );
    } finally {
      await m.stop();
    }
  });

  it("stops with exit 1 and one line naming the key for bad config", () => {
    const dir = tempDir();
    const cases: [string, RegExp][] = [
      ["ingester:\n  bogus_key: 1\n", /ingester\.bogus_key/],
      ["server:\n  http_listen_port: many\n", /server\.http_listen_port: cannot unmarshal/],
      ["querier:\n  timeout: 2 minutes\n", /querier\.timeout: invalid duration/],
    ];
    for (const [text, re] of cases) {
      const file = join(dir, "bad.yaml");
      writeFileSync(file, text);
      const r = runBinary([`-config.file=${file}`], dir);
      assert.equal(r.status, 1, r.stderr);
      const lines = r.stderr.trim().split("\n");
      assert.equal(lines.length, 1, r.stderr);
      assert.match(lines[0], re);
      assert.ok(!r.stderr.includes("    at "), "no stack trace");
    }
    const flag = runBinary(["-server.http-listen-port=x"]);
    assert.equal(flag.status, 1);
    assert.match(
      flag.stderr.trim(),
      /^invalid value "x" for flag -server.http-listen-port: parse error$/,
    );
    const unknown = runBinary(["-no.such.flag=1"]);
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /flag provided but not defined: -no.such.flag/);
  });

  it("exits 0 within 5 seconds of SIGTERM", async () => {
    const m = await startMimir();
    await waitReady(m);
    const t0 = Date.now();
    const code = await m.stop();
    assert.equal(code, 0, m.output());
    assert.ok(Date.now() - t0 < 5_000, `took ${Date.now() - t0}ms`);
    assert.match(m.output(), /msg="mimir-ts stopped"/);
  });

  it("answers 503 with the reason while stopping, with -shutdown-delay", async () => {
    const m = await startMimir(["-shutdown-delay=2s"]);
    await waitReady(m);
    m.proc.kill("SIGTERM");
    const res = await waitFor(
      "503",
      async () => {
        const r = await fetch(`${m.url}/ready`);
        return r.status === 503 ? r : undefined;
      },
      2_000,
      50,
    );
    assert.equal(await res.text(), "Application is stopping");
    assert.equal(await m.exited, 0);
  });

  it("exits non-zero with the reason when a module fails to start", async () => {
    const dir = tempDir();
    const m = await startMimir([`-runtime-config.file=${join(dir, "missing.yaml")}`], { cwd: dir });
    const code = await m.exited;
    assert.equal(code, 1);
    assert.match(
      m.output(),
      /failed to start module runtime-config: failed to load runtime config/,
    );
  });
});
