/**
 * The JavaScript equivalents of the CRDs' CEL rules (validate.ts) agree with a real CEL
 * evaluator. Runs when @marcbachmann/cel-js is installed (it is not a dependency yet: add it
 * as a devDependency to run this); skipped otherwise.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { CEL_EQUIVALENTS, CEL_TRANSITION_EQUIVALENTS } from "./validate.ts";

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
      {
        backend: fc.constantFrom("filesystem", "s3"),
        s3: fc.record({ bucket: fc.constant("bkt") }),
      },
      { requiredKeys: ["backend"] },
    ),
    components: fc.record(
      { all: fc.record({ replicas: fc.integer({ min: 0, max: 3 }) }) },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ["deploymentMode"] },
);
const INPUTS: Record<string, fc.Arbitrary<unknown>> = {
  "self.backend != 's3' || has(self.s3)": spec.map((s) => s.storage ?? { backend: "s3" }),
  "self.all(z, self.exists_one(y, y.name == z.name))": fc.array(
    fc.record({ name: fc.constantFrom("a", "b", "c") }),
    { maxLength: 5 },
  ),
  "self != '.' && self != '..'": fc.constantFrom(".", "..", "...", "a", ".a", "a.."),
  "size(self) <= 1 || size(self) >= 3": fc.array(fc.record({ name: fc.constantFrom("a", "b") }), {
    maxLength: 5,
  }),
  "self.minReplicas <= self.maxReplicas": fc.record({
    minReplicas: fc.integer({ min: 1, max: 5 }),
    maxReplicas: fc.integer({ min: 1, max: 5 }),
  }),
};

const TRANSITION_INPUTS: Record<string, fc.Arbitrary<[unknown, unknown]>> = {
  "self == oldSelf": fc.tuple(
    fc.constantFrom("monolithic", "read-write", "microservices"),
    fc.constantFrom("monolithic", "read-write", "microservices"),
  ),
  "self.map(z, z.name) == oldSelf.map(z, z.name)": fc.tuple(
    fc.array(fc.record({ name: fc.constantFrom("a", "b", "c") }), { maxLength: 3 }),
    fc.array(fc.record({ name: fc.constantFrom("a", "b", "c") }), { maxLength: 3 }),
  ),
};

test("every CEL transition rule's JavaScript equivalent agrees with a CEL evaluator", {
  skip: cel ? false : `${CEL_MODULE} is not installed`,
}, () => {
  for (const [rule, js] of Object.entries(CEL_TRANSITION_EQUIVALENTS)) {
    const input = TRANSITION_INPUTS[rule];
    assert.ok(input, `no inputs for ${rule}`);
    fc.assert(
      fc.property(input, ([now, old]) => {
        const v = JSON.parse(JSON.stringify(now));
        const o = JSON.parse(JSON.stringify(old));
        assert.equal(
          cel!.evaluate(rule, { self: big(v), oldSelf: big(o) }),
          js(v, o),
          `${rule} on ${JSON.stringify(v)} from ${JSON.stringify(o)}`,
        );
      }),
      { numRuns: 100 },
    );
  }
});

test("every CEL rule's JavaScript equivalent agrees with a CEL evaluator", {
  skip: cel ? false : `${CEL_MODULE} is not installed`,
}, () => {
  for (const [rule, js] of Object.entries(CEL_EQUIVALENTS)) {
    fc.assert(
      fc.property(INPUTS[rule] ?? spec, (raw) => {
        const v = JSON.parse(JSON.stringify(raw));
        assert.equal(
          cel!.evaluate(rule, { self: big(v) }),
          js(v),
          `${rule} on ${JSON.stringify(v)}`,
        );
      }),
      { numRuns: 200 },
    );
  }
});

/**
 * Flux's healthCheckExprs on the Argo CD health-check cases: Healthy is Current, Progressing is
 * InProgress, Degraded is Failed (Flux has no Suspended). Evaluated as kustomize-controller
 * does: inProgress, then failed, then current; an expression that cannot be evaluated (a field
 * not there yet) counts as in progress.
 */
test("the Flux healthCheckExprs agree with the Argo CD health checks", {
  skip: cel ? false : `${CEL_MODULE} is not installed`,
}, async () => {
  const { readFileSync, readdirSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { load } = await import("js-yaml");
  const { loadDocs, ROOT } = await import("./testutil.ts");
  const ks = loadDocs("examples/flux/kustomization.yaml").find((d) => d.kind === "Kustomization");
  const base = join(ROOT, "examples/argocd/resource_customizations/mimirts.dev");
  let n = 0;
  for (const kind of readdirSync(base)) {
    const exprs = ks.spec.healthCheckExprs.find((e: any) => e.kind === kind);
    const cases = (load(readFileSync(join(base, kind, "health_test.yaml"), "utf8")) as any).tests;
    for (const c of cases) {
      const want = (
        { Healthy: "Current", Progressing: "InProgress", Degraded: "Failed" } as Record<
          string,
          string
        >
      )[c.healthStatus.status];
      if (!want) continue;
      const obj = big(load(readFileSync(join(base, kind, c.inputPath), "utf8")));
      const ev = (expr: string | undefined) => {
        if (!expr) return false;
        try {
          return cel!.evaluate(expr, obj) === true;
        } catch {
          return "error";
        }
      };
      let got = "InProgress";
      const ip = ev(exprs.inProgress);
      if (ip === true || ip === "error") got = "InProgress";
      else if (ev(exprs.failed) === true) got = "Failed";
      else if (ev(exprs.current) === true) got = "Current";
      assert.equal(got, want, `${kind} ${c.inputPath}`);
      n++;
    }
  }
  assert.ok(n >= 6);
});
