import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { HttpError, resolveTenantID, resolveTenantIDs, validateTenantID } from "./tenant.ts";

const opts = { multitenancyEnabled: true, noAuthTenant: "anonymous" };

function httpError(fn: () => unknown): HttpError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof HttpError);
    return e;
  }
  assert.fail("expected an HttpError");
}

describe("tenant IDs", () => {
  it("accepts letters, digits and the eight special characters", () => {
    for (const id of ["team-a", "A_b.c", "x!y", "a*b", "it's", "(x)", "1234"])
      assert.equal(validateTenantID(id), undefined, id);
  });
  it("rejects other characters, . and .., and IDs over 150 bytes", () => {
    assert.equal(validateTenantID("a/b"), "tenant ID 'a/b' contains unsupported character '/'");
    assert.equal(validateTenantID("a b"), "tenant ID 'a b' contains unsupported character ' '");
    assert.equal(validateTenantID("é"), "tenant ID 'é' contains unsupported character 'é'");
    assert.equal(validateTenantID("."), "tenant ID is '.' or '..'");
    assert.equal(validateTenantID(".."), "tenant ID is '.' or '..'");
    assert.equal(validateTenantID("a".repeat(150)), undefined);
    assert.equal(validateTenantID("a".repeat(151)), "tenant ID is too long: max 150 characters");
  });
  it("401 no org id when the header is missing or empty", () => {
    for (const h of [undefined, ""]) {
      const e = httpError(() => resolveTenantID(h, opts));
      assert.equal(e.statusCode, 401);
      assert.equal(e.message, "no org id");
    }
  });
  it("401 for an invalid tenant ID", () => {
    const e = httpError(() => resolveTenantID("bad/tenant", opts));
    assert.equal(e.statusCode, 401);
    assert.match(e.message, /unsupported character/);
  });
  it("422 for several tenants without federation, sorted unique IDs with it", () => {
    const e = httpError(() => resolveTenantID("a|b", opts));
    assert.equal(e.statusCode, 422);
    assert.equal(e.message, "too many tenant IDs present. max: 1 actual: 2");
    assert.deepEqual(resolveTenantIDs("b|a|b", { ...opts, federationEnabled: true }), ["a", "b"]);
  });
  it("uses the no-auth tenant when multitenancy is disabled", () => {
    assert.equal(
      resolveTenantID(undefined, { multitenancyEnabled: false, noAuthTenant: "anonymous" }),
      "anonymous",
    );
    assert.equal(
      resolveTenantID("other", { multitenancyEnabled: false, noAuthTenant: "anonymous" }),
      "anonymous",
    );
  });
  it("never throws anything but HttpError for any header", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (h) => {
        try {
          const id = resolveTenantID(h, opts);
          assert.equal(validateTenantID(id), undefined);
        } catch (e) {
          assert.ok(e instanceof HttpError);
        }
      }),
    );
  });
});
