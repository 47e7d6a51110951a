import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { CustomResourceDefinition } from "kubernetes-models/apiextensions.k8s.io/v1/CustomResourceDefinition";
import { loadAll } from "js-yaml";
import type { Schema } from "./crd-source.ts";
import { CRD_FILES, expectedCrdFiles, expectedTypes, TYPES_FILE, typesFromCrds } from "./gen.ts";
import { exampleInput, loadDocs, runCli } from "./testutil.ts";
import { CEL_EQUIVALENTS, CEL_TRANSITION_EQUIVALENTS, schemaProblems } from "./validate.ts";

const REGEN = "run `node_modules/.bin/node cdk8s/gen.ts` to regenerate";

test("crds/*.yaml match crd-source.ts", () => {
  for (const [file, text] of Object.entries(expectedCrdFiles())) {
    assert.equal(
      readFileSync(file, "utf8"),
      text,
      `${file} drifted from cdk8s/crd-source.ts: ${REGEN}`,
    );
  }
});

test("crds/kustomization.yaml lists every CRD file", () => {
  const k = loadAll(
    readFileSync(CRD_FILES.MimirCluster.replace(/[^/]+$/, "kustomization.yaml"), "utf8"),
  )[0] as Schema;
  assert.deepEqual(
    k.resources,
    Object.values(CRD_FILES).map((f) => f.split("/").pop()),
  );
});

test("the TypeScript types match the CRDs on disk", () => {
  const fromDisk = typesFromCrds([
    readFileSync(CRD_FILES.MimirCluster, "utf8"),
    readFileSync(CRD_FILES.MimirTenant, "utf8"),
  ]);
  assert.equal(
    readFileSync(TYPES_FILE, "utf8"),
    fromDisk,
    `${TYPES_FILE} drifted from crds/: ${REGEN}`,
  );
  assert.equal(fromDisk, expectedTypes());
});

function crds(): Schema[] {
  return Object.values(CRD_FILES).map((f) => loadAll(readFileSync(f, "utf8"))[0] as Schema);
}

test("the CRDs validate as apiextensions.k8s.io/v1 CustomResourceDefinitions", () => {
  for (const crd of crds()) {
    new CustomResourceDefinition(crd as any).validate();
    const v = crd.spec.versions[0];
    assert.deepEqual(v.subresources, { status: {} });
    assert.ok(crd.spec.names.shortNames.length > 0);
    assert.ok(v.additionalPrinterColumns.length >= 3);
  }
});

/** The structural-schema rules the API server enforces (k8s.io/apiextensions-apiserver, "Specifying a structural schema"). */
function structuralProblems(s: Schema, path: string, inJunctor = false, named = true): string[] {
  const out: string[] = [];
  const intOrString = s["x-kubernetes-int-or-string"] === true;
  const preserve = s["x-kubernetes-preserve-unknown-fields"] === true;
  if (!inJunctor) {
    if (!s.type && !intOrString && !preserve) out.push(`${path}: no type`);
    if (
      !inJunctor &&
      path !== "" &&
      s.type === "object" &&
      !s.properties &&
      !s.additionalProperties &&
      !preserve &&
      path !== ".metadata"
    )
      out.push(
        `${path}: object without properties, additionalProperties or x-kubernetes-preserve-unknown-fields`,
      );
    if (s.type !== "object" && (s.properties || s.additionalProperties))
      out.push(`${path}: properties on a non-object`);
    if (
      named &&
      s.description === undefined &&
      path !== ".metadata" &&
      path !== ".apiVersion" &&
      path !== ".kind" &&
      path !== ""
    )
      out.push(`${path}: no description`);
  } else {
    for (const k of ["description", "default", "additionalProperties", "nullable"]) {
      if (k in s) out.push(`${path}: ${k} inside anyOf/allOf/oneOf/not`);
    }
  }
  if (s.properties && s.additionalProperties)
    out.push(`${path}: both properties and additionalProperties`);
  if (s.type === "array" && !s.items) out.push(`${path}: array without items`);
  // List-map keys must be required (or defaulted) in the items.
  for (const k of s["x-kubernetes-list-map-keys"] ?? []) {
    if (s["x-kubernetes-list-type"] !== "map")
      out.push(`${path}: list-map-keys without list-type map`);
    if (!(s.items?.required ?? []).includes(k) && s.items?.properties?.[k]?.default === undefined)
      out.push(`${path}: list-map key ${k} is not required`);
  }
  if (path === ".metadata" && Object.keys(s).some((k) => k !== "type"))
    out.push(".metadata: may only have type");
  for (const [k, sub] of Object.entries<Schema>(s.properties ?? {}))
    out.push(...structuralProblems(sub, `${path}.${k}`));
  if (s.items) out.push(...structuralProblems(s.items, `${path}[]`, false, false));
  if (s.additionalProperties && typeof s.additionalProperties === "object")
    out.push(...structuralProblems(s.additionalProperties, `${path}{}`, inJunctor, false));
  for (const j of ["anyOf", "allOf", "oneOf"]) {
    if (!s[j]) continue;
    // The one form with types inside a junctor: x-kubernetes-int-or-string's anyOf [integer, string].
    const allowed =
      intOrString &&
      j === "anyOf" &&
      JSON.stringify(s[j]) === '[{"type":"integer"},{"type":"string"}]';
    if (!allowed)
      for (const sub of s[j]) if ("type" in sub) out.push(`${path}.${j}: type inside a junctor`);
    for (const sub of s[j]) out.push(...structuralProblems(sub, `${path}.${j}`, true));
  }
  return out;
}

test("the CRD schemas are structural, with descriptions", () => {
  for (const crd of crds()) {
    const problems = structuralProblems(crd.spec.versions[0].schema.openAPIV3Schema, "");
    assert.deepEqual(problems, [], crd.metadata.name);
  }
});

test("every CEL rule in the CRDs has a JavaScript equivalent", () => {
  const rules: string[] = [];
  const walk = (s: Schema) => {
    for (const r of s["x-kubernetes-validations"] ?? []) rules.push(r.rule);
    for (const sub of Object.values<Schema>(s.properties ?? {})) walk(sub);
    if (s.items) walk(s.items);
    if (s.additionalProperties && typeof s.additionalProperties === "object")
      walk(s.additionalProperties);
  };
  for (const crd of crds()) walk(crd.spec.versions[0].schema.openAPIV3Schema);
  assert.ok(rules.length >= 4);
  for (const r of rules)
    assert.ok(CEL_EQUIVALENTS[r] ?? CEL_TRANSITION_EQUIVALENTS[r], `no JS equivalent for ${r}`);
});

test("MimirTenant limits cover every limitsBlock key, typed", async () => {
  const { limitsBlock } = await import("../components/util/limits/limits.ts");
  const tenant = crds().find((c) => c.spec.names.kind === "MimirTenant")!;
  const props =
    tenant.spec.versions[0].schema.openAPIV3Schema.properties.spec.properties.limits.properties;
  assert.deepEqual(Object.keys(props).sort(), Object.keys(limitsBlock).sort());
  assert.equal(props.ingestion_rate.type, "number");
  assert.equal(props.max_global_series_per_user.type, "integer");
  assert.equal(props.out_of_order_time_window.type, "string");
  assert.match(
    props.out_of_order_time_window.description,
    /Flag: -ingester\.out-of-order-time-window\./,
  );
});

test("the example MimirClusters and MimirTenants validate against the CRD schemas", () => {
  const files = [
    "examples/monolithic/mimircluster.yaml",
    "examples/microservices-s3/mimircluster.yaml",
    "examples/read-write/mimircluster.yaml",
    "examples/tenants/tenants.yaml",
  ];
  let n = 0;
  for (const f of files) {
    for (const doc of loadDocs(f)) {
      assert.deepEqual(schemaProblems(doc), [], `${f}: ${doc.kind}/${doc.metadata.name}`);
      n++;
    }
  }
  assert.equal(n, 5);
});

// ---------------------------------------------------------------------------------------------
// Invalid specs: the schema (with its CEL rules) and `render` name the same field.

function mutated(
  name: string,
  fn: (spec: any) => void,
  kind: "cluster" | "tenant" = "cluster",
): any {
  const { cluster, tenants } = exampleInput(name);
  const obj = structuredClone(kind === "cluster" ? cluster : tenants[0]);
  fn(obj.spec);
  return obj;
}

const INVALID: { what: string; obj: () => any; field: RegExp }[] = [
  {
    what: "a zone without a name",
    obj: () => mutated("microservices-s3", (s) => delete s.zones[1].name),
    field: /spec\.zones\[1\]\.name: Required value/,
  },
  {
    what: "negative replicas",
    obj: () => mutated("microservices-s3", (s) => (s.components.ingester.replicas = -3)),
    field: /spec\.components\.ingester\.replicas: Invalid value: -3/,
  },
  {
    what: "an unknown deployment mode",
    obj: () => mutated("monolithic", (s) => (s.deploymentMode = "distributed")),
    field: /spec\.deploymentMode: Unsupported value: "distributed"/,
  },
  {
    what: "a tenant ID with a bad character",
    obj: () => mutated("microservices-s3", (s) => (s.tenantId = "team/a"), "tenant"),
    field: /spec\.tenantId: Invalid value: "team\/a"/,
  },
  {
    what: "a tenant ID of '..'",
    obj: () => mutated("microservices-s3", (s) => (s.tenantId = ".."), "tenant"),
    field: /spec\.tenantId: Invalid value: tenant ID must not be '\.' or '\.\.'/,
  },
  {
    what: "S3 storage without a bucket",
    obj: () => mutated("microservices-s3", (s) => delete s.storage.s3.bucket),
    field: /spec\.storage\.s3\.bucket: Required value/,
  },
  {
    what: "S3 storage without an s3 block",
    obj: () => mutated("microservices-s3", (s) => delete s.storage.s3),
    field: /spec\.storage\.s3: Invalid value: s3 storage needs spec\.storage\.s3 with a bucket/,
  },
  {
    what: "filesystem storage with microservices",
    obj: () => mutated("microservices-s3", (s) => (s.storage = { backend: "filesystem" })),
    field:
      /spec\.storage\.backend: Invalid value: filesystem storage is only for deploymentMode monolithic/,
  },
  {
    what: "filesystem storage with two replicas",
    obj: () => mutated("monolithic", (s) => (s.components.all.replicas = 2)),
    field:
      /spec\.components\.all\.replicas: Invalid value: filesystem storage is only for a single replica/,
  },
  {
    what: "duplicate zone names",
    obj: () => mutated("microservices-s3", (s) => (s.zones[2].name = "zone-a")),
    field: /spec\.zones: Invalid value: zone names must be unique/,
  },
  {
    what: "a misspelt key",
    obj: () => mutated("monolithic", (s) => (s.component = {})),
    field: /spec\.component: unknown field "spec\.component"/,
  },
  {
    what: "a limit with a bad duration",
    obj: () =>
      mutated("monolithic", (s) => (s.limits.compactor_blocks_retention_period = "30 days")),
    field: /spec\.limits\.compactor_blocks_retention_period: Invalid value: "30 days"/,
  },
];

for (const c of INVALID) {
  test(`invalid: ${c.what} is rejected by the CRD schema and by render, naming the field`, async () => {
    const obj = c.obj();
    const problems = schemaProblems(structuredClone(obj));
    assert.ok(
      problems.some((p) => c.field.test(p)),
      `schema: ${JSON.stringify(problems)}`,
    );
    const { dump } = await import("js-yaml");
    const res = await runCli(["-f", "-"], dump(obj));
    assert.equal(res.code, 1);
    assert.equal(res.stdout, "");
    assert.match(res.stderr, c.field);
  });
}

test("the CRD's tenant ID rules accept exactly what Mimir accepts (property)", async () => {
  const fc = (await import("fast-check")).default;
  const { validateTenantID } = await import("../components/util/tenant.ts");
  const base = exampleInput("microservices-s3").tenants[0];
  const chars = "aZ09!-_.*'()/ :#é|\\";
  const arb = fc.oneof(
    fc.string({ unit: fc.constantFrom(...chars), minLength: 1, maxLength: 8 }),
    fc.constantFrom(".", "..", "...", "a".repeat(150), "a".repeat(151)),
  );
  fc.assert(
    fc.property(arb, (id) => {
      const t = structuredClone(base);
      t.spec.tenantId = id;
      const schemaOk = schemaProblems(t).length === 0;
      assert.equal(schemaOk, validateTenantID(id) === undefined, JSON.stringify(id));
    }),
    { numRuns: 300 },
  );
});
