import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { appliedProblem } from "./applied.ts";

const served = `overrides:
  team-a:
    ingestion_rate: 1234
    compactor_blocks_retention_period: 8760h
    drop_labels:
      - pod_template_hash
`;

describe("appliedProblem", () => {
  it("accepts served values equal as numbers, durations or JSON", () => {
    assert.equal(
      appliedProblem(
        "team-a",
        {
          ingestion_rate: 1234,
          compactor_blocks_retention_period: "365d",
          drop_labels: ["pod_template_hash"],
        },
        served,
      ),
      undefined,
    );
  });
  it("says which value differs, and when the tenant is missing", () => {
    assert.equal(
      appliedProblem("team-a", { ingestion_rate: 999 }, served),
      "ingestion_rate is 1234, not 999 yet",
    );
    assert.equal(
      appliedProblem("team-b", { ingestion_rate: 1 }, served),
      "no overrides for tenant team-b yet",
    );
    assert.match(appliedProblem("team-a", {}, "a: [") ?? "", /not YAML/);
  });
});
