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
import { f, type ValueOf } from "../util/config/spec.ts";
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


export const rootBlock = {
  target: f.list("target", ["all"], "Comma-separated list of components to include in the instantiated process. The default value 'all' includes all components that are required to form a functional Grafana Mimir instance in single-binary mode. Use the '-modules' command line flag to get a list of available components, and to see which components are included with 'all'."),
  multitenancy_enabled: f.bool("auth.multitenancy-enabled", true, "When set to true, incoming HTTP requests must specify tenant ID in HTTP X-Scope-OrgId header. When set to false, tenant ID from -auth.no-auth-tenant is used instead."),
  no_auth_tenant: f.string("auth.no-auth-tenant", "anonymous", "Tenant ID to use when multitenancy is disabled.", { hidden: true }),
  shutdown_delay: f.duration("shutdown-delay", 0, "How long to wait between SIGTERM and shutdown. After receiving SIGTERM, Mimir will report not-ready status via /ready endpoint."),
  max_separate_metrics_groups_per_user: f.int("max-separate-metrics-groups-per-user", 1000, "Maximum number of groups allowed per user by which specified distributor and ingester metrics can be further separated."),
  enable_go_runtime_metrics: f.bool("enable-go-runtime-metrics", false, "Set to true to enable all Go runtime metrics, such as go_sched_* and go_memstats_*."),
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
    filepath: f.string("activity-tracker.filepath", "./metrics-activity.log", "File where ongoing activities are stored. If empty, activity tracking is disabled."),
    max_entries: f.int("activity-tracker.max-entries", 1024, "Max number of concurrent activities that can be tracked. Used to size the file in advance. Additional activities are ignored."),
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
    installation_mode: f.string("usage-stats.installation-mode", "custom", "Installation mode. Supported values: custom, helm, jsonnet.", {
      enum: ["custom", "helm", "jsonnet"],
    }),
  },
  overrides_exporter: overridesExporterBlock,
  common: {
    storage: commonStorageBlock,
  },
};

export type Config = ValueOf<typeof rootBlock>;

