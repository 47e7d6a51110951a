/**
 * Conversions between the project's label and matcher types and the generated protobuf
 * messages of the internal gRPC services. Mimir's MatchType and thanos LabelMatcher.Type share
 * the numbering EQUAL=0, NOT_EQUAL=1, REGEX_MATCH=2, REGEX_NO_MATCH=3.
 */
import type { Labels } from "../model/labels.ts";
import { type Matcher, type MatchType, newMatcher } from "../model/matcher.ts";

const TYPES: readonly MatchType[] = ["=", "!=", "=~", "!~"];

export interface PbMatcher {
  type?: number | null;
  name?: string | null;
  value?: string | null;
}

export interface PbLabel {
  name?: string | null;
  value?: string | null;
}

export function matchersToPb(ms: readonly Matcher[]): PbMatcher[] {
  return ms.map((m) => ({ type: TYPES.indexOf(m.type), name: m.name, value: m.value }));
}

/** Throws MatcherError for a regex RE2 rejects, and Error for an unknown type. */
export function matchersFromPb(ms: readonly PbMatcher[] | null | undefined): Matcher[] {
  return (ms ?? []).map((m) => {
    const t = TYPES[m.type ?? 0];
    if (t === undefined) throw new Error(`invalid matcher type ${m.type}`);
    return newMatcher(t, m.name ?? "", m.value ?? "");
  });
}

export function labelsFromPb(ls: readonly PbLabel[] | null | undefined): Labels {
  return (ls ?? []).map((l) => ({ name: l.name ?? "", value: l.value ?? "" }));
}

/** Numbers for int64 fields decoded by protobufjs (Long or number). */
export function toNumber(v: number | { toNumber(): number } | null | undefined): number {
  if (v === null || v === undefined) return 0;
  return typeof v === "number" ? v : v.toNumber();
}
