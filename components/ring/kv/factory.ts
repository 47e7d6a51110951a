/** Builds a ring's KV client from its `kvstore` config block. */
import type { Codec } from "../codec.ts";
import { type KVStoreValues, unsupportedStoreError } from "../config.ts";
import type { Mergeable } from "../model.ts";
import { EtcdKV } from "./etcd.ts";
import type { InMemoryKV } from "./inmemory.ts";
import { type KVClient, PrefixedClient } from "./kv.ts";
import type { MemberlistKV } from "./memberlist/memberlist_kv.ts";

/** The process-wide stores a KV client may be built on. */
export interface KVStores {
  memberlist?: MemberlistKV;
  inmemory?: InMemoryKV;
  /** etcd connections by endpoint list, shared between rings (filled on demand). */
  etcd?: Map<string, EtcdKV>;
}

export function newKVClient<T extends Mergeable<T>>(
  cfg: KVStoreValues,
  codec: Codec<T>,
  stores: KVStores,
): KVClient<T> {
  const unsupported = unsupportedStoreError(cfg.store);
  if (unsupported) throw new Error(unsupported);
  let inner: KVClient<T>;
  switch (cfg.store) {
    case "memberlist":
      if (!stores.memberlist)
        throw new Error("the memberlist KV store is not initialised in this process");
      inner = stores.memberlist.client(codec);
      break;
    case "inmemory":
      if (!stores.inmemory)
        throw new Error("the inmemory KV store is not initialised in this process");
      inner = stores.inmemory.client(codec);
      break;
    case "etcd": {
      const key = cfg.etcd.endpoints.join(",");
      stores.etcd ??= new Map();
      let conn = stores.etcd.get(key);
      if (!conn) {
        conn = new EtcdKV({
          endpoints: cfg.etcd.endpoints,
          dialTimeoutMs: cfg.etcd.dial_timeout,
          maxRetries: cfg.etcd.max_retries,
          username: cfg.etcd.username,
          password: cfg.etcd.password,
        });
        stores.etcd.set(key, conn);
      }
      inner = conn.codecClient(codec);
      break;
    }
    default:
      throw new Error(`invalid KV store type: ${cfg.store}`);
  }
  return cfg.prefix ? new PrefixedClient(inner, cfg.prefix) : inner;
}
