/**
 * For the receiver tests: an HTTP server on 127.0.0.1 that records every request (method, URL,
 * headers, raw body) and answers with the status and body a test queues (default 200 "ok"), and
 * a helper that builds one receiver from YAML and notifies it.
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { loadConfig } from "../amconfig.ts";
import { fingerprint } from "../labels.ts";
import type { FlushContext, Integration } from "../notify.ts";
import { tenantTemplate } from "../templates.ts";
import type { Alert } from "../types.ts";
import { buildReceivers } from "./build.ts";
import type { BuildContext } from "./context.ts";

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export class Recorder {
  readonly requests: RecordedRequest[] = [];
  /** Answers for the next requests, in order; then 200 "ok". */
  readonly answers: { status: number; body: string }[] = [];
  base = "";
  private readonly server: Server;

  constructor() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (d: Buffer) => chunks.push(d));
      req.on("end", () => {
        this.requests.push({
          method: req.method ?? "",
          url: req.url ?? "",
          headers: req.headers,
          body: Buffer.concat(chunks).toString(),
        });
        const a = this.answers.shift() ?? { status: 200, body: "ok" };
        res.writeHead(a.status).end(a.body);
      });
    });
  }

  async start(): Promise<void> {
    await new Promise<void>((r) => this.server.listen(0, "127.0.0.1", r));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): void {
    this.server.close();
  }
}

export const NOW = Date.UTC(2026, 11, 7, 6, 0, 0);

export function testAlert(labels: Record<string, string>, resolved = false): Alert {
  return {
    labels,
    annotations: { summary: `${labels.instance} down` },
    startsAt: NOW - 60_000,
    endsAt: resolved ? NOW - 1000 : 0,
    generatorURL: "http://prom/graph?g0.expr=up&g0.tab=1",
    updatedAt: NOW,
    timeout: false,
    fingerprint: fingerprint(labels),
  };
}

export const FLUSH: FlushContext = {
  receiver: "team",
  groupKey: '{}:{alertname="Down"}',
  groupLabels: { alertname: "Down" },
  now: NOW,
  repeatInterval: 3_600_000,
  muteTimeIntervals: [],
  activeTimeIntervals: [],
  deadline: NOW + 10_000,
};

export const FIRING = [testAlert({ alertname: "Down", instance: "a" })];
export const RESOLVED = [testAlert({ alertname: "Down", instance: "a" }, true)];

export function buildContext(): BuildContext {
  return {
    externalURL: "http://am.example",
    templates: [],
    templateNames: [],
    tenant: "t",
    template: tenantTemplate([], []),
    htmlTemplate: () => tenantTemplate([], [], true),
  };
}

/** The first integration of receiver "team" from a YAML receiver body (`- name: team` added). */
export function integrationFrom(receiverYaml: string, globalYaml = ""): Integration {
  const cfg = loadConfig(
    `${globalYaml}route:\n  receiver: team\nreceivers:\n- name: team\n${receiverYaml}`,
  );
  const [integ] = buildReceivers(cfg, buildContext()).get("team") ?? [];
  return integ;
}

export function notify(integ: Integration, alerts: Alert[]): Promise<void> {
  return integ.notify(FLUSH, alerts, AbortSignal.timeout(5000));
}
