import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BackoffLog } from "./backofflog.ts";

describe("BackoffLog", () => {
  it("logs the first occurrence, then once per doubling back-off with the suppressed count", () => {
    let clock = 0;
    const bl = new BackoffLog({ minMs: 1000, maxMs: 4000, now: () => clock });
    const logged: [number, number][] = [];
    const hit = () => bl.occurred("k", (n) => logged.push([clock, n]));
    for (clock = 0; clock < 20_000; clock += 100) hit();
    // Logged at 0, then after 1s, 2s, 4s, 4s, ... back-offs.
    assert.deepEqual(
      logged.map(([t]) => t),
      [0, 1000, 3000, 7000, 11000, 15000, 19000],
    );
    assert.deepEqual(logged[1], [1000, 9]);
    assert.deepEqual(logged[3], [7000, 39]);
    // Other keys are independent; clear() starts over.
    bl.occurred("other", (n) => logged.push([-1, n]));
    assert.deepEqual(logged.at(-1), [-1, 0]);
    bl.clear("k");
    hit();
    assert.deepEqual(logged.at(-1), [clock, 0]);
  });
});
