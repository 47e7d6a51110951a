/**
 * Rule groups as the ruler stores and serves them: the in-memory description (Mimir's
 * rulespb.RuleGroupDesc), its protobuf encoding (the object stored at
 * `rules/<tenant>/<base64url namespace>/<base64url group>`), and the YAML of Prometheus rule
 * files (rulefmt) that mimirtool and Grafana send and read. Durations are milliseconds.
 *
 * Protobuf field numbers (Mimir's rules.proto): RuleGroupDesc name 1, namespace 2, interval 3
 * (google.protobuf.Duration), rules 4, user 6, sourceTenants 10, evaluationDelay 11,
 * align_evaluation_time_on_interval 12, queryOffset 13; RuleDesc expr 1, record 2, alert 3,
 * for 4, labels 5 and annotations 6 (LabelPair name 1, value 2), keep_firing_for 13.
 * mimir-ts also keeps the group's `limit` in field 14 (Mimir drops it).
 */
import * as yaml from "js-yaml";
import type { Label } from "../model/labels.ts";
import { ProtoReader, WIRE_LEN, WIRE_VARINT } from "../proto/protoreader.ts";
import { formatDuration, parseDuration } from "../promql/parser.ts";

export interface RuleDesc {
  expr: string;
  /** Set for recording rules. */
  record: string;
  /** Set for alerting rules. */
  alert: string;
  /** ms */
  for: number;
  /** ms */
  keepFiringFor: number;
  /** Sorted by name. */
  labels: Label[];
  /** Sorted by name. */
  annotations: Label[];
}

export interface RuleGroupDesc {
  name: string;
  namespace: string;
  /** Tenant. */
  user: string;
  /** ms; 0 = the ruler's -ruler.evaluation-interval. */
  interval: number;
  rules: RuleDesc[];
  sourceTenants: string[];
  /** ms (deprecated in favour of queryOffset). */
  evaluationDelay: number;
  /** ms */
  queryOffset: number;
  alignEvaluationTimeOnInterval: boolean;
  /** Max series (recording) or alerts (alerting) a rule may produce; 0 = no limit. */
  limit: number;
}

// ---------------------------------------------------------------------------------------------
// protobuf

class Out {
  private readonly parts: Buffer[] = [];
  varint(v: number): void {
    const b: number[] = [];
    while (v >= 128) {
      b.push((v % 128) | 0x80);
      v = Math.floor(v / 128);
    }
    b.push(v);
    this.parts.push(Buffer.from(b));
  }
  tag(field: number, wire: number): void {
    this.varint(field * 8 + wire);
  }
  bytes(field: number, b: Buffer): void {
    this.tag(field, WIRE_LEN);
    this.varint(b.length);
    this.parts.push(b);
  }
  string(field: number, s: string): void {
    if (s !== "") this.bytes(field, Buffer.from(s, "utf8"));
  }
  uint(field: number, v: number): void {
    if (v === 0) return;
    this.tag(field, WIRE_VARINT);
    this.varint(v);
  }
  /** A google.protobuf.Duration (non-nullable: always written, as gogoproto does). */
  duration(field: number, ms: number): void {
    const d = new Out();
    const seconds = Math.trunc(ms / 1000);
    const nanos = Math.round((ms - seconds * 1000) * 1e6);
    d.uint(1, seconds);
    d.uint(2, nanos);
    this.bytes(field, d.finish());
  }
  finish(): Buffer {
    return Buffer.concat(this.parts);
  }
}

function encodeLabels(out: Out, field: number, ls: readonly Label[]): void {
  for (const l of ls) {
    const o = new Out();
    o.string(1, l.name);
    o.string(2, l.value);
    out.bytes(field, o.finish());
  }
}

function encodeRule(r: RuleDesc): Buffer {
  const o = new Out();
  o.string(1, r.expr);
  o.string(2, r.record);
  o.string(3, r.alert);
  o.duration(4, r.for);
  encodeLabels(o, 5, r.labels);
  encodeLabels(o, 6, r.annotations);
  o.duration(13, r.keepFiringFor);
  return o.finish();
}

export function encodeRuleGroup(g: RuleGroupDesc): Buffer {
  const o = new Out();
  o.string(1, g.name);
  o.string(2, g.namespace);
  o.duration(3, g.interval);
  for (const r of g.rules) o.bytes(4, encodeRule(r));
  o.string(6, g.user);
  for (const t of g.sourceTenants) o.bytes(10, Buffer.from(t, "utf8"));
  o.duration(11, g.evaluationDelay);
  if (g.alignEvaluationTimeOnInterval) o.uint(12, 1);
  o.duration(13, g.queryOffset);
  o.uint(14, g.limit);
  return o.finish();
}

function readDuration(r: ProtoReader): number {
  const end = r.lenEnd();
  const sub = new ProtoReader(r.buf, r.pos, end);
  let seconds = 0;
  let nanos = 0;
  while (!sub.done()) {
    const t = sub.tag();
    const f = t >>> 3;
    if (f === 1 && (t & 7) === WIRE_VARINT) seconds = sub.uint64();
    else if (f === 2 && (t & 7) === WIRE_VARINT) nanos = sub.uint64();
    else sub.skip(t & 7);
  }
  r.pos = end;
  return seconds * 1000 + nanos / 1e6;
}

function readLabel(r: ProtoReader): Label {
  const end = r.lenEnd();
  const sub = new ProtoReader(r.buf, r.pos, end);
  let name = "";
  let value = "";
  while (!sub.done()) {
    const t = sub.tag();
    const f = t >>> 3;
    if (f === 1 && (t & 7) === WIRE_LEN) name = sub.string();
    else if (f === 2 && (t & 7) === WIRE_LEN) value = sub.string();
    else sub.skip(t & 7);
  }
  r.pos = end;
  return { name, value };
}

function readRule(r: ProtoReader): RuleDesc {
  const end = r.lenEnd();
  const sub = new ProtoReader(r.buf, r.pos, end);
  const rule: RuleDesc = emptyRule();
  while (!sub.done()) {
    const t = sub.tag();
    const f = t >>> 3;
    const w = t & 7;
    if (f === 1 && w === WIRE_LEN) rule.expr = sub.string();
    else if (f === 2 && w === WIRE_LEN) rule.record = sub.string();
    else if (f === 3 && w === WIRE_LEN) rule.alert = sub.string();
    else if (f === 4 && w === WIRE_LEN) rule.for = readDuration(sub);
    else if (f === 5 && w === WIRE_LEN) rule.labels.push(readLabel(sub));
    else if (f === 6 && w === WIRE_LEN) rule.annotations.push(readLabel(sub));
    else if (f === 13 && w === WIRE_LEN) rule.keepFiringFor = readDuration(sub);
    else sub.skip(w);
  }
  r.pos = end;
  return rule;
}

export function decodeRuleGroup(buf: Buffer): RuleGroupDesc {
  const r = new ProtoReader(buf);
  const g = emptyGroup();
  while (!r.done()) {
    const t = r.tag();
    const f = t >>> 3;
    const w = t & 7;
    if (f === 1 && w === WIRE_LEN) g.name = r.string();
    else if (f === 2 && w === WIRE_LEN) g.namespace = r.string();
    else if (f === 3 && w === WIRE_LEN) g.interval = readDuration(r);
    else if (f === 4 && w === WIRE_LEN) g.rules.push(readRule(r));
    else if (f === 6 && w === WIRE_LEN) g.user = r.string();
    else if (f === 10 && w === WIRE_LEN) g.sourceTenants.push(r.string());
    else if (f === 11 && w === WIRE_LEN) g.evaluationDelay = readDuration(r);
    else if (f === 12 && w === WIRE_VARINT) g.alignEvaluationTimeOnInterval = r.uint64() !== 0;
    else if (f === 13 && w === WIRE_LEN) g.queryOffset = readDuration(r);
    else if (f === 14 && w === WIRE_VARINT) g.limit = r.uint64();
    else r.skip(w);
  }
  return g;
}

export function emptyRule(): RuleDesc {
  return {
    expr: "",
    record: "",
    alert: "",
    for: 0,
    keepFiringFor: 0,
    labels: [],
    annotations: [],
  };
}

export function emptyGroup(): RuleGroupDesc {
  return {
    name: "",
    namespace: "",
    user: "",
    interval: 0,
    rules: [],
    sourceTenants: [],
    evaluationDelay: 0,
    queryOffset: 0,
    alignEvaluationTimeOnInterval: false,
    limit: 0,
  };
}

// ---------------------------------------------------------------------------------------------
// YAML (Prometheus rule files)

/** The body could not be read as a rule group (Mimir: ErrBadRuleGroup). */
export class RuleGroupDecodeError extends Error {}

const GROUP_KEYS = new Set([
  "name",
  "interval",
  "query_offset",
  "evaluation_delay",
  "limit",
  "rules",
  "source_tenants",
  "align_evaluation_time_on_interval",
  "labels",
]);
const RULE_KEYS = new Set([
  "record",
  "alert",
  "expr",
  "for",
  "keep_firing_for",
  "labels",
  "annotations",
]);

function yamlDuration(v: unknown, field: string): number {
  if (v === undefined || v === null) return 0;
  const d = parseDuration(String(v));
  if (d === null) throw new RuleGroupDecodeError(`not a valid duration string: "${String(v)}"`);
  if (d < 0) throw new RuleGroupDecodeError(`${field}: duration must not be negative`);
  return d;
}

function yamlString(v: unknown, field: string): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "object") throw new RuleGroupDecodeError(`${field}: expected a string`);
  return String(v);
}

function yamlMap(v: unknown, field: string): Label[] {
  if (v === undefined || v === null) return [];
  if (typeof v !== "object" || Array.isArray(v))
    throw new RuleGroupDecodeError(`${field}: expected a map`);
  return Object.entries(v as Record<string, unknown>)
    .map(([name, value]) => ({ name, value: yamlString(value, `${field}.${name}`) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A group from its parsed YAML object (one element of a rule file's `groups:`). */
export function groupFromYamlObject(obj: unknown, user: string, namespace: string): RuleGroupDesc {
  if (obj === null || obj === undefined) obj = {};
  if (typeof obj !== "object" || Array.isArray(obj))
    throw new RuleGroupDecodeError("rule group: expected a map");
  const o = obj as Record<string, unknown>;
  for (const k of Object.keys(o))
    if (!GROUP_KEYS.has(k))
      throw new RuleGroupDecodeError(`field ${k} not found in type rulefmt.RuleGroup`);
  const g = emptyGroup();
  g.user = user;
  g.namespace = namespace;
  g.name = yamlString(o.name, "name");
  g.interval = yamlDuration(o.interval, "interval");
  g.queryOffset = yamlDuration(o.query_offset, "query_offset");
  g.evaluationDelay = yamlDuration(o.evaluation_delay, "evaluation_delay");
  g.limit = o.limit === undefined || o.limit === null ? 0 : Number(o.limit);
  if (!Number.isInteger(g.limit) || g.limit < 0)
    throw new RuleGroupDecodeError("limit: expected a non-negative integer");
  g.alignEvaluationTimeOnInterval = o.align_evaluation_time_on_interval === true;
  if (o.source_tenants !== undefined && o.source_tenants !== null) {
    if (!Array.isArray(o.source_tenants))
      throw new RuleGroupDecodeError("source_tenants: expected a list");
    g.sourceTenants = o.source_tenants.map((t) => yamlString(t, "source_tenants"));
  }
  const rules = o.rules ?? [];
  if (!Array.isArray(rules)) throw new RuleGroupDecodeError("rules: expected a list");
  for (const ro of rules) {
    if (ro === null || typeof ro !== "object" || Array.isArray(ro))
      throw new RuleGroupDecodeError("rules: expected a map");
    const rr = ro as Record<string, unknown>;
    for (const k of Object.keys(rr))
      if (!RULE_KEYS.has(k))
        throw new RuleGroupDecodeError(`field ${k} not found in type rulefmt.Rule`);
    g.rules.push({
      record: yamlString(rr.record, "record"),
      alert: yamlString(rr.alert, "alert"),
      expr: yamlString(rr.expr, "expr"),
      for: yamlDuration(rr.for, "for"),
      keepFiringFor: yamlDuration(rr.keep_firing_for, "keep_firing_for"),
      labels: yamlMap(rr.labels, "labels"),
      annotations: yamlMap(rr.annotations, "annotations"),
    });
  }
  return g;
}

/** Parses the body of POST /config/v1/rules/{namespace}: one rule group in YAML. */
export function parseRuleGroupYaml(text: string, user: string, namespace: string): RuleGroupDesc {
  let obj: unknown;
  try {
    obj = text.trim() === "" ? null : yaml.load(text);
  } catch (e) {
    throw new RuleGroupDecodeError((e as Error).message, { cause: e });
  }
  return groupFromYamlObject(obj, user, namespace);
}

/** Parses a Prometheus rule file (`groups: [...]`), as the local rule store reads them. */
export function parseRuleFileYaml(text: string, user: string, namespace: string): RuleGroupDesc[] {
  let obj: unknown;
  try {
    obj = text.trim() === "" ? null : yaml.load(text);
  } catch (e) {
    throw new RuleGroupDecodeError((e as Error).message, { cause: e });
  }
  if (obj === null || obj === undefined) return [];
  const groups = (obj as { groups?: unknown }).groups;
  if (groups === undefined || groups === null) return [];
  if (!Array.isArray(groups)) throw new RuleGroupDecodeError("groups: expected a list");
  return groups.map((g) => groupFromYamlObject(g, user, namespace));
}

function labelsObject(ls: readonly Label[]): Record<string, string> {
  const o: Record<string, string> = {};
  for (const l of ls) o[l.name] = l.value;
  return o;
}

/** The rulefmt.RuleGroup object Mimir's APIs marshal to YAML (field order as Mimir's). */
export function groupToYamlObject(g: RuleGroupDesc): Record<string, unknown> {
  const o: Record<string, unknown> = { name: g.name };
  if (g.interval > 0) o.interval = formatDuration(g.interval);
  if (g.queryOffset > 0) o.query_offset = formatDuration(g.queryOffset);
  if (g.evaluationDelay > 0) o.evaluation_delay = formatDuration(g.evaluationDelay);
  if (g.limit > 0) o.limit = g.limit;
  o.rules = g.rules.map((r) => {
    const ro: Record<string, unknown> = {};
    if (r.record !== "") ro.record = r.record;
    else ro.alert = r.alert;
    ro.expr = r.expr;
    if (r.for > 0) ro.for = formatDuration(r.for);
    if (r.keepFiringFor > 0) ro.keep_firing_for = formatDuration(r.keepFiringFor);
    if (r.labels.length > 0) ro.labels = labelsObject(r.labels);
    if (r.annotations.length > 0) ro.annotations = labelsObject(r.annotations);
    return ro;
  });
  if (g.sourceTenants.length > 0) o.source_tenants = [...g.sourceTenants];
  if (g.alignEvaluationTimeOnInterval) o.align_evaluation_time_on_interval = true;
  return o;
}

/** A scalar as YAML; block scalars (multi-line strings) get their lines at `contentCol`. */
function yamlScalar(v: unknown, contentCol: number): string {
  const text = yaml.dump(v, { lineWidth: -1 }).replace(/\n$/, "");
  if (text.startsWith("|") || text.startsWith(">")) {
    const [head, ...lines] = text.split("\n");
    return [head, ...lines.map((l) => " ".repeat(contentCol) + l.replace(/^ {2}/, ""))].join("\n");
  }
  return text;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * A mapping with its keys at `keyCol`; nested blocks are indented 4 from `base` (the mapping's
 * own column, or the dash column when the mapping is a sequence item), as yaml.v3 does.
 * `first` replaces the indentation of the first line (the `- ` of a sequence item).
 */
function emitMap(
  o: Record<string, unknown>,
  keyCol: number,
  base: number,
  out: string[],
  first?: string,
): void {
  let lead = first;
  for (const [k, v] of Object.entries(o)) {
    const key = `${lead ?? " ".repeat(keyCol)}${yamlScalar(k, base + 4)}:`;
    lead = undefined;
    if (Array.isArray(v)) {
      if (v.length === 0) out.push(`${key} []`);
      else {
        out.push(key);
        emitSeq(v, base + 4, out);
      }
    } else if (isPlainObject(v)) {
      if (Object.keys(v).length === 0) out.push(`${key} {}`);
      else {
        out.push(key);
        emitMap(v, base + 4, base + 4, out);
      }
    } else out.push(`${key} ${yamlScalar(v, base + 4)}`);
  }
}

/** A sequence with its dashes at `dashCol`. */
function emitSeq(a: readonly unknown[], dashCol: number, out: string[]): void {
  const pad = " ".repeat(dashCol);
  for (const v of a) {
    if (isPlainObject(v) && Object.keys(v).length > 0)
      emitMap(v, dashCol + 2, dashCol, out, `${pad}- `);
    else out.push(`${pad}- ${yamlScalar(v, dashCol + 4)}`);
  }
}

/**
 * YAML with yaml.v3's layout, as Mimir's API writes it: 4-space indentation, sequences
 * indented under their key (`    - name: g`), nested keys aligned after the dash.
 */
export function dumpYaml(v: unknown): string {
  if (!isPlainObject(v)) return `${yamlScalar(v, 0)}\n`;
  if (Object.keys(v).length === 0) return "{}\n";
  const out: string[] = [];
  emitMap(v, 0, 0, out);
  return `${out.join("\n")}\n`;
}
