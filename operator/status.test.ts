import assert from "node:assert/strict";
import { describe, it, test } from "node:test";
import { componentStatuses, conditionsFor, podsCannotStart, type WorkloadState } from "./status.ts";

const w = (over: Partial<WorkloadState>): WorkloadState => ({
  kind: "StatefulSet",
  name: "mimir-all",
  component: "all",
  generation: 2,
  observedGeneration: 2,
  replicas: 1,
  readyReplicas: 1,
  updatedReplicas: 1,
  ...over,
});
const get = (cs: { type: string; status: string; reason: string; message: string }[], t: string) =>
  cs.find((c) => c.type === t);

describe("conditionsFor", () => {
  it("is Ready when every workload is observed, updated and ready", () => {
    const cs = conditionsFor(
      { kind: "applied", workloads: [w({})] },
      3,
      undefined,
      "2026-01-01T00:00:00Z",
    );
    assert.deepEqual(
      cs.map((c) => `${c.type}=${c.status}/${c.observedGeneration}`),
      ["Ready=True/3", "Reconciling=False/3", "Stalled=False/3"],
    );
  });

  it("is Reconciling while pods are not ready, naming the workload", () => {
    const cs = conditionsFor(
      { kind: "applied", workloads: [w({ readyReplicas: 0 })] },
      1,
      undefined,
      "t",
    );
    assert.equal(get(cs, "Ready")?.status, "False");
    assert.equal(get(cs, "Reconciling")?.status, "True");
    assert.equal(get(cs, "Ready")?.message, "StatefulSet mimir-all: 0/1 replicas ready");
  });

  it("waits for the controller to observe the generation", () => {
    const cs = conditionsFor(
      { kind: "applied", workloads: [w({ generation: 3 })] },
      1,
      undefined,
      "t",
    );
    assert.equal(get(cs, "Ready")?.status, "False");
    assert.match(get(cs, "Ready")?.message ?? "", /has not observed generation 3/);
  });

  it("is Stalled with the message when the spec cannot work", () => {
    const cs = conditionsFor(
      { kind: "stalled", reason: "InvalidSpec", message: "spec.x is wrong" },
      1,
      undefined,
      "t",
    );
    assert.equal(get(cs, "Stalled")?.status, "True");
    assert.equal(get(cs, "Stalled")?.message, "spec.x is wrong");
    assert.equal(get(cs, "Ready")?.status, "False");
  });

  it("is Unknown on a transient error", () => {
    const cs = conditionsFor(
      { kind: "error", reason: "ApplyFailed", message: "boom" },
      1,
      undefined,
      "t",
    );
    assert.equal(get(cs, "Ready")?.status, "Unknown");
    assert.equal(get(cs, "Reconciling")?.status, "True");
  });

  it("keeps lastTransitionTime while the status value is unchanged", () => {
    const first = conditionsFor(
      { kind: "applied", workloads: [w({ readyReplicas: 0 })] },
      1,
      undefined,
      "t1",
    );
    const second = conditionsFor({ kind: "applied", workloads: [w({})] }, 1, first, "t2");
    assert.equal(second.find((c) => c.type === "Stalled")?.lastTransitionTime, "t1");
    assert.equal(second.find((c) => c.type === "Ready")?.lastTransitionTime, "t2");
  });
});

describe("componentStatuses", () => {
  it("sums zones and lists them", () => {
    const cs = componentStatuses([
      w({ name: "m-ingester-zone-b", component: "ingester", zone: "zone-b", readyReplicas: 0 }),
      w({ name: "m-ingester-zone-a", component: "ingester", zone: "zone-a" }),
      w({
        kind: "Deployment",
        name: "m-distributor",
        component: "distributor",
        replicas: 2,
        readyReplicas: 2,
        updatedReplicas: 2,
      }),
    ]);
    assert.deepEqual(cs, [
      { name: "distributor", replicas: 2, readyReplicas: 2, updatedReplicas: 2 },
      {
        name: "ingester",
        replicas: 2,
        readyReplicas: 1,
        updatedReplicas: 2,
        zones: [
          { name: "zone-a", replicas: 1, readyReplicas: 1, updatedReplicas: 1 },
          { name: "zone-b", replicas: 1, readyReplicas: 0, updatedReplicas: 1 },
        ],
      },
    ]);
  });
});

test("podsCannotStart: stuck pods grouped by reason, a missing S3 Secret names the keys to create", () => {
  const waiting = (name: string, reason: string, message: string) => ({
    metadata: { name },
    status: { containerStatuses: [{ state: { waiting: { reason, message } } }] },
  });
  assert.equal(podsCannotStart([]), undefined);
  assert.equal(
    podsCannotStart([waiting("a", "ContainerCreating", ""), waiting("b", "CrashLoopBackOff", "x")]),
    undefined,
  );
  const pods = ["d-1", "i-0", "q-1", "s-0", "c-0"].map((n) =>
    waiting(n, "CreateContainerConfigError", 'secret "mimir-s3" not found'),
  );
  assert.equal(
    podsCannotStart(pods, { name: "mimir-s3" }),
    'pods cannot start (c-0, d-1, i-0 and 2 more): CreateContainerConfigError: secret "mimir-s3" not found: create Secret mimir-s3 with the keys AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (spec.storage.s3.credentialsSecret)',
  );
  const deleted = { ...pods[0], metadata: { name: "x", deletionTimestamp: "now" } };
  assert.equal(podsCannotStart([deleted]), undefined);
});
