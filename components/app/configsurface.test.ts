/**
 * Mimir's whole configuration surface, driven by the descriptor data
 * (util/config/descriptor/mimir-fields.json, generated from Mimir's config-descriptor.json):
 * every field loads from YAML at its path and from its flag with its default, and a config with
 * every field set to its default loads.
 */
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { existsSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import * as yaml from "js-yaml";
import { descriptorRows, type DescriptorRow } from "../util/config/descriptor/descriptor.ts";
import { rowsOf } from "../util/config/descriptor/generate.ts";
import { formatDuration } from "../util/config/duration.ts";
import { defaultsOf, type Field, isField, type Block } from "../util/config/spec.ts";
import { allFlags, deprecationWarnings, loadConfig, unimplementedKeysSet } from "./config.ts";
import { limitsBlock } from "../util/limits/limits.ts";
import { parseRuntimeConfig } from "../util/runtimeconfig/manager.ts";
import { rootBlock } from "./rootblock.ts";

/**
 * Declared defaults that differ from the descriptor's, and why. The descriptor comes from an
 * older Mimir release than the one mimir-ts's declarations follow.
 */
const DEFAULT_DIFFERENCES: Record<string, string> = {
  target: "a list in mimir-ts (Mimir's StringSliceCSV, documented as the string 'all')",
  "server.http_listen_port": "mimir-ts listens on 9009 by default",
  "server.http_server_write_timeout": "newer Mimir default (2m)",
  "distributor.remote_timeout": "newer Mimir default (2s)",
  "ingester.ring.min_ready_duration":
    "mimir-ts: an ingester is ready once it is ACTIVE in the ring",
  "ingester.active_series_metrics_idle_timeout": "newer Mimir default (20m)",
  "limits.ha_max_clusters": "newer Mimir default (100)",
  "limits.metric_relabel_configs": "an empty list where Mimir's descriptor prints null",
  "limits.max_global_series_per_metric": "newer Mimir default (0, disabled)",
  "limits.max_cache_freshness": "newer Mimir default (10m)",
  "limits.ruler_evaluation_delay_duration": "newer Mimir default (1m)",
  "limits.compactor_partial_block_deletion_delay": "newer Mimir default (1d)",
  "blocks_storage.bucket_store.max_concurrent": "newer Mimir default (200)",
  "blocks_storage.bucket_store.tenant_sync_concurrency": "newer Mimir default (1)",
  "blocks_storage.bucket_store.block_sync_concurrency": "newer Mimir default (4)",
  "blocks_storage.tsdb.block_ranges_period":
    "the descriptor prints the 2h default as an empty list",
  "blocks_storage.tsdb.retention_period": "newer Mimir default (13h)",
  "blocks_storage.tsdb.head_compaction_concurrency": "newer Mimir default (1)",
  "compactor.block_ranges": "the descriptor prints the 2h,12h,24h default as an empty list",
  "compactor.max_compaction_time": "newer Mimir default (1h)",
  "ruler.poll_interval": "newer Mimir default (10m)",
  "memberlist.stream_timeout": "newer Mimir default (2s)",
  "memberlist.leave_timeout": "newer Mimir default (20s)",
  "memberlist.packet_dial_timeout": "newer Mimir default (2s)",
};

/** Path patterns whose declared default differs for a reason that holds for every ring/storage block. */
const DEFAULT_DIFFERENCE_PATTERNS: [RegExp, string][] = [
  [
    /\.instance_id$/,
    "the descriptor prints the <hostname> placeholder; mimir-ts's empty value means the hostname",
  ],
  [
    /\.instance_interface_names$/,
    "the descriptor prints the interfaces found where it was generated; the default is eth0,en0",
  ],
  [/\.heartbeat_period$/, "newer Mimir default (15s)"],
  [
    /^(blocks|ruler|alertmanager)_storage\.filesystem\.dir$/,
    "mimir-ts keeps its state under ./data",
  ],
  [/\.(sync_dir|tsdb\.dir)$/, "mimir-ts keeps its state under ./data"],
];

/** Our kind for each descriptor type; a declared field may differ only as TYPE_DIFFERENCES says. */
const KIND_FOR: Record<string, string> = {
  string: "string",
  int: "int",
  float: "float",
  bool: "bool",
  duration: "duration",
  list: "list",
  durationList: "list",
  url: "string",
  map: "map",
  any: "any",
};

/** Declared kinds that differ from the descriptor's type, and why. */
const TYPE_DIFFERENCES: [RegExp, string][] = [
  [/^target$/, "Mimir's comma-separated string list; a list here, accepting the same string"],
  [
    /\.memcached\.addresses$|^compactor\.(enabled|disabled)_tenants$|^limits\.alertmanager_receivers_firewall_block_cidr_networks$/,
    "a comma-separated string in the descriptor's release, a list in later ones; both forms load",
  ],
  [
    /^limits\.(metric_relabel_configs|active_series_custom_trackers|alertmanager_notification_rate_limit_per_integration)$/,
    "free-form YAML declared as any/map; loads the same documents",
  ],
  [/^ingester\.active_series_custom_trackers$/, "free-form YAML"],
];

function defaultDifference(path: string): string | undefined {
  return (
    DEFAULT_DIFFERENCES[path] ?? DEFAULT_DIFFERENCE_PATTERNS.find(([re]) => re.test(path))?.[1]
  );
}

function fieldAt(path: string): Field<any> | undefined {
  let at: Field<any> | Block = rootBlock;
  for (const k of path.split(".")) {
    if (isField(at)) return undefined;
    const next: Field<any> | Block | undefined = at[k];
    if (next === undefined) return undefined;
    at = next;
  }
  return isField(at) ? at : undefined;
}

function valueAt(obj: unknown, path: string): unknown {
  let v = obj;
  for (const k of path.split(".")) v = (v as Record<string, unknown> | undefined)?.[k];
  return v;
}

/** The default as it is written in YAML (durations as strings). */
function yamlValue(field: Field<any>, v: unknown): unknown {
  return field.kind === "duration" ? formatDuration(v as number) : v;
}

/** The default as it is written on the command line; undefined for kinds without a flag form. */
function flagText(field: Field<any>, v: unknown): string | undefined {
  switch (field.kind) {
    case "duration":
      return formatDuration(v as number);
    case "list":
      return (v as string[]).join(",");
    case "map":
      return JSON.stringify(v);
    case "any":
      return undefined;
    default:
      return String(v);
  }
}

function nested(path: string, value: unknown): Record<string, unknown> {
  const parts = path.split(".");
  let out: unknown = value;
  for (const p of parts.reverse()) out = { [p]: out };
  return out as Record<string, unknown>;
}

function sameValue(field: Field<any>, a: unknown, b: unknown): boolean {
  if (field.kind === "duration" && typeof a === "number" && typeof b === "number")
    return Math.abs(a - b) < 1e-3;
  // Older Mimir kept some lists as comma-separated strings.
  if (field.kind === "list" && Array.isArray(a) && typeof b === "string") return a.join(",") === b;
  return JSON.stringify(a) === JSON.stringify(b);
}

const rows = descriptorRows();

describe("Mimir's configuration surface (descriptor data)", () => {
  it("has a field for every descriptor row, with Mimir's flag and default", () => {
    const defaults = defaultsOf(rootBlock);
    const flags = new Set(allFlags().map((x) => x.name));
    const problems: string[] = [];
    let implemented = 0;
    let notImplemented = 0;
    for (const [path, flag, type, def] of rows) {
      const field = fieldAt(path);
      if (field === undefined) {
        problems.push(`${path}: missing`);
        continue;
      }
      if (field.notImplemented) notImplemented++;
      else implemented++;
      if (flag !== null && !flags.has(flag)) problems.push(`${path}: flag -${flag} missing`);
      if (field.kind !== KIND_FOR[type] && !TYPE_DIFFERENCES.some(([re]) => re.test(path))) {
        problems.push(`${path}: kind ${field.kind}, Mimir's ${type}`);
      }
      if (
        !sameValue(field, valueAt(defaults, path), def) &&
        defaultDifference(path) === undefined
      ) {
        problems.push(
          `${path}: default ${JSON.stringify(valueAt(defaults, path))}, Mimir's ${JSON.stringify(def)}`,
        );
      }
    }
    assert.deepEqual(problems, []);
    assert.equal(implemented + notImplemented, rows.length);
    // The counts the change reports; the test fails (to be updated) when a field's status changes.
    console.log(
      `descriptor fields: ${rows.length}; implemented: ${implemented}; accepted, not implemented: ${notImplemented}`,
    );
  });

  it("loads every field from YAML at its path with its default value", () => {
    const problems: string[] = [];
    for (const [path] of rows) {
      const field = fieldAt(path)!;
      const def = field.default;
      try {
        const { config } = loadConfig({
          args: [],
          yamlText: yaml.dump(nested(path, yamlValue(field, def))),
        });
        if (!sameValue(field, valueAt(config, path), def))
          problems.push(`${path}: loaded ${JSON.stringify(valueAt(config, path))}`);
      } catch (e) {
        problems.push(`${path}: ${(e as Error).message}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it("loads every field from its flag with its default value", () => {
    const problems: string[] = [];
    let tried = 0;
    for (const [path, flag] of rows) {
      if (flag === null) continue;
      const field = fieldAt(path)!;
      const text = flagText(field, field.default);
      if (text === undefined) {
        problems.push(`${path}: -${flag} has no command-line form`);
        continue;
      }
      tried++;
      try {
        const { config } = loadConfig({ args: [`-${flag}=${text}`] });
        if (!sameValue(field, valueAt(config, path), field.default))
          problems.push(`-${flag}: loaded ${JSON.stringify(valueAt(config, path))}`);
      } catch (e) {
        problems.push(`-${flag}: ${(e as Error).message}`);
      }
    }
    assert.deepEqual(problems, []);
    assert.ok(tried > 800, `only ${tried} flags tried`);
  });

  it("loads a config that sets every field to its default", () => {
    const doc: Record<string, any> = {};
    for (const [path] of rows) {
      const field = fieldAt(path)!;
      const parts = path.split(".");
      let at = doc;
      for (const p of parts.slice(0, -1)) at = at[p] ??= {};
      at[parts[parts.length - 1]] = yamlValue(field, field.default);
    }
    const { config } = loadConfig({ args: [], yamlText: yaml.dump(doc) });
    assert.deepEqual(config.target, ["all"]);
  });

  it("rejects a value of the wrong type for a generated field, naming its path", () => {
    assert.throws(
      () =>
        loadConfig({
          args: [],
          yamlText:
            "ingester:\n  ring:\n    kvstore:\n      consul:\n        consistent_reads: maybe\n",
        }),
      /ingester\.ring\.kvstore\.consul\.consistent_reads: cannot unmarshal !!str "maybe" into bool/,
    );
    assert.throws(
      () => loadConfig({ args: ["-ingester.ring.consul.watch-burst-size=x"] }),
      /invalid value "x" for flag -ingester.ring.consul.watch-burst-size/,
    );
  });

  it("accepts every Mimir limit in a runtime config's per-tenant overrides", () => {
    const defaults = defaultsOf(limitsBlock);
    const text =
      "overrides:\n  team-a:\n    s3_sse_type: SSE-S3\n    max_query_length: 720h\n    ingestion_rate: 5\n";
    const { overrides } = parseRuntimeConfig([{ name: "runtime.yaml", text }], defaults);
    const a = overrides.get("team-a") as Record<string, unknown>;
    assert.equal(a.s3_sse_type, "SSE-S3");
    assert.equal(a.ingestion_rate, 5);
    assert.throws(
      () =>
        parseRuntimeConfig([{ name: "r.yaml", text: "overrides:\n  t:\n    nope: 1\n" }], defaults),
      /overrides\.t\.nope: field nope not found/,
    );
  });

  it("sets the key that replaced a renamed one, with a deprecation warning", () => {
    const { config } = loadConfig({
      args: [],
      yamlText: "blocks_storage:\n  bucket_store:\n    index_header_lazy_loading_enabled: false\n",
    });
    assert.equal(config.blocks_storage.bucket_store.index_header.lazy_loading_enabled, false);
    assert.deepEqual(deprecationWarnings(config), [
      "blocks_storage.bucket_store.index_header_lazy_loading_enabled is deprecated, use blocks_storage.bucket_store.index_header.lazy_loading_enabled instead",
    ]);
    assert.ok(!unimplementedKeysSet(config).some((k) => k.includes("lazy_loading")));
    const old = loadConfig({ args: [], yamlText: "querier:\n  query_ingesters_within: 5h\n" });
    assert.equal(old.config.limits.query_ingesters_within, 5 * 3_600_000);
    const both = loadConfig({
      args: [],
      yamlText: "querier:\n  query_ingesters_within: 5h\nlimits:\n  query_ingesters_within: 7h\n",
    });
    assert.equal(both.config.limits.query_ingesters_within, 7 * 3_600_000, "the new key wins");
  });

  it("validates the gRPC compression of generated client blocks as Mimir does", () => {
    assert.throws(
      () =>
        loadConfig({
          args: [],
          yamlText: "query_scheduler:\n  grpc_client_config:\n    grpc_compression: lz4\n",
        }),
      /query_scheduler\.grpc_client_config\.grpc_compression: unsupported compression type: lz4/,
    );
    assert.equal(
      (
        loadConfig({ args: ["-query-scheduler.grpc-client-config.grpc-compression=snappy"] })
          .config as any
      ).query_scheduler.grpc_client_config.grpc_compression,
      "snappy",
    );
  });

  it("warns about a deprecated key with Mimir's message and moves it where Mimir does", async () => {
    const text = "ingester:\n  active_series_custom_trackers:\n    dev: '{namespace=\"dev\"}'\n";
    const { config } = loadConfig({ args: [], yamlText: text });
    assert.deepEqual((config.limits as Record<string, unknown>).active_series_custom_trackers, {
      dev: '{namespace="dev"}',
    });
    assert.deepEqual(deprecationWarnings(config), [
      "active_series_custom_trackers is defined as an ingester config, this location is deprecated, please move it to the limits config",
    ]);
    assert.throws(
      () =>
        loadConfig({
          args: [],
          yamlText: `${text}limits:\n  active_series_custom_trackers:\n    a: '{a="b"}'\n`,
        }),
      /can't define active series custom trackers in both ingester and limits config/,
    );
    assert.deepEqual(deprecationWarnings(loadConfig({ args: [] }).config), []);
  });
});

/** Mimir's cmd/mimir/config-descriptor.json, when a copy sits beside the repository. */
const ORIGINAL = fileURLToPath(
  new URL("../../../shared/conformance/config/mimir-config-descriptor.json", import.meta.url),
);

describe("descriptor data file", () => {
  it("is what generate.ts makes of Mimir's config-descriptor.json", (t) => {
    if (!existsSync(ORIGINAL)) {
      t.skip(`${ORIGINAL} is not present; cannot compare the generated data with it`);
      return;
    }
    const fresh = rowsOf(JSON.parse(readFileSync(ORIGINAL, "utf8")));
    assert.deepEqual(fresh, rows as DescriptorRow[] as unknown[][]);
  });
});
