/**
 * In-memory exemplars of one tenant: a circular buffer of fixed capacity (Prometheus's
 * CircularExemplarStorage), struct-of-arrays, with a per-series singly linked list from the
 * oldest to the newest exemplar so a series' exemplars are found without scanning the buffer.
 */
import type { Labels } from "../model/labels.ts";

export const EXEMPLAR_OK = 0;
/** Same timestamp, value and labels as the newest exemplar of the series: ignored silently. */
export const EXEMPLAR_DUPLICATE = 1;
export const EXEMPLAR_OUT_OF_ORDER = -1;

export interface StoredExemplar {
  labels: Labels;
  value: number;
  timestamp: number;
}

export class ExemplarStorage {
  private cap = 0;
  private ts = new Float64Array(0);
  private vs = new Float64Array(0);
  private refs = new Int32Array(0);
  private nexts = new Int32Array(0);
  private lbls: (Labels | undefined)[] = [];
  private pos = 0;
  private count = 0;
  /** ref -> [oldest index, newest index]. */
  private readonly index = new Map<number, [number, number]>();

  constructor(capacity: number) {
    this.resize(capacity);
  }

  capacity(): number {
    return this.cap;
  }

  size(): number {
    return this.count;
  }

  /** Changes the capacity, keeping the newest exemplars. */
  resize(capacity: number): void {
    if (capacity === this.cap) return;
    const old: [number, Labels, number, number][] = [];
    for (let k = 0; k < this.count; k++) {
      const i = (this.pos - this.count + k + this.cap * 2) % this.cap;
      old.push([this.refs[i], this.lbls[i] as Labels, this.ts[i], this.vs[i]]);
    }
    this.cap = capacity;
    this.ts = new Float64Array(capacity);
    this.vs = new Float64Array(capacity);
    this.refs = new Int32Array(capacity).fill(-1);
    this.nexts = new Int32Array(capacity).fill(-1);
    this.lbls = new Array(capacity).fill(undefined);
    this.pos = 0;
    this.count = 0;
    this.index.clear();
    const keep = old.slice(Math.max(0, old.length - capacity));
    for (const [r, l, t, v] of keep) this.add(r, l, t, v);
  }

  /** Validates without storing (Prometheus's ValidateExemplar). */
  validate(ref: number, labels: Labels, t: number, v: number): number {
    const e = this.index.get(ref);
    if (e === undefined) return EXEMPLAR_OK;
    const n = e[1];
    const nt = this.ts[n];
    if (nt === t && Object.is(this.vs[n], v) && labelsSame(this.lbls[n] as Labels, labels))
      return EXEMPLAR_DUPLICATE;
    if (t <= nt) return EXEMPLAR_OUT_OF_ORDER;
    return EXEMPLAR_OK;
  }

  add(ref: number, labels: Labels, t: number, v: number): number {
    if (this.cap === 0) return EXEMPLAR_OK;
    const res = this.validate(ref, labels, t, v);
    if (res !== EXEMPLAR_OK) return res;
    const i = this.pos;
    // Evict the oldest exemplar overall, which is the oldest of its series.
    const oldRef = this.refs[i];
    if (oldRef >= 0) {
      const oe = this.index.get(oldRef);
      if (oe !== undefined) {
        const nx = this.nexts[i];
        if (nx < 0 || oe[1] === i) this.index.delete(oldRef);
        else oe[0] = nx;
      }
      this.count--;
    }
    this.refs[i] = ref;
    this.ts[i] = t;
    this.vs[i] = v;
    this.lbls[i] = labels;
    this.nexts[i] = -1;
    const e = this.index.get(ref);
    if (e === undefined) this.index.set(ref, [i, i]);
    else {
      this.nexts[e[1]] = i;
      e[1] = i;
    }
    this.pos = (i + 1) % this.cap;
    this.count++;
    return EXEMPLAR_OK;
  }

  /** Exemplars of a series with timestamps in [mint, maxt], oldest first. */
  select(ref: number, mint: number, maxt: number): StoredExemplar[] {
    const out: StoredExemplar[] = [];
    const e = this.index.get(ref);
    if (e === undefined) return out;
    let i = e[0];
    for (let guard = 0; i >= 0 && guard <= this.cap; guard++) {
      const t = this.ts[i];
      if (t >= mint && t <= maxt)
        out.push({ labels: this.lbls[i] as Labels, value: this.vs[i], timestamp: t });
      if (i === e[1]) break;
      i = this.nexts[i];
    }
    return out;
  }

  /** Forgets the exemplars of removed series. */
  deleteSeries(refs: ReadonlySet<number>): void {
    for (const r of refs) this.index.delete(r);
    for (let i = 0; i < this.cap; i++) if (refs.has(this.refs[i])) this.refs[i] = -1;
  }

  /** Every stored exemplar in insertion order as (ref, labels, t, v); for checkpoints. */
  forEach(fn: (ref: number, labels: Labels, t: number, v: number) => void): void {
    for (let k = 0; k < this.count; k++) {
      const i = (this.pos - this.count + k + this.cap * 2) % this.cap;
      if (this.refs[i] >= 0) fn(this.refs[i], this.lbls[i] as Labels, this.ts[i], this.vs[i]);
    }
  }
}

function labelsSame(a: Labels, b: Labels): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++)
    if (a[i].name !== b[i].name || a[i].value !== b[i].value) return false;
  return true;
}
