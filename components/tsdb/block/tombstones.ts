/**
 * The `tombstones` file of a block (see docs/formats/tombstones.md):
 *
 *   magic 0x0130BA30 <4b BE> | version 1 <1b> | (ref <uvarint64> mint <varint64> maxt <varint64>)*
 *   | CRC-32C over the stones (after the version byte) <4b BE>
 *
 * Prometheus writes an empty one into every block it creates; a missing file means no
 * tombstones.
 */
import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { crc32c } from "../encoding/crc32c.ts";
import { asBuffer, Decbuf } from "../encoding/decbuf.ts";
import { CorruptionError } from "../../model/errors.ts";
import { Encbuf } from "../encoding/encbuf.ts";

export const TOMBSTONES_FILENAME = "tombstones";
export const MAGIC_TOMBSTONE = 0x0130ba30;
export const TOMBSTONE_FORMAT_V1 = 1;

/** Closed interval [mint, maxt] of deleted samples, ms. */
export interface Interval {
  mint: number;
  maxt: number;
}

/** Series reference -> sorted, non-overlapping deleted intervals. */
export type Tombstones = Map<number, Interval[]>;

/** Adds an interval, merging with overlapping or adjacent ones (Prometheus's Intervals.Add). */
export function addInterval(ivs: Interval[], n: Interval): Interval[] {
  const out: Interval[] = [];
  let cur = { mint: n.mint, maxt: n.maxt };
  let placed = false;
  for (const iv of ivs) {
    if (iv.maxt < cur.mint - 1) out.push(iv);
    else if (iv.mint > cur.maxt + 1) {
      if (!placed) {
        out.push(cur);
        placed = true;
      }
      out.push(iv);
    } else {
      cur = { mint: Math.min(cur.mint, iv.mint), maxt: Math.max(cur.maxt, iv.maxt) };
    }
  }
  if (!placed) out.push(cur);
  return out;
}

export function isDeleted(ivs: readonly Interval[] | undefined, t: number): boolean {
  if (ivs === undefined) return false;
  for (const iv of ivs) if (t >= iv.mint && t <= iv.maxt) return true;
  return false;
}

export function encodeTombstones(ts: Tombstones): Uint8Array {
  const b = new Encbuf(64);
  b.putBE32(MAGIC_TOMBSTONE);
  b.putByte(TOMBSTONE_FORMAT_V1);
  const refs = [...ts.keys()].sort((a, b) => a - b);
  for (const ref of refs) {
    for (const iv of ts.get(ref)!) {
      b.putUvarint(ref);
      b.putVarint(iv.mint);
      b.putVarint(iv.maxt);
    }
  }
  b.putBE32(crc32c(b.b, 5, b.len));
  return b.copy();
}

export function decodeTombstones(bytes: Uint8Array): Tombstones {
  if (bytes.length < 5 + 4) throw new CorruptionError("tombstones header: invalid size");
  const b = asBuffer(bytes);
  const magic = b.readUInt32BE(0);
  if (magic !== MAGIC_TOMBSTONE)
    throw new CorruptionError(`invalid magic number ${magic.toString(16)}`);
  const end = b.length - 4;
  if (crc32c(b, 5, end) !== b.readUInt32BE(end))
    throw new CorruptionError("tombstones: checksum did not match");
  if (b[4] !== TOMBSTONE_FORMAT_V1)
    throw new CorruptionError(`invalid tombstone format ${b[4].toString(16)}`);
  const d = new Decbuf(b, 5, end);
  const ts: Tombstones = new Map();
  while (d.len() > 0) {
    const ref = d.uvarint();
    const mint = d.varint();
    const maxt = d.varint();
    ts.set(ref, addInterval(ts.get(ref) ?? [], { mint, maxt }));
  }
  return ts;
}

/** Reads <dir>/tombstones; a missing file is no tombstones. */
export async function readTombstones(blockDir: string): Promise<Tombstones> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(join(blockDir, TOMBSTONES_FILENAME));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return new Map();
    throw e;
  }
  return decodeTombstones(bytes);
}

export async function writeTombstones(blockDir: string, ts: Tombstones): Promise<number> {
  const bytes = encodeTombstones(ts);
  const path = join(blockDir, TOMBSTONES_FILENAME);
  await writeFile(path + ".tmp", bytes);
  await rename(path + ".tmp", path);
  return bytes.length;
}
