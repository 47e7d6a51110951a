/**
 * The root configuration's declaration: every block under Mimir's top-level YAML key, with its
 * flags, defaults and help (loading is config.ts).
 */
import { alertmanagerBlock } from "../alertmanager/config.ts";
import { apiBlock } from "../api/config.ts";
import { compactorBlock } from "../compactor/config.ts";
import { frontendBlock } from "../frontend/config.ts";
import { frontendWorkerBlock, querierBlock, tenantFederationBlock } from "../querier/config.ts";
import { memberlistBlock } from "../ring/config.ts";
import { rulerBlock } from "../ruler/config.ts";
import { querySchedulerBlock } from "../scheduler/config.ts";
import { serverBlock } from "../server/config.ts";
import { storeGatewayBlock } from "../storegateway/config.ts";
import { overridesExporterBlock } from "../overridesexporter/config.ts";
import { descriptorRows, withDescriptor } from "../util/config/descriptor/descriptor.ts";
import { f, markNotImplemented, type ValueOf } from "../util/config/spec.ts";
import { limitsBlock } from "../util/limits/limits.ts";
import { runtimeConfigBlock } from "../util/runtimeconfig/config.ts";
import {
  alertmanagerStorageBlock,
  blocksStorageBlock,
  commonStorageBlock,
  distributorBlock,
  ingesterBlock,
  ingesterClientBlock,
  rulerStorageBlock,
} from "./componentblocks.ts";

const declaredRootBlock = {
  target: f.list(
    "target",
    ["all"],
    "Comma-separated list of components to include in the instantiated process. The default value 'all' includes all components that are required to form a functional Grafana Mimir instance in single-binary mode. Use the '-modules' command line flag to get a list of available components, and to see which components are included with 'all'.",
  ),
  multitenancy_enabled: f.bool(
    "auth.multitenancy-enabled",
    true,
    "When set to true, incoming HTTP requests must specify tenant ID in HTTP X-Scope-OrgId header. When set to false, tenant ID from -auth.no-auth-tenant is used instead.",
  ),
  no_auth_tenant: f.string(
    "auth.no-auth-tenant",
    "anonymous",
    "Tenant ID to use when multitenancy is disabled.",
    { hidden: true },
  ),
  shutdown_delay: f.duration(
    "shutdown-delay",
    0,
    "How long to wait between SIGTERM and shutdown. After receiving SIGTERM, Mimir will report not-ready status via /ready endpoint.",
  ),
  max_separate_metrics_groups_per_user: f.int(
    "max-separate-metrics-groups-per-user",
    1000,
    "Maximum number of groups allowed per user by which specified distributor and ingester metrics can be further separated.",
  ),
  enable_go_runtime_metrics: f.bool(
    "enable-go-runtime-metrics",
    false,
    "Set to true to enable all Go runtime metrics, such as go_sched_* and go_memstats_*.",
  ),
  print_config_stderr: f.bool("print.config", false, "Print the config and exit."),
  api: apiBlock,
  server: serverBlock,
  distributor: distributorBlock,
  querier: querierBlock,
  ingester_client: ingesterClientBlock,
  ingester: ingesterBlock,
  limits: limitsBlock,
  frontend_worker: frontendWorkerBlock,
  frontend: frontendBlock,
  blocks_storage: blocksStorageBlock,
  compactor: compactorBlock,
  store_gateway: storeGatewayBlock,
  tenant_federation: tenantFederationBlock,
  activity_tracker: {
    filepath: f.string(
      "activity-tracker.filepath",
      "./metrics-activity.log",
      "File where ongoing activities are stored. If empty, activity tracking is disabled.",
      { path: "one" },
    ),
    max_entries: f.int(
      "activity-tracker.max-entries",
      1024,
      "Max number of concurrent activities that can be tracked. Used to size the file in advance. Additional activities are ignored.",
    ),
  },
  ruler: rulerBlock,
  ruler_storage: rulerStorageBlock,
  alertmanager: alertmanagerBlock,
  alertmanager_storage: alertmanagerStorageBlock,
  runtime_config: runtimeConfigBlock,
  memberlist: memberlistBlock,
  query_scheduler: querySchedulerBlock,
  usage_stats: {
    enabled: f.bool("usage-stats.enabled", true, "Enable anonymous usage reporting."),
    installation_mode: f.string(
      "usage-stats.installation-mode",
      "custom",
      "Installation mode. Supported values: custom, helm, jsonnet.",
      {
        enum: ["custom", "helm", "jsonnet"],
      },
    ),
  },
  overrides_exporter: overridesExporterBlock,
  common: {
    storage: commonStorageBlock,
  },
};

/**
 * Keys that are parsed (so Mimir configs load) but that nothing in mimir-ts reads yet, audited by
 * searching the code for where each parsed value is used. -help marks them "not implemented
 * yet" and a config that sets one to a non-default value gets a warning at start. Remove a key
 * here when the code starts reading it.
 */
export const NOT_IMPLEMENTED_KEYS: readonly string[] = [
  // Whole blocks and top-level keys of modules that are not implemented yet
  "max_separate_metrics_groups_per_user",
  "enable_go_runtime_metrics",
  "print_config_stderr",
  "activity_tracker",
  "usage_stats",
  "ruler_storage.cache",
  // ruler: mimir-ts writes no temporary rule files (the path only names each group's file)
  "ruler.rule_path",
  // query-frontend: queriers always answer the frontend in JSON (no protobuf format).
  "frontend.query_result_response_format",
  // memberlist: keys the gossip store does not act on
  "memberlist.dead_node_reclaim_time",
  "memberlist.compression_enabled",
  "memberlist.message_history_buffer_bytes",
  "memberlist.packet_write_timeout",
  // server
  "server.http_listen_network",
  "server.http_listen_conn_limit",
  "server.grpc_listen_network",
  "server.grpc_listen_conn_limit",
  "server.http_server_read_header_timeout",
  "server.http_server_write_timeout",
  "server.log_source_ips_enabled",
  "server.log_request_headers",
  "server.log_request_at_info_level_enabled",
  "server.http_path_prefix",
  "server.register_instrumentation",
  // distributor
  "distributor.ha_tracker.ha_tracker_update_timeout_jitter_max",
  // querier
  "querier.query_engine",
  "querier.enable_query_engine_fallback",
  // ingester
  "ingester.ring.final_sleep",
  "ingester.active_series_metrics_enabled",
  "ingester.active_series_metrics_update_period",
  "ingester.error_sample_rate",
  // limits
  "limits.active_series_custom_trackers",
  "limits.max_estimated_fetched_chunks_per_query_multiplier",
  "limits.query_sharding_max_regexp_size_bytes",
  "limits.split_instant_queries_by_interval",
  "limits.results_cache_ttl_for_cardinality_query",
  "limits.results_cache_ttl_for_labels_query",
  "limits.results_cache_ttl_for_errors",
  "limits.cache_unaligned_requests",
  "limits.alertmanager_receivers_firewall_block_cidr_networks",
  "limits.alertmanager_receivers_firewall_block_private_addresses",
  "limits.alertmanager_max_alerts_size_bytes",
  // blocks_storage
  "blocks_storage.s3.signature_version",
  "blocks_storage.s3.list_objects_version",
  "blocks_storage.s3.part_size",
  "blocks_storage.s3.send_content_md5",
  "blocks_storage.s3.sts_endpoint",
  "blocks_storage.s3.http.expect_continue_timeout",
  "blocks_storage.s3.http.tls_ca_path",
  "blocks_storage.s3.http.tls_cert_path",
  "blocks_storage.s3.http.tls_key_path",
  "blocks_storage.bucket_store.max_concurrent",
  "blocks_storage.bucket_store.meta_sync_concurrency",
  "blocks_storage.bucket_store.index_cache.memcached.min_idle_connections_headroom_percentage",
  "blocks_storage.bucket_store.chunks_cache.memcached.min_idle_connections_headroom_percentage",
  "blocks_storage.bucket_store.metadata_cache.memcached.min_idle_connections_headroom_percentage",
  "blocks_storage.tsdb.head_chunks_write_buffer_size_bytes",
  "blocks_storage.tsdb.stripe_size",
  "blocks_storage.tsdb.wal_compression_enabled",
  "blocks_storage.tsdb.close_idle_tsdb_timeout",
  "blocks_storage.tsdb.memory_snapshot_on_shutdown",
  "blocks_storage.tsdb.head_postings_for_matchers_cache_ttl",
  "blocks_storage.tsdb.forced_head_compaction_min_in_memory_series",
  "blocks_storage.tsdb.forced_head_compaction_min_estimated_series_reduction_percentage",
  // common.storage.*: as blocks_storage
  "common.storage.s3.signature_version",
  "common.storage.s3.list_objects_version",
  "common.storage.s3.part_size",
  "common.storage.s3.send_content_md5",
  "common.storage.s3.sts_endpoint",
  "common.storage.s3.http.expect_continue_timeout",
  "common.storage.s3.http.tls_ca_path",
  "common.storage.s3.http.tls_cert_path",
  "common.storage.s3.http.tls_key_path",
  // compactor
  "compactor.meta_sync_concurrency",
  "compactor.max_opening_blocks_concurrency",
  "compactor.max_closing_blocks_concurrency",
  "compactor.symbols_flushers_concurrency",
];

/**
 * The declarations plus every other field of Mimir's configuration (descriptor/mimir-fields.json),
 * those generated ones accepted and marked not implemented.
 */
export const rootBlock = withDescriptor(
  markNotImplemented(declaredRootBlock, NOT_IMPLEMENTED_KEYS),
  descriptorRows(),
);

export type Config = ValueOf<typeof rootBlock>;
