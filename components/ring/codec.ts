/**
 * The ring descriptor's wire form: protobuf with dskit's ring.proto field numbers, so the
 * bytes are the same shape Mimir's `ringDesc` codec stores. Desc{map<string,InstanceDesc>
 * ingesters=1}; InstanceDesc{addr=1, timestamp=2, state=3, tokens=6 (packed), zone=7,
 * registered_timestamp=8, id=9, read_only_updated_timestamp=10, read_only=11}.
 */
import { type InstanceDesc, type InstanceState, newInstance, RingDesc } from "./model.ts";

/** How a KV store turns values into bytes (dskit codec.Codec). */
export interface Codec<T> {
  /** Stored beside values in memberlist so peers decode with the same codec. */
  readonly id: string;
  encode(v: T): Uint8Array;
  /** Throws on malformed input. */
  decode(b: Uint8Array): T;
}

const textEncoder = new TextEncoder();
const textDecoder = new TextDecoder("utf-8", { fatal: false });

/** A growable protobuf writer. */
export class PbWriter {
  private buf = new Uint8Array(256);
  private pos = 0;

  private ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.pos));
    this.buf = b;
  }

  /** Unsigned varint of a non-negative safe integer. */
  uvarint(v: number): void {
    this.ensure(10);
    while (v >= 0x80) {
      this.buf[this.pos++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.pos++] = v;
  }

  tag(field: number, wireType: number): void {
    this.uvarint(field * 8 + wireType);
  }

  bytes(b: Uint8Array): void {
    this.uvarint(b.length);
    this.ensure(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  string(s: string): void {
    this.bytes(textEncoder.encode(s));
  }

  get length(): number {
    return this.pos;
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }
}

/** A protobuf reader over one message. Throws on truncated input. */
export class PbReader {
  readonly b: Uint8Array;
  pos: number;
  readonly end: number;

  constructor(b: Uint8Array, pos = 0, end = b.length) {
    this.b = b;
    this.pos = pos;
    this.end = end;
  }

  uvarint(): number {
    let v = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) throw new Error("proto: unexpected end of data");
      const c = this.b[this.pos++]!;
      v += (c & 0x7f) * mul;
      if (c < 0x80) return v;
      mul *= 0x80;
    }
    throw new Error("proto: varint overflow");
  }

  bytes(): Uint8Array {
    const n = this.uvarint();
    if (this.pos + n > this.end) throw new Error("proto: unexpected end of data");
    const out = this.b.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  string(): string {
    return textDecoder.decode(this.bytes());
  }

  skip(wireType: number): void {
    switch (wireType) {
      case 0:
        this.uvarint();
        return;
      case 1:
        this.pos += 8;
        break;
      case 2:
        this.bytes();
        return;
      case 5:
        this.pos += 4;
        break;
      default:
        throw new Error(`proto: unsupported wire type ${wireType}`);
    }
    if (this.pos > this.end) throw new Error("proto: unexpected end of data");
  }
}

function encodeInstance(w: PbWriter, id: string, i: InstanceDesc): Uint8Array {
  if (i.addr) {
    w.tag(1, 2);
    w.string(i.addr);
  }
  if (i.timestamp > 0) {
    w.tag(2, 0);
    w.uvarint(i.timestamp);
  }
  if (i.state !== 0) {
    w.tag(3, 0);
    w.uvarint(i.state);
  }
  if (i.tokens.length > 0) {
    const inner = new PbWriter();
    for (const t of i.tokens) inner.uvarint(t);
    w.tag(6, 2);
    w.bytes(inner.finish());
  }
  if (i.zone) {
    w.tag(7, 2);
    w.string(i.zone);
  }
  if (i.registeredTimestamp > 0) {
    w.tag(8, 0);
    w.uvarint(i.registeredTimestamp);
  }
  if (id) {
    w.tag(9, 2);
    w.string(id);
  }
  if (i.readOnlyUpdatedTimestamp > 0) {
    w.tag(10, 0);
    w.uvarint(i.readOnlyUpdatedTimestamp);
  }
  if (i.readOnly) {
    w.tag(11, 0);
    w.uvarint(1);
  }
  return w.finish();
}

function decodeInstance(r: PbReader): InstanceDesc {
  const inst = newInstance({ id: "" });
  while (r.pos < r.end) {
    const tag = r.uvarint();
    const field = Math.floor(tag / 8);
    const wt = tag & 7;
    switch (field) {
      case 1:
        inst.addr = r.string();
        break;
      case 2:
        inst.timestamp = r.uvarint();
        break;
      case 3:
        inst.state = r.uvarint() as InstanceState;
        break;
      case 6:
        if (wt === 2) {
          const b = r.bytes();
          const inner = new PbReader(b);
          while (inner.pos < inner.end) inst.tokens.push(inner.uvarint() >>> 0);
        } else inst.tokens.push(r.uvarint() >>> 0);
        break;
      case 7:
        inst.zone = r.string();
        break;
      case 8:
        inst.registeredTimestamp = r.uvarint();
        break;
      case 9:
        inst.id = r.string();
        break;
      case 10:
        inst.readOnlyUpdatedTimestamp = r.uvarint();
        break;
      case 11:
        inst.readOnly = r.uvarint() !== 0;
        break;
      default:
        r.skip(wt);
    }
  }
  if (inst.state < 0 || inst.state > 4)
    throw new Error(`ring: unknown instance state ${inst.state}`);
  return inst;
}

export function encodeRingDesc(d: RingDesc): Uint8Array {
  const w = new PbWriter();
  for (const [id, inst] of d.ingesters) {
    const entry = new PbWriter();
    entry.tag(1, 2);
    entry.string(id);
    entry.tag(2, 2);
    entry.bytes(encodeInstance(new PbWriter(), id, inst));
    w.tag(1, 2);
    w.bytes(entry.finish());
  }
  return w.finish();
}

export function decodeRingDesc(b: Uint8Array): RingDesc {
  const r = new PbReader(b);
  const d = new RingDesc();
  while (r.pos < r.end) {
    const tag = r.uvarint();
    if (tag >>> 3 !== 1 || (tag & 7) !== 2) {
      r.skip(tag & 7);
      continue;
    }
    const eb = r.bytes();
    const er = new PbReader(eb);
    let key = "";
    let inst = newInstance({ id: "" });
    while (er.pos < er.end) {
      const t = er.uvarint();
      if (t === (1 << 3) + 2) key = er.string();
      else if (t === (2 << 3) + 2) {
        const vb = er.bytes();
        inst = decodeInstance(new PbReader(vb));
      } else er.skip(t & 7);
    }
    inst.id = key;
    d.ingesters.set(key, inst);
  }
  return d;
}

/** dskit's ring codec, ID `ringDesc`. */
export const ringDescCodec: Codec<RingDesc> = {
  id: "ringDesc",
  encode: encodeRingDesc,
  decode: decodeRingDesc,
};
