/**
 * A continuous remote-write client for cluster tests: every `intervalMs` it pushes one sample
 * per series (timestamp = now, strictly increasing) through the distributors in turn, and
 * records which pushes were acknowledged (2xx) and which failed. A distributor that refuses the
 * connection is skipped for the next one, as a load balancer would; an HTTP error counts as a
 * failed push.
 */
import { buildRemoteWriteBody, REMOTE_WRITE_HEADERS } from "../bench/remotewrite.ts";

export interface WriterOptions {
  tenant: string;
  metric: string;
  series: number;
  intervalMs: number;
  /** Distributor base URLs, e.g. http://127.0.0.1:1234 (read at every push, so it may change). */
  targets: () => string[];
}

export class ContinuousWriter {
  readonly acked: number[] = [];
  readonly failures: string[] = [];
  private lastTs = 0;
  private stopped = false;
  private loop: Promise<void> | undefined;
  private next = 0;
  private readonly opts: WriterOptions;

  constructor(opts: WriterOptions) {
    this.opts = opts;
  }

  start(): void {
    this.loop = (async () => {
      while (!this.stopped) {
        await this.pushOnce();
        await new Promise((r) => setTimeout(r, this.opts.intervalMs));
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }

  async pushOnce(): Promise<void> {
    const ts = Math.max(Date.now(), this.lastTs + 1);
    this.lastTs = ts;
    const series = [];
    for (let i = 0; i < this.opts.series; i++) {
      series.push({
        labels: [
          ["__name__", this.opts.metric],
          ["series", String(i).padStart(3, "0")],
        ] as [string, string][],
        samples: [[ts, i] as [number, number]],
      });
    }
    const body = buildRemoteWriteBody(series);
    const targets = this.opts.targets();
    for (let attempt = 0; attempt < targets.length; attempt++) {
      const url = targets[this.next++ % targets.length];
      let res: Response;
      try {
        res = await fetch(`${url}/api/v1/push`, {
          method: "POST",
          headers: { ...REMOTE_WRITE_HEADERS, "X-Scope-OrgID": this.opts.tenant },
          body,
          signal: AbortSignal.timeout(10_000),
        });
      } catch {
        continue; // connection refused: the request never reached a distributor
      }
      const text = await res.text();
      if (res.status >= 200 && res.status < 300) this.acked.push(ts);
      else this.failures.push(`${res.status} ${text.trim()} (via ${url})`);
      return;
    }
    this.failures.push(`no distributor reachable at ${new Date(ts).toISOString()}`);
  }
}

/** The number of samples of each series of `metric` the querier returns for the last `rangeS` seconds. */
export async function sampleCounts(
  querierUrl: string,
  tenant: string,
  metric: string,
  rangeS = 600,
): Promise<Map<string, number>> {
  const q = encodeURIComponent(`count_over_time(${metric}[${rangeS}s])`);
  const res = await fetch(
    `${querierUrl}/prometheus/api/v1/query?query=${q}&time=${(Date.now() + 1000) / 1000}`,
    { headers: { "X-Scope-OrgID": tenant } },
  );
  const body = (await res.json()) as {
    status: string;
    error?: string;
    data?: { result: { metric: Record<string, string>; value: [number, string] }[] };
  };
  if (body.status !== "success") throw new Error(`query failed: ${res.status} ${body.error}`);
  const out = new Map<string, number>();
  for (const r of body.data?.result ?? []) out.set(r.metric.series, Number(r.value[1]));
  return out;
}
