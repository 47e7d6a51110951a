import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  formatSelector,
  jsonPath,
  labelSelectorObject,
  matchFields,
  matchLabels,
  parseFieldSelector,
  parseLabelSelector,
  SelectorError,
} from "./selectors.ts";

describe("label selectors", () => {
  it("parses and matches every operator", () => {
    const reqs = parseLabelSelector("app=web,tier!=db,zone in (a, b),!legacy,track");
    const ok = { app: "web", tier: "front", zone: "b", track: "stable" };
    assert.equal(matchLabels(reqs, ok), true);
    assert.equal(matchLabels(reqs, { ...ok, zone: "c" }), false);
    assert.equal(matchLabels(reqs, { ...ok, legacy: "1" }), false);
    const { track: _t, ...noTrack } = ok;
    assert.equal(matchLabels(reqs, noTrack), false);
    assert.equal(matchLabels(parseLabelSelector("zone notin (a)"), {}), true);
  });

  it("rejects garbage", () => {
    assert.throws(() => parseLabelSelector("a=b,=c"), SelectorError);
  });

  it("converts LabelSelector objects both ways", () => {
    const sel = {
      matchLabels: { app: "x" },
      matchExpressions: [{ key: "z", operator: "In", values: ["a", "b"] }],
    };
    assert.equal(formatSelector(sel), "app=x,z in (a,b)");
    assert.equal(matchLabels(labelSelectorObject(sel), { app: "x", z: "b" }), true);
  });
});

describe("field selectors", () => {
  it("matches dotted paths", () => {
    const pod = { metadata: { name: "p" }, status: { phase: "Running" } };
    assert.equal(
      matchFields(parseFieldSelector("metadata.name=p,status.phase!=Failed"), pod),
      true,
    );
    assert.equal(matchFields(parseFieldSelector("status.phase==Pending"), pod), false);
  });
});

describe("printer-column JSONPath", () => {
  it("evaluates fields, indexes and filters", () => {
    const o = {
      status: {
        conditions: [
          { type: "Ready", status: "True" },
          { type: "Stalled", status: "False" },
        ],
      },
      spec: { l: [1, 2] },
    };
    assert.deepEqual(jsonPath(o, '.status.conditions[?(@.type=="Ready")].status'), ["True"]);
    assert.deepEqual(jsonPath(o, ".spec.l[1]"), [2]);
    assert.deepEqual(jsonPath(o, ".spec.missing"), []);
  });
});
