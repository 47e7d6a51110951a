/**
 * The distributor's push path in one process, without network or ingesters: remote-write v1
 * requests (the ingest benchmark's node_exporter-like series, 2000 per request) go through
 * Distributor.handle (snappy, decoding, validation, limits) and a RingPusher over three zones
 * with RF 3 whose ingester clients drop the Push bodies. Prints samples per CPU-second of this
 * process, the figure the microservices ingest benchmark reports per distributor core minus
 * HTTP and gRPC. Usage: node e2e/bench/distributor_push.ts [passes, default 5]
 */
import process from "node:process";
import pino from "pino";
import { Registry } from "prom-client";
import { compressSync } from "snappy";
import { distributorBlock } from "../../components/distributor/config.ts";
import { Distributor } from "../../components/distributor/distributor.ts";
import { decodeRemoteWrite } from "../../components/distributor/remotewrite/decode.ts";
import { RingPusher } from "../../components/distributor/ringpush.ts";
import { testLimits } from "../../components/distributor/testutil.ts";
import { InstanceState, newInstance, RingDesc } from "../../components/ring/model.ts";
import { Ring } from "../../components/ring/ring.ts";
import { generateTokens } from "../../components/ring/tokens.ts";
import { defaultsOf } from "../../components/util/config/spec.ts";
import { Overrides } from "../../components/util/limits/overrides.ts";
import { seriesLabels } from "./node_series.ts";
import { encodeLabelFields, encodeWriteRequestFromLabelFields } from "./remotewrite.ts";
const SERIES = 100000,
  ROUNDS = 3,
  PER = 2000;
const lf = Array.from({ length: SERIES }, (_, i) => encodeLabelFields(seriesLabels(i)));
const bodies: Buffer[] = [];
const t0 = Date.now();
for (let r = 0; r < ROUNDS; r++)
  for (let s = 0; s < SERIES; s += PER) {
    const batch = [];
    for (let i = s; i < s + PER; i++)
      batch.push({
        labelFields: lf[i]!,
        samples: [[t0 + r * 15000, r * 10 + (i % 97)] as [number, number]],
      });
    bodies.push(compressSync(encodeWriteRequestFromLabelFields(batch)));
  }
const NOW = Date.now();
const d = new RingDesc();
const taken: number[] = [];
for (const zone of ["a", "b", "c"]) {
  const id = `ingester-${zone}`;
  const tokens = generateTokens(512, taken);
  taken.push(...tokens);
  d.ingesters.set(
    id,
    newInstance({
      id,
      addr: id,
      zone,
      tokens: tokens.sort((x, y) => x - y),
      state: InstanceState.ACTIVE,
      timestamp: NOW / 1000 + 3600,
      registeredTimestamp: NOW / 1000 - 60,
    }),
  );
}
const ring = new Ring(
  { heartbeatTimeoutMs: 3600_000, replicationFactor: 3, zoneAwarenessEnabled: true },
  d,
);
let bytesOut = 0;
const res = { samplesWritten: 0, exemplarsWritten: 0, histogramsWritten: 0, softErrors: [] };
const client = {
  pushBody: async (_t: string, body: Buffer) => {
    bytesOut += body.length;
    return res;
  },
};
const pusher = new RingPusher({ ring: () => ring, clientFor: () => client, shardSize: () => 0 });
const cfg = defaultsOf(distributorBlock);
const overrides = new Overrides(
  testLimits({ ingestion_rate: 1e9, ingestion_burst_size: 1e9, max_global_series_per_user: 0 }),
);
const dist = new Distributor(cfg, {
  logger: pino({ level: "silent" }),
  registry: new Registry(),
  overrides,
  pusher,
});
async function pass(): Promise<number> {
  const c0 = process.cpuUsage();
  let next = 0;
  const worker = async () => {
    while (next < bodies.length) {
      const body = bodies[next++];
      await dist.handle(
        "anonymous",
        body.length,
        () => decodeRemoteWrite(body, "application/x-protobuf", cfg.max_recv_msg_size).decoded,
      );
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
}
await pass(); // warm up
const figs: number[] = [];
for (let i = 0; i < Number(process.argv[2] ?? 5); i++) {
  const s = await pass();
  figs.push(Math.round((SERIES * ROUNDS) / s));
}
console.log(
  `distributor push in-process: samples per CPU-second ${figs.join(" ")} (bytes out per pass ${(bytesOut / (figs.length + 1) / 1e6).toFixed(1)} MB)`,
);
