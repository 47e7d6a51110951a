/**
 * Every flag and mimir.yaml key the renderer emits must be one the component binary accepts.
 * 1. The keys and flags are within the list agreed with the component config (EMITTED_KEYS,
 *    EMITTED_FLAGS): this runs always.
 * 2. Limits (mimir.yaml `limits` and each runtime.yaml override) load with the binary's own
 *    limitsBlock declaration.
 * 3. The binary's config loader (components/app/config.ts loadConfig) accepts each container's
 *    args with the rendered mimir.yaml; skipped, saying so, until that module exists.
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { loadAll } from "js-yaml";
import { loadBlock } from "../components/util/config/load.ts";
import { limitsBlock } from "../components/util/limits/limits.ts";
import { type KubeObject, renderLayout } from "./render.ts";
import { EXAMPLES, exampleInput, keyPaths, ROOT } from "./testutil.ts";

/** Every mimir.yaml key the renderer writes itself (besides limits.* and the user's spec.config). */
export const EMITTED_KEYS = [
  "multitenancy_enabled",
  "server.http_listen_port",
  "server.grpc_listen_port",
  "server.log_level",
  "server.log_format",
  "memberlist.join_members",
  "memberlist.bind_port",
  "ingester.ring.kvstore.store",
  "ingester.ring.replication_factor",
  "ingester.ring.zone_awareness_enabled",
  "ingester.ring.tokens_file_path",
  "ingester.ring.unregister_on_shutdown",
  "distributor.ring.kvstore.store",
  "store_gateway.sharding_ring.kvstore.store",
  "store_gateway.sharding_ring.tokens_file_path",
  "store_gateway.sharding_ring.unregister_on_shutdown",
  "compactor.sharding_ring.kvstore.store",
  "ruler.alertmanager_url",
  "store_gateway.sharding_ring.replication_factor",
  "store_gateway.sharding_ring.zone_awareness_enabled",
  "runtime_config.file",
  "common.storage.backend",
  "common.storage.s3.bucket_name",
  "common.storage.s3.endpoint",
  "common.storage.s3.region",
  "common.storage.s3.insecure",
  "blocks_storage.storage_prefix",
  "blocks_storage.tsdb.dir",
  "blocks_storage.bucket_store.sync_dir",
  "blocks_storage.filesystem.dir",
  ...["chunks", "index", "metadata"].flatMap((c) => [
    `blocks_storage.bucket_store.${c}_cache.backend`,
    `blocks_storage.bucket_store.${c}_cache.memcached.addresses`,
    `blocks_storage.bucket_store.${c}_cache.memcached.max_item_size`,
  ]),
  "ruler_storage.storage_prefix",
  "alertmanager_storage.storage_prefix",
  "compactor.data_dir",
  "frontend.scheduler_address",
  "frontend.cache_results",
  "frontend.results_cache.backend",
  "frontend.results_cache.memcached.addresses",
  "frontend.results_cache.memcached.max_item_size",
  "frontend_worker.scheduler_address",
  "frontend_worker.frontend_address",
];

/** Every flag the renderer writes itself (besides the user's extraArgs). */
export const EMITTED_FLAGS = [
  "target",
  "config.file",
  "ingester.ring.instance-availability-zone",
  "store-gateway.sharding-ring.instance-availability-zone",
  "shutdown-delay",
];

/** Clusters covering every mode, with and without zones, caches and S3. */
function clusters(): { name: string; objs: KubeObject[] }[] {
  const out = Object.keys(EXAMPLES).map((name) => {
    const { cluster, tenants } = exampleInput(name);
    return { name, objs: renderLayout(cluster, tenants) };
  });
  for (const mode of ["monolithic", "read-write", "microservices"]) {
    const cluster: any = {
      apiVersion: "mimirts.dev/v1alpha1",
      kind: "MimirCluster",
      metadata: { name: "x" },
      spec: {
        deploymentMode: mode,
        zones: [{ name: "a" }, { name: "b" }, { name: "c" }],
        storage: {
          backend: "s3",
          s3: { bucket: "bkt", endpoint: "e:9000", region: "r", insecure: true },
        },
        caches: {
          chunks: { enabled: true },
          index: { enabled: true },
          metadata: { enabled: true },
          results: { enabled: true },
        },
      },
    };
    out.push({ name: `all-options-${mode}`, objs: renderLayout(cluster, []) });
    if (mode === "microservices") {
      // Query-frontends without schedulers: the queriers pull from the frontends.
      cluster.spec.components = { queryScheduler: { replicas: 0 } };
      out.push({ name: "frontends-without-scheduler", objs: renderLayout(cluster, []) });
    }
  }
  return out;
}

function mimirContainers(objs: KubeObject[]): { owner: string; args: string[] }[] {
  return objs
    .filter(
      (o) =>
        (o.kind === "StatefulSet" || o.kind === "Deployment") &&
        o.metadata.labels["app.kubernetes.io/name"] === "mimir",
    )
    .map((o) => ({ owner: o.metadata.name, args: o.spec.template.spec.containers[0].args }));
}

function configOf(
  objs: KubeObject[],
  key: "mimir.yaml" | "runtime.yaml",
): { text: string; obj: any } {
  const cm = objs.find((o) => o.kind === "ConfigMap" && o.data?.[key] !== undefined)!;
  return { text: cm.data[key], obj: loadAll(cm.data[key])[0] };
}

test("the renderer emits only the agreed mimir.yaml keys and flags", () => {
  const seenKeys = new Set<string>();
  for (const { name, objs } of clusters()) {
    const cfg = configOf(objs, "mimir.yaml").obj;
    const { limits: _l, ...rest } = cfg;
    for (const k of keyPaths(rest)) {
      // spec.config of the example may add keys of its own; those are the user's.
      if (name === "microservices-s3" && k === "server.log_format") continue;
      assert.ok(EMITTED_KEYS.includes(k), `${name}: mimir.yaml key ${k} is not in EMITTED_KEYS`);
      seenKeys.add(k);
    }
    for (const c of mimirContainers(objs)) {
      for (const a of c.args) {
        const flag = /^-([^=]+)=/.exec(a)?.[1];
        assert.ok(
          flag && EMITTED_FLAGS.includes(flag),
          `${name} ${c.owner}: flag ${a} is not in EMITTED_FLAGS`,
        );
      }
    }
  }
  assert.deepEqual(
    EMITTED_KEYS.filter((k) => !seenKeys.has(k)),
    [],
    "keys listed but never rendered",
  );
});

test("limits in mimir.yaml and runtime.yaml load with the binary's limitsBlock", () => {
  for (const { name, objs } of clusters()) {
    const cfg = configOf(objs, "mimir.yaml").obj;
    if (cfg.limits) loadBlock(limitsBlock, cfg.limits, `${name} mimir.yaml limits`);
    const rt = configOf(objs, "runtime.yaml").obj;
    assert.deepEqual(Object.keys(rt), ["overrides"]);
    for (const [tenant, limits] of Object.entries(rt.overrides ?? {}))
      loadBlock(limitsBlock, limits, `${name} runtime.yaml overrides.${tenant}`);
  }
});

const LOADER = join(ROOT, "components", "app", "config.ts");

test("the component binary's config loader accepts every rendered mimir.yaml and args", {
  skip: existsSync(LOADER) ? false : "components/app/config.ts (loadConfig) does not exist yet",
}, async (t) => {
  const mod: any = await import(LOADER);
  assert.equal(
    typeof mod.loadConfig,
    "function",
    "components/app/config.ts must export loadConfig",
  );
  const failures = new Map<string, string[]>();
  for (const { name, objs } of clusters()) {
    const { text } = configOf(objs, "mimir.yaml");
    for (const c of mimirContainers(objs)) {
      // The loader is handed the file's content; the path flag points inside the pod.
      const args = c.args.filter((a) => !a.startsWith("-config.file="));
      try {
        mod.loadConfig({ args, yamlText: text, env: {} });
      } catch (err) {
        const msg = (err as Error).message;
        failures.set(msg, [...(failures.get(msg) ?? []), `${name}/${c.owner}`]);
      }
    }
  }
  const report = [...failures].map(
    ([msg, where]) => `${msg} (${where.length} containers, e.g. ${where[0]})`,
  );
  assert.deepEqual(report, [], "the loader rejected rendered config");
});

test("the rendered monolithic config sets no key the binary does not implement (no start-up warning)", async () => {
  const { loadConfig, unimplementedKeysSet } = await import(LOADER);
  for (const { name, objs } of clusters().filter(
    (c) => c.name === "monolithic" || c.name === "all-options-monolithic",
  )) {
    const { text } = configOf(objs, "mimir.yaml");
    for (const c of mimirContainers(objs)) {
      const { config } = loadConfig({
        args: c.args.filter((a) => !a.startsWith("-config.file=")),
        yamlText: text,
        env: {},
      });
      assert.deepEqual(unimplementedKeysSet(config), [], `${name}/${c.owner}`);
    }
  }
});
