/**
 * meta.json of a block: Prometheus's BlockMeta plus the `thanos` section Mimir adds (see
 * docs/formats/meta.md). Written as Go's encoding/json writes it with a tab indent: fields in
 * struct order, zero-valued `omitempty` fields left out, map keys sorted, `<`, `>`, `&`,
 * U+2028 and U+2029 escaped, a trailing newline (Mimir's json.Encoder).
 */
import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { isValid } from "ulid";
import { CorruptionError } from "./errors.ts";

export const META_FILENAME = "meta.json";
export const TSDB_VERSION_1 = 1;
export const THANOS_VERSION_1 = 1;

export interface BlockStats {
  numSamples?: number;
  numFloatSamples?: number;
  numHistogramSamples?: number;
  numSeries?: number;
  numChunks?: number;
  numTombstones?: number;
}

export interface BlockDesc {
  ulid: string;
  minTime: number;
  maxTime: number;
}

export interface BlockMetaCompaction {
  level: number;
  sources?: string[];
  deletable?: boolean;
  parents?: BlockDesc[];
  failed?: boolean;
  /** e.g. "from-out-of-order". */
  hints?: string[];
}

export interface ThanosFile {
  rel_path: string;
  /** Absent for meta.json itself. */
  size_bytes?: number;
}

export interface ThanosMeta {
  version?: number;
  labels: Record<string, string>;
  downsample: { resolution: number };
  /** "receive", "compactor", ... */
  source: string;
  segment_files?: string[];
  files?: ThanosFile[];
  rewrites?: unknown[];
}

export interface BlockMeta {
  ulid: string;
  /** Inclusive start, ms. */
  minTime: number;
  /** Exclusive end, ms (one past the last sample's timestamp). */
  maxTime: number;
  stats: BlockStats;
  compaction: BlockMetaCompaction;
  version: number;
  thanos?: ThanosMeta;
}

function omitZero<T extends object>(entries: [string, unknown][]): T {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) {
    if (v === undefined || v === 0 || v === false || v === "" || v === null) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    o[k] = v;
  }
  return o as T;
}

function sortedObject(m: Record<string, string>): Record<string, string> {
  const o: Record<string, string> = {};
  for (const k of Object.keys(m).sort()) o[k] = m[k];
  return o;
}

/** Orders and trims fields as Go would marshal them. */
function toGoShape(m: BlockMeta): Record<string, unknown> {
  const s = m.stats ?? {};
  const c = m.compaction;
  const out: Record<string, unknown> = {
    ulid: m.ulid,
    minTime: m.minTime,
    maxTime: m.maxTime,
    stats: omitZero([
      ["numSamples", s.numSamples],
      ["numFloatSamples", s.numFloatSamples],
      ["numHistogramSamples", s.numHistogramSamples],
      ["numSeries", s.numSeries],
      ["numChunks", s.numChunks],
      ["numTombstones", s.numTombstones],
    ]),
    compaction: {
      level: c.level,
      ...omitZero([
        ["sources", c.sources],
        ["deletable", c.deletable],
        [
          "parents",
          c.parents?.map((p) => ({ ulid: p.ulid, minTime: p.minTime, maxTime: p.maxTime })),
        ],
        ["failed", c.failed],
        ["hints", c.hints],
      ]),
    },
    version: m.version,
  };
  if (m.thanos !== undefined) {
    const t = m.thanos;
    out.thanos = {
      ...omitZero([["version", t.version]]),
      labels: sortedObject(t.labels ?? {}),
      downsample: { resolution: t.downsample?.resolution ?? 0 },
      source: t.source ?? "",
      ...omitZero([
        ["segment_files", t.segment_files],
        [
          "files",
          t.files?.map((f) =>
            f.size_bytes
              ? { rel_path: f.rel_path, size_bytes: f.size_bytes }
              : { rel_path: f.rel_path },
          ),
        ],
        ["rewrites", t.rewrites],
      ]),
    };
  }
  return out;
}

/** meta.json text, byte-for-byte as Mimir writes it. */
export function formatMeta(m: BlockMeta): string {
  const json = JSON.stringify(toGoShape(m), null, "\t");
  return (
    json.replace(
      /[<>&\u2028\u2029]/g,
      (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
    ) + "\n"
  );
}

function isInt(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v);
}

/** Parses and validates meta.json text. */
export function parseMeta(text: string): BlockMeta {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new CorruptionError(`meta.json: ${(e as Error).message}`, { cause: e });
  }
  if (typeof raw !== "object" || raw === null)
    throw new CorruptionError("meta.json: not an object");
  const m = raw as Record<string, unknown>;
  if (m.version !== TSDB_VERSION_1)
    throw new CorruptionError(`unexpected meta file version ${String(m.version)}`);
  if (typeof m.ulid !== "string" || !isValid(m.ulid))
    throw new CorruptionError(`meta.json: invalid ulid ${String(m.ulid)}`);
  if (!isInt(m.minTime) || !isInt(m.maxTime))
    throw new CorruptionError("meta.json: minTime and maxTime must be integers");
  const comp = (m.compaction ?? {}) as Record<string, unknown>;
  if (!isInt(comp.level)) comp.level = 0;
  const meta: BlockMeta = {
    ulid: m.ulid,
    minTime: m.minTime,
    maxTime: m.maxTime,
    stats: (typeof m.stats === "object" && m.stats !== null ? m.stats : {}) as BlockStats,
    compaction: comp as unknown as BlockMetaCompaction,
    version: TSDB_VERSION_1,
  };
  if (m.thanos !== undefined && m.thanos !== null) {
    const t = m.thanos as Record<string, unknown>;
    const v = t.version ?? THANOS_VERSION_1;
    if (v !== THANOS_VERSION_1)
      throw new CorruptionError(`unexpected meta file Thanos section version ${String(v)}`);
    meta.thanos = {
      ...(t as unknown as ThanosMeta),
      labels: (t.labels ?? {}) as Record<string, string>,
      downsample: (t.downsample ?? { resolution: 0 }) as { resolution: number },
      source: (t.source ?? "") as string,
    };
  }
  return meta;
}

export async function readMeta(blockDir: string): Promise<BlockMeta> {
  return parseMeta(await readFile(join(blockDir, META_FILENAME), "utf8"));
}

/** Writes <dir>/meta.json through a temporary file and a rename. */
export async function writeMeta(blockDir: string, m: BlockMeta): Promise<number> {
  const text = formatMeta(m);
  const path = join(blockDir, META_FILENAME);
  await writeFile(path + ".tmp", text);
  await rename(path + ".tmp", path);
  return Buffer.byteLength(text);
}
