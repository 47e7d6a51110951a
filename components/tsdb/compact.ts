/**
 * Writing samples as blocks: encoding sorted samples into XOR chunks the way Prometheus's
 * compactor and head do (at most 120 samples per chunk).
 */
import { ENC_XOR, type EncodedChunk } from "./block/chunks.ts";
import { XORChunk } from "./chunkenc/xor.ts";

/** Prometheus's target of samples per chunk. */
export const SAMPLES_PER_CHUNK = 120;

/** Encodes sorted samples (ts/vs of equal length) as XOR chunks of at most 120 samples. */
export function encodeXORChunks(ts: ArrayLike<number>, vs: ArrayLike<number>, samplesPerChunk = SAMPLES_PER_CHUNK): EncodedChunk[] {
  const out: EncodedChunk[] = [];
  let c: XORChunk | undefined;
  let mint = 0;
  let maxt = 0;
  const flush = () => {
    if (c === undefined) return;
    out.push({ mint, maxt, encoding: ENC_XOR, data: c.bytes().slice() });
    c = undefined;
  };
  for (let i = 0; i < ts.length; i++) {
    if (c === undefined || c.numSamples() >= samplesPerChunk) {
      flush();
      c = new XORChunk();
      mint = ts[i];
    }
    c.append(ts[i], vs[i]);
    maxt = ts[i];
  }
  flush();
  return out;
}

