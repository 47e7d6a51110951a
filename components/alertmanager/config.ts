import { f } from "../util/config/spec.ts";
import { basicRingBlock } from "../ring/config.ts";

/** The `alertmanager` block. */
export const alertmanagerBlock = {
  data_dir: f.string(
    "alertmanager.storage.path",
    "./data-alertmanager/",
    "Directory to store Alertmanager state and temporarily configuration files. The content of this directory is not required to be persisted between restarts unless Alertmanager replication has been disabled.",
    { path: "one" },
  ),
  retention: f.duration(
    "alertmanager.storage.retention",
    120 * 3_600_000,
    "How long should we store stateful data (notification logs and silences). For notification log entries, refers to how long should we keep entries before they expire and are deleted. For silences, refers to how long should tenants view silences after they expire and are deleted.",
  ),
  external_url: f.string(
    "alertmanager.web.external-url",
    "http://localhost:8080/alertmanager",
    "The URL under which Alertmanager is externally reachable (eg. could be different than -http.alertmanager-http-prefix in case Alertmanager is served via a reverse proxy). This setting is used both to configure the internal requests router and to generate links in alert templates. If the external URL has a path portion, it will be used to prefix all HTTP endpoints served by Alertmanager, both the UI and API.",
  ),
  peer_timeout: f.duration(
    "alertmanager.peer-timeout",
    15_000,
    "Time to wait between peers to send notifications.",
  ),
  persist_interval: f.duration(
    "alertmanager.persist-interval",
    15 * 60_000,
    "The interval between persisting the current alertmanager state (notification log and silences) to object storage. This state is read when all replicas for a shard can not be contacted. In this scenario, having persisted the state more frequently will result in potentially fewer lost silences, and fewer duplicate notifications.",
  ),
  poll_interval: f.duration(
    "alertmanager.configs.poll-interval",
    15_000,
    "How frequently to poll Alertmanager configs.",
  ),
  sharding_ring: {
    ...basicRingBlock("alertmanager.sharding-ring", { defaultPrefix: "alertmanagers/" }),
    replication_factor: f.int(
      "alertmanager.sharding-ring.replication-factor",
      3,
      "The replication factor to use when sharding the alertmanager.",
    ),
    zone_awareness_enabled: f.bool(
      "alertmanager.sharding-ring.zone-awareness-enabled",
      false,
      "True to enable zone-awareness and replicate alerts across different availability zones.",
    ),
    instance_availability_zone: f.string(
      "alertmanager.sharding-ring.instance-availability-zone",
      "",
      "The availability zone where this instance is running. Required if zone-awareness is enabled.",
    ),
  },
  fallback_config_file: f.string(
    "alertmanager.configs.fallback",
    "",
    "Filename of fallback config to use if none specified for instance.",
  ),
  enable_api: f.bool("alertmanager.enable-api", true, "Enable the alertmanager config API."),
};
