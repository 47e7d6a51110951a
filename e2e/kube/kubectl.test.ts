/**
 * The local Kubernetes as kubectl sees it (and, with KUBECONFIG set, any real cluster): apply
 * client-side and server-side (a conflict, then --force-conflicts), get in its output forms and
 * with our CRDs' printer columns, describe, scale, rollout status, wait, logs, get --watch,
 * cascading deletes, and our CRD's schema and CEL validation messages.
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { BUSYBOX_IMAGE, eventually, type Kube, REPO, startKube } from "./harness.ts";

function deployment(name: string, replicas: number, env = "1"): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels: {app: ${name}}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: ${name}}}
  strategy: {rollingUpdate: {maxSurge: 1, maxUnavailable: 0}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      terminationGracePeriodSeconds: 2
      containers:
      - name: main
        image: ${BUSYBOX_IMAGE}
        command: ["sh", "-c", "echo started $(MARK); exec sleep 3600"]
        env: [{name: MARK, value: "${env}"}]
        readinessProbe: {exec: {command: ["true"]}, periodSeconds: 1}
`;
}

describe("kubectl against the cluster", { timeout: 150_000 }, () => {
  let k: Kube;
  before(async () => {
    k = await startKube("kubectl");
  });
  after(async () => {
    await k?.close();
  });

  it("installs our CRDs and prints a MimirCluster with the CRD's printer columns", async () => {
    const crds = ["crds/mimirts.dev_mimirclusters.yaml", "crds/mimirts.dev_mimirtenants.yaml"].map(
      (f) => `${REPO}${f}`,
    );
    await k.kubectl(["apply", "--server-side", ...crds.flatMap((f) => ["-f", f])]);
    await k.kubectl([
      "wait",
      "--for=condition=Established",
      "crd/mimirclusters.mimirts.dev",
      "crd/mimirtenants.mimirts.dev",
      "--timeout=30s",
    ]);
    const example = readFileSync(`${REPO}examples/monolithic/mimircluster.yaml`, "utf8").replace(
      /^\s*namespace: .*$/m,
      "",
    );
    const out = await k.kubectl(["apply", "-f", "-"], example);
    assert.match(out, /mimircluster.mimirts.dev\/mimir created/);
    const table = await k.kubectl(["get", "mimirclusters", "-o", "wide"]);
    const [header, row] = table.trim().split("\n");
    assert.deepEqual(header!.split(/\s+/), [
      "NAME",
      "MODE",
      "VERSION",
      "READY",
      "PHASE",
      "PAUSED",
      "AGE",
    ]);
    assert.match(row!, /^mimir\s+monolithic\s+0\.1\.0\s+/);
    // Defaults from the schema are filled in; the short name works.
    const asYaml = await k.kubectl(["get", "mimircluster", "mimir", "-o", "yaml"]);
    assert.match(asYaml, /^kind: MimirCluster$/m);
    assert.match(asYaml, /^ {2}deploymentMode: monolithic$/m);
    const mc = await k.json(["get", "mc", "mimir"]);
    assert.equal(mc.spec.image.repository, "ghcr.io/mimir-ts/mimir-ts");
    assert.equal(mc.metadata.generation, 1);
  });

  it("refuses a MimirCluster that breaks the schema or a CEL rule, with Kubernetes's messages", async () => {
    const bad = `apiVersion: mimirts.dev/v1alpha1
kind: MimirCluster
metadata: {name: bad}
spec:
  deploymentMode: microservices
  storage: {backend: filesystem}
`;
    const r = await k.run(["apply", "-f", "-"], bad);
    assert.notEqual(r.code, 0);
    assert.match(
      r.stderr,
      /MimirCluster "bad" is invalid: spec\.storage\.backend: Invalid value: "object": filesystem storage is only for deploymentMode monolithic/,
    );
    const wrongType = `apiVersion: mimirts.dev/v1alpha1
kind: MimirCluster
metadata: {name: bad2}
spec:
  deploymentMode: sideways
`;
    const r2 = await k.run(["apply", "-f", "-"], wrongType);
    assert.notEqual(r2.code, 0);
    assert.match(
      r2.stderr,
      /spec\.deploymentMode: Unsupported value: "sideways": supported values:/,
    );
    const unknown = `apiVersion: mimirts.dev/v1alpha1
kind: MimirCluster
metadata: {name: bad3}
spec:
  deploymentMode: monolithic
  notAField: 1
`;
    const r3 = await k.run(["apply", "-f", "-"], unknown);
    assert.notEqual(r3.code, 0);
    assert.match(r3.stderr, /unknown field "spec\.notAField"/);
    const none = await k.run(["get", "mc", "bad"]);
    assert.match(none.stderr, /NotFound|not found/);
  });

  it("applies client-side, then server-side with a conflict and --force-conflicts", async () => {
    await k.kubectl(["apply", "-f", "-"], deployment("web", 2));
    const st = await k.kubectl(["rollout", "status", "deployment/web", "--timeout=60s"]);
    assert.match(st, /successfully rolled out/);
    const ssa = deployment("web", 3);
    const conflict = await k.run(
      ["apply", "--server-side", "--field-manager=team-b", "-f", "-"],
      ssa,
    );
    assert.notEqual(conflict.code, 0);
    assert.match(
      conflict.stderr,
      /Apply failed with 1 conflict: conflict with "kubectl-client-side-apply" using apps\/v1: \.spec\.replicas/,
    );
    const forced = await k.kubectl(
      ["apply", "--server-side", "--field-manager=team-b", "--force-conflicts", "-f", "-"],
      ssa,
    );
    assert.match(forced, /serverside-applied/);
    const d = await k.json(["get", "deployment", "web", "--show-managed-fields"]);
    assert.equal(d.spec.replicas, 3);
    const teamB = d.metadata.managedFields.find((m: any) => m.manager === "team-b");
    assert.equal(teamB.operation, "Apply");
    assert.ok(teamB.fieldsV1["f:spec"]["f:replicas"]);
    const csa = d.metadata.managedFields.find(
      (m: any) => m.manager === "kubectl-client-side-apply",
    );
    assert.equal(
      csa.fieldsV1["f:spec"]["f:replicas"],
      undefined,
      "the forced field moved to team-b",
    );
    await k.kubectl(["rollout", "status", "deployment/web", "--timeout=60s"]);
    const wide = await k.kubectl(["get", "deployment", "web", "-o", "wide"]);
    assert.match(wide, /web\s+3\/3\s+3\s+3\s+\S+\s+main\s+busybox/);
  });

  it("rolls a Deployment to a new template and scales it", async () => {
    await k.kubectl(["apply", "-f", "-"], deployment("web", 3, "2"));
    await k.kubectl(["rollout", "status", "deployment/web", "--timeout=90s"]);
    const rs = await k.json(["get", "rs", "-l", "app=web"]);
    const active = rs.items.filter((r: any) => r.spec.replicas > 0);
    assert.equal(active.length, 1);
    assert.equal(active[0].metadata.annotations["deployment.kubernetes.io/revision"], "2");
    const pods = await k.json([
      "get",
      "pods",
      "-l",
      "app=web",
      "--field-selector=status.phase=Running",
    ]);
    const live = pods.items.filter((p: any) => !p.metadata.deletionTimestamp);
    assert.equal(live.length, 3);
    for (const p of live)
      assert.equal(
        p.metadata.labels["pod-template-hash"],
        active[0].metadata.labels["pod-template-hash"],
      );
    await k.kubectl(["scale", "deployment/web", "--replicas=1"]);
    await k.kubectl([
      "wait",
      "--for=jsonpath={.status.replicas}=1",
      "deployment/web",
      "--timeout=30s",
    ]);
    await k.kubectl(["wait", "--for=condition=Available", "deployment/web", "--timeout=30s"]);
    const desc = await k.kubectl(["describe", "deployment", "web"]);
    assert.match(
      desc,
      /Replicas:\s+1 desired \| 1 updated \| 1 total \| 1 available \| 0 unavailable/,
    );
    assert.match(desc, /ScalingReplicaSet/);
  });

  it("prints a container's logs", async () => {
    const pod = await k.json(["get", "pods", "-l", "app=web"]);
    const name = pod.items.find((p: any) => !p.metadata.deletionTimestamp).metadata.name;
    const logs = await eventually(async () => {
      const out = await k.kubectl(["logs", name]);
      return out.includes("started") ? out : "";
    });
    assert.equal(logs.trim(), "started 2");
  });

  it("restarts a failing container with back-off and keeps the previous run's log", async () => {
    await k.kubectl(
      ["apply", "-f", "-"],
      `apiVersion: v1
kind: Pod
metadata: {name: crasher}
spec:
  containers:
  - name: c
    image: ${BUSYBOX_IMAGE}
    command: ["sh", "-c", "echo run at $(date +%s); exit 3"]
`,
    );
    const pod = await eventually(
      async () => {
        const p = await k.json(["get", "pod", "crasher"]);
        const cs = p.status?.containerStatuses?.[0];
        return cs?.restartCount >= 1 && cs.lastState?.terminated ? p : undefined;
      },
      30_000,
      "a restart",
    );
    const cs = pod.status.containerStatuses[0];
    assert.equal(cs.lastState.terminated.exitCode, 3);
    assert.equal(pod.status.phase, "Running");
    const prev = await k.kubectl(["logs", "crasher", "--previous"]);
    assert.match(prev, /^run at \d+\n$/);
    const table = await k.kubectl(["get", "pod", "crasher"]);
    assert.match(table, /crasher\s+0\/1\s+(CrashLoopBackOff|Error|Running)\s+\d+/);
    await k.kubectl(["delete", "pod", "crasher", "--wait=false"]);
  });

  it("stops a pod with SIGTERM, then SIGKILL after its grace period", async () => {
    await k.kubectl(
      ["apply", "-f", "-"],
      `apiVersion: v1
kind: Pod
metadata: {name: stubborn}
spec:
  terminationGracePeriodSeconds: 3
  containers:
  - name: c
    image: ${BUSYBOX_IMAGE}
    command: ["sh", "-c", "trap 'echo got TERM' TERM; echo up; while true; do sleep 0.2; done"]
`,
    );
    await k.kubectl(["wait", "--for=condition=Ready", "pod/stubborn", "--timeout=30s"]);
    const t0 = Date.now();
    await k.kubectl(["delete", "pod", "stubborn", "--timeout=30s"]);
    const took = Date.now() - t0;
    assert.ok(took >= 2_500 && took < 15_000, `deletion took ${took}ms`);
  });

  it("updates a mounted ConfigMap's files when the ConfigMap changes", async () => {
    await k.kubectl(["create", "configmap", "live", "--from-literal=value=one"]);
    await k.kubectl(
      ["apply", "-f", "-"],
      `apiVersion: v1
kind: Pod
metadata: {name: reader}
spec:
  terminationGracePeriodSeconds: 1
  containers:
  - name: c
    image: ${BUSYBOX_IMAGE}
    command: ["sh", "-c", "touch /tmp/mine; while true; do echo value=$(cat /cfg/value); sleep 0.3; done"]
    volumeMounts: [{name: cfg, mountPath: /cfg}, {name: tmp, mountPath: /tmp}]
  volumes:
  - name: cfg
    configMap: {name: live}
  - name: tmp
    emptyDir: {}
`,
    );
    await eventually(
      async () => (await k.kubectl(["logs", "reader"])).includes("value=one"),
      30_000,
      "the first value",
    );
    await k
      .kubectl([
        "create",
        "configmap",
        "live",
        "--from-literal=value=two",
        "--dry-run=client",
        "-o",
        "yaml",
      ])
      .then((y) => k.kubectl(["apply", "-f", "-"], y));
    await eventually(
      async () => (await k.kubectl(["logs", "reader", "--tail=1"])).includes("value=two"),
      60_000,
      "the updated value",
    );
    await k.kubectl(["delete", "pod", "reader", "--wait=false"]);
  });

  it("runs commands in a container with exec (stdin, stdout, stderr, exit code)", async () => {
    const pod = await k.json(["get", "pods", "-l", "app=web"]);
    const name = pod.items.find((p: any) => !p.metadata.deletionTimestamp).metadata.name;
    const out = await k.run(
      [
        "exec",
        "-i",
        name,
        "--",
        "sh",
        "-c",
        "echo mark=$MARK host=$(hostname); cat; echo oops >&2",
      ],
      "from stdin\n",
    );
    assert.equal(out.code, 0, out.stderr);
    assert.equal(out.stdout, `mark=2 host=${name}\nfrom stdin\n`);
    assert.match(out.stderr, /oops/);
    const failed = await k.run(["exec", name, "--", "sh", "-c", "exit 7"]);
    assert.equal(failed.code, 7);
  });

  it("authorizes ServiceAccounts with RBAC (auth can-i, --as)", async () => {
    const ns = k.namespace;
    await k.kubectl(
      ["apply", "-f", "-"],
      `apiVersion: v1
kind: ServiceAccount
metadata: {name: reader}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: pod-reader}
rules:
- apiGroups: [""]
  resources: [pods]
  verbs: [get, list, watch]
- apiGroups: [apps]
  resources: [statefulsets/status]
  verbs: [update]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: reader-reads-pods}
subjects: [{kind: ServiceAccount, name: reader, namespace: ${ns}}]
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: pod-reader}
`,
    );
    const as = `--as=system:serviceaccount:${ns}:reader`;
    const can = async (...args: string[]) =>
      (await k.run(["auth", "can-i", ...args, as])).stdout.trim();
    assert.equal(await can("list", "pods"), "yes");
    assert.equal(await can("update", "statefulsets", "--subresource=status"), "yes");
    assert.equal(await can("update", "statefulsets"), "no");
    assert.equal(await can("delete", "pods"), "no");
    assert.equal(await can("list", "pods", "-n", "default"), "no");
    const denied = await k.run(["get", "configmaps", as]);
    assert.match(
      denied.stderr,
      new RegExp(
        `configmaps is forbidden: User "system:serviceaccount:${ns}:reader" cannot list resource "configmaps" in API group "" in the namespace "${ns}"`,
      ),
    );
    const allowed = await k.run(["get", "pods", as]);
    assert.equal(allowed.code, 0, allowed.stderr);
  });

  it("streams changes with get --watch", async () => {
    const p = spawn(
      "kubectl",
      [
        "-n",
        k.namespace,
        "get",
        "configmaps",
        "-l",
        "watch=me",
        "--watch",
        "--output-watch-events",
      ],
      {
        env: { ...process.env, KUBECONFIG: k.kubeconfig },
      },
    );
    let out = "";
    p.stdout.on("data", (d) => {
      out += d;
    });
    try {
      await new Promise((r) => setTimeout(r, 500));
      await k.kubectl(["create", "configmap", "watched", "--from-literal=a=1"]);
      await k.kubectl(["label", "configmap", "watched", "watch=me"]);
      await k.kubectl(["delete", "configmap", "watched"]);
      await eventually(async () => /DELETED\s+watched/.test(out), 10_000, "watch events");
      assert.match(out, /ADDED\s+watched/);
    } finally {
      p.kill();
    }
  });

  it("deletes with foreground and orphan cascading", async () => {
    await k.kubectl(["apply", "-f", "-"], deployment("gone", 1));
    await k.kubectl(["rollout", "status", "deployment/gone", "--timeout=60s"]);
    await k.kubectl(["delete", "deployment", "gone", "--cascade=foreground", "--timeout=60s"]);
    const left = await k.json(["get", "rs,pods", "-l", "app=gone"]);
    assert.equal(left.items.filter((o: any) => !o.metadata.deletionTimestamp).length, 0);
    await k.kubectl(["apply", "-f", "-"], deployment("kept", 1));
    await k.kubectl(["rollout", "status", "deployment/kept", "--timeout=60s"]);
    await k.kubectl(["delete", "deployment", "kept", "--cascade=orphan"]);
    const rs = await eventually(
      async () => {
        const l = await k.json(["get", "rs", "-l", "app=kept"]);
        return l.items.length === 1 && !l.items[0].metadata.ownerReferences ? l : undefined;
      },
      20_000,
      "an orphaned ReplicaSet",
    );
    assert.equal(rs.items[0].spec.replicas, 1);
    await k.kubectl(["delete", "rs", "-l", "app=kept", "--wait=true", "--timeout=60s"]);
  });

  it("answers 409 on a stale resourceVersion and 404 for what is missing", async () => {
    await k.kubectl(["create", "configmap", "cas", "--from-literal=a=1"]);
    const cm = await k.json(["get", "configmap", "cas"]);
    cm.data.a = "2";
    await k.kubectl(["replace", "-f", "-"], JSON.stringify(cm));
    cm.data.a = "3";
    const stale = await k.run(["replace", "-f", "-"], JSON.stringify(cm));
    assert.match(
      stale.stderr,
      /the object has been modified; please apply your changes to the latest version and try again/,
    );
    // --chunk-size pages through the list with limit and continue.
    await k.kubectl(["create", "configmap", "page2", "--from-literal=a=1"]);
    const paged = await k.kubectl(["get", "configmaps", "--chunk-size=1", "-o", "name"]);
    assert.ok(paged.includes("configmap/cas") && paged.includes("configmap/page2"), paged);
    const missing = await k.run(["get", "configmap", "nope"]);
    assert.match(missing.stderr, /configmaps "nope" not found/);
  });
});
