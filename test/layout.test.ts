/**
 * Repository rules that no compiler checks: the Dockerfiles copying paths that exist (the
 * dependency rules are in deps.test.ts).
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, it } from "node:test";

const ROOT = resolve(new URL("..", import.meta.url).pathname);

describe("Dockerfiles", () => {
  for (const name of ["Dockerfile.component", "Dockerfile.operator"]) {
    it(`${name} copies only paths that exist and runs an entry point that exists`, () => {
      const text = readFileSync(join(ROOT, name), "utf8");
      assert.match(text, /^FROM node:24-slim$/m);
      assert.match(text, /^USER node$/m);
      assert.match(text, /npm ci --omit=dev/);
      for (const line of text.split("\n")) {
        const m = /^COPY\s+(.+)\s+(\S+)$/.exec(line.trim());
        if (!m) continue;
        for (const src of m[1].split(/\s+/)) assert.ok(existsSync(join(ROOT, src)), `${name}: COPY source ${src} does not exist`);
      }
      const entry = /ENTRYPOINT \["node", "\/app\/([^"]+)"\]/.exec(text);
      assert.ok(entry, "has an ENTRYPOINT");
      assert.ok(existsSync(join(ROOT, entry[1])), `entry point ${entry[1]} exists`);
    });
  }

  it("the component image exposes the documented ports", () => {
    const text = readFileSync(join(ROOT, "Dockerfile.component"), "utf8");
    assert.match(text, /^EXPOSE 9009 9095 7946$/m);
  });
});
