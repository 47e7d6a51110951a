/**
 * A minimal server side of RFC 6455 for the streaming subresources (`pods/exec`): the opening
 * handshake on an HTTP upgrade, binary frames out (unmasked), client frames in (masked,
 * possibly fragmented), close and ping/pong.
 */
import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";

const GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

export interface WebSocketConn {
  protocol: string;
  send(data: Buffer): void;
  close(): void;
  onMessage(fn: (data: Buffer) => void): void;
  onClose(fn: () => void): void;
}

/** Completes the handshake choosing the first offered protocol in `supported`; undefined if none. */
export function acceptWebSocket(
  req: IncomingMessage,
  socket: Duplex,
  supported: string[],
): WebSocketConn | undefined {
  const key = req.headers["sec-websocket-key"];
  const offered = String(req.headers["sec-websocket-protocol"] ?? "")
    .split(",")
    .map((p) => p.trim());
  const protocol = offered.find((p) => supported.includes(p));
  if (!key || !protocol) {
    socket.end(
      "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\n\r\nunsupported websocket protocol\n",
    );
    return undefined;
  }
  const accept = createHash("sha1").update(`${key}${GUID}`).digest("base64");
  socket.write(
    [
      "HTTP/1.1 101 Switching Protocols",
      "Upgrade: websocket",
      "Connection: Upgrade",
      `Sec-WebSocket-Accept: ${accept}`,
      `Sec-WebSocket-Protocol: ${protocol}`,
      "",
      "",
    ].join("\r\n"),
  );
  const messageFns: Array<(d: Buffer) => void> = [];
  const closeFns: Array<() => void> = [];
  let buf = Buffer.alloc(0);
  let fragments: Buffer[] = [];
  let closed = false;
  const frame = (opcode: number, payload: Buffer) => {
    if (closed) return;
    const len = payload.length;
    let head: Buffer;
    if (len < 126) head = Buffer.from([0x80 | opcode, len]);
    else if (len < 65536) {
      head = Buffer.alloc(4);
      head[0] = 0x80 | opcode;
      head[1] = 126;
      head.writeUInt16BE(len, 2);
    } else {
      head = Buffer.alloc(10);
      head[0] = 0x80 | opcode;
      head[1] = 127;
      head.writeBigUInt64BE(BigInt(len), 2);
    }
    socket.write(Buffer.concat([head, payload]));
  };
  const finish = () => {
    if (closed) return;
    closed = true;
    for (const f of closeFns) f();
  };
  socket.on("data", (chunk: Buffer) => {
    buf = Buffer.concat([buf, chunk]);
    for (;;) {
      if (buf.length < 2) return;
      const fin = (buf[0]! & 0x80) !== 0;
      const opcode = buf[0]! & 0x0f;
      const masked = (buf[1]! & 0x80) !== 0;
      let len = buf[1]! & 0x7f;
      let off = 2;
      if (len === 126) {
        if (buf.length < 4) return;
        len = buf.readUInt16BE(2);
        off = 4;
      } else if (len === 127) {
        if (buf.length < 10) return;
        len = Number(buf.readBigUInt64BE(2));
        off = 10;
      }
      const maskOff = off;
      if (masked) off += 4;
      if (buf.length < off + len) return;
      const payload = Buffer.from(buf.subarray(off, off + len));
      if (masked) for (let i = 0; i < payload.length; i++) payload[i]! ^= buf[maskOff + (i % 4)]!;
      buf = buf.subarray(off + len);
      if (opcode === 0x8) {
        frame(0x8, Buffer.alloc(0));
        socket.end();
        finish();
        return;
      }
      if (opcode === 0x9) {
        frame(0xa, payload);
        continue;
      }
      if (opcode === 0xa) continue;
      fragments.push(payload);
      if (fin) {
        const msg = Buffer.concat(fragments);
        fragments = [];
        for (const f of messageFns) f(msg);
      }
    }
  });
  socket.on("close", finish);
  socket.on("error", finish);
  return {
    protocol,
    send: (d) => frame(0x2, d),
    close: () => {
      frame(0x8, Buffer.from([0x03, 0xe8]));
      socket.end();
      finish();
    },
    onMessage: (fn) => messageFns.push(fn),
    onClose: (fn) => closeFns.push(fn),
  };
}
