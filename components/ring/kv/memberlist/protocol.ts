/**
 * mimir-ts's gossip wire format (only mimir-ts processes talk to each other). Every frame:
 *   magic "MTSG", u8 label length, cluster label (UTF-8), u8 message type, payload.
 * TCP streams carry frames prefixed with a u32 big-endian length; a UDP packet is one frame.
 * With compression the type byte has bit 0x80 set and the payload is raw DEFLATE.
 * Payload (protobuf-style fields): 1 sender Member, 2 repeated Member, 3 repeated KVPair.
 * Member{1 name, 2 host, 3 port, 4 heartbeat, 5 left}; KVPair{1 key, 2 value, 3 codec,
 * 4 deleted, 5 update_time_millis} (dskit's KeyValuePair field numbers).
 */
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { PbReader, PbWriter } from "../../codec.ts";

export const MsgType = {
  /** Full state exchange request (join, periodic push/pull); the peer answers PUSH_PULL_RESP. */
  PUSH_PULL: 1,
  PUSH_PULL_RESP: 2,
  /** Deltas and membership, one-way. */
  GOSSIP: 3,
  /** The sender leaves the cluster, one-way. */
  LEAVE: 4,
} as const;
export type MsgType = (typeof MsgType)[keyof typeof MsgType];

export interface Member {
  name: string;
  host: string;
  port: number;
  /** The member's own counter, bumped every gossip round; higher = fresher. */
  heartbeat: number;
  left: boolean;
}

export interface KVPair {
  key: string;
  value: Uint8Array;
  codec: string;
  deleted: boolean;
  updateTimeMillis: number;
}

export interface Message {
  type: MsgType;
  label: string;
  sender: Member;
  members: Member[];
  pairs: KVPair[];
}

const MAGIC = [0x4d, 0x54, 0x53, 0x47]; // "MTSG"
const enc = new TextEncoder();

function writeMember(w: PbWriter, m: Member): Uint8Array {
  w.tag(1, 2);
  w.string(m.name);
  w.tag(2, 2);
  w.string(m.host);
  w.tag(3, 0);
  w.uvarint(m.port);
  w.tag(4, 0);
  w.uvarint(m.heartbeat);
  if (m.left) {
    w.tag(5, 0);
    w.uvarint(1);
  }
  return w.finish();
}

function readMember(b: Uint8Array): Member {
  const r = new PbReader(b);
  const m: Member = { name: "", host: "", port: 0, heartbeat: 0, left: false };
  while (r.pos < r.end) {
    const t = r.uvarint();
    switch (t >>> 3) {
      case 1:
        m.name = r.string();
        break;
      case 2:
        m.host = r.string();
        break;
      case 3:
        m.port = r.uvarint();
        break;
      case 4:
        m.heartbeat = r.uvarint();
        break;
      case 5:
        m.left = r.uvarint() !== 0;
        break;
      default:
        r.skip(t & 7);
    }
  }
  return m;
}

function writePair(w: PbWriter, p: KVPair): Uint8Array {
  w.tag(1, 2);
  w.string(p.key);
  w.tag(2, 2);
  w.bytes(p.value);
  w.tag(3, 2);
  w.string(p.codec);
  if (p.deleted) {
    w.tag(4, 0);
    w.uvarint(1);
  }
  w.tag(5, 0);
  w.uvarint(p.updateTimeMillis);
  return w.finish();
}

function readPair(b: Uint8Array): KVPair {
  const r = new PbReader(b);
  const p: KVPair = {
    key: "",
    value: new Uint8Array(0),
    codec: "",
    deleted: false,
    updateTimeMillis: 0,
  };
  while (r.pos < r.end) {
    const t = r.uvarint();
    switch (t >>> 3) {
      case 1:
        p.key = r.string();
        break;
      case 2:
        p.value = new Uint8Array(r.bytes());
        break;
      case 3:
        p.codec = r.string();
        break;
      case 4:
        p.deleted = r.uvarint() !== 0;
        break;
      case 5:
        p.updateTimeMillis = r.uvarint();
        break;
      default:
        r.skip(t & 7);
    }
  }
  return p;
}

/** Payloads at least this big are compressed when compression is on. */
const COMPRESS_MIN = 512;
/** Largest decompressed payload accepted. */
const MAX_PAYLOAD = 512 * 1024 * 1024;

/** Encodes one frame (without the TCP length prefix). */
export function encodeFrame(m: Message, compress = false): Uint8Array {
  const label = enc.encode(m.label);
  if (label.length > 255) throw new Error("cluster label is too long (max 255 bytes)");
  const w = new PbWriter();
  w.tag(1, 2);
  w.bytes(writeMember(new PbWriter(), m.sender));
  for (const mem of m.members) {
    w.tag(2, 2);
    w.bytes(writeMember(new PbWriter(), mem));
  }
  for (const p of m.pairs) {
    w.tag(3, 2);
    w.bytes(writePair(new PbWriter(), p));
  }
  let payload = w.finish();
  let type: number = m.type;
  if (compress && payload.length >= COMPRESS_MIN) {
    payload = deflateRawSync(payload);
    type |= 0x80;
  }
  const out = new Uint8Array(4 + 1 + label.length + 1 + payload.length);
  out.set(MAGIC, 0);
  out[4] = label.length;
  out.set(label, 5);
  out[5 + label.length] = type;
  out.set(payload, 6 + label.length);
  return out;
}

/** The label of a frame, or undefined if it is not one of ours. */
export function frameLabel(b: Uint8Array): string | undefined {
  if (
    b.length < 6 ||
    b[0] !== MAGIC[0] ||
    b[1] !== MAGIC[1] ||
    b[2] !== MAGIC[2] ||
    b[3] !== MAGIC[3]
  )
    return undefined;
  const n = b[4]!;
  if (b.length < 6 + n) return undefined;
  return new TextDecoder().decode(b.subarray(5, 5 + n));
}

/** Decodes a frame; throws on malformed input. */
export function decodeFrame(b: Uint8Array): Message {
  const label = frameLabel(b);
  if (label === undefined) throw new Error("not a gossip frame");
  const n = b[4]!;
  const rawType = b[5 + n]!;
  const type = (rawType & 0x7f) as MsgType;
  if (type < 1 || type > 4) throw new Error(`unknown gossip message type ${type}`);
  const r =
    rawType & 0x80
      ? new PbReader(inflateRawSync(b.subarray(6 + n), { maxOutputLength: MAX_PAYLOAD }))
      : new PbReader(b, 6 + n);
  const msg: Message = {
    type,
    label,
    sender: { name: "", host: "", port: 0, heartbeat: 0, left: false },
    members: [],
    pairs: [],
  };
  while (r.pos < r.end) {
    const t = r.uvarint();
    switch (t >>> 3) {
      case 1:
        msg.sender = readMember(r.bytes());
        break;
      case 2:
        msg.members.push(readMember(r.bytes()));
        break;
      case 3:
        msg.pairs.push(readPair(r.bytes()));
        break;
      default:
        r.skip(t & 7);
    }
  }
  return msg;
}
