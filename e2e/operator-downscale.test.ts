/**
 * The read-only downscale state machine against the Kubernetes API, on hand-written zone
 * StatefulSets: every step uses a fresh driver that knows only what the API stores (as after an
 * operator restart). Ingester endpoints are recorded by a stand-in caller, since the pods here
 * are busybox: zone by zone, the pods that go are made read-only, shut down after the delay,
 * then replicas drop; the next zone waits the minimum time; raising replicas while pods are
 * read-only makes them writable again.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { KubeConfig } from "@kubernetes/client-node";
import {
  decideDownscale,
  DownscaleDriver,
  type PodCaller,
  STATE_ANNOTATION,
} from "../operator/downscale.ts";
import { BUSYBOX_IMAGE, type Kube, startKube } from "./kube/harness.ts";

const ZONES = ["zone-a", "zone-b"];
const DELAY_MS = 1_000;
const MIN_BETWEEN_MS = 2_000;

function statefulSet(zone: string): string {
  return `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ingester-${zone}
  labels: {rollout-group: ingester, zone: ${zone}}
spec:
  replicas: 2
  serviceName: ingester
  podManagementPolicy: Parallel
  updateStrategy: {type: OnDelete}
  selector: {matchLabels: {name: ingester-${zone}}}
  template:
    metadata: {labels: {name: ingester-${zone}}}
    spec:
      terminationGracePeriodSeconds: 1
      containers:
      - name: main
        image: ${BUSYBOX_IMAGE}
        command: ["sh", "-c", "exec sleep 3600"]
`;
}

describe("read-only downscale driver", { timeout: 120_000 }, () => {
  let k: Kube;
  let kc: KubeConfig;
  before(async () => {
    k = await startKube("downscale");
    kc = new KubeConfig();
    kc.loadFromFile(k.kubeconfig);
    await k.kubectl(["apply", "-f", "-"], ZONES.map(statefulSet).join("---\n"));
  });
  after(async () => {
    await k?.close();
  });

  const calls: { at: number; call: string }[] = [];
  const caller: PodCaller = async (method, pod, path) => {
    calls.push({ at: Date.now(), call: `${method} ${pod} ${path}` });
    return 200;
  };
  /** One step as a freshly started operator would take it. */
  const step = async (desired: Map<string, number>) => {
    const driver = new DownscaleDriver(kc);
    const { zones, lastDownscale } = await driver.observe(
      k.namespace,
      "rollout-group=ingester",
      desired,
    );
    const d = decideDownscale(zones, Date.now(), DELAY_MS, MIN_BETWEEN_MS, lastDownscale);
    await driver.act(
      k.namespace,
      d,
      caller,
      zones.map((z) => z.statefulSet),
      new Date(),
    );
    return d;
  };

  it("downscales zone by zone: read-only, delay, prepare-shutdown, replicas; min time between zones", async () => {
    const desired = new Map(ZONES.map((z) => [`ingester-${z}`, 1]));
    const kinds: string[] = [];
    const end = Date.now() + 30_000;
    for (;;) {
      const d = await step(desired);
      if (d.kind === "idle") break;
      if (kinds[kinds.length - 1] !== `${d.kind} ${"zone" in d ? d.zone : ""}`)
        kinds.push(`${d.kind} ${"zone" in d ? d.zone : ""}`);
      if (d.kind === "prepare") {
        // Persisted where a restarted operator finds it.
        const s = await k.json(["get", "statefulset", d.statefulSet]);
        assert.deepEqual(JSON.parse(s.metadata.annotations[STATE_ANNOTATION]).pods, d.pods);
        assert.equal(s.spec.replicas, 2, "replicas stay up while the pods are read-only");
      }
      assert.ok(Date.now() < end, "downscale did not finish");
      await new Promise((r) => setTimeout(r, 200));
    }
    // (Waits in between depend on how fast the steps run; the call times below check them.)
    assert.deepEqual(
      kinds.filter((x) => !x.startsWith("wait")),
      ["prepare zone-a", "shutdown zone-a", "prepare zone-b", "shutdown zone-b"],
    );
    assert.ok(
      kinds.includes("wait zone-b"),
      "zone-b waited for the min time between zone downscales",
    );
    assert.deepEqual(
      calls.map((c) => c.call),
      [
        "POST ingester-zone-a-1 /ingester/prepare-instance-ring-downscale",
        "POST ingester-zone-a-1 /ingester/prepare-shutdown",
        "POST ingester-zone-b-1 /ingester/prepare-instance-ring-downscale",
        "POST ingester-zone-b-1 /ingester/prepare-shutdown",
      ],
    );
    assert.ok(calls[1].at - calls[0].at >= DELAY_MS, "read-only delay kept");
    assert.ok(calls[2].at - calls[1].at >= MIN_BETWEEN_MS, "min time between zone downscales kept");
    for (const z of ZONES) {
      const s = await k.json(["get", "statefulset", `ingester-${z}`]);
      assert.equal(s.spec.replicas, 1);
      assert.equal(s.metadata.annotations[STATE_ANNOTATION], undefined);
    }
  });

  it("makes read-only pods writable again when replicas go back up", async () => {
    calls.length = 0;
    // Upscale is immediate.
    assert.equal((await step(new Map([["ingester-zone-a", 2]]))).kind, "upscale");
    assert.equal((await k.json(["get", "statefulset", "ingester-zone-a"])).spec.replicas, 2);
    // Past the min time, zone-a goes down again; then the user changes their mind.
    await new Promise((r) => setTimeout(r, MIN_BETWEEN_MS));
    assert.equal((await step(new Map([["ingester-zone-a", 1]]))).kind, "prepare");
    assert.equal((await step(new Map([["ingester-zone-a", 2]]))).kind, "cancel");
    assert.deepEqual(
      calls.map((c) => c.call),
      [
        "POST ingester-zone-a-1 /ingester/prepare-instance-ring-downscale",
        "DELETE ingester-zone-a-1 /ingester/prepare-instance-ring-downscale",
      ],
    );
    const s = await k.json(["get", "statefulset", "ingester-zone-a"]);
    assert.equal(s.spec.replicas, 2);
    assert.equal(s.metadata.annotations[STATE_ANNOTATION], undefined);
  });
});
