/**
 * Prometheus remote read, `POST <prom>/api/v1/read`, as Mimir serves it
 * (M:pkg/querier/remote_read.go): the body is a snappy block-compressed ReadRequest of at most
 * 1 MiB (decoded); the response type is the first of the client's accepted types that is
 * supported (none = SAMPLES). SAMPLES answers one snappy-compressed ReadResponse
 * (`application/x-protobuf`, `Content-Encoding: snappy`), errors 400 text. STREAMED_XOR_CHUNKS
 * streams ChunkedReadResponse frames (framing.ts), one or more per series, sorted by labels, each
 * holding at most ~1 MiB of labels and chunks; an error after the stream started is appended as
 * text and the response ends (what Go's http.Error does once the header is written).
 * Queries go through the querier's Queryable, so every per-tenant query limit applies.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { compressSync, uncompressSync } from "snappy";
import type { Labels } from "../../model/labels.ts";
import type { Queryable, SampleIterator, Series } from "../../model/series.ts";
import { ValFloat, ValNone } from "../../model/series.ts";
import { matchersFromPb, toNumber } from "../../proto/convert.ts";
import { prometheus } from "../../proto/generated/protos.js";
import { lenFieldSize, ProtoWriter, utf8Size, varintSize } from "../../proto/protowriter.ts";
import { XORChunk } from "../../tsdb/chunkenc/xor.ts";
import { snappyDecodedLength } from "../../distributor/remotewrite/decode.ts";
import { frame, STREAMED_CONTENT_TYPE } from "./framing.ts";

/** Largest decoded ReadRequest accepted (Mimir's maxRemoteReadQuerySize), bytes. */
export const MAX_REMOTE_READ_QUERY_SIZE = 1024 * 1024;
/** Target size of one streamed frame (Mimir's maxRemoteReadFrameBytes), bytes. */
export const MAX_REMOTE_READ_FRAME_BYTES = 1024 * 1024;
/** Samples per streamed XOR chunk (Prometheus's target chunk size). */
const SAMPLES_PER_CHUNK = 120;

const SAMPLES = 0;
const STREAMED_XOR_CHUNKS = 1;

export interface RemoteReadDeps {
  /** Route prefix, e.g. "/prometheus". */
  prefix: string;
  queryable: Queryable;
  /** The tenant of a request; throws an {statusCode, message} error for auth failures. */
  tenantOf(req: FastifyRequest): string;
  /** Frame size target for streamed responses, bytes (tests lower it). */
  maxBytesInFrame?: number;
}

/** An error answered as 400 text. */
class BadRequest extends Error {}

function sendText(reply: FastifyReply, status: number, msg: string): FastifyReply {
  return reply
    .code(status)
    .header("content-type", "text/plain; charset=utf-8")
    .header("x-content-type-options", "nosniff")
    .send(`${msg}\n`);
}

/** Decodes a snappy-compressed ReadRequest, enforcing Mimir's size limit. */
export function decodeReadRequest(body: Buffer, maxSize = MAX_REMOTE_READ_QUERY_SIZE) {
  const declared = snappyDecodedLength(body);
  if (declared < 0) throw new BadRequest("snappy: corrupt input");
  if (declared > maxSize)
    throw new BadRequest(`received message larger than max (${declared} vs ${maxSize})`);
  let raw: Buffer;
  try {
    raw = uncompressSync(body, { asBuffer: true }) as Buffer;
  } catch (e) {
    throw new BadRequest(`snappy: corrupt input: ${(e as Error).message}`);
  }
  try {
    return prometheus.ReadRequest.decode(raw);
  } catch (e) {
    throw new BadRequest((e as Error).message);
  }
}

const TYPE_NAMES = ["SAMPLES", "STREAMED_XOR_CHUNKS"];

/** The first accepted type this server supports; empty = SAMPLES (Mimir's negotiateResponseType). */
export function negotiateResponseType(accepted: readonly number[]): number {
  if (accepted.length === 0) return SAMPLES;
  for (const t of accepted) if (t === SAMPLES || t === STREAMED_XOR_CHUNKS) return t;
  throw new BadRequest(
    `server does not support any of the requested response types: [${accepted.map((t) => TYPE_NAMES[t] ?? String(t)).join(" ")}]; supported: map[SAMPLES:{} STREAMED_XOR_CHUNKS:{}]`,
  );
}

interface QueryParams {
  start: number;
  end: number;
  matchers: ReturnType<typeof matchersFromPb>;
}

function queryParams(q: prometheus.IQuery): QueryParams {
  return {
    start: toNumber(q.startTimestampMs),
    end: toNumber(q.endTimestampMs),
    matchers: matchersFromPb(q.matchers),
  };
}

async function selectSeries(
  queryable: Queryable,
  tenant: string,
  p: QueryParams,
  sorted: boolean,
): Promise<Series[]> {
  const q = await queryable.querier(tenant, p.start, p.end);
  try {
    return await q.select(sorted, { start: p.start, end: p.end }, p.matchers);
  } finally {
    q.close();
  }
}

/** Grows with the samples of one series: no object per sample. */
class SampleBuffer {
  ts = new Float64Array(256);
  vs = new Float64Array(256);
  n = 0;
  push(t: number, v: number): void {
    if (this.n === this.ts.length) {
      const ts = new Float64Array(this.n * 2);
      ts.set(this.ts);
      this.ts = ts;
      const vs = new Float64Array(this.n * 2);
      vs.set(this.vs);
      this.vs = vs;
    }
    this.ts[this.n] = t;
    this.vs[this.n] = v;
    this.n++;
  }
}

/** Float samples of `it` within [start, end] into `buf` (histogram samples are skipped). */
function collect(it: SampleIterator, start: number, end: number, buf: SampleBuffer): void {
  buf.n = 0;
  for (let vt = it.seek(start); vt !== ValNone; vt = it.next()) {
    const t = it.atT();
    if (t > end) break;
    if (vt === ValFloat) buf.push(t, it.atF());
  }
}

function labelSize(name: string, value: string): number {
  return lenFieldSize(utf8Size(name)) + lenFieldSize(utf8Size(value));
}

function sampleSize(t: number): number {
  return 9 + 1 + varintSize(t);
}

/** The body of one prometheus.TimeSeries message: labels, then samples. */
function encodeTimeSeries(labels: Labels, buf: SampleBuffer): Buffer {
  let body = 0;
  for (const l of labels) body += lenFieldSize(labelSize(l.name, l.value));
  for (let i = 0; i < buf.n; i++) body += lenFieldSize(sampleSize(buf.ts[i]));
  const w = new ProtoWriter(body);
  for (const l of labels) {
    const ns = utf8Size(l.name);
    const vs = utf8Size(l.value);
    w.beginLen(1, lenFieldSize(ns) + lenFieldSize(vs));
    w.stringField(1, l.name, ns);
    w.stringField(2, l.value, vs);
  }
  for (let i = 0; i < buf.n; i++) {
    const t = buf.ts[i];
    w.beginLen(2, sampleSize(t));
    w.tag(1, 1);
    w.double(buf.vs[i]);
    w.tag(2, 0);
    w.varint(t);
  }
  return w.finish();
}

/** Wraps `parts` as one length-delimited field. */
function lenField(field: number, parts: readonly Buffer[]): Buffer {
  let len = 0;
  for (const p of parts) len += p.length;
  const w = new ProtoWriter(varintSize(field * 8 + 2) + varintSize(len));
  w.beginLen(field, len);
  return Buffer.concat([w.finish(), ...parts]);
}

/** The SAMPLES response body: prometheus.ReadResponse, uncompressed. */
export async function readSamples(
  queryable: Queryable,
  tenant: string,
  queries: readonly prometheus.IQuery[],
): Promise<Buffer> {
  const results = await Promise.all(
    queries.map(async (query) => {
      let p: QueryParams;
      let series: Series[];
      try {
        p = queryParams(query);
        series = await selectSeries(queryable, tenant, p, false);
      } catch (e) {
        throw new BadRequest(e instanceof Error ? e.message : String(e));
      }
      const buf = new SampleBuffer();
      const parts: Buffer[] = [];
      for (const s of series) {
        collect(s.iterator(), p.start, p.end, buf);
        parts.push(lenField(1, [encodeTimeSeries(s.labels, buf)]));
      }
      return lenField(1, parts);
    }),
  );
  return Buffer.concat(results);
}

/**
 * Streams the chunked response of one query: per series, XOR chunks of up to 120 samples, cut
 * into frames of about `maxBytesInFrame` (labels included).
 */
export async function streamQuery(
  queryable: Queryable,
  tenant: string,
  query: prometheus.IQuery,
  queryIndex: number,
  maxBytesInFrame: number,
  write: (frame: Buffer) => void,
): Promise<void> {
  const p = queryParams(query);
  const series = await selectSeries(queryable, tenant, p, true);
  for (const s of series) {
    const labels = s.labels.map((l) => ({ name: l.name, value: l.value }));
    let labelBytes = 0;
    for (const l of labels) labelBytes += lenFieldSize(labelSize(l.name, l.value));
    let chunks: prometheus.IReadChunk[] = [];
    let remaining = maxBytesInFrame - labelBytes;
    const flush = () => {
      const msg = prometheus.ChunkedReadResponse.encode({
        chunkedSeries: [{ labels, chunks }],
        queryIndex,
      }).finish();
      write(frame(msg));
      chunks = [];
      remaining = maxBytesInFrame - labelBytes;
    };
    const it = s.iterator();
    let chunk: XORChunk | undefined;
    let first = 0;
    let last = 0;
    const cut = () => {
      if (!chunk) return;
      const data = chunk.bytes().slice();
      chunks.push({ minTimeMs: first, maxTimeMs: last, type: 1, data });
      remaining -= lenFieldSize(
        1 + varintSize(first) + 1 + varintSize(last) + 2 + lenFieldSize(data.length),
      );
      chunk = undefined;
      if (remaining <= 0) flush();
    };
    for (let vt = it.seek(p.start); vt !== ValNone; vt = it.next()) {
      const t = it.atT();
      if (t > p.end) break;
      if (vt !== ValFloat) continue;
      if (!chunk) {
        chunk = new XORChunk(256);
        first = t;
      }
      chunk.append(t, it.atF());
      last = t;
      if (chunk.numSamples() >= SAMPLES_PER_CHUNK) cut();
    }
    cut();
    if (chunks.length > 0) flush();
  }
}

/** Registers `POST <prefix>/api/v1/read` (encapsulated, with its own raw-body parser). */
export function registerRemoteReadApi(app: FastifyInstance, deps: RemoteReadDeps): void {
  const maxBytesInFrame = deps.maxBytesInFrame ?? MAX_REMOTE_READ_FRAME_BYTES;
  app.register(
    async (inst) => {
      inst.removeAllContentTypeParsers();
      inst.addContentTypeParser("*", { parseAs: "buffer" }, (_req, body, done) => done(null, body));
      inst.post("/api/v1/read", async (req, reply) => {
        let tenant: string;
        try {
          tenant = deps.tenantOf(req);
        } catch (e) {
          const he = e as { statusCode?: number; message?: string };
          return sendText(reply, he.statusCode ?? 401, he.message ?? String(e));
        }
        let readReq: prometheus.ReadRequest;
        let respType: number;
        try {
          const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
          readReq = decodeReadRequest(body);
          respType = negotiateResponseType(readReq.acceptedResponseTypes as number[]);
        } catch (e) {
          return sendText(reply, 400, (e as Error).message);
        }
        if (respType === SAMPLES) {
          let resp: Buffer;
          try {
            resp = await readSamples(deps.queryable, tenant, readReq.queries);
          } catch (e) {
            return sendText(reply, e instanceof BadRequest ? 400 : 500, (e as Error).message);
          }
          return reply
            .code(200)
            .header("content-type", "application/x-protobuf")
            .header("content-encoding", "snappy")
            .send(compressSync(resp));
        }
        return streamChunks(reply, deps.queryable, tenant, readReq, maxBytesInFrame);
      });
    },
    { prefix: deps.prefix },
  );
}

async function streamChunks(
  reply: FastifyReply,
  queryable: Queryable,
  tenant: string,
  readReq: prometheus.ReadRequest,
  maxBytesInFrame: number,
): Promise<FastifyReply> {
  const res = reply.raw;
  reply.hijack();
  let started = false;
  const write = (f: Buffer) => {
    if (!started) {
      res.writeHead(200, { "content-type": STREAMED_CONTENT_TYPE });
      started = true;
    }
    res.write(f);
  };
  try {
    for (let i = 0; i < readReq.queries.length; i++) {
      if (res.destroyed) break;
      await streamQuery(queryable, tenant, readReq.queries[i], i, maxBytesInFrame, write);
    }
    if (!started) res.writeHead(200, { "content-type": STREAMED_CONTENT_TYPE });
    res.end();
  } catch (e) {
    const msg = `${e instanceof Error ? e.message : String(e)}\n`;
    if (!started)
      res.writeHead(500, {
        "content-type": "text/plain; charset=utf-8",
        "x-content-type-options": "nosniff",
      });
    res.end(msg);
  }
  return reply;
}
