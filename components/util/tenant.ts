/**
 * Tenant IDs from the X-Scope-OrgID header, with dskit's rules (D:tenant/tenant.go,
 * D:middleware/http_auth.go, M:pkg/api/tenant.go).
 */

export const ORG_ID_HEADER = "x-scope-orgid";
export const MAX_TENANT_ID_LENGTH = 150;

/** An error with the HTTP status the API answers with. */
export class HttpError extends Error {
  readonly statusCode: number;
  constructor(statusCode: number, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.statusCode = statusCode;
  }
}

function isSupportedChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || // a-z
    (c >= 0x41 && c <= 0x5a) || // A-Z
    (c >= 0x30 && c <= 0x39) || // 0-9
    c === 0x21 || // !
    c === 0x2d || // -
    c === 0x5f || // _
    c === 0x2e || // .
    c === 0x2a || // *
    c === 0x27 || // '
    c === 0x28 || // (
    c === 0x29 // )
  );
}

/** Returns the reason a tenant ID is invalid, or undefined when it is valid. */
export function validateTenantID(id: string): string | undefined {
  for (const ch of id) {
    const c = ch.codePointAt(0)!;
    if (c > 0x7f || !isSupportedChar(c))
      return `tenant ID '${id}' contains unsupported character '${ch}'`;
  }
  if (Buffer.byteLength(id) > MAX_TENANT_ID_LENGTH)
    return `tenant ID is too long: max ${MAX_TENANT_ID_LENGTH} characters`;
  if (id === "." || id === "..") return "tenant ID is '.' or '..'";
  return undefined;
}

export interface TenantOptions {
  multitenancyEnabled: boolean;
  noAuthTenant: string;
  /** Tenant federation (`tenant_federation.enabled`): `a|b` allowed. */
  federationEnabled?: boolean;
}

/**
 * Resolves the tenant IDs of a request from its X-Scope-OrgID header value. Throws HttpError
 * 401 `no org id` when missing, 401 for an invalid ID, 422 for several IDs without federation.
 */
export function resolveTenantIDs(
  header: string | string[] | undefined,
  opts: TenantOptions,
): string[] {
  if (!opts.multitenancyEnabled) return [opts.noAuthTenant];
  const raw = Array.isArray(header) ? header[0] : header;
  if (raw === undefined || raw === "") throw new HttpError(401, "no org id");
  const ids = raw.split("|");
  const unique = [...new Set(ids)].sort();
  for (const id of unique) {
    const problem = validateTenantID(id);
    if (problem) throw new HttpError(401, problem);
  }
  if (unique.length > 1 && !opts.federationEnabled) {
    throw new HttpError(422, `too many tenant IDs present. max: 1 actual: ${unique.length}`);
  }
  return unique;
}

/** The single tenant of a request (the common case for every non-federated endpoint). */
export function resolveTenantID(
  header: string | string[] | undefined,
  opts: TenantOptions,
): string {
  const ids = resolveTenantIDs(header, { ...opts, federationEnabled: false });
  return ids[0];
}
