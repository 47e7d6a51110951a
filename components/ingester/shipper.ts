/**
 * The ingester's shipper (Mimir pkg/ingester/shipper.go): uploads a tenant's local blocks
 * (`<tsdb.dir>/<tenant>/<ULID>/`) to `<tenant>/<ULID>/{chunks/*,index,meta.json}` in the blocks
 * bucket, meta.json last, and records them in `<tsdb.dir>/<tenant>/shipper.json`
 * (`{"version":1,"shipped":{"<ULID>":<unix ms>}}`), rewritten atomically after each upload.
 *
 * Crash safety: a block is marked shipped only after its meta.json is in the bucket. A block
 * whose upload was interrupted is not in shipper.json and is uploaded again (objects are
 * overwritten with the same bytes); a block whose meta.json is already in the bucket (the
 * process died before shipper.json was written) is only marked. Entries of blocks that no
 * longer exist locally are dropped.
 */
import { existsSync } from "node:fs";
import { open, readdir, readFile, rename } from "node:fs/promises";
import { join } from "node:path";
import type { Logger } from "pino";
import type { Counter, Registry } from "prom-client";
import { BackoffLog } from "../util/backofflog.ts";
import { counter } from "../util/metrics.ts";
import type { Bucket } from "../storage/bucket/bucket.ts";
import { fetchMeta, uploadBlock } from "../storage/tsdb/blockio.ts";
import { forEachConcurrent, isBlockID, userBucket } from "../storage/tsdb/layout.ts";
import { META_FILENAME, readMeta } from "../model/block_meta.ts";

export const SHIPPER_FILENAME = "shipper.json";

export interface ShipperFile {
  version: 1;
  /** ULID -> unix ms of the upload. */
  shipped: Record<string, number>;
}

/** Reads `<tenantDir>/shipper.json`; an empty file when missing or unreadable. */
export async function readShipperFile(tenantDir: string): Promise<ShipperFile> {
  try {
    const j = JSON.parse(
      await readFile(join(tenantDir, SHIPPER_FILENAME), "utf8"),
    ) as Partial<ShipperFile>;
    const shipped: Record<string, number> = {};
    if (j !== null && typeof j.shipped === "object" && j.shipped !== null) {
      for (const [k, v] of Object.entries(j.shipped)) if (typeof v === "number") shipped[k] = v;
    }
    return { version: 1, shipped };
  } catch {
    return { version: 1, shipped: {} };
  }
}

/** Writes shipper.json atomically (temp file, fsync, rename). */
export async function writeShipperFile(tenantDir: string, f: ShipperFile): Promise<void> {
  const sorted: Record<string, number> = {};
  for (const k of Object.keys(f.shipped).sort()) sorted[k] = f.shipped[k];
  const tmp = join(tenantDir, `${SHIPPER_FILENAME}.tmp`);
  const fh = await open(tmp, "w");
  try {
    await fh.writeFile(`${JSON.stringify({ version: 1, shipped: sorted }, null, "\t")}\n`);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, join(tenantDir, SHIPPER_FILENAME));
}

/** Complete local blocks of a tenant directory (ULID dirs with a meta.json), sorted. */
export async function localBlockIDs(tenantDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(tenantDir);
  } catch {
    return [];
  }
  return names.filter((n) => isBlockID(n) && existsSync(join(tenantDir, n, META_FILENAME))).sort();
}

export interface ShipperDeps {
  /** The blocks bucket (not prefixed by tenant). */
  bucket: Bucket;
  logger: Logger;
  registry: Registry;
  now?: () => number;
}

export class Shipper {
  private readonly dir: string;
  private readonly deps: ShipperDeps;
  private readonly now: () => number;
  private readonly running = new Map<string, Promise<number>>();
  private readonly uploads: Counter;
  private readonly failures: Counter;
  /** Rate-limits the logs of upload failures that recur every ship interval. */
  private readonly failureLog: BackoffLog;

  /** dir: the ingester's tsdb dir (tenants are its subdirectories). */
  constructor(dir: string, deps: ShipperDeps) {
    this.dir = dir;
    this.deps = deps;
    this.now = deps.now ?? Date.now;
    this.failureLog = new BackoffLog({ now: this.now });
    this.uploads = counter(
      deps.registry,
      "cortex_ingester_shipper_uploads_total",
      "Total number of uploaded TSDB blocks",
      [],
    );
    this.failures = counter(
      deps.registry,
      "cortex_ingester_shipper_upload_failures_total",
      "Total number of TSDB block upload failures",
      [],
    );
  }

  /** Blocks of the tenant marked shipped, ULID -> unix ms. */
  async shipped(tenant: string): Promise<Map<string, number>> {
    return new Map(Object.entries((await readShipperFile(join(this.dir, tenant))).shipped));
  }

  /**
   * Uploads the tenant's blocks not shipped yet; returns how many were uploaded. Runs of one
   * tenant are serialised (a call during a run waits for it, then runs again).
   */
  shipTenant(tenant: string): Promise<number> {
    const prev = this.running.get(tenant) ?? Promise.resolve(0);
    const p = prev.catch(() => 0).then(() => this.doShip(tenant));
    this.running.set(tenant, p);
    void p
      .finally(() => {
        if (this.running.get(tenant) === p) this.running.delete(tenant);
      })
      .catch(() => {});
    return p;
  }

  /** Ships the given tenants, `concurrency` at a time. Failures are logged and counted. */
  async shipAll(tenants: readonly string[], concurrency: number): Promise<void> {
    await forEachConcurrent(tenants, Math.max(1, concurrency), async (t) => {
      try {
        await this.shipTenant(t);
      } catch (e) {
        this.deps.logger.warn({ err: e, user: t }, "shipper: failed to ship blocks");
      }
    });
  }

  private async doShip(tenant: string): Promise<number> {
    const tdir = join(this.dir, tenant);
    const ids = await localBlockIDs(tdir);
    const file = await readShipperFile(tdir);
    const local = new Set(ids);
    let changed = false;
    for (const id of Object.keys(file.shipped)) {
      if (!local.has(id)) {
        delete file.shipped[id];
        changed = true;
      }
    }
    const ubkt = userBucket(this.deps.bucket, tenant);
    let uploaded = 0;
    let firstErr: unknown;
    for (const id of ids) {
      if (file.shipped[id] !== undefined) continue;
      try {
        const blockDir = join(tdir, id);
        const meta = await readMeta(blockDir);
        if ((await fetchMeta(ubkt, id)) === undefined) {
          await uploadBlock(ubkt, blockDir, meta);
          this.uploads.inc();
          uploaded++;
          this.deps.logger.info({ user: tenant, block: id }, "shipper: block uploaded");
        }
        file.shipped[id] = this.now();
        await writeShipperFile(tdir, file);
        changed = false;
      } catch (e) {
        this.failures.inc();
        this.failureLog.occurred(`${tenant}/${id}`, (suppressed) =>
          this.deps.logger.warn(
            {
              err: (e as Error).message,
              code: (e as NodeJS.ErrnoException).code,
              user: tenant,
              block: id,
              suppressed,
            },
            "shipper: block upload failed",
          ),
        );
        firstErr ??= e;
      }
    }
    if (changed) await writeShipperFile(tdir, file);
    if (firstErr !== undefined) throw firstErr;
    return uploaded;
  }

  /** Waits for running uploads. */
  async drain(): Promise<void> {
    await Promise.allSettled([...this.running.values()]);
  }
}
