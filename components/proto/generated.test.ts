/** Drift test: the checked-in generated code matches what pbjs produces from the .proto files. */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { it } from "node:test";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");

it("generated protobuf code is up to date with the .proto files (run components/proto/generate.sh)", () => {
  // generate.sh passes components/proto/*.proto, which the shell sorts.
  const protos = readdirSync(here)
    .filter((f) => f.endsWith(".proto"))
    .sort();
  const out = execFileSync(
    join(root, "node_modules/.bin/pbjs"),
    [
      "-t",
      "static-module",
      "-w",
      "es6",
      "--es6",
      "--no-verify",
      "--no-delimited",
      "--no-service",
      "--no-comments",
      "-p",
      here,
      ...protos.map((p) => join(here, p)),
    ],
    {
      encoding: "utf8",
      maxBuffer: 64 << 20,
      env: { ...process.env, PATH: `${join(root, "node_modules/.bin")}:${process.env.PATH}` },
    },
  );
  assert.ok(
    out === readFileSync(join(here, "generated/protos.js"), "utf8"),
    "components/proto/generated/protos.js is stale",
  );
});
