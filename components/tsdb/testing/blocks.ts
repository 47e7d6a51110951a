/** Test helpers: build small blocks from plain samples and read them back. */
import { join } from "node:path";
import type { BlockMeta } from "../../model/block_meta.ts";
import { BlockReader } from "../block/reader.ts";
import { type BlockWriterOptions, writeBlock } from "../block/writer.ts";
import { compareLabelsBytes } from "../../model/strings.ts";
import type { Bucket } from "../../storage/bucket/bucket.ts";
import { labelsFromObject, labelsKey, labelsToObject } from "../../model/labels.ts";
import { ValNone } from "../../model/series.ts";
import { uploadBlock } from "../../storage/tsdb/blockio.ts";
import { encodeXORChunks } from "../compact.ts";
import { userBucket } from "../../storage/tsdb/layout.ts";

export { fsBucket, tempDir } from "../../storage/tsdb/testing/bucket.ts";

export interface TestSeries {
  labels: Record<string, string>;
  samples: [number, number][];
}

/** Writes a block with the given series (any order) under parentDir. */
export async function makeBlock(
  parentDir: string,
  series: TestSeries[],
  opts: BlockWriterOptions = {},
): Promise<BlockMeta> {
  const sorted = series
    .map((s) => ({
      labels: labelsFromObject(s.labels),
      samples: [...s.samples].sort((a, b) => a[0] - b[0]),
    }))
    .sort((a, b) => compareLabelsBytes(a.labels, b.labels));
  return writeBlock(
    parentDir,
    sorted.map((s) => ({
      labels: s.labels,
      chunks: encodeXORChunks(
        s.samples.map((x) => x[0]),
        s.samples.map((x) => x[1]),
      ),
    })),
    { fsync: false, ...opts },
  );
}

/** Writes a block locally and uploads it into the tenant's bucket. */
export async function makeAndUploadBlock(
  bkt: Bucket,
  tenant: string,
  scratch: string,
  series: TestSeries[],
  opts: BlockWriterOptions = {},
): Promise<BlockMeta> {
  const meta = await makeBlock(scratch, series, opts);
  await uploadBlock(userBucket(bkt, tenant), join(scratch, meta.ulid), meta);
  return meta;
}

/** Every sample of a local block: labels key -> samples. */
export async function readBlockSamples(
  blockDir: string,
): Promise<Map<string, { labels: Record<string, string>; samples: [number, number][] }>> {
  const r = await BlockReader.open(blockDir);
  try {
    const q = r.querier(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    const out = new Map<string, { labels: Record<string, string>; samples: [number, number][] }>();
    for (const s of await q.select(true, undefined, [])) {
      const it = s.iterator();
      const samples: [number, number][] = [];
      while (it.next() !== ValNone) samples.push([it.atT(), it.atF()]);
      out.set(labelsKey(s.labels), { labels: labelsToObject(s.labels), samples });
    }
    return out;
  } finally {
    await r.close();
  }
}
