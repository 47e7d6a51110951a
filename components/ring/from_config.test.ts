import assert from "node:assert/strict";
import { test } from "node:test";
import { defaultsOf } from "../util/config/spec.ts";
import { ringBlock } from "./config.ts";
import {
  instanceAddress,
  lifecyclerConfigFromValues,
  ringConfigFromValues,
} from "./from_config.ts";

test("ring and lifecycler settings from a ring block's values", () => {
  const v = defaultsOf(
    ringBlock("store-gateway.sharding-ring", {
      replicationFactor: 3,
      numTokens: 512,
      autoForgetUnhealthyPeriods: 10,
      zoneAwareness: true,
      tokensFile: true,
    }),
  );
  v.instance_addr = "10.1.2.3";
  v.instance_availability_zone = "zone-a";
  const rc = ringConfigFromValues(v);
  assert.deepEqual(rc, {
    heartbeatTimeoutMs: 60_000,
    replicationFactor: 3,
    zoneAwarenessEnabled: false,
    excludedZones: [],
  });
  const lc = lifecyclerConfigFromValues(v, {
    ringName: "store-gateway",
    ringKey: "store-gateway",
    grpcPort: 9095,
    host: "sg-0",
  });
  assert.equal(lc.id, "sg-0");
  assert.equal(lc.addr, "10.1.2.3:9095");
  assert.equal(lc.zone, "zone-a");
  assert.equal(lc.numTokens, 512);
  assert.equal(lc.autoForgetUnhealthyPeriods, 10);
  assert.equal(lc.heartbeatPeriodMs, 15_000);
});

test("instance address: configured, then named interfaces, then any private IPv4", () => {
  const ifaces = {
    lo: [{ address: "127.0.0.1", family: "IPv4", internal: true }],
    eth1: [{ address: "192.168.1.5", family: "IPv4", internal: false }],
    eth0: [{ address: "10.0.0.7", family: "IPv4", internal: false }],
  } as any;
  assert.equal(instanceAddress("1.2.3.4", ["eth0"], ifaces), "1.2.3.4");
  assert.equal(instanceAddress("", ["eth0", "en0"], ifaces), "10.0.0.7");
  assert.equal(instanceAddress("", ["en0"], ifaces), "192.168.1.5");
  assert.equal(instanceAddress("", ["en0"], { lo: ifaces.lo }), "127.0.0.1");
});
