/**
 * Keeps a Ring current from the KV store (the service half of dskit ring.Ring): reads the
 * descriptor when starting, then follows every change with watchKey.
 */
import { BasicService } from "../util/services/service.ts";
import type { KVClient } from "./kv/kv.ts";
import type { RingDesc } from "./model.ts";
import { Ring, type RingConfig } from "./ring.ts";

export class RingService extends BasicService {
  readonly ring: Ring;
  readonly kv: KVClient<RingDesc>;
  readonly key: string;
  private readonly updateListeners: ((ring: Ring) => void)[] = [];

  /** `name` is the ring's name in service listings, e.g. "ingester". */
  constructor(name: string, cfg: RingConfig, kv: KVClient<RingDesc>, key: string) {
    super(`${name} ring client`);
    this.ring = new Ring(cfg);
    this.kv = kv;
    this.key = key;
  }

  /** Called after every update of the ring. */
  onUpdate(f: (ring: Ring) => void): void {
    this.updateListeners.push(f);
  }

  private apply(d: RingDesc | null): void {
    if (!d) return;
    this.ring.setDesc(d);
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
