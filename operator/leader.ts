/**
 * Leader election on a coordination.k8s.io/v1 Lease, as client-go's leaderelection: a replica
 * takes the Lease when it is free or its holder has not renewed it within leaseDurationSeconds,
 * renews it every renewMs, and gives up (onLost; the process then exits) when it could not renew
 * for leaseDurationSeconds. Writes use the Lease's resourceVersion, so two replicas never both
 * win. A stopping leader releases the Lease (empty holder) so a standby takes over at once.
 */
import { CoordinationV1Api, type KubeConfig, type V1Lease } from "@kubernetes/client-node";
import type { Logger } from "pino";

export interface LeaderOptions {
  namespace: string;
  name: string;
  identity: string;
  /** Seconds a Lease stays valid without renewal. */
  leaseDurationSeconds: number;
  /** Milliseconds between renewals (and between attempts of a standby). */
  renewMs: number;
}

const code = (e: unknown) => (e as { code?: number })?.code;

export class LeaderElector {
  readonly #api: CoordinationV1Api;
  readonly #opts: LeaderOptions;
  readonly #log: Logger;
  #stopped = false;
  #leading = false;
  #timer: NodeJS.Timeout | undefined;

  constructor(kc: KubeConfig, opts: LeaderOptions, log: Logger) {
    this.#api = kc.makeApiClient(CoordinationV1Api);
    this.#opts = opts;
    this.#log = log;
  }

  get leading(): boolean {
    return this.#leading;
  }

  /** Resolves once this replica leads; then keeps renewing and calls onLost if it cannot. */
  async run(onLost: () => void): Promise<void> {
    const { renewMs, leaseDurationSeconds } = this.#opts;
    for (;;) {
      if (this.#stopped) throw new Error("leader election stopped");
      try {
        if (await this.#tryAcquireOrRenew()) break;
      } catch (e) {
        this.#log.warn({ err: String(e) }, "leader election attempt failed");
      }
      await new Promise((r) => setTimeout(r, renewMs));
    }
    this.#leading = true;
    this.#log.info({ lease: `${this.#opts.namespace}/${this.#opts.name}` }, "became leader");
    let lastRenew = Date.now();
    const tick = async () => {
      if (this.#stopped) return;
      try {
        if (await this.#tryAcquireOrRenew()) lastRenew = Date.now();
        else {
          this.#leading = false;
          this.#log.error("another replica holds the Lease: leadership lost");
          onLost();
          return;
        }
      } catch (e) {
        this.#log.warn({ err: String(e) }, "renewing the Lease failed");
      }
      if (Date.now() - lastRenew > leaseDurationSeconds * 1000) {
        this.#leading = false;
        this.#log.error("could not renew the Lease in time: leadership lost");
        onLost();
        return;
      }
      this.#timer = setTimeout(tick, renewMs);
    };
    this.#timer = setTimeout(tick, renewMs);
  }

  async #tryAcquireOrRenew(): Promise<boolean> {
    const { namespace, name, identity, leaseDurationSeconds } = this.#opts;
    const now = new Date();
    let lease: V1Lease;
    try {
      lease = await this.#api.readNamespacedLease({ namespace, name });
    } catch (e) {
      if (code(e) !== 404) throw e;
      await this.#api.createNamespacedLease({
        namespace,
        body: {
          metadata: { name, namespace },
          spec: {
            holderIdentity: identity,
            leaseDurationSeconds,
            acquireTime: now as any,
            renewTime: now as any,
            leaseTransitions: 0,
          },
        },
      });
      return true;
    }
    const spec = lease.spec ?? {};
    const holder = spec.holderIdentity ?? "";
    const renewed = spec.renewTime ? new Date(spec.renewTime as unknown as string).getTime() : 0;
    const expired =
      renewed + (spec.leaseDurationSeconds ?? leaseDurationSeconds) * 1000 < now.getTime();
    if (holder !== identity && holder !== "" && !expired) return false;
    const taking = holder !== identity;
    const body: V1Lease = {
      ...lease,
      spec: {
        ...spec,
        holderIdentity: identity,
        leaseDurationSeconds,
        renewTime: now as any,
        ...(taking
          ? { acquireTime: now as any, leaseTransitions: (spec.leaseTransitions ?? 0) + 1 }
          : {}),
      },
    };
    try {
      await this.#api.replaceNamespacedLease({ namespace, name, body });
    } catch (e) {
      if (code(e) === 409) return false;
      throw e;
    }
    return true;
  }

  /** Stops renewing; a leader releases the Lease. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    if (!this.#leading) return;
    this.#leading = false;
    const { namespace, name, identity } = this.#opts;
    try {
      const lease = await this.#api.readNamespacedLease({ namespace, name });
      if (lease.spec?.holderIdentity !== identity) return;
      await this.#api.replaceNamespacedLease({
        namespace,
        name,
        body: {
          ...lease,
          spec: {
            ...lease.spec,
            holderIdentity: "",
            leaseDurationSeconds: 1,
            renewTime: new Date() as any,
          },
        },
      });
    } catch (e) {
      this.#log.warn({ err: String(e) }, "releasing the Lease failed");
    }
  }
}
