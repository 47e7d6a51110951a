/**
 * Startup waits of the store-gateway and compactor on their rings, as Mimir's services do
 * (M:pkg/storegateway/gateway.go starting, M:pkg/compactor/compactor.go starting):
 *
 * - store-gateway, while JOINING: wait until its ring client sees it JOINING, then, when
 *   `-store-gateway.sharding-ring.wait-stability-min-duration` > 0, until the ring's tokens are
 *   stable for that long (at most `wait-stability-max-duration`, then it proceeds anyway); then
 *   the initial sync runs and the instance goes ACTIVE;
 * - compactor, after joining: wait up to `-compactor.ring.wait-active-instance-timeout` to see
 *   itself ACTIVE (else the compactor fails to start), then the same optional stability wait
 *   (states included) before compacting.
 */
import type { Logger } from "pino";
import type { Lifecycler } from "../ring/lifecycler.ts";
import { InstanceState } from "../ring/model.ts";
import { newOp } from "../ring/operation.ts";
import type { RingService } from "../ring/ring_service.ts";
import { waitInstanceState, waitRingStability } from "../ring/wait.ts";
import { BlocksOwnerSync } from "../storegateway/sharding.ts";
import { FuncService, type Service } from "../util/services/service.ts";
import type { ModuleContext } from "./context.ts";

/** Mimir's compactor.RingOp: ACTIVE instances only. */
const CompactorRingOp = newOp("CompactorRingOp", [InstanceState.ACTIVE]);

const fmtMs = (ms: number) => `${ms / 1000}s`;

async function stabilityWait(
  logger: Logger,
  what: string,
  ring: RingService,
  minMs: number,
  maxMs: number,
  tokensOnly: boolean,
  signal?: AbortSignal,
): Promise<void> {
  if (minMs <= 0) return;
  logger.info(
    { min_waiting: fmtMs(minMs), max_waiting: fmtMs(maxMs) },
    `waiting until ${what} ring topology is stable`,
  );
  const op = tokensOnly ? BlocksOwnerSync : CompactorRingOp;
  const stable = await waitRingStability(() => ring.ring, op, minMs, maxMs, tokensOnly, { signal });
  if (stable) logger.info(`${what} ring topology is stable`);
  else
    logger.warn(
      `${what} ring topology is not stable after the max waiting time, proceeding anyway`,
    );
}

/** The store-gateway's wait while JOINING, before its initial sync. */
export async function storeGatewayJoiningWait(
  app: ModuleContext,
  ring: RingService,
  lc: Lifecycler,
): Promise<void> {
  const logger = app.logger.child({ component: "store-gateway" });
  const sr = app.cfg.store_gateway.sharding_ring;
  logger.info("waiting until store-gateway is JOINING in the ring");
  await waitInstanceState(() => ring.ring, lc.cfg.id, InstanceState.JOINING, "JOINING", 0);
  await stabilityWait(
    logger,
    "store-gateway",
    ring,
    sr.wait_stability_min_duration,
    sr.wait_stability_max_duration,
    true,
  );
}

/** A service started after the compactor's lifecycler and before the compactor. */
export function compactorRingWait(app: ModuleContext, ring: RingService, lc: Lifecycler): Service {
  const logger = app.logger.child({ component: "compactor" });
  const sr = app.cfg.compactor.sharding_ring;
  const ac = new AbortController();
  return new FuncService("compactor-ring-wait", {
    starting: async () => {
      logger.info("waiting until compactor is ACTIVE in the ring");
      try {
        await waitInstanceState(
          () => ring.ring,
          lc.cfg.id,
          InstanceState.ACTIVE,
          "ACTIVE",
          sr.wait_active_instance_timeout,
          { signal: ac.signal },
        );
      } catch (err) {
        logger.error(
          { err: (err as Error).message },
          "compactor failed to become ACTIVE in the ring",
        );
        throw err;
      }
      logger.info("compactor is ACTIVE in the ring");
      await stabilityWait(
        logger,
        "compactor",
        ring,
        sr.wait_stability_min_duration,
        sr.wait_stability_max_duration,
        false,
        ac.signal,
      );
    },
    stopping: async () => ac.abort(),
  });
}
