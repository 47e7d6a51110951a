import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BasicService, FuncService, type ServiceState } from "./service.ts";

function recordStates(svc: BasicService): ServiceState[] {
  const states: ServiceState[] = [];
  svc.addListener((_from, to) => states.push(to));
  return states;
}

describe("service lifecycle", () => {
  it("goes New -> Starting -> Running -> Stopping -> Terminated", async () => {
    const svc = new BasicService("idle");
    const states = recordStates(svc);
    assert.equal(svc.state(), "New");
    await svc.startAsync();
    assert.equal(svc.state(), "Running");
    await svc.stopAsync();
    assert.deepEqual(states, ["Starting", "Running", "Stopping", "Terminated"]);
    assert.equal(svc.failureCase(), undefined);
  });

  it("fails when starting throws, and startAsync rejects", async () => {
    const svc = new FuncService("bad", {
      starting: async () => {
        throw new Error("boom");
      },
    });
    const states = recordStates(svc);
    await assert.rejects(svc.startAsync(), /boom/);
    assert.equal(svc.state(), "Failed");
    assert.deepEqual(states, ["Starting", "Failed"]);
  });

  it("fails when running throws, after running stopping", async () => {
    let stoppedWith: Error | undefined;
    const svc = new FuncService("crash", {
      running: async () => {
        throw new Error("crashed");
      },
      stopping: async (f) => {
        stoppedWith = f;
      },
    });
    const states = recordStates(svc);
    await svc.startAsync();
    await svc.awaitTerminated();
    assert.equal(svc.state(), "Failed");
    assert.equal(stoppedWith?.message, "crashed");
    assert.deepEqual(states, ["Starting", "Running", "Stopping", "Failed"]);
  });

  it("terminates when running returns by itself", async () => {
    const svc = new FuncService("oneshot", { running: async () => {} });
    await svc.startAsync();
    await svc.awaitTerminated();
    assert.equal(svc.state(), "Terminated");
  });

  it("stopping a New service terminates it without starting", async () => {
    const svc = new BasicService("never");
    await svc.stopAsync();
    assert.equal(svc.state(), "Terminated");
  });

  it("cannot be started twice from a final state", async () => {
    const svc = new BasicService("x");
    await svc.startAsync();
    await svc.stopAsync();
    assert.equal(svc.state(), "Terminated");
    // startAsync returns the original start promise, which already resolved.
    await svc.startAsync();
    assert.equal(svc.state(), "Terminated");
  });
});
