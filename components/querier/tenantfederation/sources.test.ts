import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { labelsFromObject } from "../../model/labels.ts";
import { newMatcher } from "../../model/matcher.ts";
import { federatedExemplars, federatedMetadata } from "./sources.ts";

type ExemplarSource = Parameters<typeof federatedExemplars>[0];
type MetadataSource = Parameters<typeof federatedMetadata>[0];

const exemplars: ExemplarSource = {
  async exemplars(tenant, sets) {
    return [
      {
        seriesLabels: labelsFromObject({ __name__: "m", t: tenant, sets: String(sets.length) }),
        exemplars: [{ labels: labelsFromObject({ trace_id: tenant }), value: 1, t: 1000 }],
      },
    ];
  },
};

describe("federated exemplars and metadata", () => {
  it("passes a single tenant through unchanged", async () => {
    const r = await federatedExemplars(exemplars, 2).exemplars("a", [[]], 0, 1);
    assert.equal(
      r[0].seriesLabels.some((l) => l.name === "__tenant_id__"),
      false,
    );
  });

  it("queries the tenants a matcher set selects and labels their series", async () => {
    const fe = federatedExemplars(exemplars, 2);
    const all = await fe.exemplars("a|b", [[newMatcher("=", "__name__", "m")]], 0, 1);
    assert.deepEqual(
      all.map((s) => s.seriesLabels.find((l) => l.name === "__tenant_id__")?.value),
      ["a", "b"],
    );
    const onlyB = await fe.exemplars(
      "a|b",
      [[newMatcher("=", "__name__", "m"), newMatcher("=", "__tenant_id__", "b")]],
      0,
      1,
    );
    assert.deepEqual(
      onlyB.map((s) => s.seriesLabels.find((l) => l.name === "t")?.value),
      ["b"],
    );
  });

  it("merges metadata by family, identical entries once", async () => {
    const md: MetadataSource = {
      async metadata(tenant) {
        return {
          up: [{ type: "gauge", help: "Up.", unit: "" }],
          [`only_${tenant}`]: [{ type: "counter", help: tenant, unit: "" }],
        };
      },
    };
    const r = await federatedMetadata(md, 0).metadata("a|b", { limit: -1, limitPerMetric: -1 });
    assert.deepEqual(Object.keys(r).sort(), ["only_a", "only_b", "up"]);
    assert.equal(r.up.length, 1);
  });
});
