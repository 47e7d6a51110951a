import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { labelsToString } from "../model/labels.ts";
import { emptyRule } from "./rulegroup.ts";
import { AlertingRule, type QueryFunc, RecordingRule, type RuleSample } from "./rules.ts";
import { expandTemplate } from "./template.ts";

const ls = (o: Record<string, string>) =>
  Object.entries(o)
    .map(([name, value]) => ({ name, value }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));

/** A query function answering from a per-time table. */
function table(rows: Record<number, RuleSample[]>): QueryFunc {
  return async (_expr, t) => (rows[t] ?? []).map((s) => ({ ...s, t }));
}

const names = (out: RuleSample[]) => out.map((s) => `${labelsToString(s.metric)} ${s.f}`);

describe("recording rules", () => {
  it("set the name and the rule's labels (empty value deletes)", async () => {
    const r = new RecordingRule({
      ...emptyRule(),
      record: "job:up:sum",
      expr: "sum by (job, drop) (up)",
      labels: ls({ drop: "", team: "x" }),
    });
    const out = await r.eval(
      1000,
      table({ 1000: [{ metric: ls({ drop: "y", job: "a" }), t: 0, f: 2 }] }),
      0,
    );
    assert.deepEqual(names(out), ['{__name__="job:up:sum", job="a", team="x"} 2']);
  });

  it("refuse duplicate label sets and series over the limit", async () => {
    const r = new RecordingRule({ ...emptyRule(), record: "x", expr: "e", labels: ls({ a: "" }) });
    const q = table({
      1: [
        { metric: ls({ a: "1" }), t: 0, f: 1 },
        { metric: ls({ a: "2" }), t: 0, f: 1 },
      ],
    });
    await assert.rejects(
      r.eval(1, q, 0),
      /vector contains metrics with the same labelset after applying rule labels/,
    );
    const r2 = new RecordingRule({ ...emptyRule(), record: "x", expr: "e" });
    await assert.rejects(r2.eval(1, q, 1), /exceeded limit of 1 with 2 series/);
  });
});

describe("alerting rules", () => {
  const desc = {
    ...emptyRule(),
    alert: "High",
    expr: "temp > 50",
    for: 2000,
    keepFiringFor: 2000,
    labels: ls({ severity: "page" }),
    annotations: ls({ summary: "{{ $labels.instance }} at {{ $value }}" }),
  };
  const hot = [{ metric: ls({ __name__: "temp", instance: "a" }), t: 0, f: 60 }];

  it("go pending, firing, keep firing, then inactive; write ALERTS and ALERTS_FOR_STATE", async () => {
    const r = new AlertingRule(desc, {
      expand: expandTemplate,
      externalLabels: {},
      externalURL: "",
      restored: true,
    });
    const q = table({ 1000: hot, 2000: hot, 3000: hot });
    let out = await r.eval(1000, q, 0);
    assert.deepEqual(names(out), [
      '{__name__="ALERTS", alertname="High", alertstate="pending", instance="a", severity="page"} 1',
      '{__name__="ALERTS_FOR_STATE", alertname="High", instance="a", severity="page"} 1',
    ]);
    assert.equal(r.state(), "pending");
    assert.deepEqual(r.alertsToSend(1000, 60_000, 1000), [], "pending alerts are not sent");
    out = await r.eval(3000, q, 0);
    assert.equal(r.state(), "firing");
    assert.match(names(out)[0], /alertstate="firing"/);
    const a = [...r.active.values()][0];
    assert.deepEqual(a.annotations, ls({ summary: "a at 60" }));
    assert.equal(a.firedAt, 3000);
    const sent = r.alertsToSend(3000, 60_000, 1000);
    assert.equal(sent.length, 1);
    assert.equal(sent[0].validUntil, 3000 + 4 * 60_000);
    assert.deepEqual(r.alertsToSend(4000, 60_000, 1000), [], "not resent before the resend delay");
    // The condition stops: kept firing for 2s.
    out = await r.eval(4000, q, 0);
    assert.equal(r.state(), "firing");
    assert.equal(a.keepFiringSince, 4000);
    out = await r.eval(6000, q, 0);
    assert.deepEqual(out, []);
    assert.equal(a.state, "inactive");
    assert.equal(a.resolvedAt, 6000);
    const resolved = r.alertsToSend(6000, 60_000, 1000);
    assert.equal(resolved.length, 1, "a resolved alert is sent at once");
  });

  it("write no series until restored, and clear everything past the limit", async () => {
    const r = new AlertingRule(desc, {
      expand: expandTemplate,
      externalLabels: {},
      externalURL: "",
      restored: false,
    });
    assert.deepEqual(await r.eval(1000, table({ 1000: hot }), 0), []);
    assert.equal(r.active.size, 1);
    const two = [...hot, { metric: ls({ __name__: "temp", instance: "b" }), t: 0, f: 70 }];
    await assert.rejects(
      r.eval(2000, table({ 2000: two }), 1),
      /exceeded limit of 1 with 2 alerts/,
    );
    assert.equal(r.active.size, 0);
  });
});
