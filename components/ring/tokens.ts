/**
 * Tokens: random generation (unique across the ring) and the tokens file
 * (`-ingester.ring.tokens-file-path`), in dskit's JSON form `{"tokens":[...]}`.
 */
import { randomBytes } from "node:crypto";
import { readFile, rename, writeFile } from "node:fs/promises";

/**
 * `count` random uint32 tokens that are in neither `taken` nor each other, sorted
 * (dskit RandomTokenGenerator). `rand` returns a uniform uint32 (injectable for tests).
 */
export function generateTokens(
  count: number,
  taken: Iterable<number>,
  rand: () => number = randomUint32,
): number[] {
  if (count <= 0) return [];
  const used = new Set<number>(taken);
  const out: number[] = [];
  while (out.length < count) {
    const t = rand() >>> 0;
    if (used.has(t)) continue;
    used.add(t);
    out.push(t);
  }
  return out.sort((a, b) => a - b);
}

const pool = new Uint32Array(256);
let poolPos = pool.length;

export function randomUint32(): number {
  if (poolPos >= pool.length) {
    const b = randomBytes(pool.length * 4);
    pool.set(new Uint32Array(b.buffer, b.byteOffset, pool.length));
    poolPos = 0;
  }
  return pool[poolPos++]!;
}

/** Serialises tokens as dskit does. */
export function marshalTokens(tokens: readonly number[]): string {
  return JSON.stringify({ tokens });
}

/** Parses a tokens file's content; sorted on return. Throws with a clear message on bad input. */
export function unmarshalTokens(text: string): number[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new Error(`invalid tokens file: ${(e as Error).message}`);
  }
  const t = (doc as { tokens?: unknown } | null)?.tokens;
  if (t === undefined || t === null) return [];
  if (!Array.isArray(t) || t.some((x) => !Number.isInteger(x) || x < 0 || x > 0xffffffff)) {
    throw new Error("invalid tokens file: tokens must be a list of uint32");
  }
  return (t as number[]).slice().sort((a, b) => a - b);
}

/** Writes the file atomically (temp file, then rename). */
export async function storeTokensToFile(path: string, tokens: readonly number[]): Promise<void> {
  if (path === "") throw new Error("path is empty");
  await writeFile(path + ".tmp", marshalTokens(tokens));
  await rename(path + ".tmp", path);
}

/** Reads tokens; a missing file throws an error with code ENOENT. */
export async function loadTokensFromFile(path: string): Promise<number[]> {
  return unmarshalTokens(await readFile(path, "utf8"));
}

/**
 * Index of the first token strictly greater than `key`, wrapping to 0 (dskit searchToken).
 * `tokens` is sorted ascending.
 */
export function searchToken(tokens: ArrayLike<number>, key: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]! <= key) lo = mid + 1;
    else hi = mid;
  }
  return lo >= tokens.length ? 0 : lo;
}
