import assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as yaml from "js-yaml";
import { configToYaml, NOT_IMPLEMENTED_COMMENT } from "./print.ts";
import { defaultsOf, f, markNotImplemented } from "./spec.ts";

const block = markNotImplemented(
  {
    port: f.int("port", 80, "Port."),
    ring: {
      kvstore: {
        store: f.string("ring.store", "memberlist", "Store."),
        consul: { host: f.string("ring.consul.host", "localhost:8500", "Host.") },
      },
      timeout: f.duration("ring.timeout", 5000, "Timeout."),
    },
    trackers: f.any<Record<string, string>>({}, "Trackers."),
  },
  ["ring.kvstore.consul", "ring.timeout", "trackers"],
);

describe("config printing", () => {
  it("comments the lines of not-implemented fields and stays the same YAML", () => {
    const cfg = defaultsOf(block);
    cfg.trackers = { store: '{a="b"}' };
    const text = configToYaml(block, cfg, "values", { markNotImplemented: true });
    assert.match(text, new RegExp(`^ {6}host: localhost:8500 ${NOT_IMPLEMENTED_COMMENT}$`, "m"));
    assert.match(text, new RegExp(`^ {2}timeout: 5s ${NOT_IMPLEMENTED_COMMENT}$`, "m"));
    assert.match(text, /^ {4}store: memberlist$/m, "implemented fields are not marked");
    assert.match(text, /^port: 80$/m);
    assert.deepEqual(yaml.load(text), yaml.load(configToYaml(block, cfg, "values")));
    assert.ok(!configToYaml(block, cfg, "values").includes("#"), "unmarked unless asked");
  });
});
