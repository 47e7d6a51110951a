import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { makeDir, makeDirSync } from "./mkdir.ts";

describe("makeDir / makeDirSync", () => {
  it("creates missing parents and accepts an existing directory", async () => {
    const base = mkdtempSync(join(tmpdir(), "mkdir-test-"));
    try {
      makeDirSync(join(base, "a", "b", "c"));
      assert.ok(statSync(join(base, "a", "b", "c")).isDirectory());
      makeDirSync(join(base, "a", "b", "c"));
      await makeDir(join(base, "x", "y"));
      await makeDir(join(base, "x", "y"));
      assert.ok(statSync(join(base, "x", "y")).isDirectory());
      writeFileSync(join(base, "file"), "");
      assert.throws(() => makeDirSync(join(base, "file")), { code: "ENOTDIR" });
      await assert.rejects(makeDir(join(base, "file", "sub")), { code: "ENOTDIR" });
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  it("fails fast with ENOENT for a relative path when the working directory was deleted", () => {
    // In a child process (a loop would hang this one): cd into a directory, delete it, then
    // create relative paths as Node's recursive mkdir would loop on.
    const dir = mkdtempSync(join(tmpdir(), "mkdir-cwd-"));
    const script = `
      import { rmSync } from "node:fs";
      import { makeDir, makeDirSync } from ${JSON.stringify(new URL("./mkdir.ts", import.meta.url).href)};
      rmSync(process.cwd(), { recursive: true });
      const codes = [];
      try { makeDirSync("data/tsdb"); } catch (e) { codes.push(e.code); }
      try { await makeDir("data/tsdb"); } catch (e) { codes.push(e.code); }
      process.stdout.write(codes.join(","));
    `;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: dir,
      timeout: 20_000,
      encoding: "utf8",
    });
    rmSync(dir, { recursive: true, force: true });
    assert.equal(r.signal, null, `child was killed (looping?): ${r.stderr}`);
    assert.equal(r.stdout, "ENOENT,ENOENT", r.stderr);
  });
});
