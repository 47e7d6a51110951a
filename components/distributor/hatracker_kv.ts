/**
 * The HA tracker's elected replicas in a KV store (Mimir's ha_tracker over memberlist or etcd),
 * so every distributor agrees on which replica of a cluster is accepted. The tracker reads a
 * local copy synchronously; writes update the copy at once and are CAS'ed into the store in the
 * background; a watch on the prefix brings other distributors' elections in. Key:
 * `<tenant>/<cluster>`; value: a ReplicaDesc that merges by "latest receivedAt wins" (ties:
 * latest election), so concurrent updates converge.
 */
import type { Codec } from "../ring/codec.ts";
import type { KVClient } from "../ring/kv/kv.ts";
import type { Mergeable } from "../ring/model.ts";
import type { HAStore, ReplicaDesc } from "./hatracker.ts";

export class ReplicaDescValue implements Mergeable<ReplicaDescValue> {
  desc: ReplicaDesc;
  constructor(desc: ReplicaDesc) {
    this.desc = { ...desc };
  }

  private newerThan(o: ReplicaDesc): boolean {
    const d = this.desc;
    if (d.receivedAt !== o.receivedAt) return d.receivedAt > o.receivedAt;
    if (d.electedAt !== o.electedAt) return d.electedAt > o.electedAt;
    return d.replica > o.replica;
  }

  merge(other: ReplicaDescValue | undefined): ReplicaDescValue | undefined {
    if (!other || !other.newerThan(this.desc)) return undefined;
    this.desc = { ...other.desc };
    return this.clone();
  }
  mergeContent(): string[] {
    return [this.desc.replica];
  }
  removeTombstones(): { total: number; removed: number } {
    return { total: 0, removed: 0 };
  }
  clone(): ReplicaDescValue {
    return new ReplicaDescValue(this.desc);
  }
}

/** JSON bytes of {replica, receivedAt, electedAt, electedChanges}; codec id `replicaDesc`. */
export const replicaDescCodec: Codec<ReplicaDescValue> = {
  id: "replicaDesc",
  encode: (v) => new TextEncoder().encode(JSON.stringify(v.desc)),
  decode: (b) => {
    const o = JSON.parse(new TextDecoder().decode(b)) as Partial<ReplicaDesc>;
    if (typeof o.replica !== "string") throw new Error("invalid ReplicaDesc");
    return new ReplicaDescValue({
      replica: o.replica,
      receivedAt: Number(o.receivedAt) || 0,
      electedAt: Number(o.electedAt) || 0,
      electedChanges: Number(o.electedChanges) || 0,
    });
  },
};

export class KVHAStore implements HAStore {
  private readonly kv: KVClient<ReplicaDescValue>;
  private readonly local = new Map<string, ReplicaDesc>();
  private readonly abort = new AbortController();
  private readonly onError: (err: unknown) => void;

  constructor(kv: KVClient<ReplicaDescValue>, onError: (err: unknown) => void = () => {}) {
    this.kv = kv;
    this.onError = onError;
  }

  /** Loads the current elections and follows changes until stop(). */
  async start(): Promise<void> {
    for (const key of await this.kv.list("")) {
      const v = await this.kv.get(key);
      if (v) this.local.set(key, v.desc);
    }
    void this.kv
      .watchPrefix("", this.abort.signal, (key, v) => {
        if (v === null) this.local.delete(key);
        else this.local.set(key, pickNewer(this.local.get(key), v.desc));
        return true;
      })
      .catch(this.onError);
  }

  stop(): void {
    this.abort.abort();
  }

  get(tenant: string, cluster: string): ReplicaDesc | undefined {
    return this.local.get(`${tenant}/${cluster}`);
  }

  set(tenant: string, cluster: string, desc: ReplicaDesc): void {
    const key = `${tenant}/${cluster}`;
    this.local.set(key, { ...desc });
    this.kv
      .cas(key, (cur) => {
        const next = new ReplicaDescValue(desc);
        if (cur && cur.merge(next) === undefined) return null;
        return cur ?? next;
      })
      .catch(this.onError);
  }

  delete(tenant: string, cluster: string): void {
    const key = `${tenant}/${cluster}`;
    this.local.delete(key);
    this.kv.delete(key).catch(this.onError);
  }

  clusterCount(tenant: string): number {
    let n = 0;
    for (const k of this.local.keys()) if (k.startsWith(`${tenant}/`)) n++;
    return n;
  }

  entries(): { tenant: string; cluster: string; desc: ReplicaDesc }[] {
    return [...this.local].map(([k, desc]) => {
      const i = k.indexOf("/");
      return { tenant: k.slice(0, i), cluster: k.slice(i + 1), desc };
    });
  }
}

function pickNewer(cur: ReplicaDesc | undefined, next: ReplicaDesc): ReplicaDesc {
  if (!cur) return { ...next };
  const v = new ReplicaDescValue(cur);
  v.merge(new ReplicaDescValue(next));
  return v.desc;
}
