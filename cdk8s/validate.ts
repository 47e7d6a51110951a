/**
 * Offline validation of MimirCluster and MimirTenant objects with the CRD schemas themselves:
 * the openAPIV3Schema through ajv (with the schema's defaults applied, as the API server does),
 * then each `x-kubernetes-validations` CEL rule through its JavaScript equivalent below. A rule
 * without an equivalent is an error, so the two cannot drift apart (crds.test.ts checks it).
 *
 * Messages name the field the way the API server does: `spec.zones[0].name: Required value`.
 * Unlike the API server, unknown fields are rejected (it would prune them silently), so a
 * misspelt key is caught before it is applied.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { mimirClusterCRD, mimirTenantCRD, type Schema } from "./crd-source.ts";
import type { MimirCluster, MimirTenant } from "./imports/mimirts.dev.ts";

type Rule = { rule: string; message?: string; fieldPath?: string };

/** JavaScript equivalents of the CEL rules in the CRDs, keyed by the rule's text. */
export const CEL_EQUIVALENTS: Record<string, (self: any) => boolean> = {
  "self.backend != 's3' || has(self.s3)": (s) => s.backend !== "s3" || s.s3 !== undefined,
  "!has(self.storage) || self.storage.backend != 'filesystem' || self.deploymentMode == 'monolithic'":
    (s) =>
      s.storage === undefined ||
      s.storage.backend !== "filesystem" ||
      s.deploymentMode === "monolithic",
  "!has(self.storage) || self.storage.backend != 'filesystem' || !has(self.components) || !has(self.components.all) || self.components.all.replicas <= 1":
    (s) =>
      s.storage === undefined ||
      s.storage.backend !== "filesystem" ||
      s.components?.all === undefined ||
      (s.components.all.replicas ?? 1) <= 1,
  "self.all(z, self.exists_one(y, y.name == z.name))": (s: { name?: string }[]) =>
    s.every((z) => s.filter((y) => y.name === z.name).length === 1),
  "self != '.' && self != '..'": (s) => s !== "." && s !== "..",
  "size(self) <= 1 || size(self) >= 3": (s: unknown[]) => s.length <= 1 || s.length >= 3,
  "self.minReplicas <= self.maxReplicas": (s) => (s.minReplicas ?? 1) <= (s.maxReplicas ?? 10),
};

/**
 * JavaScript equivalents of the transition rules (those reading oldSelf): they only apply to an
 * update, so offline validation of one object skips them; the API server runs them.
 */
export const CEL_TRANSITION_EQUIVALENTS: Record<string, (self: any, oldSelf: any) => boolean> = {
  "self == oldSelf": (s, o) => s === o,
  "self.map(z, z.name) == oldSelf.map(z, z.name)": (s: { name: string }[], o: { name: string }[]) =>
    s.length === o.length && s.every((z, i) => z.name === o[i].name),
};

export class ValidationError extends Error {
  readonly problems: string[];
  constructor(subject: string, problems: string[]) {
    super(`${subject} is invalid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.problems = problems;
  }
}

/** Copies the schema for ajv: objects with declared properties get additionalProperties: false. */
function strictCopy(s: Schema): Schema {
  if (Array.isArray(s)) return s.map(strictCopy);
  if (s === null || typeof s !== "object") return s;
  const out: Schema = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === "default" || k === "enum" || k === "x-kubernetes-validations" || k === "required")
      out[k] = v;
    else if (k === "properties")
      out[k] = Object.fromEntries(
        Object.entries(v as Schema).map(([pk, pv]) => [pk, strictCopy(pv)]),
      );
    else out[k] = strictCopy(v);
  }
  if (
    out.type === "object" &&
    out.properties &&
    !out["x-kubernetes-preserve-unknown-fields"] &&
    out.additionalProperties === undefined
  ) {
    out.additionalProperties = false;
  }
  return out;
}

function pathOf(instancePath: string): string {
  let out = "";
  for (const part of instancePath.split("/").slice(1)) {
    const p = part.replace(/~1/g, "/").replace(/~0/g, "~");
    if (/^\d+$/.test(p)) out += `[${p}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(p)) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out;
}

function fmt(v: unknown): string {
  return JSON.stringify(v);
}

function describe(e: ErrorObject, data: unknown): string | undefined {
  const path = pathOf(e.instancePath);
  const value = e.instancePath
    .split("/")
    .slice(1)
    .reduce<any>((acc, p) => acc?.[p.replace(/~1/g, "/").replace(/~0/g, "~")], data);
  switch (e.keyword) {
    case "required": {
      const field = path ? `${path}.${e.params.missingProperty}` : e.params.missingProperty;
      return `${field}: Required value`;
    }
    case "additionalProperties": {
      const field = path ? `${path}.${e.params.additionalProperty}` : e.params.additionalProperty;
      return `${field}: unknown field "${field}"`;
    }
    case "enum":
      return `${path}: Unsupported value: ${fmt(value)}: supported values: ${(e.params.allowedValues as unknown[]).map(fmt).join(", ")}`;
    case "type":
      return `${path}: Invalid value: ${fmt(value)}: ${path} in body must be of type ${e.params.type}`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
      return `${path}: Invalid value: ${fmt(value)}: ${path} in body should be ${e.params.comparison === ">=" ? "greater than or equal to" : e.params.comparison === "<=" ? "less than or equal to" : e.params.comparison} ${e.params.limit}`;
    case "pattern":
      return `${path}: Invalid value: ${fmt(value)}: ${path} in body should match '${e.params.pattern}'`;
    case "minLength":
      return `${path}: Invalid value: ${fmt(value)}: ${path} in body should be at least ${e.params.limit} chars long`;
    case "maxLength":
      return `${path}: Too long: may not be longer than ${e.params.limit}`;
    case "maxItems":
      return `${path}: Too many: must have at most ${e.params.limit} items`;
    case "anyOf":
      return undefined; // the branch errors say more
    default:
      return `${path}: ${e.message}`;
  }
}

function runCel(schema: Schema, value: unknown, path: string, problems: string[]): void {
  if (value === undefined || value === null) return;
  for (const r of (schema["x-kubernetes-validations"] ?? []) as Rule[]) {
    if (CEL_TRANSITION_EQUIVALENTS[r.rule]) continue;
    const fn = CEL_EQUIVALENTS[r.rule];
    if (!fn)
      throw new Error(
        `no JavaScript equivalent for the CEL rule ${JSON.stringify(r.rule)} at ${path}`,
      );
    if (!fn(value))
      problems.push(
        `${path + (r.fieldPath ?? "")}: Invalid value: ${r.message ?? `failed rule: ${r.rule}`}`,
      );
  }
  if (schema.properties && typeof value === "object") {
    for (const [k, sub] of Object.entries<Schema>(schema.properties))
      runCel(sub, (value as any)[k], path ? `${path}.${k}` : k, problems);
  }
  if (schema.items && Array.isArray(value)) {
    for (const [i, v] of value.entries()) runCel(schema.items, v, `${path}[${i}]`, problems);
  }
}

interface Kind {
  crd: Schema;
  schema: Schema;
  validate: ValidateFunction;
}

let kinds: Record<string, Kind> | undefined;

function getKinds(): Record<string, Kind> {
  if (kinds) return kinds;
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    useDefaults: true,
    validateFormats: false,
  });
  kinds = {};
  for (const crd of [mimirClusterCRD(), mimirTenantCRD()]) {
    const schema = crd.spec.versions[0].schema.openAPIV3Schema as Schema;
    kinds[crd.spec.names.kind] = { crd, schema, validate: ajv.compile(strictCopy(schema)) };
  }
  return kinds;
}

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/**
 * Validates one object against its CRD schema and CEL rules, applying the schema defaults in
 * place. Returns the problems (empty when valid).
 */
export function schemaProblems(obj: Record<string, any>): string[] {
  const kind = getKinds()[obj.kind];
  if (!kind)
    return [
      `kind: Unsupported value: ${fmt(obj.kind)}: supported values: "MimirCluster", "MimirTenant"`,
    ];
  const problems: string[] = [];
  const apiVersion = `${kind.crd.spec.group}/${kind.crd.spec.versions[0].name}`;
  if (obj.apiVersion !== apiVersion)
    problems.push(
      `apiVersion: Unsupported value: ${fmt(obj.apiVersion)}: supported values: "${apiVersion}"`,
    );
  const name = obj.metadata?.name;
  if (typeof name !== "string" || name === "") problems.push("metadata.name: Required value");
  else if (name.length > 253 || !DNS_SUBDOMAIN.test(name))
    problems.push(
      `metadata.name: Invalid value: ${fmt(name)}: a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.'`,
    );
  if (!kind.validate(obj)) {
    for (const e of kind.validate.errors ?? []) {
      const d = describe(e, obj);
      if (d && !problems.includes(d)) problems.push(d);
    }
  }
  if (problems.length === 0) runCel(kind.schema, obj, "", problems);
  // Mimir's tenant IDs are at most 150 characters; a Kubernetes name may have 253.
  if (
    obj.kind === "MimirTenant" &&
    obj.spec?.tenantId === undefined &&
    typeof name === "string" &&
    name.length > 150
  )
    problems.push(
      `metadata.name: Invalid value: the tenant ID is the name when spec.tenantId is unset, and tenant IDs have at most 150 characters (this one has ${name.length}): set spec.tenantId`,
    );
  return problems;
}

export interface RenderInput {
  cluster: MimirCluster;
  tenants: MimirTenant[];
  warnings: string[];
}

function subject(obj: Record<string, any>, source: string): string {
  return `${source}: ${obj?.kind ?? "object"}${obj?.metadata?.name ? `/${obj.metadata.name}` : ""}`;
}

/**
 * Checks parsed documents and picks out the one MimirCluster and its MimirTenants. Throws a
 * ValidationError naming the document and each invalid field.
 */
export function validateInput(docs: { obj: unknown; source: string }[]): RenderInput {
  const clusters: MimirCluster[] = [];
  const tenants: MimirTenant[] = [];
  const warnings: string[] = [];
  for (const { obj, source } of docs) {
    if (obj === null || obj === undefined) continue;
    if (typeof obj !== "object" || Array.isArray(obj))
      throw new ValidationError(source, ["the document is not an object"]);
    const o = obj as Record<string, any>;
    if (o.kind === "List" && Array.isArray(o.items)) {
      const sub = validateInput(
        o.items.map((item: unknown, i: number) => ({ obj: item, source: `${source} items[${i}]` })),
      );
      clusters.push(sub.cluster);
      tenants.push(...sub.tenants);
      continue;
    }
    const problems = schemaProblems(o);
    if (problems.length > 0) throw new ValidationError(subject(o, source), problems);
    if (o.kind === "MimirCluster") clusters.push(o as MimirCluster);
    else tenants.push(o as MimirTenant);
  }
  if (clusters.length === 0)
    throw new ValidationError("input", [
      "no MimirCluster found: give one with -f mimircluster.yaml",
    ]);
  if (clusters.length > 1)
    throw new ValidationError("input", [
      `found ${clusters.length} MimirClusters (${clusters.map((c) => c.metadata.name).join(", ")}); render one at a time`,
    ]);
  const cluster = clusters[0];
  const ns = cluster.metadata.namespace ?? "default";
  const mine: MimirTenant[] = [];
  const ids = new Map<string, string>();
  for (const t of tenants) {
    if (t.spec.cluster !== cluster.metadata.name || (t.metadata.namespace ?? ns) !== ns) {
      warnings.push(
        `MimirTenant/${t.metadata.name} belongs to MimirCluster ${t.spec.cluster}, not ${cluster.metadata.name} in ${ns}: skipped`,
      );
      continue;
    }
    const id = t.spec.tenantId ?? t.metadata.name;
    const other = ids.get(id);
    if (other !== undefined)
      throw new ValidationError(`MimirTenant/${t.metadata.name}`, [
        `spec.tenantId: Duplicate value: ${fmt(id)}: MimirTenant/${other} has the same tenant ID`,
      ]);
    ids.set(id, t.metadata.name);
    mine.push(t);
  }
  return { cluster, tenants: mine, warnings };
}
