/**
 * Runs the controllers in-process against the store: every change (debounced) and a periodic
 * tick trigger one pass of each controller; each pass converges from what is stored, so a
 * failed write (a conflict) is simply retried on the next pass.
 */
import type { Store } from "../api/store.ts";
import { syncDeployments } from "./deployment.ts";
import { syncEndpoints } from "./endpoints.ts";
import { syncGarbageCollector } from "./gc.ts";
import { syncHorizontalPodAutoscalers } from "./hpa.ts";
import { syncPodDisruptionBudgets } from "./pdb.ts";
import { syncReplicaSets } from "./replicaset.ts";
import { syncScheduler } from "./scheduler.ts";
import { syncServiceAccounts } from "./serviceaccounts.ts";
import { syncStatefulSets } from "./statefulset.ts";
import { syncVolumeBinder } from "./volumes.ts";

const DEBOUNCE_MS = 20;
const TICK_MS = 1_000;

export class ControllerManager {
  private readonly store: Store;
  private timer: NodeJS.Timeout | undefined;
  private tick: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;
  private running = false;
  private again = false;
  /** Extra passes to run after the built-in controllers (the kubelet's sync, for example). */
  readonly extra: Array<() => void> = [];
  onError: (name: string, e: unknown) => void = () => {};

  constructor(store: Store) {
    this.store = store;
  }

  start(): void {
    this.unsubscribe = this.store.onChange(() => this.schedule());
    this.tick = setInterval(() => this.schedule(), TICK_MS);
    this.schedule();
  }

  stop(): void {
    this.unsubscribe?.();
    clearInterval(this.tick);
    clearTimeout(this.timer);
  }

  private schedule(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.runOnce();
    }, DEBOUNCE_MS);
  }

  /** One pass of every controller. */
  runOnce(): void {
    this.running = true;
    this.again = false;
    const steps: Array<[string, () => void]> = [
      ["garbage-collector", () => syncGarbageCollector(this.store)],
      ["serviceaccount", () => syncServiceAccounts(this.store)],
      ["deployment", () => syncDeployments(this.store)],
      ["replicaset", () => syncReplicaSets(this.store)],
      ["statefulset", () => syncStatefulSets(this.store)],
      ["volume-binder", () => syncVolumeBinder(this.store)],
      ["scheduler", () => syncScheduler(this.store)],
      ["endpoints", () => syncEndpoints(this.store)],
      ["disruption", () => syncPodDisruptionBudgets(this.store)],
      ["horizontal-pod-autoscaler", () => syncHorizontalPodAutoscalers(this.store)],
      ...this.extra.map((f, i) => [`extra-${i}`, f] as [string, () => void]),
    ];
    for (const [name, f] of steps) {
      try {
        f();
      } catch (e) {
        this.onError(name, e);
      }
    }
    this.running = false;
    if (this.again) this.schedule();
  }
}
