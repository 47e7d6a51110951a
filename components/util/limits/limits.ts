/**
 * The per-tenant limits: the `limits` block of the config (defaults for every tenant) and the
 * shape of each tenant's entry under `overrides:` in the runtime config. Names, flags and
 * defaults are Mimir's (M:docs/.../configuration-parameters, MIMIR-REFERENCE.md section 3).
 * Units: durations in ms, sizes in bytes, rates per second.
 */
import { descriptorRowsUnder, withDescriptor } from "../config/descriptor/descriptor.ts";
import { f, type ValueOf } from "../config/spec.ts";

const nonNegative = (v: number) => (v < 0 ? "must not be negative" : undefined);

export const limitsBlock = {
  // Distributor
  request_rate: f.float(
    "distributor.request-rate-limit",
    0,
    "Per-tenant push request rate limit in requests per second. 0 to disable.",
    {
      validate: nonNegative,
    },
  ),
  request_burst_size: f.int(
    "distributor.request-burst-size",
    0,
    "Per-tenant allowed push request burst size. 0 to disable.",
    {
      validate: nonNegative,
    },
  ),
  ingestion_rate: f.float(
    "distributor.ingestion-rate-limit",
    10000,
    "Per-tenant ingestion rate limit in samples per second.",
    {
      validate: nonNegative,
    },
  ),
  ingestion_burst_size: f.int(
    "distributor.ingestion-burst-size",
    200000,
    "Per-tenant allowed ingestion burst size (in number of samples).",
    {
      validate: nonNegative,
    },
  ),
  accept_ha_samples: f.bool(
    "distributor.ha-tracker.enable-for-all-users",
    false,
    "Flag to enable, for all tenants, handling of samples with external labels identifying replicas in an HA Prometheus setup.",
  ),
  ha_cluster_label: f.string(
    "distributor.ha-tracker.cluster",
    "cluster",
    "Prometheus label to look for in samples to identify a Prometheus HA cluster.",
  ),
  ha_replica_label: f.string(
    "distributor.ha-tracker.replica",
    "__replica__",
    "Prometheus label to look for in samples to identify a Prometheus HA replica.",
  ),
  ha_max_clusters: f.int(
    "distributor.ha-tracker.max-clusters",
    100,
    "Maximum number of clusters that HA tracker will keep track of for a single tenant. 0 to disable the limit.",
  ),
  drop_labels: f.list(
    "distributor.drop-label",
    [],
    "This flag can be used to specify label names that to drop during sample ingestion within the distributor and can be repeated in order to drop multiple labels.",
  ),
  max_label_name_length: f.int(
    "validation.max-length-label-name",
    1024,
    "Maximum length accepted for label names",
  ),
  max_label_value_length: f.int(
    "validation.max-length-label-value",
    2048,
    "Maximum length accepted for label value. This setting also applies to the metric name",
  ),
  max_label_names_per_series: f.int(
    "validation.max-label-names-per-series",
    30,
    "Maximum number of label names per series.",
  ),
  max_label_names_per_info_series: f.int(
    "validation.max-label-names-per-info-series",
    80,
    "Maximum number of label names per info series. Has no effect if less than the value of the maximum number of label names per series option (-validation.max-label-names-per-series)",
  ),
  max_metadata_length: f.int(
    "validation.max-metadata-length",
    1024,
    "Maximum length accepted for metric metadata. Metadata refers to Metric Name, HELP and UNIT. Longer metadata is dropped except for HELP which is truncated.",
  ),
  max_native_histogram_buckets: f.int(
    "validation.max-native-histogram-buckets",
    0,
    "Maximum number of buckets per native histogram sample. 0 to disable the limit.",
  ),
  reduce_native_histogram_over_max_buckets: f.bool(
    "validation.reduce-native-histogram-over-max-buckets",
    true,
    "Whether to reduce or reject native histogram samples with more buckets than the configured limit.",
  ),
  creation_grace_period: f.duration(
    "validation.create-grace-period",
    600_000,
    "Controls how far into the future incoming samples and exemplars are accepted compared to the wall clock. Any sample or exemplar will be rejected if its timestamp is greater than '(now + creation_grace_period)'.",
    {
      validate: nonNegative,
    },
  ),
  past_grace_period: f.duration(
    "validation.past-grace-period",
    0,
    "Controls how far into the past incoming samples and exemplars are accepted compared to the wall clock. 0 to disable.",
    {
      validate: nonNegative,
    },
  ),
  enforce_metadata_metric_name: f.bool(
    "validation.enforce-metadata-metric-name",
    true,
    "Enforce every metadata has a metric name.",
  ),
  ingestion_tenant_shard_size: f.int(
    "distributor.ingestion-tenant-shard-size",
    0,
    "The tenant's shard size used by shuffle-sharding. This value is the total size of the shard (ie. it is not the number of ingesters in the shard per zone, but the number of ingesters in the shard across all zones, if zone-awareness is enabled). Must be set both on ingesters and distributors. 0 disables shuffle sharding.",
  ),
  metric_relabel_configs: f.any<unknown[]>(
    [],
    "List of metric relabel configurations. Note that in most situations, it is more effective to use metrics relabeling directly in the Prometheus server.",
  ),
  service_overload_status_code_on_rate_limit_enabled: f.bool(
    "distributor.service-overload-status-code-on-rate-limit-enabled",
    false,
    "If enabled, rate limit errors will be reported to the client with HTTP status code 529 (Service is overloaded). If disabled, status code 429 (Too Many Requests) is used.",
  ),
  max_global_exemplars_per_user: f.int(
    "ingester.max-global-exemplars-per-user",
    0,
    "The maximum number of exemplars in memory, across the cluster. 0 to disable exemplars ingestion.",
  ),
  ignore_ooo_exemplars: f.bool(
    "ingester.ignore-ooo-exemplars",
    false,
    "Whether to ignore exemplars with out-of-order timestamps. If enabled, exemplars with out-of-order timestamps are silently dropped, otherwise they cause partial errors.",
  ),
  native_histograms_ingestion_enabled: f.bool(
    "ingester.native-histograms-ingestion-enabled",
    true,
    "Enable ingestion of native histogram samples. If false, native histogram samples are ignored without an error.",
  ),
  otel_metric_suffixes_enabled: f.bool(
    "distributor.otel-metric-suffixes-enabled",
    false,
    "Whether to enable automatic suffixes to names of metrics ingested through OTLP.",
  ),
  otel_convert_histograms_to_nhcb: f.bool(
    "distributor.otel-convert-histograms-to-nhcb",
    false,
    "Whether to convert OTel explicit histograms into native histograms with custom buckets.",
  ),
  promote_otel_resource_attributes: f.list(
    "distributor.otel-promote-resource-attributes",
    [],
    "Optionally specify OTel resource attributes to promote to labels.",
  ),
  otel_translation_strategy: f.string(
    "distributor.otel-translation-strategy",
    "",
    "Translation strategy to apply in OTLP endpoint for metric and label names. If unspecified (the default), the strategy is derived from -validation.name-validation-scheme and -distributor.otel-metric-suffixes-enabled.",
    {
      enum: [
        "",
        "UnderscoreEscapingWithSuffixes",
        "UnderscoreEscapingWithoutSuffixes",
        "NoUTF8EscapingWithSuffixes",
        "NoTranslation",
      ],
    },
  ),
  name_validation_scheme: f.string(
    "validation.name-validation-scheme",
    "legacy",
    "Validation scheme for metric and label names. Distributors reject time series that do not adhere to this scheme.",
    {
      enum: ["legacy", "utf8"],
    },
  ),

  // Ingester
  max_global_series_per_user: f.int(
    "ingester.max-global-series-per-user",
    150000,
    "The maximum number of in-memory series per tenant, across the cluster before replication. 0 to disable.",
  ),
  max_global_series_per_metric: f.int(
    "ingester.max-global-series-per-metric",
    0,
    "The maximum number of in-memory series per metric name, across the cluster before replication. 0 to disable.",
  ),
  max_global_metadata_per_user: f.int(
    "ingester.max-global-metadata-per-user",
    0,
    "The maximum number of in-memory metrics with metadata per tenant, across the cluster. 0 to disable.",
  ),
  max_global_metadata_per_metric: f.int(
    "ingester.max-global-metadata-per-metric",
    0,
    "The maximum number of metadata per metric, across the cluster. 0 to disable.",
  ),
  out_of_order_time_window: f.duration(
    "ingester.out-of-order-time-window",
    0,
    "Non-zero value enables out-of-order support for most recent samples that are within the time window in relation to the TSDB's maximum time, i.e., within [db.maxTime-timeWindow, db.maxTime]). The ingester will need more memory as a factor of rate of out-of-order samples being ingested and the number of series that are getting out-of-order samples. If query falls into this window, cached results will use value from -query-frontend.results-cache-ttl-for-out-of-order-time-window option to specify TTL for resulting cache entry.",
    {
      validate: nonNegative,
    },
  ),
  active_series_custom_trackers: f.any<Record<string, string>>(
    {},
    "Additional custom trackers for active metrics. If there are active series matching a provided matcher (map value), the count is exposed in the custom trackers metric labeled using the tracker name (map key).",
  ),

  // Querier
  max_fetched_chunks_per_query: f.int(
    "querier.max-fetched-chunks-per-query",
    2000000,
    "Maximum number of chunks that can be fetched in a single query from ingesters and store-gateways. This limit is enforced in the querier, ruler and store-gateway. 0 to disable.",
  ),
  max_fetched_series_per_query: f.int(
    "querier.max-fetched-series-per-query",
    0,
    "The maximum number of unique series for which a query can fetch samples from ingesters and store-gateways. This limit is enforced in the querier, ruler and store-gateway. 0 to disable",
  ),
  max_fetched_chunk_bytes_per_query: f.int(
    "querier.max-fetched-chunk-bytes-per-query",
    0,
    "The maximum size of all chunks in bytes that a query can fetch from ingesters and store-gateways. This limit is enforced in the querier and ruler. 0 to disable.",
  ),
  max_estimated_fetched_chunks_per_query_multiplier: f.float(
    "querier.max-estimated-fetched-chunks-per-query-multiplier",
    0,
    "Maximum number of chunks estimated to be fetched in a single query from ingesters and store-gateways, as a multiple of -querier.max-fetched-chunks-per-query. This limit is enforced in the querier. Must be greater than or equal to 1, or 0 to disable.",
  ),
  max_query_lookback: f.duration(
    "querier.max-query-lookback",
    0,
    "Limit how long back data (series and metadata) can be queried, up until <lookback> duration ago. This limit is enforced in the query-frontend, querier and ruler for instant, range and remote read queries. For metadata queries like series, label names, label values queries the limit is enforced in the querier and ruler. If the requested time range is outside the allowed range, the request will not fail but will be manipulated to only query data within the allowed time range. 0 to disable.",
  ),
  max_partial_query_length: f.duration(
    "querier.max-partial-query-length",
    0,
    "Limit the time range for partial queries at the querier level.",
  ),
  max_query_parallelism: f.int(
    "querier.max-query-parallelism",
    14,
    "Maximum number of split (by time) or partial (by shard) queries that will be scheduled in parallel by the query-frontend for a single input query. This limit is introduced to have a fairer query scheduling and avoid a single query over a large time range saturating all available queriers.",
  ),
  max_labels_query_length: f.duration(
    "store.max-labels-query-length",
    0,
    "Limit the time range (end - start time) of series, label names and values queries. This limit is enforced in the querier. If the requested time range is outside the allowed range, the request will not fail but will be manipulated to only query data within the allowed time range. 0 to disable.",
  ),
  max_cache_freshness: f.duration(
    "query-frontend.max-cache-freshness",
    600_000,
    "Most recent allowed cacheable result per-tenant, to prevent caching very recent results that might still be in flux.",
  ),
  max_queriers_per_tenant: f.int(
    "query-frontend.max-queriers-per-tenant",
    0,
    "Maximum number of queriers that can handle requests for a single tenant. If set to 0 or value higher than number of available queriers, *all* queriers will handle requests for the tenant. Each frontend (or query-scheduler, if used) will select the same set of queriers for the same tenant (given that all queriers are connected to all frontends / query-schedulers). This option only works with queriers connecting to the query-frontend / query-scheduler, not when using downstream URL.",
  ),
  query_ingesters_within: f.duration(
    "querier.query-ingesters-within",
    13 * 3_600_000,
    "Maximum lookback beyond which queries are not sent to ingester. 0 means all queries are sent to ingester.",
  ),
  query_sharding_total_shards: f.int(
    "query-frontend.query-sharding-total-shards",
    16,
    "The amount of shards to use when doing parallelisation via query sharding by tenant. 0 to disable query sharding for tenant. Query sharding implementation will adjust the number of query shards based on compactor shards. This allows querier to not search the blocks which cannot possibly have the series for given query shard.",
  ),
  query_sharding_max_sharded_queries: f.int(
    "query-frontend.query-sharding-max-sharded-queries",
    128,
    "The max number of sharded queries that can be run for a given received query. 0 to disable limit.",
  ),
  query_sharding_max_regexp_size_bytes: f.int(
    "query-frontend.query-sharding-max-regexp-size-bytes",
    4096,
    "Disable query sharding for any query containing a regular expression matcher longer than the configured number of bytes. 0 to disable the limit.",
  ),
  split_instant_queries_by_interval: f.duration(
    "query-frontend.split-instant-queries-by-interval",
    0,
    "Split instant queries by an interval and execute in parallel. 0 to disable it.",
  ),
  max_total_query_length: f.duration(
    "query-frontend.max-total-query-length",
    0,
    "Limit the total query time range (end - start time). This limit is enforced in the query-frontend on the received instant, range or remote read query.",
  ),
  results_cache_ttl: f.duration(
    "query-frontend.results-cache-ttl",
    7 * 86_400_000,
    "Time to live duration for cached query results. If query falls into out-of-order time window, -query-frontend.results-cache-ttl-for-out-of-order-time-window is used instead.",
  ),
  results_cache_ttl_for_out_of_order_time_window: f.duration(
    "query-frontend.results-cache-ttl-for-out-of-order-time-window",
    600_000,
    "Time to live duration for cached query results if query falls into out-of-order time window. This is lower than -query-frontend.results-cache-ttl so that incoming out-of-order samples are returned in the query results sooner.",
  ),
  results_cache_ttl_for_cardinality_query: f.duration(
    "query-frontend.results-cache-ttl-for-cardinality-query",
    0,
    "Time to live duration for cached cardinality query results. The value 0 disables the cache.",
  ),
  results_cache_ttl_for_labels_query: f.duration(
    "query-frontend.results-cache-ttl-for-labels-query",
    0,
    "Time to live duration for cached label names and label values query results. The value 0 disables the cache.",
  ),
  results_cache_ttl_for_errors: f.duration(
    "query-frontend.results-cache-ttl-for-errors",
    300_000,
    "Time to live duration for cached non-transient errors",
  ),
  cache_unaligned_requests: f.bool(
    "query-frontend.cache-unaligned-requests",
    false,
    "Cache requests that are not step-aligned.",
  ),
  max_query_expression_size_bytes: f.int(
    "query-frontend.max-query-expression-size-bytes",
    0,
    "Max size of the raw query, in bytes. This limit is enforced by the query-frontend for instant, range and remote read queries. 0 to not apply a limit to the size of the query.",
  ),
  blocked_queries: f.any<{ pattern: string; regex?: boolean; reason?: string }[]>(
    [],
    "List of queries to block.",
  ),
  align_queries_with_step: f.bool(
    "query-frontend.align-queries-with-step",
    false,
    "Mutate incoming queries to align their start and end with their step to improve the cacheability of the query results. Alignment is disabled for queries with a non-zero offset.",
  ),
  cardinality_analysis_enabled: f.bool(
    "querier.cardinality-analysis-enabled",
    false,
    "Enables endpoints used for cardinality analysis.",
  ),
  label_names_and_values_results_max_size_bytes: f.int(
    "querier.label-names-and-values-results-max-size-bytes",
    400 * 1024 * 1024,
    "Maximum size in bytes of distinct label names and values. When querier receives response from ingester, it merges the response with responses from other ingesters. This maximum size limit is applied to the merged(distinct) results. If the limit is reached, an error is returned.",
  ),
  label_values_max_cardinality_label_names_per_request: f.int(
    "querier.label-values-max-cardinality-label-names-per-request",
    100,
    "Maximum number of label names allowed to be queried in a single /api/v1/cardinality/label_values API call.",
  ),
  active_series_results_max_size_bytes: f.int(
    "querier.active-series-results-max-size-bytes",
    400 * 1024 * 1024,
    "Maximum size of an active series or active native histogram series request result shard in bytes. 0 to disable.",
  ),

  // Ruler
  ruler_evaluation_delay_duration: f.duration(
    "ruler.evaluation-delay-duration",
    60_000,
    "Duration to delay the evaluation of rules to ensure the underlying metrics have been pushed.",
  ),
  ruler_tenant_shard_size: f.int(
    "ruler.tenant-shard-size",
    0,
    "The tenant's shard size when sharding is used by ruler. Value of 0 disables shuffle sharding for the tenant, and tenant rules will be sharded across all ruler replicas.",
  ),
  ruler_max_rules_per_rule_group: f.int(
    "ruler.max-rules-per-rule-group",
    20,
    "Maximum number of rules per rule group per-tenant. 0 to disable.",
  ),
  ruler_max_rule_groups_per_tenant: f.int(
    "ruler.max-rule-groups-per-tenant",
    70,
    "Maximum number of rule groups per-tenant. 0 to disable.",
  ),
  ruler_recording_rules_evaluation_enabled: f.bool(
    "ruler.recording-rules-evaluation-enabled",
    true,
    "Controls whether recording rules evaluation is enabled. This configuration option can be used to forcefully disable recording rules evaluation on a per-tenant basis.",
  ),
  ruler_alerting_rules_evaluation_enabled: f.bool(
    "ruler.alerting-rules-evaluation-enabled",
    true,
    "Controls whether alerting rules evaluation is enabled. This configuration option can be used to forcefully disable alerting rules evaluation on a per-tenant basis.",
  ),
  ruler_alertmanager_client_config: {
    alertmanager_url: f.string(
      "ruler.alertmanager-client.alertmanager-url",
      "",
      "Comma-separated list of URL(s) of the Alertmanager(s) to send notifications to. Each URL is treated as a separate group.",
    ),
  },

  // Storage
  store_gateway_tenant_shard_size: f.int(
    "store-gateway.tenant-shard-size",
    0,
    "The tenant's shard size, used when store-gateway sharding is enabled. Value of 0 disables shuffle sharding for the tenant, that is all tenant blocks are sharded across all store-gateway replicas.",
  ),
  compactor_blocks_retention_period: f.duration(
    "compactor.blocks-retention-period",
    0,
    "Delete blocks containing samples older than the specified retention period. Also used by query-frontend to avoid querying beyond the retention period by instant, range or remote read queries. 0 to disable.",
  ),
  compactor_split_and_merge_shards: f.int(
    "compactor.split-and-merge-shards",
    0,
    "The number of shards to use when splitting blocks. 0 to disable splitting.",
  ),
  compactor_split_groups: f.int(
    "compactor.split-groups",
    1,
    "Number of groups that blocks for splitting should be grouped into. Each group of blocks is then split separately. Number of output split shards is controlled by -compactor.split-and-merge-shards.",
  ),
  compactor_tenant_shard_size: f.int(
    "compactor.compactor-tenant-shard-size",
    0,
    "Max number of compactors that can compact blocks for single tenant. 0 to disable the limit and use all compactors.",
  ),
  compactor_partial_block_deletion_delay: f.duration(
    "compactor.partial-block-deletion-delay",
    86_400_000,
    "If a partial block (unfinished block without meta.json file) hasn't been modified for this time, it will be marked for deletion. The minimum accepted value is 4h0m0s: a lower value will be ignored and the feature disabled. 0 to disable.",
  ),
  compactor_block_upload_enabled: f.bool(
    "compactor.block-upload-enabled",
    false,
    "Enable block upload API for the tenant.",
  ),
  compactor_block_upload_validation_enabled: f.bool(
    "compactor.block-upload-validation-enabled",
    true,
    "Enable block upload validation for the tenant.",
  ),
  compactor_block_upload_verify_chunks: f.bool(
    "compactor.block-upload-verify-chunks",
    true,
    "Verify chunks when uploading blocks via the upload API for the tenant.",
  ),
  compactor_block_upload_max_block_size_bytes: f.int(
    "compactor.block-upload-max-block-size-bytes",
    0,
    "Maximum size in bytes of a block that is allowed to be uploaded or validated. 0 = no limit.",
  ),

  // Alertmanager
  alertmanager_receivers_firewall_block_cidr_networks: f.list(
    "alertmanager.receivers-firewall-block-cidr-networks",
    [],
    "Comma-separated list of network CIDRs to block in Alertmanager receiver integrations.",
  ),
  alertmanager_receivers_firewall_block_private_addresses: f.bool(
    "alertmanager.receivers-firewall-block-private-addresses",
    false,
    "True to block private and local addresses in Alertmanager receiver integrations. It blocks private addresses defined by  RFC 1918 (IPv4 addresses) and RFC 4193 (IPv6 addresses), as well as loopback, local unicast and local multicast addresses.",
  ),
  alertmanager_notification_rate_limit: f.float(
    "alertmanager.notification-rate-limit",
    0,
    "Per-tenant rate limit for sending notifications from Alertmanager in notifications/sec. 0 = rate limit disabled. Negative value = no notifications are allowed.",
  ),
  alertmanager_notification_rate_limit_per_integration: f.any<Record<string, number>>(
    {},
    "Per-integration notification rate limits. Value is a map, where each key is integration name and value is a rate-limit (float). On command line, this map is given in JSON format. Rate limit has the same meaning as -alertmanager.notification-rate-limit, but only applies for specific integration. Allowed integration names: webhook, email, pagerduty, opsgenie, wechat, slack, victorops, pushover, sns, webex, telegram, discord, msteams, msteamsv2, jira.",
  ),
  alertmanager_max_config_size_bytes: f.int(
    "alertmanager.max-config-size-bytes",
    0,
    "Maximum size of configuration file for Alertmanager that tenant can upload via Alertmanager API. 0 = no limit.",
  ),
  alertmanager_max_templates_count: f.int(
    "alertmanager.max-templates-count",
    0,
    "Maximum number of templates in tenant's Alertmanager configuration uploaded via Alertmanager API. 0 = no limit.",
  ),
  alertmanager_max_template_size_bytes: f.int(
    "alertmanager.max-template-size-bytes",
    0,
    "Maximum size of single template in tenant's Alertmanager configuration uploaded via Alertmanager API. 0 = no limit.",
  ),
  alertmanager_max_dispatcher_aggregation_groups: f.int(
    "alertmanager.max-dispatcher-aggregation-groups",
    0,
    "Maximum number of aggregation groups in Alertmanager's dispatcher that a tenant can have. Each active aggregation group uses single goroutine. When the limit is reached, dispatcher will not dispatch alerts that belong to additional aggregation groups, but existing groups will keep working properly. 0 = no limit.",
  ),
  alertmanager_max_alerts_count: f.int(
    "alertmanager.max-alerts-count",
    0,
    "Maximum number of alerts that a single tenant can have. Inserting more alerts will fail with a log message and metric increment. 0 = no limit.",
  ),
  alertmanager_max_alerts_size_bytes: f.int(
    "alertmanager.max-alerts-size-bytes",
    0,
    "Maximum total size of alerts that a single tenant can have, alert size is the sum of the bytes of its labels, annotations and generatorURL. Inserting more alerts will fail with a log message and metric increment. 0 = no limit.",
  ),
  alertmanager_max_silences_count: f.int(
    "alertmanager.max-silences-count",
    0,
    "Maximum number of silences, including expired silences, that a tenant can have at once. 0 = no limit.",
  ),
};

export type Limits = ValueOf<typeof limitsBlock>;

/**
 * limitsBlock plus the other per-tenant limits of Mimir's configuration (generated from the
 * descriptor data, not implemented), so a runtime config's overrides accept every Mimir limit.
 * (limitsBlock itself stays the declared, implemented-or-marked set the operator's CRD mirrors.)
 */
export const allLimitsBlock = withDescriptor(limitsBlock, descriptorRowsUnder("limits"), {
  prefix: "limits",
});
