/**
 * The JavaScript equivalents of the CRDs' CEL rules (validate.ts) agree with a real CEL
 * evaluator. Runs when @marcbachmann/cel-js is installed (it is not a dependency yet: add it
 * as a devDependency to run this); skipped otherwise.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { CEL_EQUIVALENTS } from "./validate.ts";

const CEL_MODULE = "@marcbachmann/cel-js";
let cel: { evaluate(expr: string, ctx: Record<string, unknown>): unknown } | undefined;
try {
  cel = await import(CEL_MODULE);
} catch {
  cel = undefined;
}

/** CEL ints are 64-bit: integer values go in as BigInt, as the API server's int type. */
const big = (v: any): any =>
  typeof v === "number" && Number.isInteger(v)
    ? BigInt(v)
    : Array.isArray(v)
      ? v.map(big)
      : v && typeof v === "object"
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, big(x)]))
        : v;

const spec = fc.record(
  {
    deploymentMode: fc.constantFrom("monolithic", "read-write", "microservices"),
    storage: fc.record(
      { backend: fc.constantFrom("filesystem", "s3"), s3: fc.record({ bucket: fc.constant("bkt") }) },
      { requiredKeys: ["backend"] },
    ),
    components: fc.record({ all: fc.record({ replicas: fc.integer({ min: 0, max: 3 }) }) }, { requiredKeys: [] }),
  },
  { requiredKeys: ["deploymentMode"] },
);
const INPUTS: Record<string, fc.Arbitrary<unknown>> = {
  "self.backend != 's3' || has(self.s3)": spec.map((s) => s.storage ?? { backend: "s3" }),
  "self.all(z, self.exists_one(y, y.name == z.name))": fc.array(fc.record({ name: fc.constantFrom("a", "b", "c") }), { maxLength: 5 }),
  "self != '.' && self != '..'": fc.constantFrom(".", "..", "...", "a", ".a", "a.."),
};

test("every CEL rule's JavaScript equivalent agrees with a CEL evaluator", { skip: cel ? false : `${CEL_MODULE} is not installed` }, () => {
  for (const [rule, js] of Object.entries(CEL_EQUIVALENTS)) {
    fc.assert(
      fc.property(INPUTS[rule] ?? spec, (raw) => {
        const v = JSON.parse(JSON.stringify(raw));
        assert.equal(cel!.evaluate(rule, { self: big(v) }), js(v), `${rule} on ${JSON.stringify(v)}`);
      }),
      { numRuns: 200 },
    );
  }
});
