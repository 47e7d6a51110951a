/**
 * The `etcd` KV store (dskit kv/etcd) through the `etcd3` client: `-<ring>.etcd.endpoints`,
 * dial timeout, max retries. CAS is a transaction on the key's mod revision, retried up to
 * max-retries times when another writer got in between.
 */
import { Etcd3, type IOptions, type Watcher } from "etcd3";
import type { Codec } from "../codec.ts";
import { type CasFn, type KVClient, untilAborted } from "./kv.ts";

export interface EtcdConfig {
  endpoints: string[];
  /** Milliseconds. */
  dialTimeoutMs: number;
  maxRetries: number;
  username?: string;
  password?: string;
}

/** One connection, shared by the clients of every codec. */
export class EtcdKV {
  readonly client: Etcd3;
  readonly cfg: EtcdConfig;

  constructor(cfg: EtcdConfig) {
    if (cfg.endpoints.length === 0) throw new Error("etcd: no endpoints configured");
    this.cfg = cfg;
    const hosts = cfg.endpoints.map((e) => (/^https?:\/\//.test(e) ? e : `http://${e}`));
    const opts: IOptions = { hosts, dialTimeout: cfg.dialTimeoutMs };
    if (cfg.username) opts.auth = { username: cfg.username, password: cfg.password ?? "" };
    this.client = new Etcd3(opts);
  }

  codecClient<T>(codec: Codec<T>): KVClient<T> {
    return new EtcdClient(this, codec);
  }

  close(): void {
    this.client.close();
  }
}

class EtcdClient<T> implements KVClient<T> {
  private readonly kv: EtcdKV;
  private readonly codec: Codec<T>;

  constructor(kv: EtcdKV, codec: Codec<T>) {
    this.kv = kv;
    this.codec = codec;
  }

  private decode(b: Buffer | null | undefined): T | null {
    // A missing key is null; an empty value is a valid (empty) encoding.
    return b ? this.codec.decode(b) : null;
  }

  async get(key: string): Promise<T | null> {
    return this.decode(await this.kv.client.get(key).buffer());
  }

  async cas(key: string, f: CasFn<T>): Promise<void> {
    let lastErr: unknown;
    for (let i = 0; i < Math.max(1, this.kv.cfg.maxRetries); i++) {
      const res = await this.kv.client.get(key).exec();
      const kv = res.kvs[0];
      const out = f(this.decode(kv?.value));
      if (out === null) return;
      const bytes = Buffer.from(this.codec.encode(out));
      const txn = kv
        ? this.kv.client.if(key, "Mod", "==", kv.mod_revision)
        : this.kv.client.if(key, "Create", "==", 0);
      try {
        const r = await txn.then(this.kv.client.put(key).value(bytes)).commit();
        if (r.succeeded) return;
        lastErr = new Error("etcd: CAS conflict");
      } catch (e) {
        lastErr = e;
      }
    }
    throw new Error(`failed to CAS ${key}: ${(lastErr as Error)?.message ?? "too many retries"}`, {
      cause: lastErr,
    });
  }

  async delete(key: string): Promise<void> {
    await this.kv.client.delete().key(key).exec();
  }

  async list(prefix: string): Promise<string[]> {
    return (await this.kv.client.getAll().prefix(prefix).keys()).sort();
  }

  private async watch(
    build: () => Promise<Watcher>,
    signal: AbortSignal,
    f: (key: string, v: T | null) => boolean,
  ): Promise<void> {
    // Keep trying to start the watch while etcd is unreachable (1s..10s back-off).
    let w: Watcher | undefined;
    for (let backoff = 1000; !signal.aborted; backoff = Math.min(10_000, backoff * 2)) {
      try {
        w = await build();
        break;
      } catch {
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, backoff);
          signal.addEventListener(
            "abort",
            () => {
              clearTimeout(t);
              resolve();
            },
            { once: true },
          );
        });
      }
    }
    if (!w || signal.aborted) {
      await w?.cancel().catch(() => {});
      return;
    }
    let stop: () => void = () => {};
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const handle = (key: string, v: T | null) => {
      let keep = true;
      try {
        keep = f(key, v);
      } catch {
        keep = true;
      }
      if (!keep) stop();
    };
    w.on("put", (kv) => {
      let v: T | null = null;
      try {
        v = this.decode(kv.value);
      } catch {
        return;
      }
      handle(kv.key.toString(), v);
    });
    w.on("delete", (kv) => handle(kv.key.toString(), null));
    w.on("error", () => {});
    await Promise.race([untilAborted(signal), stopped]);
    await w.cancel().catch(() => {});
  }

  watchKey(key: string, signal: AbortSignal, f: (value: T | null) => boolean): Promise<void> {
    return this.watch(
      () => this.kv.client.watch().key(key).create(),
      signal,
      (_k, v) => f(v),
    );
  }

  watchPrefix(
    prefix: string,
    signal: AbortSignal,
    f: (key: string, value: T | null) => boolean,
  ): Promise<void> {
    return this.watch(() => this.kv.client.watch().prefix(prefix).create(), signal, f);
  }
}
