/**
 * A tenant's silences (silence package, v0.25 semantics). A silence mutes the alerts all its
 * matchers match while it is active (startsAt <= now < endsAt). Setting a silence with an ID
 * updates it in place when allowed (same matchers; an active one keeps its start and cannot end in
 * the past; a pending one cannot start in the past) and otherwise expires it and creates a new
 * one with a new ID. Expired silences are kept for `retention` after their end, then dropped.
 */
import { randomUUID } from "node:crypto";
import type { LabelSet } from "./labels.ts";
import { type AmMatcher, amMatcher } from "./matchers.ts";

export interface SilenceMatcher {
  name: string;
  value: string;
  isRegex: boolean;
  isEqual: boolean;
}

export interface Silence {
  id: string;
  matchers: SilenceMatcher[];
  startsAt: number;
  endsAt: number;
  updatedAt: number;
  createdBy: string;
  comment: string;
}

export type SilenceState = "expired" | "active" | "pending";

export function silenceState(s: Silence, now: number): SilenceState {
  if (s.endsAt <= now) return "expired";
  if (s.startsAt <= now) return "active";
  return "pending";
}

export class SilenceError extends Error {}
export class SilenceNotFoundError extends SilenceError {
  constructor() {
    super("silence not found");
  }
}

function compile(ms: SilenceMatcher[]): AmMatcher[] {
  return ms.map((m) =>
    amMatcher(m.isRegex ? (m.isEqual ? "=~" : "!~") : m.isEqual ? "=" : "!=", m.name, m.value),
  );
}

/** validateSilence: the checks every stored silence passes. */
export function validateSilence(s: Silence): void {
  if (s.matchers.length === 0) throw new SilenceError("at least one matcher required");
  let allMatchEmpty = true;
  s.matchers.forEach((m, i) => {
    if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(m.name))
      throw new SilenceError(`invalid label matcher ${i}: invalid label name "${m.name}"`);
    let c: AmMatcher;
    try {
      [c] = compile([m]);
    } catch (e) {
      throw new SilenceError(`invalid label matcher ${i}: ${(e as Error).message}`);
    }
    if (!c.matches("")) allMatchEmpty = false;
  });
  if (allMatchEmpty) throw new SilenceError("at least one matcher must not match the empty string");
  if (s.startsAt > s.endsAt) throw new SilenceError("start time must be before end time");
}

interface Entry {
  silence: Silence;
  compiled: AmMatcher[];
}

export class Silences {
  private readonly entries = new Map<string, Entry>();
  private readonly retention: number;
  private readonly now: () => number;
  /** Called after every change (for state replication and persistence). */
  onChange: (() => void) | undefined;

  constructor(opts: { retention: number; now?: () => number }) {
    this.retention = opts.retention;
    this.now = opts.now ?? Date.now;
  }

  private store(s: Silence): void {
    this.entries.set(s.id, { silence: s, compiled: compile(s.matchers) });
    this.onChange?.();
  }

  get(id: string): Silence | undefined {
    return this.entries.get(id)?.silence;
  }

  /** Creates or updates a silence; returns its (possibly new) ID. */
  set(input: Silence, maxCount = 0): string {
    const now = this.now();
    validateSilence(input);
    const prev = input.id === "" ? undefined : this.entries.get(input.id)?.silence;
    if (input.id !== "" && !prev) throw new SilenceNotFoundError();
    if (prev) {
      if (canUpdate(prev, input, now)) {
        this.store({ ...input, updatedAt: now });
        return input.id;
      }
      if (silenceState(prev, now) !== "expired") this.expire(prev.id);
    }
    if (maxCount > 0) {
      let live = 0;
      for (const e of this.entries.values()) if (silenceState(e.silence, now) !== "expired") live++;
      if (live >= maxCount)
        throw new SilenceError(
          `exceeded maximum number of silences: ${maxCount} (limit: ${maxCount})`,
        );
    }
    const s: Silence = {
      ...input,
      id: randomUUID(),
      startsAt: input.startsAt < now ? now : input.startsAt,
      updatedAt: now,
    };
    this.store(s);
    return s.id;
  }

  /** Ends a silence now (a pending one gets start = end = now). */
  expire(id: string): void {
    const now = this.now();
    const s = this.entries.get(id)?.silence;
    if (!s) throw new SilenceNotFoundError();
    const st = silenceState(s, now);
    if (st === "expired") throw new SilenceError(`silence ${id} already expired`);
    const next = { ...s, updatedAt: now, endsAt: now };
    if (st === "pending") next.startsAt = now;
    this.store(next);
  }

  list(): Silence[] {
    return [...this.entries.values()].map((e) => e.silence);
  }

  /** IDs of the active silences that mute the label set, sorted. */
  mutedBy(ls: LabelSet): string[] {
    const now = this.now();
    const out: string[] = [];
    for (const e of this.entries.values()) {
      if (silenceState(e.silence, now) !== "active") continue;
      let all = true;
      for (const m of e.compiled)
        if (!m.matches(ls[m.name] ?? "")) {
          all = false;
          break;
        }
      if (all) out.push(e.silence.id);
    }
    return out.sort();
  }

  /** Drops silences that ended more than `retention` ago; returns how many. */
  gc(): number {
    const cutoff = this.now() - this.retention;
    let n = 0;
    for (const [id, e] of this.entries)
      if (e.silence.endsAt < cutoff) {
        this.entries.delete(id);
        n++;
      }
    return n;
  }

  snapshot(): Silence[] {
    return this.list();
  }

  /** Merges silences from a snapshot or a peer: the one updated last wins. */
  merge(list: Silence[]): void {
    let changed = false;
    for (const s of list) {
      const cur = this.entries.get(s.id)?.silence;
      if (cur && cur.updatedAt >= s.updatedAt) continue;
      this.entries.set(s.id, { silence: s, compiled: compile(s.matchers) });
      changed = true;
    }
    if (changed) this.onChange?.();
  }
}

function canUpdate(a: Silence, b: Silence, now: number): boolean {
  if (JSON.stringify(a.matchers) !== JSON.stringify(b.matchers)) return false;
  switch (silenceState(a, now)) {
    case "active":
      return b.startsAt === a.startsAt && b.endsAt >= now;
    case "pending":
      return b.startsAt >= now;
    case "expired":
      return false;
  }
}
