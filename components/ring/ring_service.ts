/**
 * Keeps a Ring current from the KV store (the service half of dskit ring.Ring): reads the
 * descriptor when starting, then follows every change with watchKey.
 */
import type { Gauge, Registry } from "prom-client";
import { gauge } from "../util/metrics.ts";
import { BasicService } from "../util/services/service.ts";
import type { KVClient } from "./kv/kv.ts";
import { isHeartbeatHealthy, type RingDesc, stateName } from "./model.ts";
import { Ring, type RingConfig } from "./ring.ts";

export class RingService extends BasicService {
  readonly ring: Ring;
  readonly kv: KVClient<RingDesc>;
  readonly key: string;
  private readonly updateListeners: ((ring: Ring) => void)[] = [];
  private readonly ringName: string;
  private readonly metrics:
    | { members: Gauge<"name" | "state">; tokens: Gauge<"name">; oldest: Gauge<"name" | "state"> }
    | undefined;

  /**
   * `name` is the ring's name in service listings and metrics, e.g. "ingester". With a
   * registry it exports dskit's ring_members, ring_tokens_total and ring_oldest_member_timestamp.
   */
  constructor(
    name: string,
    cfg: RingConfig,
    kv: KVClient<RingDesc>,
    key: string,
    registry?: Registry,
  ) {
    super(`${name} ring client`);
    this.ring = new Ring(cfg);
    this.kv = kv;
    this.key = key;
    this.ringName = name;
    if (registry) {
      this.metrics = {
        members: gauge(registry, "ring_members", "Number of members in the ring", [
          "name",
          "state",
        ]),
        tokens: gauge(registry, "ring_tokens_total", "Number of tokens in the ring", ["name"]),
        oldest: gauge(
          registry,
          "ring_oldest_member_timestamp",
          "Timestamp of the oldest member in the ring.",
          ["name", "state"],
        ),
      };
    }
  }

  /** Refreshes the ring metrics (on every update; call it periodically to age heartbeats). */
  updateMetrics(nowMs = Date.now()): void {
    if (!this.metrics) return;
    const byState = new Map<string, number>();
    const oldest = new Map<string, number>();
    for (const s of ["Unhealthy", "ACTIVE", "LEAVING", "PENDING", "JOINING"]) {
      byState.set(s, 0);
      oldest.set(s, 0);
    }
    let tokens = 0;
    for (const i of this.ring.getInstances()) {
      const s = isHeartbeatHealthy(i, this.ring.cfg.heartbeatTimeoutMs, nowMs)
        ? stateName(i.state)
        : "Unhealthy";
      byState.set(s, (byState.get(s) ?? 0) + 1);
      const o = oldest.get(s) ?? 0;
      if (o === 0 || i.timestamp < o) oldest.set(s, i.timestamp);
      tokens += i.tokens.length;
    }
    for (const [s, n] of byState) this.metrics.members.set({ name: this.ringName, state: s }, n);
    for (const [s, t] of oldest) this.metrics.oldest.set({ name: this.ringName, state: s }, t);
    this.metrics.tokens.set({ name: this.ringName }, tokens);
  }

  /** Called after every update of the ring. */
  onUpdate(f: (ring: Ring) => void): void {
    this.updateListeners.push(f);
  }

  private apply(d: RingDesc | null): void {
    if (!d) return;
    this.ring.setDesc(d);
    this.updateMetrics();
    for (const l of this.updateListeners) l(this.ring);
  }

  protected override async starting(): Promise<void> {
    try {
      this.apply(await this.kv.get(this.key));
    } catch (e) {
      throw new Error(`unable to initialise ring state: ${(e as Error).message}`, { cause: e });
    }
  }

  protected override async running(signal: AbortSignal): Promise<void> {
    await this.kv.watchKey(this.key, signal, (d) => {
      this.apply(d);
      return true;
    });
  }
}
