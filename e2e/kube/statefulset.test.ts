/**
 * A StatefulSet of real mimir-ts ingesters on the cluster, driven through kubectl only: pods come
 * up Ready through their readiness probes, resolve each other by DNS (a checker pod resolves the
 * headless Service's A and SRV records and calls every ingester's /ready by its pod DNS name),
 * and RollingUpdate and OnDelete updates behave as Kubernetes documents them, shown by the
 * revision hashes and counts in status.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { eventually, type Kube, MIMIR_IMAGE, startKube } from "./harness.ts";

const REPLICAS = 3;

function ingesters(ns: string, mark: string, strategy = "RollingUpdate"): string {
  return `apiVersion: v1
kind: Service
metadata: {name: ingester}
spec:
  clusterIP: None
  publishNotReadyAddresses: false
  selector: {app: ingester}
  ports:
  - {name: http, port: 9009, targetPort: http}
  - {name: grpc, port: 9095, targetPort: grpc}
---
apiVersion: v1
kind: Service
metadata: {name: ingester-http}
spec:
  selector: {app: ingester}
  ports:
  - {name: http, port: 80, targetPort: http}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: ingester}
spec:
  serviceName: ingester
  replicas: ${REPLICAS}
  podManagementPolicy: Parallel
  updateStrategy: {type: ${strategy}}
  selector: {matchLabels: {app: ingester}}
  template:
    metadata:
      labels: {app: ingester}
      annotations: {mark: "${mark}"}
    spec:
      terminationGracePeriodSeconds: 5
      containers:
      - name: ingester
        image: ${MIMIR_IMAGE}
        args:
        - -target=ingester
        - -server.http-listen-port=9009
        - -server.grpc-listen-port=9095
        - -memberlist.join=dns+ingester.${ns}.svc.cluster.local:7946
        - -blocks-storage.tsdb.dir=/data/tsdb
        - -ingester.ring.min-ready-duration=0s
        - -ingester.ring.final-sleep=0s
        ports:
        - {name: http, containerPort: 9009}
        - {name: grpc, containerPort: 9095}
        - {name: gossip, containerPort: 7946}
        env:
        - name: POD_NAME
          valueFrom: {fieldRef: {fieldPath: metadata.name}}
        readinessProbe:
          httpGet: {path: /ready, port: http}
          periodSeconds: 1
        volumeMounts:
        - {name: data, mountPath: /data}
  volumeClaimTemplates:
  - metadata: {name: data}
    spec:
      accessModes: [ReadWriteOnce]
      resources: {requests: {storage: 1Gi}}
`;
}

/** A pod that resolves the ingesters by DNS from inside the cluster and prints what it found. */
function checker(ns: string): string {
  const script = `
const dns = require("node:dns").promises;
const http = require("node:http");
const get = (u) => new Promise((res) => http.get(u, (r) => { r.resume(); res(r.statusCode); }).on("error", (e) => res(e.code)));
(async () => {
  const out = {};
  out.a = (await dns.resolve4("ingester.${ns}.svc.cluster.local")).sort();
  out.srv = (await dns.resolveSrv("_http._tcp.ingester.${ns}.svc.cluster.local")).map((s) => s.name + ":" + s.port).sort();
  out.ready = {};
  for (let i = 0; i < ${REPLICAS}; i++) out.ready["ingester-" + i] = await get("http://ingester-" + i + ".ingester:9009/ready");
  out.clusterIp = await get("http://ingester-http/ready");
  console.log(JSON.stringify(out));
})().catch((e) => { console.log(JSON.stringify({ error: String(e) })); process.exit(1); });
`;
  return `apiVersion: v1
kind: Pod
metadata: {name: dns-check}
spec:
  restartPolicy: Never
  containers:
  - name: check
    image: ${MIMIR_IMAGE}
    command: ["node", "-e", ${JSON.stringify(script)}]
`;
}

describe("a StatefulSet of mimir-ts ingesters", { timeout: 170_000 }, () => {
  let k: Kube;
  before(async () => {
    k = await startKube("sts");
  });
  after(async () => {
    await k?.close();
  });

  async function sts(): Promise<any> {
    return k.json(["get", "statefulset", "ingester"]);
  }

  async function podRevisions(): Promise<Record<string, string>> {
    const pods = await k.json(["get", "pods", "-l", "app=ingester"]);
    const out: Record<string, string> = {};
    for (const p of pods.items)
      if (!p.metadata.deletionTimestamp)
        out[p.metadata.name] = p.metadata.labels["controller-revision-hash"];
    return out;
  }

  it("comes up Ready through readiness probes, with a PVC per pod", async () => {
    await k.kubectl(["apply", "-f", "-"], ingesters(k.namespace, "1"));
    await k.kubectl(["rollout", "status", "statefulset/ingester", "--timeout=90s"]);
    const s = await sts();
    assert.equal(s.status.readyReplicas, REPLICAS);
    assert.equal(s.status.currentRevision, s.status.updateRevision);
    assert.equal(s.status.observedGeneration, s.metadata.generation);
    const revs = await podRevisions();
    assert.deepEqual(Object.keys(revs).sort(), ["ingester-0", "ingester-1", "ingester-2"]);
    for (const r of Object.values(revs)) assert.equal(r, s.status.updateRevision);
    const pvcs = await k.json(["get", "pvc"]);
    assert.deepEqual(pvcs.items.map((p: any) => `${p.metadata.name}:${p.status.phase}`).sort(), [
      "data-ingester-0:Bound",
      "data-ingester-1:Bound",
      "data-ingester-2:Bound",
    ]);
    const cr = await k.json(["get", "controllerrevisions"]);
    assert.ok(
      cr.items.some((r: any) => r.metadata.name === s.status.updateRevision && r.revision === 1),
    );
  });

  it("resolves the pods by DNS from inside the cluster, with SRV records for named ports", async () => {
    await k.kubectl(["apply", "-f", "-"], checker(k.namespace));
    await k.kubectl([
      "wait",
      "--for=jsonpath={.status.phase}=Succeeded",
      "pod/dns-check",
      "--timeout=60s",
    ]);
    const out = JSON.parse((await k.kubectl(["logs", "dns-check"])).trim());
    const pods = await k.json(["get", "pods", "-l", "app=ingester"]);
    const ips = pods.items.map((p: any) => p.status.podIP).sort();
    assert.deepEqual(out.a, ips);
    assert.deepEqual(
      out.srv,
      [0, 1, 2].map((i) => `ingester-${i}.ingester.${k.namespace}.svc.cluster.local:9009`),
    );
    assert.deepEqual(out.ready, { "ingester-0": 200, "ingester-1": 200, "ingester-2": 200 });
    assert.equal(out.clusterIp, 200, "the ClusterIP Service forwards to a ready ingester");
  });

  it("rolls every pod to a new revision with RollingUpdate", async () => {
    const before = await sts();
    await k.kubectl(["apply", "-f", "-"], ingesters(k.namespace, "2"));
    await k.kubectl(["rollout", "status", "statefulset/ingester", "--timeout=120s"]);
    const s = await eventually(
      async () => {
        const x = await sts();
        return x.status.currentRevision === x.status.updateRevision &&
          x.status.updatedReplicas === REPLICAS
          ? x
          : undefined;
      },
      30_000,
      "the update revision to become current",
    );
    assert.notEqual(s.status.updateRevision, before.status.updateRevision);
    assert.equal(s.status.currentReplicas, REPLICAS);
    assert.equal(s.status.readyReplicas, REPLICAS);
    for (const r of Object.values(await podRevisions())) assert.equal(r, s.status.updateRevision);
  });

  it("updates only the pods one deletes with OnDelete", async () => {
    await k.kubectl(["apply", "-f", "-"], ingesters(k.namespace, "2", "OnDelete"));
    const current = (await sts()).status.currentRevision;
    await k.kubectl(["apply", "-f", "-"], ingesters(k.namespace, "3", "OnDelete"));
    const pending = await eventually(
      async () => {
        const x = await sts();
        return x.status.observedGeneration === x.metadata.generation &&
          x.status.updateRevision !== current
          ? x
          : undefined;
      },
      20_000,
      "a new update revision",
    );
    assert.equal(pending.status.currentRevision, current);
    assert.equal(pending.status.updatedReplicas ?? 0, 0);
    await new Promise((r) => setTimeout(r, 1500));
    for (const r of Object.values(await podRevisions()))
      assert.equal(r, current, "no pod is replaced before it is deleted");
    await k.kubectl(["delete", "pod", "ingester-1"]);
    const after = await eventually(
      async () => {
        const x = await sts();
        return x.status.updatedReplicas === 1 && x.status.readyReplicas === REPLICAS
          ? x
          : undefined;
      },
      60_000,
      "the deleted pod to come back at the update revision",
    );
    assert.equal(after.status.currentReplicas, REPLICAS - 1);
    assert.equal(after.status.currentRevision, current);
    const revs = await podRevisions();
    assert.equal(revs["ingester-1"], pending.status.updateRevision);
    assert.equal(revs["ingester-0"], current);
    assert.equal(revs["ingester-2"], current);
  });

  it("scales down from the highest ordinal and keeps its PVC", async () => {
    await k.kubectl(["scale", "statefulset/ingester", "--replicas=2"]);
    await eventually(
      async () =>
        Object.keys(await podRevisions())
          .sort()
          .join() === "ingester-0,ingester-1",
      60_000,
      "ingester-2 to go",
    );
    const pvcs = await k.json(["get", "pvc"]);
    assert.ok(pvcs.items.some((p: any) => p.metadata.name === "data-ingester-2"));
  });
});
