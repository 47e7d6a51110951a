#!/usr/bin/env node
/**
 * The mimir-ts operator: watches MimirCluster and MimirTenant objects and applies what cdk8s/
 * renders (see controller.ts and reconcile.ts). Connects with $KUBECONFIG, ~/.kube/config or the
 * in-cluster ServiceAccount, in that order. With -leader-elect (the default) only the replica
 * holding the Lease reconciles; the others stand by. Flags: see flags.ts.
 *
 * Exit codes: 0 after SIGTERM/SIGINT, 1 on bad flags, lost leadership or a fatal error.
 */
import { hostname } from "node:os";
import process from "node:process";
import { CoreV1Api, KubeConfig } from "@kubernetes/client-node";
import { pino } from "pino";
import { Controller } from "./controller.ts";
import { type Flags, parseFlags } from "./flags.ts";
import { LeaderElector } from "./leader.ts";
import { newMetrics } from "./metrics.ts";
import { type HealthState, startServer } from "./server.ts";

let flags: Flags;
try {
  flags = parseFlags(process.argv.slice(2), process.env);
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exit(1);
}

const log = pino({ level: flags.logLevel, base: { component: "mimir-ts-operator" } });
const kc = new KubeConfig();
kc.loadFromDefault();
const metrics = newMetrics();
const health: HealthState = { ready: false };
const server = await startServer(flags.listenAddress, flags.listenPort, metrics.registry, health);
const addr = server.address();
log.info(
  {
    address: typeof addr === "object" && addr ? `${addr.address}:${addr.port}` : String(addr),
    server: kc.getCurrentCluster()?.server,
  },
  "listening",
);

const identity = `${process.env.POD_NAME || hostname()}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const controller = new Controller(
  kc,
  {
    namespaces: flags.namespaces,
    workers: flags.workers,
    resyncMs: flags.resyncMs,
    baseDelayMs: 500,
    maxDelayMs: 60_000,
    instance: identity,
  },
  log,
  metrics,
);
const elector = flags.leaderElect
  ? new LeaderElector(
      kc,
      {
        namespace: flags.leaseNamespace,
        name: flags.leaseName,
        identity,
        leaseDurationSeconds: flags.leaseDurationSeconds,
        renewMs: flags.renewMs,
      },
      log,
    )
  : undefined;

let stopping = false;
async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ code }, "stopping");
  await controller.stop().catch(() => undefined);
  await elector?.stop();
  server.close();
  process.exit(code);
}
process.on("SIGTERM", () => void shutdown(0));
process.on("SIGINT", () => void shutdown(0));

// Ready once the API server answers (a standby replica is ready too).
for (;;) {
  try {
    await kc.makeApiClient(CoreV1Api).getAPIResources();
    health.ready = true;
    break;
  } catch (e) {
    log.warn({ err: String(e) }, "API server not reachable yet");
    await new Promise((r) => setTimeout(r, 2_000));
  }
}

if (elector) {
  log.info(
    { identity, lease: `${flags.leaseNamespace}/${flags.leaseName}` },
    "waiting for leadership",
  );
  await elector.run(() => void shutdown(1));
  metrics.leader.set(1);
}
await controller.start();
