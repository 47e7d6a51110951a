import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Store } from "../api/store.ts";
import { syncHorizontalPodAutoscalers } from "./hpa.ts";

describe("HorizontalPodAutoscaler controller", () => {
  it("keeps the target within min and max replicas and owns the replicas field", () => {
    const s = new Store();
    s.create(s.type("", "v1", "namespaces")!, undefined, { metadata: { name: "ns" } });
    const deploy = s.type("apps", "v1", "deployments")!;
    const hpaT = s.type("autoscaling", "v2", "horizontalpodautoscalers")!;
    const tmpl = {
      metadata: { labels: { a: "b" } },
      spec: { containers: [{ name: "c", image: "i" }] },
    };
    s.create(
      deploy,
      "ns",
      {
        metadata: { name: "q" },
        spec: { replicas: 1, selector: { matchLabels: { a: "b" } }, template: tmpl },
      },
      { manager: "operator" },
    );
    s.create(hpaT, "ns", {
      metadata: { name: "q" },
      spec: {
        scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "q" },
        minReplicas: 3,
        maxReplicas: 5,
      },
    });
    syncHorizontalPodAutoscalers(s);
    const d = s.get(deploy, "ns", "q");
    assert.equal(d.spec.replicas, 3);
    const owner = d.metadata.managedFields.find((m: any) => m.fieldsV1?.["f:spec"]?.["f:replicas"]);
    assert.equal(owner.manager, "horizontal-pod-autoscaler");
    const hpa = s.get(hpaT, "ns", "q");
    assert.equal(hpa.status.desiredReplicas, 3);
    assert.equal(
      hpa.status.conditions.find((c: any) => c.type === "ScalingActive").status,
      "False",
    );
    s.update(deploy, "ns", "q", { ...d, spec: { ...d.spec, replicas: 9 } });
    syncHorizontalPodAutoscalers(s);
    assert.equal(s.get(deploy, "ns", "q").spec.replicas, 5);
  });
});
