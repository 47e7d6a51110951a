import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import * as yaml from "js-yaml";
import { applyDefaults, prune, validate } from "./schema.ts";

const crd: any = yaml.load(
  readFileSync(new URL("../../../crds/mimirts.dev_mimirclusters.yaml", import.meta.url), "utf8"),
);
const schema = crd.spec.versions[0].schema.openAPIV3Schema;

function cluster(spec: any): any {
  return {
    apiVersion: "mimirts.dev/v1alpha1",
    kind: "MimirCluster",
    metadata: { name: "m", namespace: "ns" },
    spec,
  };
}

describe("structural schema of a CRD", () => {
  it("prunes unknown fields and reports their paths", () => {
    const o = cluster({
      deploymentMode: "monolithic",
      bogus: 1,
      storage: { backend: "filesystem", nope: true },
    });
    assert.deepEqual(prune(o, schema).sort(), ["spec.bogus", "spec.storage.nope"]);
    assert.equal(o.spec.bogus, undefined);
    assert.equal(o.metadata.name, "m");
  });

  it("fills in defaults", () => {
    const o = cluster({ deploymentMode: "monolithic" });
    applyDefaults(o, schema);
    assert.equal(o.spec.image.repository, "ghcr.io/mimir-ts/mimir-ts");
    assert.equal(o.spec.clusterDomain, "cluster.local");
  });

  it("reports enum and type errors in Kubernetes's format", () => {
    const errs = validate(cluster({ deploymentMode: "sideways", paused: "yes" }), schema);
    const msgs = errs.map((e) => e.message);
    assert.ok(
      msgs.some((m) =>
        /^spec\.deploymentMode: Unsupported value: "sideways": supported values: "monolithic"/.test(
          m,
        ),
      ),
      msgs.join("\n"),
    );
    assert.ok(
      msgs.includes(
        'spec.paused: Invalid value: "string": spec.paused in body must be of type boolean: "string"',
      ),
      msgs.join("\n"),
    );
  });

  it("runs x-kubernetes-validations CEL rules with their messages and field paths", () => {
    const o = cluster({ deploymentMode: "microservices", storage: { backend: "filesystem" } });
    applyDefaults(o, schema);
    const errs = validate(o, schema);
    assert.deepEqual(
      errs.map((e) => e.message),
      [
        'spec.storage.backend: Invalid value: "object": filesystem storage is only for deploymentMode monolithic with one replica; use s3',
      ],
    );
    const ok = cluster({ deploymentMode: "monolithic", storage: { backend: "filesystem" } });
    applyDefaults(ok, schema);
    assert.deepEqual(validate(ok, schema), []);
  });

  it("checks required fields, bounds and patterns", () => {
    const s = {
      type: "object",
      required: ["name"],
      properties: {
        name: { type: "string", pattern: "^[a-z]+$", maxLength: 5 },
        n: { type: "integer", minimum: 1, maximum: 3 },
      },
    };
    assert.deepEqual(
      validate({}, s).map((e) => e.message),
      ["name: Required value"],
    );
    assert.deepEqual(
      validate({ name: "ABC", n: 9 }, s).map((e) => e.message),
      [
        "name: Invalid value: \"ABC\": name in body should match '^[a-z]+$'",
        "n: Invalid value: 9: n in body should be less than or equal to 3",
      ],
    );
  });
});
