import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { labelsFromObject } from "../model/labels.ts";
import { newMatcher } from "../model/matcher.ts";
import { ValNone } from "../model/series.ts";
import { BlockReader } from "./block/reader.ts";
import { writeCompactedBlocks } from "./compact.ts";
import { Head } from "./head.ts";
import { makeBlock, readBlockSamples, tempDir } from "./testing/blocks.ts";

describe("one read path: head and blocks through the same interfaces", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  before(async () => {
    ({ dir, cleanup } = await tempDir());
  });
  after(() => cleanup());

  it("compacts a head range together with a persisted block, the first source winning on equal timestamps", async () => {
    const head = new Head({ chunkArena: false });
    const a = head.getOrCreate(labelsFromObject({ __name__: "m", i: "a" }));
    const b = head.getOrCreate(labelsFromObject({ __name__: "m", i: "b" }));
    for (let t = 0; t <= 50_000; t += 10_000) {
      head.append(a, t, t / 1000, 0);
      head.append(b, t, -t / 1000, 0);
    }
    const blockMeta = await makeBlock(join(dir, "in"), [
      {
        labels: { __name__: "m", i: "a" },
        samples: [
          [5_000, 99],
          [20_000, 99],
          [70_000, 7],
        ],
      },
      { labels: { __name__: "m", i: "c" }, samples: [[1_000, 1]] },
    ]);
    const block = await BlockReader.open(join(dir, "in", blockMeta.ulid));
    try {
      const res = await writeCompactedBlocks([head.rangeHead(0, 30_000), block], join(dir, "out"), {
        mint: 0,
        maxt: 30_000,
        blockOptions: () => ({ minTime: 0, maxTime: 30_001, fsync: false }),
      });
      assert.equal(res.metas.length, 1);
      const got = await readBlockSamples(join(dir, "out", res.metas[0].ulid));
      assert.deepEqual(
        [...got.values()].map((s) => [s.labels.i, s.samples]),
        [
          [
            "a",
            [
              [0, 0],
              [5_000, 99],
              [10_000, 10],
              [20_000, 20],
              [30_000, 30],
            ],
          ],
          [
            "b",
            [
              [0, -0],
              [10_000, -10],
              [20_000, -20],
              [30_000, -30],
            ],
          ],
          ["c", [[1_000, 1]]],
        ],
      );
      assert.equal(res.samplesOut, 10);
    } finally {
      await block.close();
    }
  });

  it("answers the same select from the head and from the block compacted out of it", async () => {
    const head = new Head({ chunkArena: false });
    for (let i = 0; i < 5; i++) {
      const s = head.getOrCreate(
        labelsFromObject({ __name__: "up", job: i % 2 === 0 ? "even" : "odd", i: String(i) }),
      );
      for (let t = 0; t < 300; t++) head.append(s, t * 1000, t * i, 0);
    }
    const res = await writeCompactedBlocks([head.rangeHead(0, 299_000)], join(dir, "same"), {
      blockOptions: () => ({ fsync: false }),
    });
    const block = await BlockReader.open(join(dir, "same", res.metas[0].ulid));
    try {
      const ms = [newMatcher("=", "job", "even"), newMatcher("!=", "i", "2")];
      const read = async (q: ReturnType<Head["querier"]>) => {
        const out: [string, number, number][] = [];
        for (const s of await q.select(true, { start: 100_000, end: 200_000 }, ms)) {
          const it = s.iterator();
          let n = 0;
          let sum = 0;
          while (it.next() !== ValNone) {
            n++;
            sum += it.atF();
          }
          out.push([s.labels.map((l) => `${l.name}=${l.value}`).join(","), n, sum]);
        }
        return out;
      };
      const fromHead = await read(head.querier(0, 299_000));
      assert.deepEqual(fromHead, await read(block.querier(0, 299_000)));
      assert.deepEqual(
        fromHead.map((x) => x[0]),
        ["__name__=up,i=0,job=even", "__name__=up,i=4,job=even"],
      );
      assert.equal(fromHead[1][1], 101);
      assert.deepEqual(
        await head.querier(0, 299_000).labelValues("i", undefined, ms),
        await block.querier(0, 299_000).labelValues("i", undefined, ms),
      );
    } finally {
      await block.close();
    }
  });
});
