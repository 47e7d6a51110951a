import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Label } from "../model/labels.ts";
import { BatchBuilder } from "./remotewrite/batch.ts";
import { compileRelabelConfigs, relabel } from "./relabel.ts";
import { testDistributor } from "./testutil.ts";

const L = (o: Record<string, string>): Label[] =>
  Object.entries(o)
    .map(([name, value]) => ({ name, value }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));

describe("metric relabeling", () => {
  it("replace with groups, drop, keep, labelmap, labeldrop, lowercase, hashmod", () => {
    const ls = L({ __name__: "http_requests_total", instance: "Host-1:9090", env: "prod" });
    const run = (cfgs: unknown[]) => relabel(ls, compileRelabelConfigs(cfgs));
    assert.deepEqual(
      run([
        {
          source_labels: ["instance"],
          regex: "([^:]+):.*",
          target_label: "host",
          replacement: "$1",
        },
      ]),
      L({ __name__: "http_requests_total", instance: "Host-1:9090", env: "prod", host: "Host-1" }),
    );
    assert.deepEqual(
      run([{ source_labels: ["instance"], regex: "(.*)", target_label: "x", replacement: "$1x" }]),
      ls,
    ); // "$1x" names group "1x": empty → label removed/not set
    assert.equal(run([{ source_labels: ["env"], regex: "prod", action: "drop" }]), undefined);
    assert.deepEqual(run([{ source_labels: ["env"], regex: "prod", action: "keep" }]), ls);
    assert.equal(run([{ source_labels: ["env"], regex: "dev", action: "keep" }]), undefined);
    assert.deepEqual(
      run([{ regex: "(env)", action: "labelmap", replacement: "my_$1" }]),
      L({ __name__: "http_requests_total", instance: "Host-1:9090", env: "prod", my_env: "prod" }),
    );
    assert.deepEqual(
      run([{ regex: "env|instance", action: "labeldrop" }]),
      L({ __name__: "http_requests_total" }),
    );
    assert.deepEqual(
      run([{ source_labels: ["instance"], target_label: "instance", action: "lowercase" }])?.find(
        (l) => l.name === "instance",
      )?.value,
      "host-1:9090",
    );
    const h = run([
      { source_labels: ["instance"], target_label: "shard", modulus: 4, action: "hashmod" },
    ])!.find((l) => l.name === "shard")!.value;
    assert.ok(["0", "1", "2", "3"].includes(h));
    assert.throws(() => compileRelabelConfigs([{ action: "nope" }]), /unknown relabel action/);
    assert.throws(
      () => compileRelabelConfigs([{ action: "replace", regex: "(" }]),
      /invalid relabel regex/,
    );
  });

  it("is applied per tenant by the distributor", async () => {
    const { distributor, pusher } = testDistributor({
      tenantLimits: {
        t1: {
          metric_relabel_configs: [
            { source_labels: ["__name__"], regex: "drop_.*", action: "drop" },
          ],
        },
      },
    });
    const b = new BatchBuilder();
    for (const name of ["drop_me", "keep_me"]) {
      const s = b.sampleCount;
      b.addSample(Date.now(), 1);
      b.addSeries([{ name: "__name__", value: name }], s, undefined);
    }
    await distributor.push("t1", b.finish("api"));
    assert.equal(pusher.samples().length, 1);
    assert.match(pusher.samples()[0], /^__name__=keep_me@/);
  });
});
