import { f } from "../util/config/spec.ts";

/** The `memberlist` block (dskit memberlist.KVConfig): gossip for the hash rings. */
export const memberlistBlock = {
  node_name: f.string(
    "memberlist.nodename",
    "",
    "Name of the node in memberlist cluster. Defaults to hostname.",
  ),
  randomize_node_name: f.bool(
    "memberlist.randomize-node-name",
    true,
    "Add random suffix to the node name.",
  ),
  stream_timeout: f.duration(
    "memberlist.stream-timeout",
    2_000,
    "The timeout for establishing a connection with a remote node, and for read/write operations.",
  ),
  retransmit_factor: f.int(
    "memberlist.retransmit-factor",
    4,
    "Multiplication factor used when sending out messages (factor * log(N+1)).",
  ),
  pull_push_interval: f.duration(
    "memberlist.pullpush-interval",
    30_000,
    "How often to use pull/push sync.",
  ),
  gossip_interval: f.duration("memberlist.gossip-interval", 200, "How often to gossip."),
  gossip_nodes: f.int("memberlist.gossip-nodes", 3, "How many nodes to gossip to."),
  gossip_to_dead_nodes_time: f.duration(
    "memberlist.gossip-to-dead-nodes-time",
    30_000,
    "How long to keep gossiping to dead nodes, to give them chance to refute their death.",
  ),
  dead_node_reclaim_time: f.duration(
    "memberlist.dead-node-reclaim-time",
    0,
    "How soon can dead node's name be reclaimed with new address. 0 to disable.",
  ),
  compression_enabled: f.bool(
    "memberlist.compression-enabled",
    true,
    "Enable message compression. This can be used to reduce bandwidth usage at the cost of slightly more CPU utilization.",
  ),
  advertise_addr: f.string(
    "memberlist.advertise-addr",
    "",
    "Gossip address to advertise to other members in the cluster. Used for NAT traversal.",
  ),
  advertise_port: f.int(
    "memberlist.advertise-port",
    7946,
    "Gossip port to advertise to other members in the cluster. Used for NAT traversal.",
  ),
  cluster_label: f.string(
    "memberlist.cluster-label",
    "",
    "The cluster label is an optional string to include in outbound packets and gossip streams. Other members in the memberlist cluster will discard any message whose label doesn't match the configured one, unless the 'cluster-label-verification-disabled' configuration option is set to true.",
  ),
  cluster_label_verification_disabled: f.bool(
    "memberlist.cluster-label-verification-disabled",
    false,
    "When true, memberlist doesn't verify that inbound packets and gossip streams have the cluster label matching the configured one. This verification should be disabled while rolling out the change to the configured cluster label in a live memberlist cluster.",
  ),
  join_members: f.list(
    "memberlist.join",
    [],
    "Other cluster members to join. Can be specified multiple times. It can be an IP, hostname or an entry specified in the DNS Service Discovery format.",
  ),
  min_join_backoff: f.duration(
    "memberlist.min-join-backoff",
    1_000,
    "Min backoff duration to join other cluster members.",
  ),
  max_join_backoff: f.duration(
    "memberlist.max-join-backoff",
    60_000,
    "Max backoff duration to join other cluster members.",
  ),
  max_join_retries: f.int(
    "memberlist.max-join-retries",
    10,
    "Max number of retries to join other cluster members.",
  ),
  abort_if_cluster_join_fails: f.bool(
    "memberlist.abort-if-join-fails",
    false,
    "Abort if this node fails the fast memberlist cluster joining procedure at startup. When enabled, it's guaranteed that other services, depending on memberlist, have an updated view over the cluster state when they're started.",
  ),
  rejoin_interval: f.duration(
    "memberlist.rejoin-interval",
    0,
    "If not 0, how often to rejoin the cluster. Occasional rejoin can help to fix the cluster split issue, and is harmless otherwise. For example when using only few components as a seed nodes (via -memberlist.join), then it's recommended to use rejoin. If -memberlist.join points to dynamic service that resolves to all gossiping nodes (eg. Kubernetes headless service), then rejoin is not needed.",
  ),
  left_ingesters_timeout: f.duration(
    "memberlist.left-ingesters-timeout",
    300_000,
    "How long to keep LEFT ingesters in the ring.",
  ),
  leave_timeout: f.duration(
    "memberlist.leave-timeout",
    20_000,
    "Timeout for leaving memberlist cluster.",
  ),
  message_history_buffer_bytes: f.int(
    "memberlist.message-history-buffer-bytes",
    0,
    "How much space to use for keeping received and sent messages in memory for troubleshooting (two buffers). 0 to disable.",
  ),
  bind_addr: f.list(
    "memberlist.bind-addr",
    [],
    "IP address to listen on for gossip messages. Multiple addresses may be specified. Defaults to 0.0.0.0",
  ),
  bind_port: f.int("memberlist.bind-port", 7946, "Port to listen on for gossip messages."),
  packet_dial_timeout: f.duration(
    "memberlist.packet-dial-timeout",
    2_000,
    "Timeout used when connecting to other nodes to send packet.",
  ),
  packet_write_timeout: f.duration(
    "memberlist.packet-write-timeout",
    5_000,
    "Timeout for writing 'packet' data.",
  ),
};

/** Rejects KV stores mimir-ts does not implement, with a clear message. */
export function unsupportedStoreError(store: string): string | undefined {
  if (store === "consul") return "the consul KV store is not supported; use memberlist or etcd";
  if (store === "multi") return "the multi KV store is not supported; use memberlist or etcd";
  return undefined;
}

/** The `etcd` sub-block of a `kvstore` (dskit kv/etcd.Config). */
export function etcdBlock(flagPrefix: string) {
  return {
    endpoints: f.list(`${flagPrefix}.etcd.endpoints`, [], "The etcd endpoints to connect to."),
    dial_timeout: f.duration(
      `${flagPrefix}.etcd.dial-timeout`,
      10_000,
      "The dial timeout for the etcd connection.",
    ),
    max_retries: f.int(
      `${flagPrefix}.etcd.max-retries`,
      10,
      "The maximum number of retries to do for failed ops.",
      {
        validate: (v) => (v < 1 ? "must be at least 1" : undefined),
      },
    ),
    tls_enabled: f.bool(
      `${flagPrefix}.etcd.tls-enabled`,
      false,
      "Enable TLS. (mimir-ts: not supported yet; use plain http endpoints.)",
      {
        validate: (v) => (v ? "TLS to etcd is not supported by mimir-ts yet" : undefined),
      },
    ),
    username: f.string(`${flagPrefix}.etcd.username`, "", "Etcd username."),
    password: f.string(`${flagPrefix}.etcd.password`, "", "Etcd password.", { secret: true }),
  };
}

/** The `kvstore` sub-block every ring has (`<prefix>.store`, `<prefix>.prefix`, `<prefix>.etcd.*`). */
export function kvStoreBlock(flagPrefix: string, defaultPrefix: string) {
  return {
    store: f.string(
      `${flagPrefix}.store`,
      "memberlist",
      "Backend storage to use for the ring. Supported values are: consul, etcd, inmemory, memberlist, multi. (mimir-ts supports etcd, inmemory and memberlist.)",
      {
        enum: ["consul", "etcd", "inmemory", "memberlist", "multi"],
        validate: unsupportedStoreError,
      },
    ),
    prefix: f.string(
      `${flagPrefix}.prefix`,
      defaultPrefix,
      "The prefix for the keys in the store. Should end with a /.",
    ),
    etcd: etcdBlock(flagPrefix),
  };
}

const positive = (v: number) => (v <= 0 ? "must be greater than 0" : undefined);

/** Ring settings shared by the components' rings (dskit BasicLifecyclerConfig + ring.Config). */
export function basicRingBlock(
  flagPrefix: string,
  opts: { defaultPrefix?: string; heartbeatPeriod?: number; heartbeatTimeout?: number } = {},
) {
  return {
    kvstore: kvStoreBlock(`${flagPrefix}`, opts.defaultPrefix ?? "collectors/"),
    heartbeat_period: f.duration(
      `${flagPrefix}.heartbeat-period`,
      opts.heartbeatPeriod ?? 15_000,
      "Period at which to heartbeat to the ring. 0 = disabled.",
    ),
    heartbeat_timeout: f.duration(
      `${flagPrefix}.heartbeat-timeout`,
      opts.heartbeatTimeout ?? 60_000,
      "The heartbeat timeout after which instances are considered unhealthy within the ring. 0 = never (timeout disabled).",
    ),
    instance_id: f.string(
      `${flagPrefix}.instance-id`,
      "",
      "Instance ID to register in the ring. Defaults to the hostname.",
    ),
    instance_interface_names: f.list(
      `${flagPrefix}.instance-interface-names`,
      ["eth0", "en0"],
      "List of network interface names to look up when finding the instance IP address.",
    ),
    instance_port: f.int(
      `${flagPrefix}.instance-port`,
      0,
      "Port to advertise in the ring (defaults to -server.grpc-listen-port).",
    ),
    instance_addr: f.string(
      `${flagPrefix}.instance-addr`,
      "",
      "IP address to advertise in the ring. Default is auto-detected.",
    ),
  };
}

/**
 * A complete ring block for components whose ring is not declared yet (store-gateway
 * `sharding_ring`, compactor `sharding_ring`, distributor `ring`): the basic block plus
 * replication, zones, tokens and forgetting. Each option is left out where Mimir's component
 * has no such flag (pass `false`).
 */
export function ringBlock(
  flagPrefix: string,
  opts: {
    defaultPrefix?: string;
    replicationFactor?: number | false;
    numTokens?: number | false;
    autoForgetUnhealthyPeriods?: number | false;
    zoneAwareness?: boolean;
    tokensFile?: boolean;
    unregisterOnShutdown?: boolean;
  } = {},
) {
  return {
    ...basicRingBlock(flagPrefix, { defaultPrefix: opts.defaultPrefix }),
    ...(opts.replicationFactor !== false && opts.replicationFactor !== undefined
      ? {
          replication_factor: f.int(
            `${flagPrefix}.replication-factor`,
            opts.replicationFactor,
            "The replication factor to use when sharding.",
            { validate: positive },
          ),
        }
      : {}),
    ...(opts.zoneAwareness
      ? {
          zone_awareness_enabled: f.bool(
            `${flagPrefix}.zone-awareness-enabled`,
            false,
            "True to enable zone-awareness and replicate across different availability zones.",
          ),
          instance_availability_zone: f.string(
            `${flagPrefix}.instance-availability-zone`,
            "",
            "The availability zone where this instance is running. Required if zone-awareness is enabled.",
          ),
        }
      : {}),
    ...(opts.numTokens !== false && opts.numTokens !== undefined
      ? {
          num_tokens: f.int(
            `${flagPrefix}.num-tokens`,
            opts.numTokens,
            "Number of tokens for each instance.",
            { validate: positive },
          ),
        }
      : {}),
    ...(opts.tokensFile
      ? {
          tokens_file_path: f.string(
            `${flagPrefix}.tokens-file-path`,
            "",
            "File path where tokens are stored. If empty, tokens are not stored at shutdown and restored at startup.",
            { path: "one" },
          ),
        }
      : {}),
    ...(opts.autoForgetUnhealthyPeriods !== false && opts.autoForgetUnhealthyPeriods !== undefined
      ? {
          auto_forget_unhealthy_periods: f.int(
            `${flagPrefix}.auto-forget-unhealthy-periods`,
            opts.autoForgetUnhealthyPeriods,
            "Number of consecutive timeout periods an unhealthy instance in the ring is automatically removed after. Set to 0 to disable auto-forget.",
          ),
        }
      : {}),
    ...(opts.unregisterOnShutdown
      ? {
          unregister_on_shutdown: f.bool(
            `${flagPrefix}.unregister-on-shutdown`,
            true,
            "Unregister from the ring upon clean shutdown.",
          ),
        }
      : {}),
  };
}

/** The value of a `kvstore` block. */
export interface KVStoreValues {
  store: string;
  prefix: string;
  etcd: {
    endpoints: string[];
    dial_timeout: number;
    max_retries: number;
    tls_enabled: boolean;
    username: string;
    password: string;
  };
}

/**
 * Key of each ring in its KV store (under the kvstore prefix) and how many heartbeat timeouts
 * an unhealthy instance stays before the others forget it (Mimir constants, not flags; 0 = the
 * ring does not auto-forget).
 */
export const RING_KEYS = {
  ingester: { key: "ring", autoForgetUnhealthyPeriods: 0 },
  distributor: { key: "distributor", autoForgetUnhealthyPeriods: 10 },
  "store-gateway": { key: "store-gateway", autoForgetUnhealthyPeriods: 10 },
  compactor: { key: "compactor", autoForgetUnhealthyPeriods: 10 },
  "query-scheduler": { key: "query-scheduler", autoForgetUnhealthyPeriods: 10 },
  ruler: { key: "ring", autoForgetUnhealthyPeriods: 2 },
  "overrides-exporter": { key: "overrides-exporter", autoForgetUnhealthyPeriods: 4 },
} as const;
