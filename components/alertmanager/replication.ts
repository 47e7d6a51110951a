/**
 * Sharding and replication of tenants over the alertmanager ring (Mimir's multitenant
 * Alertmanager with sharding): a tenant belongs to the `replication_factor` ACTIVE instances the
 * ring gives for the FNV-1a hash of its ID. Replicas exchange each tenant's state (silences and
 * notification log) over HTTP: a change is pushed to the other owners, and a replica that starts
 * running a tenant pulls the state from them. The ring address of an alertmanager instance is its
 * HTTP address (instance_port defaults to the HTTP port).
 */
import { newOp } from "../ring/operation.ts";
import { InstanceState } from "../ring/model.ts";
import type { Ring } from "../ring/ring.ts";
import type { TenantState } from "./tenant.ts";

const { ACTIVE, LEAVING, PENDING, JOINING, LEFT } = InstanceState;

/** Mimir's alertmanager RingOp: ACTIVE instances; any other state extends the set. */
export const AlertmanagerRingOp = newOp(
  "Alertmanager",
  [ACTIVE],
  [LEAVING, PENDING, JOINING, LEFT],
);

export const AM_RING_KEY = "alertmanager";

/** shardByUser: FNV-1a 32 of the tenant ID. */
export function shardByUser(tenant: string): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(tenant)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export interface Replica {
  id: string;
  addr: string;
}

/** Which instances run a tenant, this one's position among them, and the state exchange. */
export class TenantReplication {
  private readonly ring: () => Ring;
  readonly selfId: string;
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(ring: () => Ring, selfId: string) {
    this.ring = ring;
    this.selfId = selfId;
  }

  /** The owners of a tenant in ring order; [] when the ring cannot answer. */
  replicas(tenant: string): Replica[] {
    try {
      const rs = this.ring().get(shardByUser(tenant), AlertmanagerRingOp);
      return rs.instances.map((i) => ({ id: i.id, addr: i.addr }));
    } catch {
      return [];
    }
  }

  /** True when this instance is an owner, or when the ring has no answer yet (startup). */
  owns(tenant: string): boolean {
    const rs = this.replicas(tenant);
    return rs.length === 0 || rs.some((r) => r.id === this.selfId);
  }

  /** This instance's index among the tenant's owners (0 when not an owner). */
  position(tenant: string): number {
    return Math.max(
      0,
      this.replicas(tenant).findIndex((r) => r.id === this.selfId),
    );
  }

  private peers(tenant: string): Replica[] {
    return this.replicas(tenant).filter((r) => r.id !== this.selfId);
  }

  /** Pushes the tenant's state to the other owners (coalesced over 100 ms). */
  push(tenant: string, state: () => TenantState | undefined): void {
    if (this.pending.has(tenant)) return;
    this.pending.set(
      tenant,
      setTimeout(() => {
        this.pending.delete(tenant);
        const s = state();
        if (!s) return;
        const body = JSON.stringify(s);
        for (const p of this.peers(tenant))
          fetch(
            `http://${p.addr}/multitenant_alertmanager/replicate/${encodeURIComponent(tenant)}`,
            {
              method: "POST",
              headers: { "content-type": "application/json" },
              body,
              signal: AbortSignal.timeout(5000),
            },
          ).catch(() => undefined);
      }, 100),
    );
  }

  /** The tenant's state as the other owners have it. */
  async pull(tenant: string): Promise<Partial<TenantState>[]> {
    const out: Partial<TenantState>[] = [];
    await Promise.all(
      this.peers(tenant).map(async (p) => {
        try {
          const res = await fetch(
            `http://${p.addr}/multitenant_alertmanager/replicate/${encodeURIComponent(tenant)}`,
            { signal: AbortSignal.timeout(3000) },
          );
          if (res.status === 200) out.push((await res.json()) as Partial<TenantState>);
        } catch {}
      }),
    );
    return out;
  }

  stop(): void {
    for (const t of this.pending.values()) clearTimeout(t);
    this.pending.clear();
  }
}
