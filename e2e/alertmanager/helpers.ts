/**
 * Helpers of the Alertmanager e2e tests: a webhook recorder, Debian's prometheus-alertmanager
 * (the behavioural reference) and mimir-ts's alertmanager target with a tenant config.
 */
import { existsSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import {
  freePort,
  type MimirProcess,
  type RunningProcess,
  startMimir,
  startProcess,
  tempDir,
  waitReady,
} from "../harness.ts";

export const REFERENCE_AM = "/usr/bin/prometheus-alertmanager";
export const AMTOOL = "/usr/bin/amtool";

export function hasReferenceAlertmanager(): boolean {
  return existsSync(REFERENCE_AM) && existsSync(AMTOOL);
}

export interface Recorded {
  /** ms since the recorder started. */
  at: number;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

export interface Recorder {
  url: string;
  received: Recorded[];
  /** Responds with this status (default 200). */
  status: number;
  close(): Promise<void>;
}

export async function startRecorder(t0 = Date.now()): Promise<Recorder> {
  const received: Recorded[] = [];
  const rec: Partial<Recorder> = { received, status: 200 };
  const server: Server = createServer((req, res) => {
    let data = "";
    req.on("data", (d) => {
      data += d;
    });
    req.on("end", () => {
      let body: unknown = data;
      try {
        body = JSON.parse(data);
      } catch {}
      received.push({ at: Date.now() - t0, path: req.url ?? "", headers: req.headers, body });
      res.statusCode = rec.status!;
      res.end();
    });
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  rec.url = `http://127.0.0.1:${port}`;
  rec.close = () => new Promise<void>((r) => server.close(() => r()));
  return rec as Recorder;
}

export interface ReferenceAm extends RunningProcess {
  url: string;
  stop(): Promise<number | string>;
}

export async function startReferenceAm(config: string): Promise<ReferenceAm> {
  const dir = tempDir("mimir-ts-refam-");
  const file = join(dir, "alertmanager.yml");
  writeFileSync(file, config);
  const port = await freePort();
  const p = startProcess(REFERENCE_AM, [
    `--config.file=${file}`,
    `--storage.path=${join(dir, "data")}`,
    `--web.listen-address=127.0.0.1:${port}`,
    "--cluster.listen-address=",
  ]);
  const url = `http://127.0.0.1:${port}`;
  await waitReady({ url, output: p.output, proc: p.proc }, 15_000, "/-/ready");
  return {
    ...p,
    url,
    async stop() {
      if (p.proc.exitCode === null && p.proc.signalCode === null) p.proc.kill("SIGTERM");
      return p.exited;
    },
  };
}

/** mimir-ts with only the alertmanager target, its buckets and state in a fresh directory. */
export async function startMimirAm(
  extra: string[] = [],
  opts: { cwd?: string } = {},
): Promise<MimirProcess> {
  const cwd = opts.cwd ?? tempDir("mimir-ts-am-");
  const m = await startMimir(
    [
      "-target=alertmanager",
      `-alertmanager-storage.filesystem.dir=${join(cwd, "am-bucket")}`,
      `-alertmanager.storage.path=${join(cwd, "am-data")}`,
      "-alertmanager.configs.poll-interval=1s",
      ...extra,
    ],
    { cwd },
  );
  await waitReady(m, 20_000);
  return m;
}

/** Uploads a tenant's Alertmanager config through Mimir's config API. */
export async function setTenantConfig(
  url: string,
  tenant: string,
  config: string,
  templates: Record<string, string> = {},
): Promise<Response> {
  const indent = (s: string) =>
    s
      .split("\n")
      .map((l) => `  ${l}`)
      .join("\n");
  let body = `alertmanager_config: |\n${indent(config)}\n`;
  if (Object.keys(templates).length > 0) {
    body += "template_files:\n";
    for (const [k, v] of Object.entries(templates)) body += `  ${k}: |\n${indent(indent(v))}\n`;
  }
  return fetch(`${url}/api/v1/alerts`, {
    method: "POST",
    headers: { "X-Scope-OrgID": tenant, "content-type": "application/yaml" },
    body,
  });
}

export async function postAlerts(
  base: string,
  alerts: unknown[],
  headers: Record<string, string> = {},
): Promise<void> {
  const res = await fetch(`${base}/api/v2/alerts`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(alerts),
  });
  if (res.status !== 200) throw new Error(`POST alerts: ${res.status} ${await res.text()}`);
}
