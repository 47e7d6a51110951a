/**
 * Custom resources against their CRD's structural OpenAPI v3 schema: pruning of unknown fields,
 * defaulting, validation (types, enum, pattern, bounds, required) and x-kubernetes-validations
 * CEL rules, with errors in Kubernetes's field.Error format ("spec.x: Invalid value: ...").
 */
import { parse as celParse } from "@marcbachmann/cel-js";

export interface FieldError {
  /** "spec.x" style path. */
  field: string;
  /** "FieldValueInvalid", "FieldValueRequired", "FieldValueNotSupported", "FieldValueTooLong", ... */
  reason: string;
  message: string;
}

function isObj(v: unknown): v is Record<string, any> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function fmtValue(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (v === null || v === undefined) return "null";
  return JSON.stringify(JSON.stringify(v));
}

function join(path: string, k: string | number): string {
  if (typeof k === "number") return `${path}[${k}]`;
  return path === "" ? k : `${path}.${k}`;
}

/** Removes fields the schema does not declare; returns their paths ("spec.foo"). */
export function prune(value: any, schema: any, path = "", root = true): string[] {
  const out: string[] = [];
  if (!schema || (schema["x-kubernetes-preserve-unknown-fields"] === true && !schema.properties))
    return out;
  if (isObj(value)) {
    const props = schema.properties;
    const addl = schema.additionalProperties;
    for (const k of Object.keys(value)) {
      if (root && (k === "apiVersion" || k === "kind" || k === "metadata")) continue;
      if (props && k in props) out.push(...prune(value[k], props[k], join(path, k), false));
      else if (isObj(addl)) out.push(...prune(value[k], addl, join(path, k), false));
      else if (addl === true || schema["x-kubernetes-preserve-unknown-fields"] === true) continue;
      else {
        out.push(join(path, k));
        delete value[k];
      }
    }
  } else if (Array.isArray(value) && schema.items) {
    value.forEach((v, i) => {
      out.push(...prune(v, schema.items, join(path, i), false));
    });
  }
  return out;
}

/** Fills in schema defaults where a property is absent (recursively, into present values). */
export function applyDefaults(value: any, schema: any): void {
  if (!schema) return;
  if (isObj(value)) {
    const props = schema.properties ?? {};
    for (const [k, s] of Object.entries<any>(props)) {
      if ((value[k] === undefined || (value[k] === null && !s.nullable)) && s.default !== undefined)
        value[k] = structuredClone(s.default);
      if (value[k] === null && !s.nullable) delete value[k];
      if (value[k] !== undefined) applyDefaults(value[k], s);
    }
    if (isObj(schema.additionalProperties))
      for (const k of Object.keys(value)) applyDefaults(value[k], schema.additionalProperties);
  } else if (Array.isArray(value) && schema.items) {
    for (const v of value) applyDefaults(v, schema.items);
  }
}

function typeOk(v: any, s: any): boolean {
  if (s["x-kubernetes-int-or-string"]) return typeof v === "string" || Number.isInteger(v);
  switch (s.type) {
    case "object":
      return isObj(v);
    case "array":
      return Array.isArray(v);
    case "string":
      return typeof v === "string";
    case "integer":
      return Number.isInteger(v);
    case "number":
      return typeof v === "number";
    case "boolean":
      return typeof v === "boolean";
    default:
      return true;
  }
}

function goType(v: any): string {
  if (typeof v === "string") return "string";
  if (typeof v === "boolean") return "boolean";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  if (Array.isArray(v)) return "array";
  if (v === null) return "null";
  return "object";
}

/** Converts a JSON value to CEL's: integers of integer-typed fields become BigInt. */
function toCel(v: any, s: any): any {
  if (Array.isArray(v)) return v.map((x) => toCel(x, s?.items));
  if (isObj(v)) {
    const o: Record<string, any> = {};
    for (const [k, x] of Object.entries(v))
      o[k] = toCel(
        x,
        s?.properties?.[k] ?? (isObj(s?.additionalProperties) ? s.additionalProperties : undefined),
      );
    return o;
  }
  if (typeof v === "number" && Number.isInteger(v) && s?.type !== "number") return BigInt(v);
  return v;
}

const celCache = new Map<string, ((ctx: any) => any) | Error>();

function compiled(rule: string): ((ctx: any) => any) | Error {
  let f = celCache.get(rule);
  if (!f) {
    try {
      f = celParse(rule) as unknown as (ctx: any) => any;
    } catch (e) {
      f = e as Error;
    }
    celCache.set(rule, f);
  }
  return f;
}

/** Validates value (and CEL rules, with oldValue for transition rules) against the schema. */
export function validate(
  value: any,
  schema: any,
  oldValue: any = undefined,
  path = "",
): FieldError[] {
  const errs: FieldError[] = [];
  if (!schema || value === undefined) return errs;
  const p = path;
  if (value === null) {
    if (!schema.nullable)
      errs.push({
        field: p,
        reason: "FieldValueInvalid",
        message: `${p}: Invalid value: "null": ${p} in body must be of type ${schema.type ?? "object"}: "null"`,
      });
    return errs;
  }
  if (schema.type && !typeOk(value, schema)) {
    errs.push({
      field: p,
      reason: "FieldValueTypeInvalid",
      message: `${p}: Invalid value: "${goType(value)}": ${p} in body must be of type ${schema.type}: "${goType(value)}"`,
    });
    return errs;
  }
  if (
    Array.isArray(schema.enum) &&
    !schema.enum.some((e: any) => JSON.stringify(e) === JSON.stringify(value))
  ) {
    errs.push({
      field: p,
      reason: "FieldValueNotSupported",
      message: `${p}: Unsupported value: ${fmtValue(value)}: supported values: ${schema.enum.map((e: any) => fmtValue(e)).join(", ")}`,
    });
  }
  if (typeof value === "string") {
    if (schema.pattern && !new RegExp(schema.pattern, "u").test(value))
      errs.push({
        field: p,
        reason: "FieldValueInvalid",
        message: `${p}: Invalid value: ${fmtValue(value)}: ${p} in body should match '${schema.pattern}'`,
      });
    if (schema.maxLength !== undefined && [...value].length > schema.maxLength)
      errs.push({
        field: p,
        reason: "FieldValueTooLong",
        message: `${p}: Too long: may not be more than ${schema.maxLength} bytes`,
      });
    if (schema.minLength !== undefined && [...value].length < schema.minLength)
      errs.push({
        field: p,
        reason: "FieldValueInvalid",
        message: `${p}: Invalid value: ${fmtValue(value)}: ${p} in body should be at least ${schema.minLength} chars long`,
      });
  }
  if (typeof value === "number") {
    if (
      schema.minimum !== undefined &&
      (schema.exclusiveMinimum ? value <= schema.minimum : value < schema.minimum)
    )
      errs.push({
        field: p,
        reason: "FieldValueInvalid",
        message: `${p}: Invalid value: ${value}: ${p} in body should be greater than ${schema.exclusiveMinimum ? "" : "or equal to "}${schema.minimum}`,
      });
    if (
      schema.maximum !== undefined &&
      (schema.exclusiveMaximum ? value >= schema.maximum : value > schema.maximum)
    )
      errs.push({
        field: p,
        reason: "FieldValueInvalid",
        message: `${p}: Invalid value: ${value}: ${p} in body should be less than ${schema.exclusiveMaximum ? "" : "or equal to "}${schema.maximum}`,
      });
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems)
      errs.push({
        field: p,
        reason: "FieldValueTooMany",
        message: `${p}: Too many: ${value.length}: must have at most ${schema.maxItems} items`,
      });
    if (schema.minItems !== undefined && value.length < schema.minItems)
      errs.push({
        field: p,
        reason: "FieldValueInvalid",
        message: `${p}: Invalid value: ${value.length}: ${p} in body should have at least ${schema.minItems} items`,
      });
    if (schema.items) {
      for (let i = 0; i < value.length; i++)
        errs.push(...validate(value[i], schema.items, undefined, join(p, i)));
    }
  }
  if (isObj(value)) {
    for (const r of schema.required ?? []) {
      if (value[r] === undefined)
        errs.push({
          field: join(p, r),
          reason: "FieldValueRequired",
          message: `${join(p, r)}: Required value`,
        });
    }
    for (const [k, v] of Object.entries(value)) {
      if (p === "" && (k === "apiVersion" || k === "kind" || k === "metadata")) continue;
      const s =
        schema.properties?.[k] ??
        (isObj(schema.additionalProperties) ? schema.additionalProperties : undefined);
      if (s) errs.push(...validate(v, s, isObj(oldValue) ? oldValue[k] : undefined, join(p, k)));
    }
  }
  if (errs.length === 0) errs.push(...celRules(value, schema, oldValue, p));
  return errs;
}

function celRules(value: any, schema: any, oldValue: any, p: string): FieldError[] {
  const errs: FieldError[] = [];
  for (const rule of schema["x-kubernetes-validations"] ?? []) {
    const usesOld = /\boldSelf\b/.test(rule.rule);
    if (usesOld && oldValue === undefined) continue;
    const field = rule.fieldPath ? `${p}${rule.fieldPath}` : p;
    const fn = compiled(rule.rule);
    let ok: unknown;
    if (fn instanceof Error) ok = fn;
    else {
      try {
        ok = fn({ self: toCel(value, schema), oldSelf: toCel(oldValue, schema) });
      } catch (e) {
        ok = e;
      }
    }
    const typeName = schema.type ?? "object";
    if (ok instanceof Error) {
      errs.push({
        field,
        reason: "FieldValueInvalid",
        message: `${field}: Invalid value: "${typeName}": ${ok.message}`,
      });
    } else if (ok !== true) {
      let msg: string = rule.message ?? `failed rule: ${rule.rule}`;
      if (rule.messageExpression) {
        const mf = compiled(rule.messageExpression);
        try {
          if (!(mf instanceof Error)) {
            const m = mf({ self: toCel(value, schema), oldSelf: toCel(oldValue, schema) });
            if (typeof m === "string" && m !== "") msg = m;
          }
        } catch {
          // Kubernetes falls back to message (or the rule) when messageExpression fails.
        }
      }
      errs.push({
        field,
        reason: rule.reason ?? "FieldValueInvalid",
        message: `${field}: Invalid value: "${typeName}": ${msg}`,
      });
    }
  }
  return errs;
}
