import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import {
  generateTokens,
  loadTokensFromFile,
  searchToken,
  storeTokensToFile,
  unmarshalTokens,
} from "./tokens.ts";

test("generated tokens are unique, sorted and avoid taken ones", () => {
  let n = 0;
  const seq = [5, 3, 5, 7, 1, 9, 3, 11];
  const t = generateTokens(4, [7, 9], () => seq[n++]!);
  assert.deepEqual(t, [1, 3, 5, 11]);
  const big = generateTokens(512, []);
  assert.equal(new Set(big).size, 512);
  assert.deepEqual(
    big,
    [...big].sort((a, b) => a - b),
  );
  assert.ok(big.every((x) => Number.isInteger(x) && x >= 0 && x <= 0xffffffff));
  assert.deepEqual(generateTokens(0, []), []);
});

test("tokens file uses Mimir's JSON format", async () => {
  const dir = await mkdtemp(join(tmpdir(), "tokens-"));
  try {
    const p = join(dir, "tokens");
    await storeTokensToFile(p, [1, 2, 4294967295]);
    assert.equal(await readFile(p, "utf8"), '{"tokens":[1,2,4294967295]}');
    assert.deepEqual(await loadTokensFromFile(p), [1, 2, 4294967295]);
    await writeFile(p, '{"tokens":[9,3]}');
    assert.deepEqual(await loadTokensFromFile(p), [3, 9]);
    await assert.rejects(loadTokensFromFile(join(dir, "missing")), { code: "ENOENT" });
    assert.throws(() => unmarshalTokens("{"), /invalid tokens file/);
    assert.throws(() => unmarshalTokens('{"tokens":[-1]}'), /must be a list of uint32/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("searchToken finds the first token greater than the key, wrapping", () => {
  const t = Uint32Array.from([10, 20, 30]);
  assert.equal(searchToken(t, 0), 0);
  assert.equal(searchToken(t, 10), 1);
  assert.equal(searchToken(t, 15), 1);
  assert.equal(searchToken(t, 30), 0);
  assert.equal(searchToken(t, 0xffffffff), 0);
});
