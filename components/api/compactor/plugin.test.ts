import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import Fastify, { type FastifyInstance } from "fastify";
import { Registry } from "prom-client";
import { Compactor } from "../../compactor/compactor.ts";
import { compactorBlock } from "../../compactor/config.ts";
import type { Bucket } from "../../storage/bucket/bucket.ts";
import { readTenantDeletionMark } from "../../storage/tsdb/markers.ts";
import { userBucket } from "../../storage/tsdb/layout.ts";
import { fsBucket, makeAndUploadBlock, tempDir } from "../../tsdb/testing/blocks.ts";
import { defaultsOf } from "../../util/config/spec.ts";
import { limitsBlock } from "../../util/limits/limits.ts";
import { Overrides } from "../../util/limits/overrides.ts";
import { nopLogger } from "../../util/log.ts";
import { resolveTenantID } from "../../util/tenant.ts";
import { registerCompactorApi } from "./plugin.ts";

describe("compactor API", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let bkt: Bucket;
  let app: FastifyInstance;
  let compactor: Compactor;
  before(async () => {
    ({ dir, cleanup } = await tempDir());
    bkt = fsBucket(`${dir}/bucket`);
    compactor = new Compactor(
      {
        ...defaultsOf(compactorBlock),
        data_dir: `${dir}/data`,
        first_level_compaction_wait_period: 0,
      },
      {
        logger: nopLogger(),
        registry: new Registry(),
        bucket: bkt,
        overrides: new Overrides(defaultsOf(limitsBlock)),
        clock: () => 1_000_000_000_000,
        fsync: false,
      },
    );
    app = Fastify();
    registerCompactorApi(app, {
      compactor,
      tenantOf: (req) =>
        resolveTenantID(req.headers["x-scope-orgid"], {
          multitenancyEnabled: true,
          noAuthTenant: "anonymous",
        }),
    });
    await app.ready();
    for (let i = 0; i < 2; i++) {
      await makeAndUploadBlock(
        bkt,
        "t1",
        `${dir}/scratch`,
        [{ labels: { __name__: "x" }, samples: [[1000, 1]] }],
        { minTime: 0, maxTime: 7_200_000 },
      );
    }
  });
  after(async () => {
    await app.close();
    await cleanup();
  });

  it("marks a tenant for deletion and reports the status", async () => {
    let res = await app.inject({ method: "POST", url: "/compactor/delete_tenant" });
    assert.deepEqual([res.statusCode, res.body.trim()], [401, "no org id"]);
    res = await app.inject({
      method: "GET",
      url: "/compactor/delete_tenant_status",
      headers: { "x-scope-orgid": "t1" },
    });
    assert.deepEqual(JSON.parse(res.body), { tenant_id: "t1", blocks_deleted: false });
    res = await app.inject({
      method: "POST",
      url: "/compactor/delete_tenant",
      headers: { "x-scope-orgid": "t1" },
    });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(await readTenantDeletionMark(userBucket(bkt, "t1")), {
      deletion_time: 1_000_000_000,
    });
    await compactor.runCleanup();
    res = await app.inject({
      method: "GET",
      url: "/compactor/delete_tenant_status",
      headers: { "x-scope-orgid": "t1" },
    });
    assert.deepEqual(JSON.parse(res.body), { tenant_id: "t1", blocks_deleted: true });
  });

  it("lists tenants and planned jobs", async () => {
    for (let i = 0; i < 2; i++) {
      await makeAndUploadBlock(
        bkt,
        "t2",
        `${dir}/scratch`,
        [{ labels: { __name__: "x" }, samples: [[1000, 1]] }],
        { minTime: 0, maxTime: 7_200_000 },
      );
    }
    let res = await app.inject({ method: "GET", url: "/compactor/tenants" });
    assert.match(res.body, /t2/);
    res = await app.inject({ method: "GET", url: "/compactor/tenant/t2/planned_jobs" });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /merge/);
    assert.equal((res.body.match(/<tr><td>\d+<\/td>/g) ?? []).length, 1);
  });
});
