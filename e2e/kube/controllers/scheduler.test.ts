import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Store } from "../api/store.ts";
import { syncServiceAccounts } from "./serviceaccounts.ts";
import { syncScheduler } from "./scheduler.ts";

function setup(): Store {
  const s = new Store();
  s.create(s.type("", "v1", "namespaces")!, undefined, { metadata: { name: "ns" } });
  syncServiceAccounts(s);
  for (const z of ["a", "b", "c"])
    s.create(s.type("", "v1", "nodes")!, undefined, {
      metadata: {
        name: `n-${z}`,
        labels: { "topology.kubernetes.io/zone": `zone-${z}`, disk: z === "c" ? "ssd" : "hdd" },
      },
    });
  return s;
}

function pod(name: string, spec: any = {}): any {
  return {
    metadata: { name, labels: { app: "x" } },
    spec: { containers: [{ name: "c", image: "busybox" }], ...spec },
  };
}

function zoneOf(s: Store, name: string): string {
  const p = s.get(s.type("", "v1", "pods")!, "ns", name);
  return s.get(s.type("", "v1", "nodes")!, undefined, p.spec.nodeName).metadata.labels[
    "topology.kubernetes.io/zone"
  ];
}

describe("scheduler", () => {
  it("honours nodeSelector and required node affinity", () => {
    const s = setup();
    const podT = s.type("", "v1", "pods")!;
    s.create(podT, "ns", pod("sel", { nodeSelector: { disk: "ssd" } }));
    s.create(
      podT,
      "ns",
      pod("aff", {
        affinity: {
          nodeAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: {
              nodeSelectorTerms: [
                {
                  matchExpressions: [
                    { key: "topology.kubernetes.io/zone", operator: "In", values: ["zone-b"] },
                  ],
                },
              ],
            },
          },
        },
      }),
    );
    s.create(podT, "ns", pod("none", { nodeSelector: { disk: "tape" } }));
    syncScheduler(s);
    assert.equal(zoneOf(s, "sel"), "zone-c");
    assert.equal(zoneOf(s, "aff"), "zone-b");
    const none = s.get(podT, "ns", "none");
    assert.equal(none.spec.nodeName, undefined);
    assert.equal(
      none.status.conditions.find((c: any) => c.type === "PodScheduled").reason,
      "Unschedulable",
    );
  });

  it("spreads pods over zones with topologySpreadConstraints", () => {
    const s = setup();
    const podT = s.type("", "v1", "pods")!;
    const spread = {
      topologySpreadConstraints: [
        {
          maxSkew: 1,
          topologyKey: "topology.kubernetes.io/zone",
          whenUnsatisfiable: "DoNotSchedule",
          labelSelector: { matchLabels: { app: "x" } },
        },
      ],
    };
    for (let i = 0; i < 6; i++) {
      s.create(podT, "ns", pod(`p${i}`, spread));
      syncScheduler(s);
    }
    const counts: Record<string, number> = {};
    for (let i = 0; i < 6; i++) counts[zoneOf(s, `p${i}`)] = (counts[zoneOf(s, `p${i}`)] ?? 0) + 1;
    assert.deepEqual(counts, { "zone-a": 2, "zone-b": 2, "zone-c": 2 });
  });
});
