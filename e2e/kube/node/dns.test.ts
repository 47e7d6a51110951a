import assert from "node:assert/strict";
import { Resolver } from "node:dns/promises";
import { describe, it } from "node:test";
import { Store } from "../api/store.ts";
import { ClusterDns } from "./dns.ts";
import { freePort } from "../../harness.ts";

function cluster(): Store {
  const s = new Store({ serviceIpBase: "10.96.7." });
  const t = (g: string, p: string) => s.type(g, "v1", p)!;
  s.create(t("", "namespaces"), undefined, { metadata: { name: "ns" } });
  s.create(t("", "services"), "ns", {
    metadata: { name: "head" },
    spec: { clusterIP: "None", ports: [{ name: "client", port: 11211 }] },
  });
  s.create(t("", "services"), "ns", {
    metadata: { name: "web" },
    spec: { ports: [{ name: "http", port: 80 }] },
  });
  s.create(t("", "endpoints"), "ns", {
    metadata: { name: "head" },
    subsets: [
      {
        addresses: [
          { ip: "10.244.1.2", hostname: "head-0" },
          { ip: "10.244.1.3", hostname: "head-1" },
        ],
        notReadyAddresses: [{ ip: "10.244.1.4", hostname: "head-2" }],
        ports: [{ name: "client", port: 11211 }],
      },
    ],
  });
  return s;
}

describe("cluster DNS", () => {
  it("answers A and SRV records for Services and StatefulSet pods, NXDOMAIN otherwise", async () => {
    const dns = new ClusterDns(cluster());
    const port = await freePort();
    await dns.listen("127.0.0.1", port);
    try {
      const r = new Resolver();
      r.setServers([`127.0.0.1:${port}`]);
      assert.deepEqual((await r.resolve4("head.ns.svc.cluster.local")).sort(), [
        "10.244.1.2",
        "10.244.1.3",
      ]);
      assert.deepEqual(await r.resolve4("head-1.head.ns.svc.cluster.local"), ["10.244.1.3"]);
      assert.deepEqual(await r.resolve4("web.ns.svc.cluster.local"), ["10.96.7.10"]);
      const srv = await r.resolveSrv("_client._tcp.head.ns.svc.cluster.local");
      assert.deepEqual(srv.map((x) => `${x.name}:${x.port}`).sort(), [
        "head-0.head.ns.svc.cluster.local:11211",
        "head-1.head.ns.svc.cluster.local:11211",
      ]);
      assert.deepEqual(await r.resolve4("10-244-1-9.ns.pod.cluster.local"), ["10.244.1.9"]);
      await assert.rejects(r.resolve4("missing.ns.svc.cluster.local"), { code: "ENOTFOUND" });
      await assert.rejects(r.resolve4("example.com"), { code: "ENOTFOUND" });
      await assert.rejects(r.resolve6("head.ns.svc.cluster.local"), { code: "ENODATA" });
    } finally {
      await dns.close();
    }
  });
});
