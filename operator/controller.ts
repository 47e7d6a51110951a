/**
 * The reconcile loop: informers (client-node's ListWatch: list, then watch from the list's
 * resourceVersion, relist on 410 Gone; restarted with back-off after other errors) on
 * MimirCluster, MimirTenant and every owned kind, feeding one work queue keyed by
 * "namespace/name" of the MimirCluster; `workers` loops take keys from it (the queue never hands
 * out a key twice at once, so one cluster is never reconciled concurrently); failures are
 * retried with exponential back-off; every cluster is resynced every resyncMs.
 */
import {
  type Informer,
  type KubeConfig,
  type KubernetesObject,
  KubernetesObjectApi,
  makeInformer,
} from "@kubernetes/client-node";
import type { Logger } from "pino";
import {
  CLUSTER_PLURAL,
  collectionPath,
  GROUP,
  keyOf,
  MANAGED_BY_SELECTOR,
  OWNED_KINDS,
  splitKey,
  TENANT_PLURAL,
  VERSION,
} from "./kinds.ts";
import type { OperatorMetrics } from "./metrics.ts";
import { WorkQueue } from "./queue.ts";
import { apiMessage, type ObjectCache, Reconciler } from "./reconcile.ts";

export interface ControllerOptions {
  /** Namespaces to watch; empty means all. */
  namespaces: string[];
  workers: number;
  resyncMs: number;
  /** Back-off of failed reconciles, milliseconds. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** This replica's name, for Events. */
  instance: string;
}

interface Watched {
  apiVersion: string;
  kind: string;
  namespace: string | undefined;
  path: string;
  labelSelector?: string;
  onChange(phase: "add" | "update" | "delete", o: any): void;
}

export class Controller {
  readonly #kc: KubeConfig;
  readonly #opts: ControllerOptions;
  readonly #log: Logger;
  readonly #metrics: OperatorMetrics;
  readonly #queue: WorkQueue;
  readonly #reconciler: Reconciler;
  readonly #objects: KubernetesObjectApi;
  readonly #informers: Informer<KubernetesObject>[] = [];
  /** The cluster each tenant last pointed at (a tenant moving clusters updates both). */
  readonly #tenantCluster = new Map<string, string>();
  /** Clusters known from the MimirCluster informers, for the periodic resync. */
  readonly #clusters = new Set<string>();
  #resync: NodeJS.Timeout | undefined;
  #stopped = false;
  #workers: Promise<void>[] = [];

  constructor(kc: KubeConfig, opts: ControllerOptions, log: Logger, metrics: OperatorMetrics) {
    this.#kc = kc;
    this.#opts = opts;
    this.#log = log;
    this.#metrics = metrics;
    this.#queue = new WorkQueue({ baseDelayMs: opts.baseDelayMs, maxDelayMs: opts.maxDelayMs });
    this.#reconciler = new Reconciler(kc, opts.instance, this.#cacheView());
    this.#objects = KubernetesObjectApi.makeApiClient(kc);
  }

  /** The owned kinds' informers, by "apiVersion/kind" (one per watched namespace). */
  readonly #byKind = new Map<
    string,
    { namespace: string | undefined; informer: ReturnType<typeof makeInformer<KubernetesObject>> }[]
  >();
  /** Kinds whose informers have listed (a cache that has not is not used). */
  readonly #synced = new Set<string>();

  /** The informers' caches as the reconciler reads them. */
  #cacheView(): ObjectCache {
    const informerFor = (apiVersion: string, kind: string, namespace: string) => {
      const k = `${apiVersion}/${kind}`;
      if (!this.#synced.has(k)) return undefined;
      return this.#byKind
        .get(k)
        ?.find((e) => e.namespace === undefined || e.namespace === namespace)?.informer;
    };
    return {
      get: (apiVersion, kind, namespace, name) =>
        informerFor(apiVersion, kind, namespace)?.get(name, namespace),
      list: (apiVersion, kind, namespace) =>
        informerFor(apiVersion, kind, namespace)?.list(namespace),
    };
  }

  #enqueue(key: string): void {
    this.#queue.add(key);
    this.#metrics.queueDepth.set(this.#queue.depth);
  }

  #watched(): Watched[] {
    const namespaces: (string | undefined)[] =
      this.#opts.namespaces.length > 0 ? this.#opts.namespaces : [undefined];
    const out: Watched[] = [];
    for (const ns of namespaces) {
      out.push({
        apiVersion: `${GROUP}/${VERSION}`,
        kind: "MimirCluster",
        namespace: ns,
        path: collectionPath(`${GROUP}/${VERSION}`, CLUSTER_PLURAL, ns),
        onChange: (phase, o) => {
          const key = keyOf(o.metadata.namespace, o.metadata.name);
          if (phase === "delete") this.#clusters.delete(key);
          else this.#clusters.add(key);
          if (phase !== "delete") this.#enqueue(key);
        },
      });
      out.push({
        apiVersion: `${GROUP}/${VERSION}`,
        kind: "MimirTenant",
        namespace: ns,
        path: collectionPath(`${GROUP}/${VERSION}`, TENANT_PLURAL, ns),
        onChange: (phase, o) => {
          const tkey = keyOf(o.metadata.namespace, o.metadata.name);
          const before = this.#tenantCluster.get(tkey);
          const now = o.spec?.cluster ? keyOf(o.metadata.namespace, o.spec.cluster) : undefined;
          if (phase === "delete") this.#tenantCluster.delete(tkey);
          else if (now) this.#tenantCluster.set(tkey, now);
          if (before && before !== now) this.#enqueue(before);
          // A status-only update (the operator's own write) changes no generation: skip it.
          if (now && (phase !== "update" || o.metadata.generation !== o.status?.observedGeneration))
            this.#enqueue(now);
          if (now && phase === "delete") this.#enqueue(now);
        },
      });
      for (const k of OWNED_KINDS) {
        const generations = new Map<string, string>();
        out.push({
          apiVersion: k.apiVersion,
          kind: k.kind,
          namespace: ns,
          path: collectionPath(k.apiVersion, k.plural, ns),
          labelSelector: MANAGED_BY_SELECTOR,
          onChange: (phase, o) => {
            const owner = (o.metadata.ownerReferences ?? []).find(
              (r: any) => r.kind === "MimirCluster" && r.apiVersion?.startsWith(`${GROUP}/`),
            );
            if (!owner) return;
            const okey = keyOf(o.metadata.namespace, o.metadata.name);
            // Only what can change the outcome: spec (generation), status, deletion.
            const sig = JSON.stringify([
              o.metadata.generation,
              o.status,
              o.metadata.deletionTimestamp,
              o.data,
            ]);
            if (phase === "update" && generations.get(okey) === sig) return;
            if (phase === "delete") generations.delete(okey);
            else generations.set(okey, sig);
            this.#enqueue(keyOf(o.metadata.namespace, owner.name));
          },
        });
      }
    }
    return out;
  }

  async start(): Promise<void> {
    for (const w of this.#watched()) {
      const informer = makeInformer<KubernetesObject>(
        this.#kc,
        w.path,
        () =>
          this.#objects.list(
            w.apiVersion,
            w.kind,
            w.namespace,
            undefined,
            undefined,
            undefined,
            undefined,
            w.labelSelector,
          ) as any,
        w.labelSelector,
      );
      informer.on("add", (o) => w.onChange("add", o));
      informer.on("update", (o) => w.onChange("update", o));
      informer.on("delete", (o) => w.onChange("delete", o));
      let delay = 1_000;
      informer.on("connect", () => {
        delay = 1_000;
      });
      informer.on("error", (e) => {
        if (this.#stopped) return;
        this.#log.warn(
          { path: w.path, err: apiMessage(e) },
          "watch failed; restarting the informer",
        );
        setTimeout(() => {
          if (!this.#stopped) informer.start().catch(() => undefined);
        }, delay).unref();
        delay = Math.min(delay * 2, 30_000);
      });
      this.#informers.push(informer);
      const kindKey = `${w.apiVersion}/${w.kind}`;
      const entries = this.#byKind.get(kindKey) ?? [];
      entries.push({ namespace: w.namespace, informer });
      this.#byKind.set(kindKey, entries);
      await informer.start();
      this.#synced.add(kindKey);
    }
    this.#resync = setInterval(() => {
      for (const key of this.#clusters) this.#enqueue(key);
    }, this.#opts.resyncMs);
    this.#resync.unref();
    for (let i = 0; i < this.#opts.workers; i++) this.#workers.push(this.#work());
    this.#log.info(
      {
        namespaces: this.#opts.namespaces.length > 0 ? this.#opts.namespaces : "all",
        informers: this.#informers.length,
      },
      "controller started",
    );
  }

  async #work(): Promise<void> {
    for (;;) {
      const key = await this.#queue.get();
      this.#metrics.queueDepth.set(this.#queue.depth);
      if (key === undefined) return;
      const { namespace, name } = splitKey(key);
      const log = this.#log.child({ mimircluster: key });
      const end = this.#metrics.reconcileDuration.startTimer();
      try {
        const r = await this.#reconciler.reconcile(namespace, name, log);
        this.#queue.forget(key);
        this.#metrics.reconciles.inc({ result: "success" });
        this.#metrics.clustersReady.set({ cluster: key }, r.ready ? 1 : 0);
        if (r.requeueAfterMs !== undefined) this.#queue.addAfter(key, r.requeueAfterMs);
      } catch (e) {
        const delay = this.#queue.addRateLimited(key);
        this.#metrics.reconciles.inc({ result: "error" });
        log.error({ err: apiMessage(e), retryInMs: delay }, "reconcile failed");
      } finally {
        end();
        this.#queue.done(key);
        this.#metrics.queueDepth.set(this.#queue.depth);
      }
    }
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#resync);
    this.#queue.shutDown();
    for (const i of this.#informers) await i.stop();
    await Promise.all(this.#workers);
  }
}
