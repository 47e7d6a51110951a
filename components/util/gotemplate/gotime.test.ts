import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { durationString, GoTime, loadLocation } from "./gotime.ts";

describe("Go time formatting", () => {
  const t = GoTime.fromMillis(Date.UTC(2006, 0, 2, 15, 4, 5, 120));
  it("formats Go reference layouts", () => {
    assert.equal(t.String(), "2006-01-02 15:04:05.12 +0000 UTC");
    assert.equal(
      t.Format("Mon Jan _2 3:04:05PM 2006 .000 ,999 Z07:00 -0700 MST"),
      "Mon Jan  2 3:04:05PM 2006 .120 ,12 Z +0000 UTC",
    );
    assert.equal(t.Format("January 02 06 002 pm"), "January 02 06 002 pm");
    assert.equal(t.In(loadLocation("America/New_York")).Format("15:04 -07:00"), "10:04 -05:00");
    assert.equal(
      GoTime.fromMillis(Date.parse("0001-01-01T00:00:00Z")).String(),
      "0001-01-01 00:00:00 +0000 UTC",
    );
    assert.equal(t.Unix(), 1136214245n);
  });
  it("prints durations like time.Duration.String", () => {
    assert.equal(durationString(0n), "0s");
    assert.equal(durationString(1500n), "1.5µs");
    assert.equal(durationString(1_500_000n), "1.5ms");
    assert.equal(durationString(90_500_000_000n), "1m30.5s");
    assert.equal(durationString(-3_723_000_000_000n), "-1h2m3s");
    assert.equal(durationString(3_600_000_000_000n * 100n), "100h0m0s");
  });
});
