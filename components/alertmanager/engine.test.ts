import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadConfig } from "./amconfig.ts";
import { Inhibitor } from "./inhibit.ts";
import { fingerprint, labelSetString } from "./labels.ts";
import { parseMatchers } from "./matchers.ts";
import { needsUpdate } from "./nflog.ts";
import { AlertProvider } from "./provider.ts";
import { Route } from "./route.ts";
import { Silences, SilenceError } from "./silences.ts";
import type { Alert } from "./types.ts";
import { goTime } from "./types.ts";

const alert = (labels: Record<string, string>, endsAt = 0): Alert => ({
  labels,
  annotations: {},
  startsAt: 1000,
  endsAt,
  generatorURL: "",
  updatedAt: 1000,
  timeout: false,
  fingerprint: fingerprint(labels),
});

describe("labels and matchers", () => {
  it("fingerprints and prints label sets as Alertmanager", () => {
    assert.equal(fingerprint({ alertname: "A" }), "d2c6efc389df0927");
    assert.equal(labelSetString({ b: "2", a: "1" }), '{a="1", b="2"}');
    assert.equal(goTime(Date.UTC(2026, 0, 1, 0, 0, 0, 500)), "2026-01-01T00:00:00.5Z");
    assert.equal(goTime(0), "0001-01-01T00:00:00Z");
  });

  it("parses matcher lists with and without braces and quotes", () => {
    const ms = parseMatchers('{a="b", c=~"d.*",e!=f}');
    assert.deepEqual(
      ms.map((m) => [m.name, m.type, m.value]),
      [
        ["a", "=", "b"],
        ["c", "=~", "d.*"],
        ["e", "!=", "f"],
      ],
    );
    assert.ok(ms[1].matches("dx") && !ms[1].matches("xd"));
    assert.throws(() => parseMatchers("a~b"), /bad matcher format/);
  });
});

describe("routing tree", () => {
  const cfg = loadConfig(`route:
  receiver: default
  group_by: [alertname]
  routes:
  - matchers: ['team="db"']
    receiver: db
    continue: true
  - matchers: ['severity="page"']
    receiver: pager
    group_by: ['...']
receivers:
- name: default
- name: db
- name: pager
`);
  const root = new Route(cfg.route, undefined);

  it("matches children in order, continues when asked, falls back to the parent", () => {
    const rs = (ls: Record<string, string>) => root.match(ls).map((r) => r.opts.receiver);
    assert.deepEqual(rs({ alertname: "x", team: "db", severity: "page" }), ["db", "pager"]);
    assert.deepEqual(rs({ alertname: "x", severity: "page" }), ["pager"]);
    assert.deepEqual(rs({ alertname: "x" }), ["default"]);
  });

  it("builds route keys and group labels (inherited, or every label with ...)", () => {
    const [db, pager] = root.routes;
    assert.equal(db.key, '{}/{team="db"}');
    assert.deepEqual(db.groupLabels({ alertname: "x", team: "db" }), { alertname: "x" });
    assert.deepEqual(pager.groupLabels({ alertname: "x", a: "1" }), { alertname: "x", a: "1" });
    assert.equal(db.opts.groupWait, 30_000);
    assert.equal(db.opts.repeatInterval, 4 * 3_600_000);
  });
});

describe("notification log dedup", () => {
  const entry = {
    groupKey: "g",
    receiver: "r",
    firing: ["a"],
    resolved: [],
    timestamp: 1000,
    expiresAt: 0,
  };
  it("notifies on new firing alerts, on all resolved, on resolutions with send_resolved, and on repeat", () => {
    assert.equal(needsUpdate(undefined, new Set(["a"]), new Set(), true, 10_000, 2000), true);
    assert.equal(needsUpdate(undefined, new Set(), new Set(["a"]), true, 10_000, 2000), false);
    assert.equal(needsUpdate(entry, new Set(["a"]), new Set(), true, 10_000, 2000), false);
    assert.equal(needsUpdate(entry, new Set(["a", "b"]), new Set(), true, 10_000, 2000), true);
    assert.equal(needsUpdate(entry, new Set(), new Set(["a"]), false, 10_000, 2000), true);
    assert.equal(needsUpdate(entry, new Set(["a"]), new Set(["b"]), true, 10_000, 2000), true);
    assert.equal(needsUpdate(entry, new Set(["a"]), new Set(["b"]), false, 10_000, 2000), false);
    assert.equal(needsUpdate(entry, new Set(["a"]), new Set(), true, 10_000, 11_001), true);
  });
});

describe("silences", () => {
  let now = 10_000;
  const s = new Silences({ retention: 1000, now: () => now });
  const base = {
    id: "",
    matchers: [{ name: "a", value: "b", isRegex: false, isEqual: true }],
    startsAt: 10_000,
    endsAt: 20_000,
    updatedAt: 0,
    createdBy: "me",
    comment: "c",
  };

  it("validates, mutes while active, updates in place or replaces, expires", () => {
    assert.throws(() => s.set({ ...base, matchers: [] }), SilenceError);
    assert.throws(
      () => s.set({ ...base, matchers: [{ name: "a", value: "", isRegex: false, isEqual: true }] }),
      /at least one matcher must not match the empty string/,
    );
    const id = s.set(base);
    assert.deepEqual(s.mutedBy({ a: "b" }), [id]);
    assert.deepEqual(s.mutedBy({ a: "c" }), []);
    assert.equal(s.set({ ...base, id, endsAt: 30_000 }), id, "active: end can move");
    const replaced = s.set({
      ...base,
      id,
      matchers: [{ name: "a", value: "x", isRegex: false, isEqual: true }],
    });
    assert.notEqual(replaced, id);
    assert.equal(s.get(id)!.endsAt, now, "the old one expired");
    s.expire(replaced);
    assert.throws(() => s.expire(replaced), /already expired/);
    now += 5000;
    assert.equal(s.gc(), 2);
  });
});

describe("inhibition", () => {
  it("mutes targets while an equal source fires, never the source itself", () => {
    const p = new AlertProvider(() => 5000);
    const cfg = loadConfig(`route:
  receiver: x
receivers:
- name: x
inhibit_rules:
- source_matchers: ['severity="critical"']
  target_matchers: ['severity=~"warning|critical"']
  equal: [cluster]
`);
    const inh = new Inhibitor(cfg.inhibit_rules, p, () => 5000);
    const src = alert({ alertname: "S", severity: "critical", cluster: "a" });
    p.put([src]);
    assert.deepEqual(inh.inhibitedBy({ severity: "warning", cluster: "a" }, "t"), [
      src.fingerprint,
    ]);
    assert.deepEqual(inh.inhibitedBy({ severity: "warning", cluster: "b" }, "t"), []);
    assert.deepEqual(inh.inhibitedBy(src.labels, src.fingerprint), []);
    p.put([{ ...src, endsAt: 4000, updatedAt: 2000 }]);
    assert.deepEqual(inh.inhibitedBy({ severity: "warning", cluster: "a" }, "t"), []);
  });
});
