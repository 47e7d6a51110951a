/**
 * The query data set of PERFORMANCE.md (after Prometheus's engine benchmark): for X in the
 * sizes, `a_X` and `b_X` float series with label `l`, and `h_X` classic histograms with `le`
 * 0..9 and +Inf, every `intervalMs` over a time range, written by remote write in time order so
 * both mimir-ts and Prometheus accept every sample.
 */
import { compressSync } from "snappy";
import {
  encodeLabelFields,
  encodeWriteRequestFromLabelFields,
  REMOTE_WRITE_HEADERS,
} from "./remotewrite.ts";

export interface DatasetOptions {
  sizes: number[];
  /** Inclusive start and exclusive end, ms. */
  start: number;
  end: number;
  intervalMs: number;
  /** Samples per series per request (a time slice). */
  sliceSamples?: number;
  /** Series per request. */
  seriesPerRequest?: number;
}

interface SeriesSpec {
  labelFields: Buffer;
  value: (step: number) => number;
}

function specs(sizes: number[]): SeriesSpec[] {
  const out: SeriesSpec[] = [];
  const sorted = (l: [string, string][]) => l.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const x of sizes) {
    for (let i = 0; i < x; i++) {
      const l = String(i);
      // Counters that grow at different rates, so rate() and a_X - b_X are non-trivial.
      out.push({
        labelFields: encodeLabelFields(
          sorted([
            ["__name__", `a_${x}`],
            ["l", l],
          ]),
        ),
        value: (s) => s * (1 + (i % 7)),
      });
      out.push({
        labelFields: encodeLabelFields(
          sorted([
            ["__name__", `b_${x}`],
            ["l", l],
          ]),
        ),
        value: (s) => s * (2 + (i % 5)) + i,
      });
      let cum = 0;
      for (let le = 0; le <= 10; le++) {
        const leValue = le === 10 ? "+Inf" : String(le);
        cum += le + 1;
        const weight = cum;
        out.push({
          labelFields: encodeLabelFields(
            sorted([
              ["__name__", `h_${x}`],
              ["l", l],
              ["le", leValue],
            ]),
          ),
          value: (s) => s * weight,
        });
      }
    }
  }
  return out;
}

export function seriesCount(sizes: number[]): number {
  return sizes.reduce((a, x) => a + x * 13, 0);
}

/** Yields, per time slice in order, the snappy-compressed remote-write bodies of that slice. */
export function* datasetSlices(opts: DatasetOptions): Generator<Buffer[]> {
  const all = specs(opts.sizes);
  const slice = opts.sliceSamples ?? 60;
  const perReq = opts.seriesPerRequest ?? 1000;
  const steps = Math.ceil((opts.end - opts.start) / opts.intervalMs);
  for (let s0 = 0; s0 < steps; s0 += slice) {
    const s1 = Math.min(steps, s0 + slice);
    const bodies: Buffer[] = [];
    for (let i0 = 0; i0 < all.length; i0 += perReq) {
      const batch = all.slice(i0, i0 + perReq).map((sp) => {
        const samples: [number, number][] = [];
        for (let s = s0; s < s1; s++) samples.push([opts.start + s * opts.intervalMs, sp.value(s)]);
        return { labelFields: sp.labelFields, samples };
      });
      bodies.push(compressSync(encodeWriteRequestFromLabelFields(batch)));
    }
    yield bodies;
  }
}

/**
 * Pushes the data set to a remote-write URL: slices one after another (so every series'
 * samples arrive in time order), the requests of one slice concurrently. Reports progress.
 */
export async function loadDataset(
  url: string,
  headers: Record<string, string>,
  opts: DatasetOptions,
  progress?: (sent: number) => void,
  concurrency = 4,
): Promise<number> {
  let sent = 0;
  for (const bodies of datasetSlices(opts)) {
    let next = 0;
    const worker = async () => {
      while (next < bodies.length) {
        const body = bodies[next++];
        const res = await fetch(url, {
          method: "POST",
          headers: { ...REMOTE_WRITE_HEADERS, ...headers },
          body,
        });
        const text = await res.text();
        if (res.status >= 300)
          throw new Error(`remote write to ${url} failed: ${res.status} ${text.slice(0, 300)}`);
        sent++;
        progress?.(sent);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, bodies.length) }, worker));
  }
  return sent;
}
