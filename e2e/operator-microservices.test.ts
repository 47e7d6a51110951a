/**
 * The operator runs the microservices example (scaled to two cores: one pod per zone, one
 * query-frontend and one query-scheduler; the ruler, alertmanager and overrides-exporter at 0
 * pods) on one shared cluster, driven through kubectl and the Kubernetes API. Every query goes
 * through the query-frontend Service, which enqueues it on the query-scheduler, from which the
 * queriers pull it (as the renderer configures them):
 *
 * 1. Applied before its S3 Secret exists, the cluster is Stalled=True saying which Secret and
 *    keys to create; once created, every component comes up and `kubectl wait
 *    --for=condition=Ready` returns.
 * 2. CEL rules refuse changing deploymentMode or zone names, and two zones.
 * 3. A writer pushes through the distributor Service; the query-frontend returns its series and
 *    the scheduler's metrics show it dispatched the query. A real Prometheus (Debian's 2.42,
 *    skipped when not installed) scraping itself remote-writes into the distributor Service;
 *    the query-frontend returns the same raw samples and query_range values as Prometheus's own
 *    query API for a 15 s window.
 * 4. A MimirTenant's ingestion_rate makes that tenant's pushes 429 once Applied; deleting the
 *    tenant lifts the limit.
 * 5. An ingester change rolls the ingesters zone by zone under a continuous writer and reader:
 *    no failed push, no incomplete query result, never pods of two zones down (an informer on
 *    the pods proves it); the operator leader is killed mid-rollout and the new leader finishes.
 * 6. Lowering ingester replicas runs the read-only downscale with a short delay, zone by zone;
 *    the leader is killed mid-downscale and the new leader finishes, with no failed push; every
 *    acknowledged sample is still returned once the removed ingesters are gone.
 * 7. An autoscaled querier keeps its HorizontalPodAutoscaler's replicas through reconciles.
 *
 * With MIMIR_TS_SAVE_STATUS=<dir> the MimirCluster and MimirTenant objects seen at each stage
 * are written there (the Argo CD and Flux health-check fixtures in examples/ come from such a
 * run). Against a real cluster (KUBECONFIG) the test host must reach Service cluster IPs.
 * Debian's Prometheus drops remote_write `headers`, so it writes through a local forward proxy
 * (proxy_url) that adds X-Scope-OrgID (e2e/cluster/tenantproxy.ts).
 */
import assert from "node:assert/strict";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { CoreV1Api, KubeConfig, makeInformer, type V1Pod } from "@kubernetes/client-node";
import { dump } from "js-yaml";
import { buildRemoteWriteBody, REMOTE_WRITE_HEADERS } from "./bench/remotewrite.ts";
import { hasPrometheus } from "./bench/targets.ts";
import { startTenantProxy } from "./cluster/tenantproxy.ts";
import { ContinuousWriter, sampleCounts } from "./cluster/writer.ts";
import { freePort, startProcess, tempDir, waitReady } from "./harness.ts";
import {
  eventually,
  type Kube,
  MIMIR_IMAGE,
  mimirImageSpec,
  REPO,
  runKubectl,
  startKube,
} from "./kube/harness.ts";

const OPERATOR_IMAGE =
  process.env.MIMIR_TS_OPERATOR_IMAGE ?? "ghcr.io/mimir-ts/mimir-ts-operator:0.1.0";
const SYSTEM_NS = "mimir-ts-system";
const ZONES = ["zone-a", "zone-b", "zone-c"];
const SERIES = 10;
const SAVE_DIR = process.env.MIMIR_TS_SAVE_STATUS;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const cond = (o: any, type: string) =>
  (o.status?.conditions ?? []).find((c: any) => c.type === type);

const PROMETHEUS_SKIP = hasPrometheus()
  ? false
  : "prometheus (/usr/bin/prometheus) is not installed: apt-get install -y prometheus";
/** The tenant and scrape job of the Prometheus that remote-writes into the cluster. */
const PROM_TENANT = "prom";
const PROM_JOB = "opms-prometheus";

interface PromSeries {
  metric: Record<string, string>;
  values?: [number, string][];
  value?: [number, string];
}

/** A Prometheus API query (`query` or `query_range`); the result series. */
async function promQuery(
  base: string,
  api: string,
  params: Record<string, string>,
  tenant?: string,
): Promise<PromSeries[]> {
  const res = await fetch(`${base}/api/v1/${api}?${new URLSearchParams(params)}`, {
    headers: tenant ? { "X-Scope-OrgID": tenant } : {},
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await res.json()) as {
    status: string;
    error?: string;
    data?: { result: PromSeries[] };
  };
  if (body.status !== "success") throw new Error(`${api} failed: ${res.status} ${body.error}`);
  return body.data?.result ?? [];
}

/** Series sorted by labels, as JSON (for comparison); `pretty` keeps one line per series. */
function seriesKeyed(rs: PromSeries[], pretty = false): string {
  const rows = rs
    .map(
      (r) =>
        `${JSON.stringify(Object.entries(r.metric).sort())} ${JSON.stringify(r.values ?? r.value)}`,
    )
    .sort();
  return rows.join(pretty ? "\n" : " ");
}

interface ClusterOpts {
  ingesters?: number;
  /** querier autoscaling minReplicas (an HPA) when set. */
  querierMin?: number;
  ingesterArgs?: Record<string, string>;
  mode?: string;
  zones?: string[];
}

/** The microservices example, scaled down; s3 at the in-cluster S3 stand-in. */
function mimirCluster(namespace: string, o: ClusterOpts = {}): string {
  const args = Object.entries(o.ingesterArgs ?? {})
    .map(([k, v]) => `        ${JSON.stringify(k)}: ${JSON.stringify(v)}\n`)
    .join("");
  const small = "resources: {requests: {cpu: 10m, memory: 128Mi}, limits: {memory: 1Gi}}";
  return `apiVersion: mimirts.dev/v1alpha1
kind: MimirCluster
metadata:
  name: mimir
spec:
  deploymentMode: ${o.mode ?? "microservices"}
  version: 0.1.0
  image: ${mimirImageSpec()}
  zones:
${(o.zones ?? ZONES).map((z) => `    - name: ${z}\n      nodeSelector: {topology.kubernetes.io/zone: ${z}}`).join("\n")}
  storage:
    backend: s3
    s3:
      bucket: mimir
      endpoint: s3.${namespace}.svc.cluster.local:9000
      region: us-east-1
      insecure: true
      credentialsSecret: {name: mimir-s3}
  components:
    distributor: {replicas: 1, ${small}, extraArgs: {shutdown-delay: 2s}}
    ingester:
      replicas: ${o.ingesters ?? 3}
      ${small}
      persistence: {size: 1Gi}
${args ? `      extraArgs:\n${args}` : ""}    querier: {replicas: 1, ${small}${o.querierMin ? `, autoscaling: {enabled: true, minReplicas: ${o.querierMin}, maxReplicas: 3}` : ""}}
    storeGateway: {replicas: 3, ${small}, persistence: {size: 1Gi}}
    compactor: {replicas: 1, ${small}, persistence: {size: 1Gi}}
    queryFrontend: {replicas: 1, ${small}, extraArgs: {shutdown-delay: 2s}}
    queryScheduler: {replicas: 1, ${small}}
    ruler: {replicas: 0}
    alertmanager: {replicas: 0}
    overridesExporter: {replicas: 0}
  limits:
    ingestion_rate: 100000
  rollout:
    maxUnavailablePerZone: 1
    readOnlyDownscaleDelay: 5s
    minTimeBetweenZoneDownscales: 2s
  config:
    common: {storage: {s3: {bucket_lookup_type: path}}}
    querier: {query_store_after: 0s}
    compactor: {cleanup_interval: 10s}
    blocks_storage: {bucket_store: {sync_interval: 10s}}
    memberlist: {gossip_interval: 200ms, pull_push_interval: 5s}
    ingester: {ring: {min_ready_duration: 1s, heartbeat_period: 2s}}
    store_gateway: {sharding_ring: {heartbeat_period: 2s}}
    distributor: {ring: {heartbeat_period: 2s}}
`;
}

function s3Server(): string {
  return `apiVersion: v1
kind: Service
metadata: {name: s3}
spec:
  selector: {app: s3}
  ports: [{name: http, port: 9000, targetPort: 9000}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: s3}
spec:
  replicas: 1
  selector: {matchLabels: {app: s3}}
  template:
    metadata: {labels: {app: s3}}
    spec:
      containers:
        - name: s3
          image: ${MIMIR_IMAGE}
          command: [node, /app/e2e/operator/s3-pod.cjs, /s3, mimir, "9000"]
          ports: [{containerPort: 9000}]
          readinessProbe: {tcpSocket: {port: 9000}, periodSeconds: 1}
          volumeMounts: [{name: data, mountPath: /s3}]
      volumes: [{name: data, emptyDir: {}}]
`;
}

function tenant(rate: number): string {
  return `apiVersion: mimirts.dev/v1alpha1
kind: MimirTenant
metadata:
  name: limited
spec:
  cluster: mimir
  limits:
    ingestion_rate: ${rate}
    ingestion_burst_size: ${rate}
`;
}

async function push(
  url: string,
  tenantId: string,
  metric: string,
  series: number,
): Promise<number> {
  const ts = Date.now();
  const body = buildRemoteWriteBody(
    Array.from({ length: series }, (_, i) => ({
      labels: [
        ["__name__", metric],
        ["series", String(i)],
      ] as [string, string][],
      samples: [[ts, i] as [number, number]],
    })),
  );
  const res = await fetch(`${url}/api/v1/push`, {
    method: "POST",
    headers: { ...REMOTE_WRITE_HEADERS, "X-Scope-OrgID": tenantId },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  await res.text();
  return res.status;
}

describe("operator: microservices on the local Kubernetes", { timeout: 1_800_000 }, () => {
  let k: Kube;
  let kc: KubeConfig;
  let distributor = "";
  /** Samples per series acknowledged during the downscale. */
  let downscaleAcked = 0;
  /** The query-frontend Service: every query of the test goes through it. */
  let frontend = "";
  let scheduler = "";
  const sys = (args: string[], stdin?: string) => runKubectl(k.kubeconfig, args, stdin);
  const save = async (name: string, kind = "mimircluster", obj = "mimir") => {
    if (!SAVE_DIR) return;
    mkdirSync(SAVE_DIR, { recursive: true });
    const o = await k.json(["get", kind, obj]);
    delete o.metadata.managedFields;
    delete o.metadata.annotations?.["kubectl.kubernetes.io/last-applied-configuration"];
    writeFileSync(join(SAVE_DIR, `${name}.yaml`), dump(o, { lineWidth: -1, noRefs: true }));
  };
  const mc = () => k.json(["get", "mimircluster", "mimir"]);
  const leader = async () =>
    (
      await k.json(["-n", SYSTEM_NS, "get", "lease", "mimir-ts-operator"])
    ).spec.holderIdentity?.split("_")[0] as string | undefined;
  /** Kills the leading operator pod (no graceful release of the Lease); returns its name. */
  const killLeader = async () => {
    const name = await leader();
    assert.ok(name, "an operator leads");
    await k.kubectl([
      "-n",
      SYSTEM_NS,
      "delete",
      "pod",
      name,
      "--grace-period=0",
      "--force",
      "--wait=false",
    ]);
    return name;
  };
  /** Queries the query-scheduler has handed to queriers (cortex_query_scheduler_queue_duration_seconds_count). */
  const schedulerDispatched = async () => {
    const text = await (await fetch(`${scheduler}/metrics`)).text();
    let n = 0;
    for (const m of text.matchAll(
      /^cortex_query_scheduler_queue_duration_seconds_count(?:\{[^}]*\})? (\S+)$/gm,
    ))
      n += Number(m[1]);
    return n;
  };
  const readyAt = async (generation: number, timeoutMs: number, what: string) =>
    eventually(
      async () => {
        const o = await mc();
        return o.metadata.generation >= generation &&
          cond(o, "Ready")?.status === "True" &&
          cond(o, "Ready").observedGeneration === o.metadata.generation &&
          o.status.rollout?.phase === "Idle"
          ? o
          : undefined;
      },
      timeoutMs,
      what,
    );

  before(async () => {
    k = await startKube("opms");
    kc = new KubeConfig();
    kc.loadFromFile(k.kubeconfig);
    const rendered = await sys(["kustomize", `${REPO}install`]);
    assert.equal(rendered.code, 0, rendered.stderr);
    const applied = await sys(
      ["apply", "--server-side", "-f", "-"],
      rendered.stdout.replaceAll("ghcr.io/mimir-ts/mimir-ts-operator:0.1.0", OPERATOR_IMAGE),
    );
    assert.equal(applied.code, 0, applied.stderr);
    await k.kubectl(["apply", "-f", "-"], s3Server());
  });

  after(async () => {
    if (k && !k.local) {
      await sys(["delete", "namespace", SYSTEM_NS, "--wait=false"]);
      await sys(["delete", "clusterrolebinding,clusterrole", "mimir-ts-operator"]);
    }
    await k?.close();
  });

  it("is Stalled without its S3 Secret, saying what to create, and comes up Ready once it exists", async () => {
    await k.kubectl(["apply", "-f", "-"], mimirCluster(k.namespace));
    const stalled = await eventually(
      async () => {
        const o = await mc();
        return cond(o, "Stalled")?.status === "True" ? o : undefined;
      },
      300_000,
      "Stalled=True",
    );
    assert.equal(cond(stalled, "Stalled").reason, "PodsCannotStart");
    assert.match(
      cond(stalled, "Stalled").message,
      /secret "mimir-s3" not found: create Secret mimir-s3 with the keys AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/,
    );
    assert.equal(cond(stalled, "Ready").status, "False");
    await save("stalled-missing-secret");
    await k.kubectl([
      "create",
      "secret",
      "generic",
      "mimir-s3",
      "--from-literal=AWS_ACCESS_KEY_ID=S3RVER",
      "--from-literal=AWS_SECRET_ACCESS_KEY=S3RVER",
    ]);
    // kubectl runs are capped at 2 minutes (harness): poll, then show that kubectl wait returns.
    await eventually(
      async () => cond(await mc(), "Ready")?.status === "True",
      600_000,
      "Ready=True",
    );
    const waited = await k.run([
      "wait",
      "--for=condition=Ready",
      "mimircluster/mimir",
      "--timeout=60s",
    ]);
    assert.equal(
      waited.code,
      0,
      waited.stderr + (await k.run(["get", "pods", "-o", "wide"])).stdout,
    );
    const o = await mc();
    assert.equal(cond(o, "Stalled").status, "False");
    const byName = Object.fromEntries(o.status.components.map((c: any) => [c.name, c]));
    for (const c of [
      "distributor",
      "ingester",
      "querier",
      "query-frontend",
      "query-scheduler",
      "store-gateway",
      "compactor",
    ])
      assert.equal(byName[c].readyReplicas, byName[c].replicas, c);
    assert.deepEqual(
      byName.ingester.zones.map((z: any) => `${z.name}:${z.readyReplicas}`),
      ZONES.map((z) => `${z}:1`),
    );
    await save("ready");
    const ip = async (svc: string) =>
      (await k.kubectl(["get", "service", svc, "-o", "jsonpath={.spec.clusterIP}"])).trim();
    distributor = `http://${await ip("mimir-distributor")}:8080`;
    frontend = `http://${await ip("mimir-query-frontend")}:8080`;
    scheduler = `http://${await ip("mimir-query-scheduler")}:8080`;
  });

  it("refuses, through kubectl, a changed deploymentMode, changed zone names and two zones", async () => {
    const mode = await k.run(
      ["apply", "-f", "-"],
      mimirCluster(k.namespace, { mode: "read-write" }),
    );
    assert.notEqual(mode.code, 0);
    assert.match(mode.stderr, /deploymentMode cannot change/);
    const renamed = await k.run(
      ["apply", "-f", "-"],
      mimirCluster(k.namespace, { zones: ["zone-a", "zone-b", "zone-d"] }),
    );
    assert.notEqual(renamed.code, 0);
    assert.match(renamed.stderr, /zone names cannot change/);
    const two = await k.run(
      ["apply", "-f", "-"],
      mimirCluster(k.namespace, { zones: ["zone-a", "zone-b"] }),
    );
    assert.notEqual(two.code, 0);
    assert.match(two.stderr, /needs at least 3 zones/);
  });

  it("takes writes through the distributor Service and answers through the query-frontend, the scheduler and a querier", async () => {
    await eventually(
      async () => (await push(distributor, "t1", "first_write", SERIES)) === 200,
      60_000,
      "a push accepted",
    );
    const dispatchedBefore = await schedulerDispatched();
    const counts = await eventually(
      async () => {
        const c = await sampleCounts(frontend, "t1", "first_write");
        return c.size === SERIES ? c : undefined;
      },
      30_000,
      "the series queryable",
    );
    assert.equal(counts?.size, SERIES);
    // The query went through the scheduler's queue to a querier that pulls from it.
    assert.ok(
      (await schedulerDispatched()) > dispatchedBefore,
      "the query-scheduler dispatched the query",
    );
  });

  it("answers through the query-frontend with what a real Prometheus remote-writes into the distributor Service, sample for sample", {
    skip: PROMETHEUS_SKIP,
  }, async () => {
    const proxy = await startTenantProxy(PROM_TENANT, [new URL(distributor).host]);
    const dir = tempDir("opms-prom-");
    const port = await freePort();
    const promUrl = `http://127.0.0.1:${port}`;
    const cfg = join(dir, "prometheus.yml");
    writeFileSync(
      cfg,
      [
        "global:",
        "  scrape_interval: 1s",
        "scrape_configs:",
        `  - job_name: ${PROM_JOB}`,
        "    static_configs:",
        `      - targets: ['127.0.0.1:${port}']`,
        // Its own series, fewer of them: up (never relabelled) and three more.
        "    metric_relabel_configs:",
        "      - source_labels: [__name__]",
        "        regex: prometheus_build_info|prometheus_tsdb_head_series|prometheus_http_requests_total",
        "        action: keep",
        "remote_write:",
        `  - url: ${distributor}/api/v1/push`,
        // Upstream Prometheus sends these headers; Debian's 2.42 drops them, so the proxy adds
        // the tenant (e2e/cluster/tenantproxy.ts).
        "    headers:",
        `      X-Scope-OrgID: ${PROM_TENANT}`,
        `    proxy_url: ${proxy.url}`,
        "    queue_config:",
        "      batch_send_deadline: 1s",
        "      min_backoff: 100ms",
        "      max_backoff: 1s",
        "",
      ].join("\n"),
    );
    const prom = startProcess("prometheus", [
      `--config.file=${cfg}`,
      `--storage.tsdb.path=${join(dir, "data")}`,
      `--web.listen-address=127.0.0.1:${port}`,
      "--log.level=warn",
    ]);
    try {
      await waitReady({ url: promUrl, output: prom.output, proc: prom.proc }, 30_000, "/-/ready");
      // A window of 15 s of scrapes, compared once both sides hold it whole.
      const from = Math.ceil(Date.now() / 1000) + 2;
      const to = from + 15;
      const sel = `{job="${PROM_JOB}",__name__=~"up|prometheus_build_info|prometheus_tsdb_head_series|prometheus_http_requests_total"}`;
      const instant = { query: `${sel}[15s]`, time: String(to) };
      const range = {
        query: `up{job="${PROM_JOB}"}`,
        start: String(from),
        end: String(to),
        step: "1",
      };
      await sleep((to + 2) * 1000 - Date.now());
      const theirs = await promQuery(promUrl, "query", instant);
      const theirsRange = await promQuery(promUrl, "query_range", range);
      const names = new Set(theirs.map((r) => r.metric.__name__));
      assert.deepEqual(
        [...names].sort(),
        [
          "prometheus_build_info",
          "prometheus_http_requests_total",
          "prometheus_tsdb_head_series",
          "up",
        ],
        "Prometheus's own series",
      );
      const up = theirs.find((r) => r.metric.__name__ === "up");
      assert.ok(
        (up?.values?.length ?? 0) >= 12,
        `Prometheus scraped itself (${up?.values?.length})`,
      );
      // Remote write lags the scrapes by a second or two: poll, then compare what came last.
      let ours: PromSeries[] = [];
      let oursRange: PromSeries[] = [];
      let lastError = "";
      await eventually(
        async () => {
          try {
            ours = await promQuery(`${frontend}/prometheus`, "query", instant, PROM_TENANT);
            oursRange = await promQuery(
              `${frontend}/prometheus`,
              "query_range",
              range,
              PROM_TENANT,
            );
            lastError = "";
          } catch (e) {
            lastError = (e as Error).message;
            return undefined;
          }
          return seriesKeyed(ours) === seriesKeyed(theirs) &&
            seriesKeyed(oursRange) === seriesKeyed(theirsRange)
            ? true
            : undefined;
        },
        30_000,
        "the query-frontend answering Prometheus's samples",
      ).catch(() => undefined);
      assert.equal(lastError, "", "queries through the query-frontend");
      assert.equal(seriesKeyed(ours, true), seriesKeyed(theirs, true), "raw samples");
      assert.equal(
        seriesKeyed(oursRange, true),
        seriesKeyed(theirsRange, true),
        "query_range of up",
      );
      assert.ok(proxy.forwarded > 0, "Prometheus remote-wrote through the distributor Service");
    } finally {
      prom.proc.kill("SIGTERM");
      await prom.exited;
      await proxy.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("answers 429 to a tenant over its MimirTenant ingestion_rate once Applied; deleting it lifts the limit", async () => {
    await k.kubectl(["apply", "-f", "-"], tenant(1));
    await eventually(
      async () =>
        cond(await k.json(["get", "mimirtenant", "limited"]), "Applied")?.status === "True",
      300_000,
      "Applied=True",
    );
    const applied = await k.run([
      "wait",
      "--for=condition=Applied",
      "mimirtenant/limited",
      "--timeout=60s",
    ]);
    assert.equal(applied.code, 0, applied.stderr);
    await save("tenant-applied", "mimirtenant", "limited");
    assert.equal(await push(distributor, "limited", "over_limit", 50), 429);
    assert.equal(await push(distributor, "t1", "under_limit", 50), 200, "other tenants unaffected");
    await k.kubectl(["delete", "mimirtenant", "limited"]);
    await eventually(
      async () => (await push(distributor, "limited", "over_limit", 50)) === 200,
      90_000,
      "the limit lifted",
    );
  });

  it("rolls the ingesters zone by zone under load, never two zones down; a new leader finishes the rollout", async () => {
    const core = kc.makeApiClient(CoreV1Api);
    const namespace = k.namespace;
    const informer = makeInformer<V1Pod>(
      kc,
      `/api/v1/namespaces/${namespace}/pods`,
      () => core.listNamespacedPod({ namespace, labelSelector: "rollout-group=ingester" }),
      "rollout-group=ingester",
    );
    let worst = 0;
    let synced = false;
    const downZones = () => {
      const pods = informer.list(namespace);
      return ZONES.filter((z) => {
        const up = pods.filter(
          (p) =>
            p.metadata?.labels?.zone === z &&
            !p.metadata?.deletionTimestamp &&
            p.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True"),
        );
        return up.length < 1;
      });
    };
    const check = () => {
      if (synced) worst = Math.max(worst, downZones().length);
    };
    for (const ev of ["add", "update", "delete"] as const) informer.on(ev, check);
    await informer.start();
    await eventually(async () => informer.list(namespace).length === 3, 15_000, "the informer");
    synced = true;
    check();
    assert.equal(worst, 0);

    const writer = new ContinuousWriter({
      tenant: "t1",
      metric: "rollout_test",
      series: SERIES,
      intervalMs: 500,
      targets: () => [distributor],
    });
    const incomplete: string[] = [];
    let queries = 0;
    let reading = true;
    const reader = (async () => {
      while (reading) {
        if (writer.acked.length > 0) {
          try {
            const c = await sampleCounts(frontend, "t1", "rollout_test");
            queries++;
            if (c.size !== SERIES) incomplete.push(`${c.size} series`);
          } catch (e) {
            incomplete.push((e as Error).message);
          }
        }
        await sleep(500);
      }
    })();
    writer.start();
    try {
      const before = await mc();
      await k.kubectl(
        ["apply", "-f", "-"],
        mimirCluster(namespace, { ingesterArgs: { "ingester.ring.heartbeat-period": "3s" } }),
      );
      // Mid-rollout (the first zone is done or being done): kill the leader.
      await eventually(
        async () => {
          const o = await mc();
          return o.status.rollout?.phase === "RollingOut" && o.status.rollout.zone !== "zone-a"
            ? o
            : undefined;
        },
        240_000,
        "the rollout past its first zone",
      );
      await save("rolling-out");
      const killed = await killLeader();
      await eventually(
        async () => {
          const l = await leader();
          return l && l !== killed;
        },
        120_000,
        "a new leader",
      );
      const done = await readyAt(before.metadata.generation + 1, 300_000, "the rollout finished");
      for (const z of done.status.components.find((c: any) => c.name === "ingester").zones)
        assert.equal(z.currentRevision, z.updateRevision, z.name);
      await sleep(2_000);
    } finally {
      reading = false;
      await reader;
      await writer.stop();
      await informer.stop();
    }
    assert.deepEqual(writer.failures, [], "failed pushes");
    assert.deepEqual(incomplete, [], "incomplete query results");
    assert.ok(queries > 10, `queries ran (${queries})`);
    assert.equal(worst, 1, "ingesters of two zones were down at once (or none ever)");
    const counts = await sampleCounts(frontend, "t1", "rollout_test");
    for (const [s, n] of counts) assert.equal(n, writer.acked.length, `samples of series ${s}`);
    // Every pod runs the new template; events tell each zone's step.
    for (const z of ZONES) {
      const pod = await k.json(["get", "pod", `mimir-ingester-${z}-0`]);
      assert.ok(pod.spec.containers[0].args.includes("-ingester.ring.heartbeat-period=3s"), z);
    }
    const reasons = await k.kubectl([
      "get",
      "events",
      "--field-selector",
      "involvedObject.kind=MimirCluster",
      "-o",
      "jsonpath={.items[*].message}",
    ]);
    for (const z of ZONES) assert.match(reasons, new RegExp(`ingester.*${z}|${z}.*ingester`));
  });

  it("downscales ingesters read-only first, zone by zone, a new leader finishing it, with no failed push", async () => {
    const args = { "ingester.ring.heartbeat-period": "3s" };
    await k.kubectl(
      ["apply", "-f", "-"],
      mimirCluster(k.namespace, { ingesters: 6, ingesterArgs: args }),
    );
    const up = await mc();
    await readyAt(up.metadata.generation, 300_000, "six ingesters Ready");
    const writer = new ContinuousWriter({
      tenant: "t1",
      metric: "downscale_test",
      series: SERIES,
      intervalMs: 500,
      targets: () => [distributor],
    });
    writer.start();
    try {
      await sleep(3_000);
      await k.kubectl(
        ["apply", "-f", "-"],
        mimirCluster(k.namespace, { ingesters: 3, ingesterArgs: args }),
      );
      await eventually(
        async () => {
          const o = await mc();
          return o.status.rollout?.phase === "Downscaling" ? o : undefined;
        },
        300_000,
        "the downscale started",
      );
      await save("downscaling");
      // A pod that goes is read-only in the ring before it is removed.
      await eventually(
        async () => {
          const res = await fetch(`${distributor}/ingester/ring`, {
            headers: { accept: "application/json" },
          });
          const shards = ((await res.json()) as { shards: { id: string; read_only: boolean }[] })
            .shards;
          return shards.some((s) => s.id.endsWith("-1") && s.read_only);
        },
        180_000,
        "a read-only ingester in the ring",
      );
      const killed = await killLeader();
      await eventually(
        async () => {
          const l = await leader();
          return l && l !== killed;
        },
        120_000,
        "a new leader",
      );
      await eventually(
        async () => {
          const o = await mc();
          const zones = o.status.components.find((c: any) => c.name === "ingester")?.zones ?? [];
          return o.status.rollout?.phase === "Idle" &&
            zones.length === 3 &&
            zones.every((z: any) => z.replicas === 1 && z.readyReplicas === 1)
            ? o
            : undefined;
        },
        480_000,
        "one ingester per zone, Idle",
      );
    } finally {
      await writer.stop();
    }
    assert.deepEqual(writer.failures, [], "failed pushes");
    for (const z of ZONES)
      assert.equal((await k.json(["get", "statefulset", `mimir-ingester-${z}`])).spec.replicas, 1);
    const events = await k.kubectl([
      "get",
      "events",
      "--field-selector",
      "involvedObject.kind=MimirCluster",
      "-o",
      "jsonpath={.items[*].message}",
    ]);
    assert.match(events, /read-only|prepare-instance-ring-downscale/i);
    downscaleAcked = writer.acked.length;
  });

  it("returns every sample acknowledged during the downscale once the removed ingesters are gone", async () => {
    assert.ok(downscaleAcked > 0);
    // Everything acknowledged is still returned (from the remaining ingesters and the blocks the
    // removed ones flushed).
    const counts = await eventually(
      async () => {
        const c = await sampleCounts(frontend, "t1", "downscale_test");
        return c.size === SERIES && [...c.values()].every((n) => n === downscaleAcked)
          ? c
          : undefined;
      },
      180_000,
      "every acknowledged sample queryable",
    );
    assert.equal(counts?.size, SERIES);
  });

  it("leaves the replicas of an autoscaled Deployment to its HorizontalPodAutoscaler", async () => {
    const args = { "ingester.ring.heartbeat-period": "3s" };
    await k.kubectl(
      ["apply", "-f", "-"],
      mimirCluster(k.namespace, { ingesters: 3, ingesterArgs: args, querierMin: 2 }),
    );
    const hpa = await eventually(
      async () => k.json(["get", "horizontalpodautoscaler", "mimir-querier"]),
      180_000,
      "the HPA",
    );
    assert.equal(hpa.spec.scaleTargetRef.name, "mimir-querier");
    // The HPA controller raises the Deployment to minReplicas; the operator keeps off it.
    await eventually(
      async () => (await k.json(["get", "deployment", "mimir-querier"])).spec.replicas === 2,
      180_000,
      "the HPA's 2 replicas",
    );
    // A reconcile at a new generation (a limit change) applies everything again.
    const gen = (await mc()).metadata.generation;
    await k.kubectl([
      "patch",
      "mimircluster",
      "mimir",
      "--type=merge",
      "-p",
      '{"spec":{"limits":{"ingestion_rate":100001}}}',
    ]);
    await eventually(
      async () => (await mc()).status.observedGeneration > gen,
      300_000,
      "the operator observing the change",
    );
    const d = await k.json(["get", "deployment", "mimir-querier", "--show-managed-fields"]);
    assert.equal(d.spec.replicas, 2);
    const operatorFields = d.metadata.managedFields.find(
      (m: any) => m.manager === "mimir-ts-operator" && m.operation === "Apply",
    );
    assert.equal(operatorFields.fieldsV1["f:spec"]["f:replicas"], undefined);
  });
});
