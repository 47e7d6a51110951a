import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseDuration } from "./duration.ts";

describe("parseDuration", () => {
  it("reads single and compound durations", () => {
    assert.equal(parseDuration("13h"), 13 * 3_600_000);
    assert.equal(parseDuration("1h30m"), 5_400_000);
    assert.equal(parseDuration("500ms"), 500);
    assert.equal(parseDuration("2d"), 172_800_000);
    assert.equal(parseDuration("0"), 0);
  });
  it("refuses anything else", () => {
    assert.throws(() => parseDuration("5"), /invalid duration "5"/);
    assert.throws(() => parseDuration("1h x"), /invalid duration/);
    assert.throws(() => parseDuration(""), /invalid duration/);
  });
});
