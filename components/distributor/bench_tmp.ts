import { compressSync } from "snappy";
import { prometheus } from "../proto/generated/protos.js";
import { decodeRemoteWrite } from "./remotewrite/decode.ts";
import { testDistributor } from "./testutil.ts";
const ts = [];
const now = Date.now();
for (let i = 0; i < 2000; i++) {
  const labels = [{ name: "__name__", value: "node_cpu_seconds_total" }, { name: "cpu", value: String(i % 16) }, { name: "instance", value: `host-${i >> 4}:9100` }, { name: "job", value: "node" }, { name: "mode", value: ["idle","user","system","iowait"][i%4] }];
  ts.push({ labels, samples: [{ value: i, timestamp: now }] });
}
const body = compressSync(Buffer.from(prometheus.WriteRequest.encode(prometheus.WriteRequest.fromObject({ timeseries: ts })).finish()));
const { distributor, pusher } = testDistributor({ limits: { ingestion_rate: 1e12, ingestion_burst_size: 1e12 } });
pusher.push = async (_t, b) => ({ samplesWritten: b.timestamps.length, exemplarsWritten: 0, softErrors: [] });
for (let i = 0; i < 200; i++) await distributor.handle("t", body.length, () => decodeRemoteWrite(body, undefined, 1 << 26).decoded);
const N = 500;
const t0 = process.cpuUsage();
const w0 = performance.now();
for (let i = 0; i < N; i++) await distributor.handle("t", body.length, () => decodeRemoteWrite(body, undefined, 1 << 26).decoded);
const cpu = process.cpuUsage(t0);
const sec = (cpu.user + cpu.system) / 1e6;
console.log(`body ${body.length} bytes; ${N} reqs x 2000 samples: ${(N * 2000 / sec).toFixed(0)} samples/cpu-s, wall ${(performance.now() - w0).toFixed(0)}ms`);
