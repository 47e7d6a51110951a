/** The operator's Prometheus metrics, on their own registry (served at /metrics). */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

export interface OperatorMetrics {
  registry: Registry;
  /** Reconciles by result: success, error, stalled. */
  reconciles: Counter<"result">;
  /** Reconcile duration in seconds. */
  reconcileDuration: Histogram;
  /** Keys waiting in the work queue. */
  queueDepth: Gauge;
  /** 1 while this replica holds the leader Lease. */
  leader: Gauge;
  /** MimirClusters with Ready=True, and all MimirClusters seen by the last reconciles. */
  clustersReady: Gauge<"cluster">;
}

export function newMetrics(): OperatorMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    reconciles: new Counter({
      name: "mimir_ts_operator_reconcile_total",
      help: "Reconciles of MimirClusters by result.",
      labelNames: ["result"],
      registers: [registry],
    }),
    reconcileDuration: new Histogram({
      name: "mimir_ts_operator_reconcile_duration_seconds",
      help: "Duration of one MimirCluster reconcile in seconds.",
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    }),
    queueDepth: new Gauge({
      name: "mimir_ts_operator_workqueue_depth",
      help: "MimirClusters waiting in the work queue.",
      registers: [registry],
    }),
    leader: new Gauge({
      name: "mimir_ts_operator_leader",
      help: "1 while this replica holds the leader Lease.",
      registers: [registry],
    }),
    clustersReady: new Gauge({
      name: "mimir_ts_operator_cluster_ready",
      help: "1 when the MimirCluster's Ready condition is True.",
      labelNames: ["cluster"],
      registers: [registry],
    }),
  };
}
