/**
 * The operator end to end, driven only through kubectl and the Kubernetes API (so it runs
 * against a real cluster too: set KUBECONFIG, and MIMIR_TS_OPERATOR_IMAGE to a pushed operator
 * image): install/ with `kubectl apply -k` (two replicas, one leading through a Lease), a
 * monolithic MimirCluster whose children the operator creates and owns until its pod is Ready
 * and Ready=True; a MimirTenant changes only the runtime ConfigMap (no pod restarts); a spec
 * that cannot run sets Stalled=True and recovers; after the leader pod is deleted the standby
 * takes the Lease and a config change rolls the pod; deleting the MimirCluster garbage-collects
 * every child.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  eventually,
  type Kube,
  mimirImageSpec,
  REPO,
  runKubectl,
  startKube,
} from "./kube/harness.ts";

const OPERATOR_IMAGE =
  process.env.MIMIR_TS_OPERATOR_IMAGE ?? "ghcr.io/mimir-ts/mimir-ts-operator:0.1.0";
const SYSTEM_NS = "mimir-ts-system";

function cluster(
  opts: { replicas?: number; ingestionRate?: number; s3?: boolean; size?: string } = {},
): string {
  return `apiVersion: mimirts.dev/v1alpha1
kind: MimirCluster
metadata:
  name: mimir
spec:
  deploymentMode: monolithic
  version: 0.1.0
  image: ${mimirImageSpec()}
  storage:
${opts.s3 ? "    backend: s3\n    s3: {bucket: mimir, endpoint: s3.example.com}" : "    backend: filesystem"}
  components:
    all:
      replicas: ${opts.replicas ?? 1}
      resources:
        requests: {cpu: 100m, memory: 256Mi}
        limits: {memory: 1Gi}
      persistence:
        size: ${opts.size ?? "1Gi"}
  limits:
    ingestion_rate: ${opts.ingestionRate ?? 20000}
`;
}

function tenant(rate: number): string {
  return `apiVersion: mimirts.dev/v1alpha1
kind: MimirTenant
metadata:
  name: team-a
spec:
  cluster: mimir
  limits:
    ingestion_rate: ${rate}
`;
}

const cond = (o: any, type: string) =>
  (o.status?.conditions ?? []).find((c: any) => c.type === type);

describe("operator", { timeout: 240_000 }, () => {
  let k: Kube;
  const sys = (args: string[], stdin?: string) => runKubectl(k.kubeconfig, args, stdin);

  before(async () => {
    k = await startKube("operator");
    const rendered = await sys(["kustomize", `${REPO}install`]);
    assert.equal(rendered.code, 0, rendered.stderr);
    const manifests = rendered.stdout.replaceAll(
      "ghcr.io/mimir-ts/mimir-ts-operator:0.1.0",
      OPERATOR_IMAGE,
    );
    const applied = await sys(["apply", "--server-side", "-f", "-"], manifests);
    assert.equal(applied.code, 0, applied.stderr);
    const rolled = await sys([
      "-n",
      SYSTEM_NS,
      "rollout",
      "status",
      "deployment/mimir-ts-operator",
      "--timeout=90s",
    ]);
    assert.equal(rolled.code, 0, rolled.stderr + rolled.stdout);
  });

  after(async () => {
    if (k && !k.local) {
      await sys(["delete", "namespace", SYSTEM_NS, "--wait=false"]);
      await sys(["delete", "clusterrolebinding,clusterrole", "mimir-ts-operator"]);
    }
    await k?.close();
  });

  it("installs with least privilege: no Secrets, and status but not spec of MimirClusters", async () => {
    const as = `--as=system:serviceaccount:${SYSTEM_NS}:mimir-ts-operator`;
    const can = async (verb: string, what: string) =>
      (await k.run(["auth", "can-i", verb, ...what.split(" "), as])).stdout.trim();
    assert.equal(await can("patch", "statefulsets.apps"), "yes");
    assert.equal(await can("patch", "mimirclusters.mimirts.dev --subresource=status"), "yes");
    assert.equal(await can("patch", "mimirclusters.mimirts.dev"), "no");
    assert.equal(await can("get", "secrets"), "no");
  });

  it("creates the children of a MimirCluster, owned by it, until the pod and the cluster are Ready", async () => {
    await k.kubectl(["apply", "-f", "-"], cluster());
    const waited = await k.run([
      "wait",
      "--for=condition=Ready",
      "mimircluster/mimir",
      "--timeout=120s",
    ]);
    assert.equal(waited.code, 0, waited.stderr);
    const mc = await k.json(["get", "mimircluster", "mimir"]);
    assert.equal(mc.status.observedGeneration, mc.metadata.generation);
    assert.deepEqual(
      ["Ready", "Reconciling", "Stalled"].map((t) => `${t}=${cond(mc, t)?.status}`),
      ["Ready=True", "Reconciling=False", "Stalled=False"],
    );
    assert.deepEqual(mc.status.components, [
      { name: "all", replicas: 1, readyReplicas: 1, updatedReplicas: 1 },
    ]);
    const sts = await k.json(["get", "statefulset", "mimir-all", "--show-managed-fields"]);
    assert.deepEqual(
      sts.metadata.ownerReferences.map(
        (r: any) => `${r.kind}/${r.name}/${r.uid === mc.metadata.uid}/${r.controller}`,
      ),
      ["MimirCluster/mimir/true/true"],
    );
    assert.ok(
      sts.metadata.managedFields.some(
        (m: any) => m.manager === "mimir-ts-operator" && m.operation === "Apply",
      ),
    );
    const pod = await k.json(["get", "pod", "mimir-all-0"]);
    assert.ok(pod.status.conditions.some((c: any) => c.type === "Ready" && c.status === "True"));
    const names = (
      await k.kubectl([
        "get",
        "configmap,service",
        "-l",
        "app.kubernetes.io/instance=mimir",
        "-o",
        "name",
      ])
    )
      .trim()
      .split("\n")
      .sort();
    assert.deepEqual(names, [
      "configmap/mimir-config",
      "configmap/mimir-runtime",
      "service/mimir-all",
      "service/mimir-all-headless",
      "service/mimir-gossip-ring",
    ]);
    const events = await k.kubectl([
      "get",
      "events",
      "--field-selector",
      "involvedObject.kind=MimirCluster",
      "-o",
      "jsonpath={.items[*].reason}",
    ]);
    assert.match(events, /Ready/);
  });

  it("writes a MimirTenant into the runtime ConfigMap only: no pod restarts", async () => {
    const sts = await k.json(["get", "statefulset", "mimir-all"]);
    const pod = await k.json(["get", "pod", "mimir-all-0"]);
    await k.kubectl(["apply", "-f", "-"], tenant(1234));
    await eventually(
      async () =>
        /team-a:\s*\n\s*ingestion_rate: 1234/.test(
          (await k.json(["get", "configmap", "mimir-runtime"])).data["runtime.yaml"],
        ),
      30_000,
      "the tenant in runtime.yaml",
    );
    const t = await eventually(
      async () => {
        const o = await k.json(["get", "mimirtenant", "team-a"]);
        return cond(o, "Ready")?.status === "True" &&
          o.status.observedGeneration === o.metadata.generation
          ? o
          : undefined;
      },
      30_000,
      "the tenant's Ready condition",
    );
    assert.equal(t.status.tenantId, "team-a");
    // Applied only once the running pod serves the limit at /runtime_config.
    const applied = await k.run([
      "wait",
      "--for=condition=Applied",
      "mimirtenant/team-a",
      "--timeout=90s",
    ]);
    assert.equal(applied.code, 0, applied.stderr);
    const events = await k.kubectl([
      "get",
      "events",
      "--field-selector",
      "involvedObject.kind=MimirTenant",
      "-o",
      "jsonpath={.items[*].reason}",
    ]);
    assert.match(events, /Applied/);
    assert.equal(t.status.effectiveLimits.ingestion_rate, 1234);
    // A limit change: the ConfigMap changes, nothing else.
    await k.kubectl(["apply", "-f", "-"], tenant(999));
    await eventually(
      async () =>
        /ingestion_rate: 999/.test(
          (await k.json(["get", "configmap", "mimir-runtime"])).data["runtime.yaml"],
        ),
      30_000,
      "the new limit",
    );
    const stsAfter = await k.json(["get", "statefulset", "mimir-all"]);
    const podAfter = await k.json(["get", "pod", "mimir-all-0"]);
    assert.equal(stsAfter.metadata.generation, sts.metadata.generation);
    assert.equal(podAfter.metadata.uid, pod.metadata.uid);
    // Deleting the tenant removes its overrides.
    await k.kubectl(["delete", "mimirtenant", "team-a"]);
    await eventually(
      async () =>
        !/team-a/.test((await k.json(["get", "configmap", "mimir-runtime"])).data["runtime.yaml"]),
      30_000,
      "the tenant gone from runtime.yaml",
    );
  });

  it("is refused by kubectl for a CEL rule; sets Stalled=True for a spec that cannot run, and recovers", async () => {
    const refused = await k.run(["apply", "-f", "-"], cluster({ replicas: 2 }));
    assert.notEqual(refused.code, 0);
    assert.match(refused.stderr, /filesystem storage is only for a single replica; use s3/);
    await k.kubectl(["apply", "-f", "-"], cluster({ replicas: 2, s3: true }));
    const stalled = await eventually(
      async () => {
        const o = await k.json(["get", "mimircluster", "mimir"]);
        return cond(o, "Stalled")?.status === "True" &&
          o.status.observedGeneration === o.metadata.generation
          ? o
          : undefined;
      },
      30_000,
      "Stalled=True",
    );
    assert.match(cond(stalled, "Stalled").message, /spec\.components\.all\.replicas: 2/);
    assert.equal(cond(stalled, "Ready").status, "False");
    assert.equal((await k.json(["get", "statefulset", "mimir-all"])).spec.replicas, 1);
    await k.kubectl(["apply", "-f", "-"], cluster());
    const waited = await k.run([
      "wait",
      "--for=condition=Stalled=False",
      "mimircluster/mimir",
      "--timeout=30s",
    ]);
    assert.equal(waited.code, 0, waited.stderr);
  });

  it("hands over to the standby replica, which rolls the pod on a config change", async () => {
    const lease = await k.json(["-n", SYSTEM_NS, "get", "lease", "mimir-ts-operator"]);
    const leader = lease.spec.holderIdentity.split("_")[0];
    const pods = (
      await k.kubectl([
        "-n",
        SYSTEM_NS,
        "get",
        "pods",
        "-l",
        "app.kubernetes.io/name=mimir-ts-operator",
        "-o",
        "jsonpath={.items[*].metadata.name}",
      ])
    ).split(" ");
    assert.ok(pods.includes(leader), `${leader} among ${pods}`);
    await k.kubectl(["-n", SYSTEM_NS, "delete", "pod", leader, "--wait=false"]);
    await eventually(
      async () => {
        const l = await k.json(["-n", SYSTEM_NS, "get", "lease", "mimir-ts-operator"]);
        const holder = l.spec.holderIdentity?.split("_")[0];
        return holder && holder !== leader;
      },
      45_000,
      "a new leader",
    );
    const pod = await k.json(["get", "pod", "mimir-all-0"]);
    const checksum = (await k.json(["get", "statefulset", "mimir-all"])).spec.template.metadata
      .annotations["checksum/config"];
    await k.kubectl(["apply", "-f", "-"], cluster({ ingestionRate: 30000 }));
    await eventually(
      async () =>
        (await k.json(["get", "statefulset", "mimir-all"])).spec.template.metadata.annotations[
          "checksum/config"
        ] !== checksum,
      30_000,
      "a new config checksum",
    );
    const ready = await eventually(
      async () => {
        const o = await k.json(["get", "mimircluster", "mimir"]);
        return cond(o, "Ready")?.status === "True" &&
          cond(o, "Ready").observedGeneration === o.metadata.generation
          ? o
          : undefined;
      },
      120_000,
      "Ready=True at the new generation",
    );
    assert.equal(ready.status.observedGeneration, ready.metadata.generation);
    const podAfter = await k.json(["get", "pod", "mimir-all-0"]);
    assert.notEqual(podAfter.metadata.uid, pod.metadata.uid);
  });

  it("expands the PVC in place when persistence grows, recreating the StatefulSet without deleting its pod", async () => {
    const sts = await k.json(["get", "statefulset", "mimir-all"]);
    const pod = await k.json(["get", "pod", "mimir-all-0"]);
    await k.kubectl(["apply", "-f", "-"], cluster({ ingestionRate: 30000, size: "2Gi" }));
    await eventually(
      async () =>
        (await k.json(["get", "pvc", "storage-mimir-all-0"])).spec.resources.requests.storage ===
        "2Gi",
      30_000,
      "the PVC expanded",
    );
    const recreated = await eventually(
      async () => {
        const s = await k.json(["get", "statefulset", "mimir-all"]);
        return s.metadata.uid !== sts.metadata.uid &&
          s.spec.volumeClaimTemplates[0].spec.resources.requests.storage === "2Gi"
          ? s
          : undefined;
      },
      30_000,
      "the StatefulSet recreated",
    );
    assert.equal(recreated.metadata.ownerReferences[0].kind, "MimirCluster");
    // The pod was orphaned, not deleted. (Kubernetes's StatefulSet controller then adopts it; the
    // local Kubernetes does not adopt pods of a recreated StatefulSet yet, so Ready is not
    // awaited here.)
    assert.equal((await k.json(["get", "pod", "mimir-all-0"])).metadata.uid, pod.metadata.uid);
  });

  it("garbage-collects every child when the MimirCluster is deleted", async () => {
    await k.kubectl(["delete", "mimircluster", "mimir"]);
    await eventually(
      async () =>
        (
          await k.kubectl([
            "get",
            "statefulset,service,configmap,serviceaccount,poddisruptionbudget",
            "-l",
            "app.kubernetes.io/instance=mimir",
            "-o",
            "name",
          ])
        ).trim() === "",
      60_000,
      "children deleted",
    );
  });
});
