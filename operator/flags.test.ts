import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { durationMs, parseFlags } from "./flags.ts";

describe("parseFlags", () => {
  it("has defaults", () => {
    const f = parseFlags([], { POD_NAMESPACE: "ops" });
    assert.deepEqual(f.namespaces, []);
    assert.equal(f.leaseNamespace, "ops");
    assert.equal(f.leaderElect, true);
    assert.equal(f.listenPort, 8080);
  });

  it("reads namespaces, ports and durations in both spellings", () => {
    const f = parseFlags(
      [
        "-namespace=a,b",
        "--namespace",
        "c",
        "-http-listen-port=0",
        "-resync-period=30s",
        "-leader-elect=false",
        "-leader-election-lease-duration",
        "4s",
      ],
      {},
    );
    assert.deepEqual(f.namespaces, ["a", "b", "c"]);
    assert.equal(f.listenPort, 0);
    assert.equal(f.resyncMs, 30_000);
    assert.equal(f.leaderElect, false);
    assert.equal(f.leaseDurationSeconds, 4);
  });

  it("refuses unknown flags and bad values with Go's wording", () => {
    assert.throws(() => parseFlags(["-nope=1"], {}), /flag provided but not defined: -nope/);
    assert.throws(() => parseFlags(["-workers=x"], {}), /invalid value "x" for flag -workers/);
    assert.throws(() => durationMs("5"), /invalid duration/);
  });
});
