import { f } from "../util/config/spec.ts";
import { basicRingBlock } from "../ring/config.ts";

/** The `query_scheduler` block. */
export const querySchedulerBlock = {
  max_outstanding_requests_per_tenant: f.int(
    "query-scheduler.max-outstanding-requests-per-tenant",
    100,
    "Maximum number of outstanding requests per tenant per query-scheduler. In-flight requests above this limit will fail with HTTP response status code 429.",
  ),
  querier_forget_delay: f.duration(
    "query-scheduler.querier-forget-delay",
    0,
    "If a querier disconnects without sending notification about graceful shutdown, the query-scheduler will keep the querier in the tenant's shard until the forget delay has passed. This feature is useful to reduce the blast radius when shuffle-sharding is enabled.",
  ),
  service_discovery_mode: f.string(
    "query-scheduler.service-discovery-mode",
    "dns",
    "Service discovery mode that query-frontends and queriers use to find query-scheduler instances. When query-scheduler ring-based service discovery is enabled, this option needs be set on query-schedulers, query-frontends and queriers. Supported values are: dns, ring.",
    {
      enum: ["dns", "ring"],
    },
  ),
  ring: basicRingBlock("query-scheduler.ring"),
  max_used_instances: f.int(
    "query-scheduler.max-used-instances",
    0,
    "The maximum number of query-scheduler instances to use, regardless how many replicas are running. This option can be set only when -query-scheduler.service-discovery-mode is set to 'ring'. 0 to use all available query-scheduler instances.",
  ),
};
