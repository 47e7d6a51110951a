/**
 * Wiring of the alertmanager module: the multi-tenant Alertmanager over the alertmanager_storage
 * bucket, Mimir's config API (/api/v1/alerts, /multitenant_alertmanager/*) and Alertmanager's v2
 * API and page under -http.alertmanager-http-prefix (default /alertmanager).
 *
 * Alerts reach it at POST <prefix>/api/v2/alerts with X-Scope-OrgID, e.g. from the ruler in the
 * same process with `-ruler.alertmanager-url=http://localhost:<http port>/alertmanager`.
 */
import type { ModuleContext } from "./context.ts";
import { newLifecycler, newRingClient, serviceGroup } from "./cluster.ts";
import { registerAlertmanagerConfigApi } from "../api/alertmanager/configapi.ts";
import { registerAlertmanagerV2Api } from "../api/alertmanager/v2.ts";
import { createBucket } from "../storage/bucket/config.ts";
import type { Service } from "../util/services/service.ts";
import { MultitenantAlertmanager } from "../alertmanager/multitenant.ts";
import { AM_RING_KEY, TenantReplication } from "../alertmanager/replication.ts";
import { AlertStore } from "../alertmanager/store.ts";

export async function initAlertmanager(app: ModuleContext): Promise<Service> {
  const c = app.cfg.alertmanager;
  const bucket = createBucket(app.cfg.alertmanager_storage, {
    component: "alertmanager",
    registry: app.registry,
    retry: { maxRetries: 3 },
  });
  // Cluster mode: tenants are sharded and replicated over the alertmanager ring, whose instance
  // addresses are HTTP addresses (state exchange and request forwarding are HTTP).
  let replication: TenantReplication | undefined;
  let ringServices: Service[] = [];
  if (app.cluster) {
    const values = {
      ...c.sharding_ring,
      instance_port:
        c.sharding_ring.instance_port > 0
          ? c.sharding_ring.instance_port
          : app.cfg.server.http_listen_port,
    } as never;
    const ring = newRingClient(app, app.cluster, {
      name: "alertmanager",
      key: AM_RING_KEY,
      values,
      pages: ["/multitenant_alertmanager/ring"],
      replicationFactor: c.sharding_ring.replication_factor,
    });
    const lifecycler = newLifecycler(app, app.cluster, {
      name: "alertmanager",
      key: AM_RING_KEY,
      values,
      numTokens: 128,
      autoForget: 10,
    });
    replication = new TenantReplication(() => ring.ring, lifecycler.cfg.id);
    ringServices = [ring, lifecycler];
  }
  const rep = replication;
  const am = new MultitenantAlertmanager(
    {
      data_dir: c.data_dir,
      retention: c.retention,
      external_url: c.external_url,
      poll_interval: c.poll_interval,
      persist_interval: c.persist_interval,
      fallback_config_file: c.fallback_config_file,
    },
    {
      store: new AlertStore(bucket),
      logger: app.logger.child({ component: "alertmanager" }),
      registry: app.registry,
      limits: (t) => app.overrides.get(t),
      ...(rep
        ? {
            ownsTenant: (t: string) => rep.owns(t),
            onStateChange: (t, state) => rep.push(t, state),
            pullPeerState: (t) => rep.pull(t),
            peerWait: (t) => rep.position(t) * c.peer_timeout,
          }
        : {}),
    },
  );
  await registerAlertmanagerConfigApi(app.server.http, {
    am,
    tenantOf: app.tenantOf,
    limits: (t) => app.overrides.get(t),
    enableApi: c.enable_api,
  });
  const prefix = app.cfg.api.alertmanager_http_prefix;
  await registerAlertmanagerV2Api(app.server.http, {
    am,
    prefix,
    tenantOf: app.tenantOf,
    ...(rep
      ? {
          router: {
            owners: (t: string) => {
              const rs = rep.replicas(t);
              // No answer from the ring yet: serve locally.
              return {
                self: rs.length === 0 || rs.some((r) => r.id === rep.selfId),
                others: rs.filter((r) => r.id !== rep.selfId).map((r) => r.addr),
              };
            },
          },
          clusterStatus: () => ({
            status: "ready",
            name: rep.selfId,
            peers: [],
          }),
        }
      : {}),
  });
  app.addLinks("Alertmanager", [
    { href: "/multitenant_alertmanager/status", title: "Alertmanager status" },
    { href: prefix, title: "Alertmanager UI (needs X-Scope-OrgID)" },
  ]);
  if (ringServices.length > 0) {
    app.addLinks("Alertmanager", [
      { href: "/multitenant_alertmanager/ring", title: "Alertmanager ring status" },
    ]);
    return serviceGroup("alertmanager", [...ringServices, am]);
  }
  return am;
}
