/**
 * The alertmanager runs beside the other modules: in `-target=all,alertmanager` and in
 * `-target=backend` a tenant's config is accepted and alerts posted to
 * `/alertmanager/api/v2/alerts` (where the ruler sends them with
 * `-ruler.alertmanager-url=http://<host>:<port>/alertmanager`) are notified.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { type MimirProcess, startMimir, tempDir, waitFor, waitReady } from "./harness.ts";
import {
  postAlerts,
  type Recorder,
  setTenantConfig,
  startRecorder,
} from "./alertmanager/helpers.ts";

describe("alertmanager: in all and backend", () => {
  let rec: Recorder | undefined;
  const procs: MimirProcess[] = [];
  after(async () => {
    for (const p of procs) await p.stop();
    await rec?.close();
  });

  for (const target of ["all,alertmanager", "backend"]) {
    it(`-target=${target}`, { timeout: 90_000 }, async () => {
      rec ??= await startRecorder();
      const dir = tempDir("mimir-ts-am-target-");
      const m = await startMimir(
        [
          `-target=${target}`,
          `-blocks-storage.filesystem.dir=${join(dir, "blocks")}`,
          `-blocks-storage.tsdb.dir=${join(dir, "tsdb")}`,
          `-alertmanager-storage.filesystem.dir=${join(dir, "am")}`,
          `-alertmanager.storage.path=${join(dir, "am-data")}`,
        ],
        { cwd: dir },
      );
      procs.push(m);
      await waitReady(m, 60_000);
      const tenant = `t-${target.replace(/\W/g, "")}`;
      const res = await setTenantConfig(
        m.url,
        tenant,
        `route:\n  receiver: hook\n  group_wait: 1s\nreceivers:\n- name: hook\n  webhook_configs:\n  - url: ${rec.url}/${tenant}\n`,
      );
      assert.equal(res.status, 201, await res.text());
      await postAlerts(`${m.url}/alertmanager`, [{ labels: { alertname: "FromRuler" } }], {
        "X-Scope-OrgID": tenant,
      });
      const got = await waitFor(
        "the notification",
        async () => rec!.received.find((r) => r.path === `/${tenant}`),
        20_000,
      );
      assert.equal(got.body.alerts[0].labels.alertname, "FromRuler");
    });
  }
});
