/**
 * An instance's life in a ring (dskit Lifecycler / BasicLifecycler): register, pick tokens
 * (from the tokens file, the ring, or new random ones), PENDING -> JOINING -> ACTIVE, heartbeat,
 * auto-forget long-unhealthy instances, read-only mode, and on shutdown LEAVING then unregister
 * (if `unregister_on_shutdown`). Readiness follows dskit's CheckReady, latched once ready.
 */
import { BasicService } from "../util/services/service.ts";
import type { KVClient } from "./kv/kv.ts";
import {
  getOrCreateRingDesc,
  type InstanceDesc,
  InstanceState,
  instanceReadyError,
  type RingDesc,
  resolveTokenOwners,
  stateName,
} from "./model.ts";
import { generateTokens, loadTokensFromFile, storeTokensToFile } from "./tokens.ts";

export interface LifecyclerConfig {
  /** Instance ID in the ring (Mimir: the hostname). */
  id: string;
  /** host:port others reach this instance at. */
  addr: string;
  zone: string;
  /** The ring's key in the KV store, e.g. "ring". */
  ringKey: string;
  /** Ring name for logs and errors, e.g. "ingester". */
  ringName: string;
  numTokens: number;
  /** Empty: tokens are not persisted. */
  tokensFilePath: string;
  /** 0 disables heartbeats. Milliseconds. */
  heartbeatPeriodMs: number;
  heartbeatTimeoutMs: number;
  /** Forget instances without heartbeat for this many heartbeat timeouts; 0 disables. */
  autoForgetUnhealthyPeriods: number;
  unregisterOnShutdown: boolean;
  /** Readiness waits this long after the ring checks first pass. */
  minReadyDurationMs: number;
  /** Wait this long after picking tokens and re-check them for conflicts before going ACTIVE. */
  observePeriodMs?: number;
  /** Readiness requires every instance in the ring to be ACTIVE and healthy. */
  readinessCheckRingHealth?: boolean;
}

export interface LifecyclerDelegate {
  /** Runs while the instance is JOINING (e.g. WAL replay); the instance goes ACTIVE after. */
  onJoining?(): Promise<void>;
  /** Runs while the instance is LEAVING, before it unregisters (e.g. flush). */
  onLeaving?(): Promise<void>;
}

export interface LifecyclerOptions {
  delegate?: LifecyclerDelegate;
  logger?: {
    info(o: object, msg: string): void;
    warn(o: object, msg: string): void;
    error(o: object, msg: string): void;
  };
  /** Wall clock in ms (tests). */
  now?: () => number;
}

const noopLogger = { info() {}, warn() {}, error() {} };

export class Lifecycler extends BasicService {
  readonly cfg: LifecyclerConfig;
  private readonly kv: KVClient<RingDesc>;
  private readonly delegate: LifecyclerDelegate;
  private readonly log: NonNullable<LifecyclerOptions["logger"]>;
  private readonly now: () => number;

  private stateValue: InstanceState = InstanceState.PENDING;
  private tokens: number[] = [];
  private registeredTimestamp = 0;
  private readOnly = false;
  private readOnlyUpdatedTimestamp = 0;
  private unregisterOnShutdown: boolean;
  private ready = false;
  private readySince = 0;
  private lastRing: RingDesc | undefined;
  private heartbeatChain: Promise<void> = Promise.resolve();

  constructor(cfg: LifecyclerConfig, kv: KVClient<RingDesc>, opts: LifecyclerOptions = {}) {
    super(`${cfg.ringName} lifecycler`);
    if (cfg.heartbeatTimeoutMs <= 0) throw new Error("heartbeat timeout must be greater than 0");
    this.cfg = cfg;
    this.kv = kv;
    this.delegate = opts.delegate ?? {};
    this.log = opts.logger ?? noopLogger;
    this.now = opts.now ?? Date.now;
    this.unregisterOnShutdown = cfg.unregisterOnShutdown;
  }

  getState(): InstanceState {
    return this.stateValue;
  }

  getTokens(): readonly number[] {
    return this.tokens;
  }

  getRegisteredAt(): number {
    return this.registeredTimestamp;
  }

  /** Read-only flag and when it last changed (unix seconds, 0 = never). */
  getReadOnlyState(): { readOnly: boolean; updatedTimestamp: number } {
    return { readOnly: this.readOnly, updatedTimestamp: this.readOnlyUpdatedTimestamp };
  }

  shouldUnregisterOnShutdown(): boolean {
    return this.unregisterOnShutdown;
  }

  /** Switches unregister-on-shutdown at runtime (/ingester/unregister-on-shutdown). */
  setUnregisterOnShutdown(v: boolean): void {
    this.unregisterOnShutdown = v;
  }

  private nowS(): number {
    return Math.floor(this.now() / 1000);
  }

  /**
   * Puts this instance into `d` with heartbeat now, or one second after the version already in
   * the ring when that is not older (so the write always wins the merge, even over a tombstone
   * written within the same second).
   */
  private writeSelf(d: RingDesc, tokens: number[]): void {
    const prev = d.ingesters.get(this.cfg.id);
    let ts = this.nowS();
    if (prev && prev.timestamp >= ts) {
      const same =
        prev.state === this.stateValue &&
        prev.addr === this.cfg.addr &&
        prev.zone === this.cfg.zone &&
        prev.readOnly === this.readOnly &&
        prev.readOnlyUpdatedTimestamp === this.readOnlyUpdatedTimestamp &&
        prev.registeredTimestamp === this.registeredTimestamp &&
        prev.tokens.length === tokens.length &&
        prev.tokens.every((t, k) => t === tokens[k]);
      ts = same ? prev.timestamp : prev.timestamp + 1;
    }
    d.addIngester(
      this.cfg.id,
      this.cfg.addr,
      this.cfg.zone,
      tokens,
      this.stateValue,
      this.registeredTimestamp,
      this.readOnly,
      this.readOnlyUpdatedTimestamp,
      ts * 1000,
    );
  }

  /** Writes this instance into the ring (one CAS), optionally changing more of the ring. */
  private updateRing(extra?: (d: RingDesc) => void): Promise<void> {
    const run = async () => {
      await this.kv.cas(this.cfg.ringKey, (cur) => {
        const d = getOrCreateRingDesc(cur);
        if (!d.ingesters.has(this.cfg.id)) {
          if (this.registeredTimestamp !== 0) {
            this.log.info(
              { ring: this.cfg.ringName },
              "instance is missing in the ring (e.g. the ring backend storage has been reset), registering the instance with an updated registration timestamp",
            );
          }
          this.registeredTimestamp = this.nowS();
        }
        this.writeSelf(d, this.tokens.slice());
        extra?.(d);
        this.lastRing = d;
        return d;
      });
    };
    // Serialise ring writes of this lifecycler.
    const p = this.heartbeatChain.then(run, run);
    this.heartbeatChain = p.catch(() => {});
    return p;
  }

  protected override async starting(): Promise<void> {
    let fileTokens: number[] = [];
    if (this.cfg.tokensFilePath) {
      try {
        fileTokens = await loadTokensFromFile(this.cfg.tokensFilePath);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "ENOENT")
          this.log.error({ err: String(e) }, "error loading tokens from file");
      }
    }

    // Register, keeping what the ring knows about this instance.
    await this.kv.cas(this.cfg.ringKey, (cur) => {
      const d = getOrCreateRingDesc(cur);
      const existing = d.ingesters.get(this.cfg.id);
      if (existing && existing.state !== InstanceState.LEFT) {
        this.registeredTimestamp = existing.registeredTimestamp || this.nowS();
        this.readOnly = existing.readOnly;
        this.readOnlyUpdatedTimestamp = existing.readOnlyUpdatedTimestamp;
        if (fileTokens.length === 0) fileTokens = existing.tokens.slice();
        this.log.info(
          {
            ring: this.cfg.ringName,
            state: stateName(existing.state),
            tokens: existing.tokens.length,
          },
          "existing instance found in ring",
        );
      } else {
        this.registeredTimestamp = this.nowS();
        this.readOnly = false;
        this.readOnlyUpdatedTimestamp = 0;
      }
      this.stateValue = InstanceState.PENDING;
      this.tokens = [];
      this.writeSelf(d, []);
      return d;
    });

    // Pick tokens and go JOINING.
    await this.kv.cas(this.cfg.ringKey, (cur) => {
      const d = getOrCreateRingDesc(cur);
      const taken = new Set<number>();
      for (const [id, i] of d.ingesters)
        if (id !== this.cfg.id && i.state !== InstanceState.LEFT)
          for (const t of i.tokens) taken.add(t);
      let mine = fileTokens.filter((t) => !taken.has(t));
      if (mine.length > this.cfg.numTokens) mine = mine.slice(0, this.cfg.numTokens);
      if (mine.length < this.cfg.numTokens)
        mine = mine.concat(generateTokens(this.cfg.numTokens - mine.length, [...taken, ...mine]));
      this.tokens = mine.sort((a, b) => a - b);
      this.stateValue = InstanceState.JOINING;
      this.writeSelf(d, this.tokens.slice());
      this.lastRing = d;
      return d;
    });
    await this.storeTokens();

    if (this.delegate.onJoining) await this.delegate.onJoining();
    if ((this.cfg.observePeriodMs ?? 0) > 0) await this.observeTokens();
    await this.changeState(InstanceState.ACTIVE);
  }

  private async storeTokens(): Promise<void> {
    if (!this.cfg.tokensFilePath) return;
    try {
      await storeTokensToFile(this.cfg.tokensFilePath, this.tokens);
    } catch (e) {
      this.log.error(
        { err: String(e), path: this.cfg.tokensFilePath },
        "error storing tokens to file",
      );
    }
  }

  /** Waits the observe period, then replaces tokens another instance won (until none are lost). */
  private async observeTokens(): Promise<void> {
    for (;;) {
      await sleep(this.cfg.observePeriodMs!, this.stopSignal);
      if (this.stopSignal.aborted) return;
      let lost = 0;
      await this.kv.cas(this.cfg.ringKey, (cur) => {
        const d = getOrCreateRingDesc(cur);
        const owners = resolveTokenOwners(d.ingesters);
        const kept = this.tokens.filter((t) => owners.get(t) === this.cfg.id);
        lost = this.tokens.length - kept.length;
        if (lost === 0) return null;
        this.log.info(
          { ring: this.cfg.ringName, lost },
          "token verification failed, generating new tokens",
        );
        this.tokens = kept.concat(generateTokens(lost, owners.keys())).sort((a, b) => a - b);
        this.writeSelf(d, this.tokens.slice());
        return d;
      });
      if (lost === 0) return;
      await this.storeTokens();
    }
  }

  /** dskit changeState: only the lifecycle's forward transitions are allowed. */
  async changeState(state: InstanceState): Promise<void> {
    const cur = this.stateValue;
    const { PENDING, JOINING, ACTIVE, LEAVING } = InstanceState;
    const ok =
      (cur === PENDING && state === JOINING) ||
      (cur === JOINING && state === PENDING) ||
      (cur === JOINING && state === ACTIVE) ||
      (cur === PENDING && state === ACTIVE) ||
      (cur === ACTIVE && state === LEAVING) ||
      (cur === JOINING && state === LEAVING) ||
      (cur === PENDING && state === LEAVING);
    if (!ok)
      throw new Error(
        `changing instance state from ${stateName(cur)} -> ${stateName(state)} is disallowed`,
      );
    this.log.info(
      { ring: this.cfg.ringName, old_state: stateName(cur), new_state: stateName(state) },
      "changing instance state",
    );
    this.stateValue = state;
    await this.updateRing();
  }

  /**
   * Sets or clears read-only mode (/ingester/prepare-instance-ring-downscale). Setting the
   * current value again changes nothing (the timestamp is not bumped).
   */
  async changeReadOnlyState(readOnly: boolean): Promise<void> {
    if (this.readOnly === readOnly) return;
    this.readOnly = readOnly;
    this.readOnlyUpdatedTimestamp = this.nowS();
    await this.updateRing();
  }

  /** One heartbeat: refresh this instance and forget instances unhealthy for too long. */
  async heartbeat(): Promise<void> {
    const periods = this.cfg.autoForgetUnhealthyPeriods;
    const forgetAfterMs = periods > 0 ? periods * this.cfg.heartbeatTimeoutMs : 0;
    await this.updateRing(
      forgetAfterMs > 0
        ? (d) => {
            const nowMs = this.now();
            for (const [id, i] of d.ingesters) {
              if (id === this.cfg.id || i.state === InstanceState.LEFT) continue;
              if (nowMs - i.timestamp * 1000 > forgetAfterMs) {
                this.log.warn(
                  { instance: id, last_heartbeat: i.timestamp, forget_period_ms: forgetAfterMs },
                  "auto-forgetting instance from the ring because it is unhealthy for a long time",
                );
                d.removeIngester(id);
              }
            }
          }
        : undefined,
    );
  }

  protected override async running(signal: AbortSignal): Promise<void> {
    if (this.cfg.heartbeatPeriodMs <= 0)
      return new Promise((resolve) =>
        signal.addEventListener("abort", () => resolve(), { once: true }),
      );
    while (!signal.aborted) {
      await sleep(this.cfg.heartbeatPeriodMs, signal);
      if (signal.aborted) break;
      try {
        await this.heartbeat();
      } catch (e) {
        this.log.error(
          { ring: this.cfg.ringName, err: String(e) },
          "failed to write to the KV store, sleeping",
        );
      }
    }
  }

  protected override async stopping(failure: Error | undefined): Promise<void> {
    if (failure) return;
    try {
      if (this.stateValue !== InstanceState.LEAVING) await this.changeState(InstanceState.LEAVING);
    } catch (e) {
      this.log.error({ ring: this.cfg.ringName, err: String(e) }, "failed to set state to LEAVING");
    }
    // Keep heartbeating while the delegate works.
    let hb: NodeJS.Timeout | undefined;
    if (this.cfg.heartbeatPeriodMs > 0)
      hb = setInterval(() => this.heartbeat().catch(() => {}), this.cfg.heartbeatPeriodMs);
    try {
      if (this.delegate.onLeaving) await this.delegate.onLeaving();
    } finally {
      if (hb) clearInterval(hb);
    }
    if (this.unregisterOnShutdown) {
      await this.heartbeatChain;
      await this.kv.cas(this.cfg.ringKey, (cur) => {
        if (!cur) throw new Error("found empty ring when trying to unregister");
        cur.removeIngester(this.cfg.id);
        return cur;
      });
      this.log.info({ ring: this.cfg.ringName }, "instance removed from the KV store");
    }
  }

  /**
   * Why this instance is not ready, or undefined when it is (dskit CheckReady; latches).
   * Texts: "this instance owns no tokens", "instance <id> not found in the ring",
   * "instance <addr> in state JOINING", "waiting for 15s after being ready", ...
   */
  async checkReady(): Promise<string | undefined> {
    if (this.ready) return undefined;
    const err = await this.ringHealthError();
    if (err) {
      this.readySince = 0;
      return err;
    }
    const nowMs = this.now();
    if (this.readySince === 0) this.readySince = nowMs;
    if (nowMs - this.readySince < this.cfg.minReadyDurationMs)
      return `waiting for ${formatGoDuration(this.cfg.minReadyDurationMs)} after being ready`;
    this.ready = true;
    return undefined;
  }

  private async ringHealthError(): Promise<string | undefined> {
    if (this.tokens.length === 0) return "this instance owns no tokens";
    let d: RingDesc | null;
    try {
      d = await this.kv.get(this.cfg.ringKey);
    } catch (e) {
      return `error talking to the KV store: ${(e as Error).message}`;
    }
    if (!d) return "no ring returned from the KV store";
    const nowMs = this.now();
    if (this.cfg.readinessCheckRingHealth) return d.readyError(nowMs, this.cfg.heartbeatTimeoutMs);
    const me: InstanceDesc | undefined = d.ingesters.get(this.cfg.id);
    if (!me) return `instance ${this.cfg.id} not found in the ring`;
    return instanceReadyError(me, this.cfg.heartbeatTimeoutMs, nowMs);
  }

  /** The ring as this lifecycler last wrote it. */
  lastSeenRing(): RingDesc | undefined {
    return this.lastRing;
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}

/** Go's time.Duration String() for whole milliseconds: "15s", "1m0s", "500ms", "1h2m3s". */
export function formatGoDuration(ms: number): string {
  if (ms === 0) return "0s";
  if (ms < 1000) return `${ms}ms`;
  let s = ms / 1000;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  const sec = Number.isInteger(s) ? String(s) : String(Number(s.toFixed(3)));
  if (h > 0) return `${h}h${m}m${sec}s`;
  if (m > 0) return `${m}m${sec}s`;
  return `${sec}s`;
}
