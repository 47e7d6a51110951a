/**
 * The `memberlist` KV store (dskit kv/memberlist): every process keeps the whole store and
 * gossips. Values are CRDTs (Mergeable): a local CAS merges the new value into the local one
 * and gossips the change (delta) to `gossip_nodes` random members every `gossip_interval` over
 * UDP (TCP when the message is too big for a packet), retransmitting each change
 * retransmit_factor * ceil(log10(members + 1)) times. Every `pullpush_interval` a random member
 * and this node exchange their full state over TCP; joining is a push/pull with the join
 * addresses. Membership is gossip-style: each node bumps its own heartbeat counter every round;
 * a member whose counter stops advancing is dead after a while, and leaving nodes announce it.
 * LEFT ring tombstones are removed after `left_ingesters_timeout`. Frames carry the cluster
 * label and are dropped when it does not match (unless verification is disabled).
 */
import { randomBytes } from "node:crypto";
import { createSocket, type Socket as UdpSocket } from "node:dgram";
import { createServer, type Server, Socket } from "node:net";
import { hostname, networkInterfaces } from "node:os";
import type { Gauge, Registry } from "prom-client";
import type { ValueOf } from "../../../util/config/spec.ts";
import { gauge } from "../../../util/metrics.ts";
import { BasicService } from "../../../util/services/service.ts";
import type { Codec } from "../../codec.ts";
import type { memberlistBlock } from "../../config.ts";
import type { Mergeable } from "../../model.ts";
import { type CasFn, type KVClient, Watchers } from "../kv.ts";
import {
  decodeFrame,
  encodeFrame,
  frameLabel,
  type KVPair,
  type Member,
  type Message,
  MsgType,
} from "./protocol.ts";
import { type Resolver, resolveJoinAddresses, systemResolver } from "./resolve.ts";

export type MemberlistConfig = ValueOf<typeof memberlistBlock>;

/** Largest frame sent over UDP; bigger gossip goes over TCP. */
const MAX_UDP_FRAME = 1400;
/** Largest TCP frame accepted (full state of big rings fits easily). */
const MAX_TCP_FRAME = 512 * 1024 * 1024;

type AnyMergeable = Mergeable<any>;

/** A copy of `v` with every tombstone dropped. */
function withoutTombstones(v: AnyMergeable): AnyMergeable {
  const c = v.clone();
  c.removeTombstones(0);
  return c;
}

interface Entry {
  value: AnyMergeable | null;
  codec: string;
  version: number;
  deleted: boolean;
  updateTimeMillis: number;
}

interface MemberState extends Member {
  /** When the heartbeat counter last advanced (ms). */
  lastSeenMs: number;
  dead: boolean;
  /** When it was found dead or left (ms). */
  deadSinceMs: number;
}

interface Broadcast {
  pair: KVPair;
  transmits: number;
}

export interface MemberlistOptions {
  logger?: {
    info(o: object, msg: string): void;
    warn(o: object, msg: string): void;
    error(o: object, msg: string): void;
    debug?(o: object, msg: string): void;
  };
  resolver?: Resolver;
  /** A member whose heartbeat has not advanced for this long is dead (default max(5s, 25 gossip intervals)). */
  deadTimeoutMs?: number;
  /** How often LEFT tombstones are checked for expiry (default 10s). */
  tombstoneCheckIntervalMs?: number;
  /** Exports memberlist_client_cluster_members_count, _kv_store_count, _messages_in_broadcast_queue. */
  registry?: Registry;
}

const noopLogger = { info() {}, warn() {}, error() {} };

export class MemberlistKV extends BasicService {
  readonly cfg: MemberlistConfig;
  readonly nodeName: string;
  private readonly log: NonNullable<MemberlistOptions["logger"]>;
  private readonly resolver: Resolver;
  private readonly deadTimeoutMs: number;
  private readonly tombstoneCheckMs: number;
  private readonly codecs = new Map<string, Codec<AnyMergeable>>();
  private readonly store = new Map<string, Entry>();
  private readonly watchers = new Watchers<AnyMergeable | null>();
  private readonly members = new Map<string, MemberState>();
  private broadcasts: Broadcast[] = [];
  private heartbeatCounter = 0;
  private tcp: Server | undefined;
  private udp: UdpSocket | undefined;
  private readonly sockets = new Set<Socket>();
  private timers: NodeJS.Timeout[] = [];
  private advertiseHost = "";
  private advertisePort = 0;
  private joined = false;
  private readonly gauges: { members: Gauge; keys: Gauge; queue: Gauge } | undefined;
  /** Counters for tests and debugging. */
  readonly stats = {
    labelMismatches: 0,
    udpSent: 0,
    tcpSent: 0,
    gossipOverTcp: 0,
    received: 0,
    pushPulls: 0,
    invalid: 0,
  };

  constructor(cfg: MemberlistConfig, opts: MemberlistOptions = {}) {
    super("memberlist KV");
    this.cfg = cfg;
    this.log = opts.logger ?? noopLogger;
    this.resolver = opts.resolver ?? systemResolver;
    this.deadTimeoutMs = opts.deadTimeoutMs ?? Math.max(5000, 25 * cfg.gossip_interval);
    this.tombstoneCheckMs = opts.tombstoneCheckIntervalMs ?? 10_000;
    if (opts.registry) {
      this.gauges = {
        members: gauge(
          opts.registry,
          "memberlist_client_cluster_members_count",
          "Number of members in memberlist cluster.",
          [],
        ),
        keys: gauge(
          opts.registry,
          "memberlist_client_kv_store_count",
          "Number of values in KV Store",
          [],
        ),
        queue: gauge(
          opts.registry,
          "memberlist_client_messages_in_broadcast_queue",
          "Number of user messages in the broadcast queue",
          [],
        ),
      };
    }
    const base = cfg.node_name || hostname();
    this.nodeName = cfg.randomize_node_name ? `${base}-${randomBytes(4).toString("hex")}` : base;
  }

  /** A client for values of one codec; the codec is registered so peers' values decode. */
  client<T extends Mergeable<T>>(codec: Codec<T>): KVClient<T> {
    this.codecs.set(codec.id, codec as unknown as Codec<AnyMergeable>);
    return new MemberlistClient<T>(this, codec);
  }

  /** host:port this node is reachable at (after starting). */
  advertiseAddress(): { host: string; port: number } {
    return { host: this.advertiseHost, port: this.advertisePort };
  }

  /** Every known member with its state, for the /memberlist page. */
  memberStatus(): {
    name: string;
    addr: string;
    heartbeat: number;
    state: "alive" | "dead" | "left";
    lastSeenMs: number;
  }[] {
    type Status = {
      name: string;
      addr: string;
      heartbeat: number;
      state: "alive" | "dead" | "left";
      lastSeenMs: number;
    };
    const out: Status[] = [
      {
        name: this.nodeName,
        addr: `${this.advertiseHost}:${this.advertisePort}`,
        heartbeat: this.heartbeatCounter,
        state: "alive",
        lastSeenMs: Date.now(),
      },
    ];
    for (const m of this.members.values()) {
      out.push({
        name: m.name,
        addr: `${m.host}:${m.port}`,
        heartbeat: m.heartbeat,
        state: m.left ? "left" : m.dead ? "dead" : "alive",
        lastSeenMs: m.lastSeenMs,
      });
    }
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** Every key with its codec, version, deletion flag, update time and merge content. */
  keyStatus(): {
    key: string;
    codec: string;
    version: number;
    deleted: boolean;
    updateTimeMillis: number;
    content: string[];
  }[] {
    return [...this.store.entries()]
      .map(([key, e]) => ({
        key,
        codec: e.codec,
        version: e.version,
        deleted: e.deleted,
        updateTimeMillis: e.updateTimeMillis,
        content: e.value ? e.value.mergeContent().sort() : [],
      }))
      .sort((a, b) => (a.key < b.key ? -1 : 1));
  }

  /** Names of the members believed alive, this node included. */
  aliveMembers(): string[] {
    return [
      this.nodeName,
      ...[...this.members.values()].filter((m) => !m.dead && !m.left).map((m) => m.name),
    ].sort();
  }

  // ---- store -------------------------------------------------------------------------------

  /**
   * A copy of the key's value without its tombstones (dskit KV.get): clients never see LEFT
   * instances; the store keeps them to gossip the removal until left_ingesters_timeout.
   */
  getValue(key: string): AnyMergeable | null {
    const e = this.store.get(key);
    return e?.value ? withoutTombstones(e.value) : null;
  }

  /** A copy of the key's value as stored, tombstones included (status pages and tests). */
  getStoredValue(key: string): AnyMergeable | null {
    const e = this.store.get(key);
    return e?.value ? e.value.clone() : null;
  }

  keys(prefix: string): string[] {
    return [...this.store.entries()]
      .filter(([k, e]) => k.startsWith(prefix) && !e.deleted && e.value)
      .map(([k]) => k)
      .sort();
  }

  /** Local CAS: merge f's result (a full value) into the store and gossip the change. */
  cas(key: string, codec: Codec<AnyMergeable>, f: CasFn<AnyMergeable>): void {
    const cur = this.getValue(key);
    const out = f(cur);
    if (out === null) return;
    const change = this.mergeValue(key, codec.id, out, true);
    if (change)
      this.queueBroadcast({
        key,
        value: codec.encode(change),
        codec: codec.id,
        deleted: false,
        updateTimeMillis: Date.now(),
      });
  }

  delete(key: string, codecId: string): void {
    const e = this.store.get(key);
    if (!e || e.deleted) return;
    e.deleted = true;
    e.value = null;
    e.version++;
    e.updateTimeMillis = Date.now();
    this.watchers.notify(key, () => null);
    this.queueBroadcast({
      key,
      value: new Uint8Array(0),
      codec: codecId,
      deleted: true,
      updateTimeMillis: e.updateTimeMillis,
    });
  }

  watch(
    match: (k: string) => boolean,
    signal: AbortSignal,
    f: (key: string, v: AnyMergeable | null) => boolean,
  ): Promise<void> {
    return this.watchers.watch(match, signal, f);
  }

  /** Merges a value into the store; returns the change (or null) and notifies watchers. */
  private mergeValue(
    key: string,
    codecId: string,
    incoming: AnyMergeable,
    localCAS: boolean,
  ): AnyMergeable | null {
    let e = this.store.get(key);
    let change: AnyMergeable | undefined;
    if (!e?.value) {
      // Nothing stored yet: the incoming value is the state and the change.
      const fresh = incoming.clone();
      change = fresh.clone();
      if (!e) {
        e = { value: fresh, codec: codecId, version: 0, deleted: false, updateTimeMillis: 0 };
        this.store.set(key, e);
      }
      e.value = fresh;
      e.deleted = false;
    } else {
      change = e.value.merge(incoming, localCAS);
    }
    // Expired tombstones never come back through a peer that still had them.
    if (!localCAS && this.cfg.left_ingesters_timeout > 0)
      e.value!.removeTombstones(Date.now() - this.cfg.left_ingesters_timeout);
    if (!change) return null;
    e.version++;
    e.updateTimeMillis = Date.now();
    const entry = e;
    this.watchers.notify(key, () => (entry.value ? withoutTombstones(entry.value) : null));
    return change;
  }

  /** Applies pairs received from a peer; re-gossips what changed here when `rebroadcast`. */
  private applyPairs(pairs: KVPair[], rebroadcast: boolean): void {
    for (const p of pairs) {
      const codec = this.codecs.get(p.codec);
      if (!codec) {
        this.log.debug?.({ key: p.key, codec: p.codec }, "memberlist: no codec for received value");
        continue;
      }
      if (p.deleted) {
        const e = this.store.get(p.key);
        if (e && !e.deleted && p.updateTimeMillis >= e.updateTimeMillis) {
          e.deleted = true;
          e.value = null;
          e.version++;
          e.updateTimeMillis = p.updateTimeMillis;
          this.watchers.notify(p.key, () => null);
          if (rebroadcast) this.queueBroadcast(p);
        }
        continue;
      }
      let value: AnyMergeable;
      try {
        value = codec.decode(p.value);
      } catch (err) {
        this.stats.invalid++;
        this.log.warn(
          { key: p.key, err: String(err) },
          "memberlist: failed to decode received value",
        );
        continue;
      }
      const change = this.mergeValue(p.key, p.codec, value, false);
      if (change && rebroadcast)
        this.queueBroadcast({
          key: p.key,
          value: codec.encode(change),
          codec: p.codec,
          deleted: false,
          updateTimeMillis: Date.now(),
        });
    }
  }

  private fullState(): KVPair[] {
    const out: KVPair[] = [];
    for (const [key, e] of this.store) {
      const codec = this.codecs.get(e.codec);
      if (!codec) continue;
      if (e.deleted || !e.value)
        out.push({
          key,
          value: new Uint8Array(0),
          codec: e.codec,
          deleted: true,
          updateTimeMillis: e.updateTimeMillis,
        });
      else
        out.push({
          key,
          value: codec.encode(e.value),
          codec: e.codec,
          deleted: false,
          updateTimeMillis: e.updateTimeMillis,
        });
    }
    return out;
  }

  removeTombstones(nowMs = Date.now()): number {
    let removed = 0;
    const limit = nowMs - this.cfg.left_ingesters_timeout;
    for (const e of this.store.values())
      if (e.value) removed += e.value.removeTombstones(limit).removed;
    return removed;
  }

  // ---- membership and gossip ---------------------------------------------------------------

  private self(): Member {
    return {
      name: this.nodeName,
      host: this.advertiseHost,
      port: this.advertisePort,
      heartbeat: this.heartbeatCounter,
      left: this.stopSignal.aborted,
    };
  }

  private transmitLimit(): number {
    const n = this.members.size + 1;
    return Math.max(1, this.cfg.retransmit_factor * Math.ceil(Math.log10(n + 1)));
  }

  private queueBroadcast(pair: KVPair): void {
    this.broadcasts.push({ pair, transmits: this.transmitLimit() });
    // Bound the queue: old broadcasts of a key are superseded by newer state anyway.
    if (this.broadcasts.length > 1024) this.broadcasts.splice(0, this.broadcasts.length - 1024);
  }

  private observeMember(m: Member, direct: boolean): void {
    if (m.name === this.nodeName || !m.name) return;
    const now = Date.now();
    const cur = this.members.get(m.name);
    if (m.left) {
      if (cur && !cur.left && (direct || m.heartbeat >= cur.heartbeat)) {
        cur.left = true;
        cur.dead = true;
        cur.deadSinceMs = now;
        this.log.info({ member: m.name }, "memberlist: member left");
      }
      return;
    }
    if (!cur) {
      this.members.set(m.name, { ...m, lastSeenMs: now, dead: false, deadSinceMs: 0 });
      this.log.info({ member: m.name, addr: `${m.host}:${m.port}` }, "memberlist: member joined");
      return;
    }
    // A fresher counter, or any direct message (a restarted node counts from 0 again).
    if (m.heartbeat > cur.heartbeat || direct) {
      if (cur.dead) this.log.info({ member: m.name }, "memberlist: member alive again");
      cur.heartbeat = m.heartbeat;
      cur.host = m.host;
      cur.port = m.port;
      cur.lastSeenMs = now;
      cur.left = false;
      cur.dead = false;
    }
  }

  private handleMessage(msg: Message, reply?: (m: Message) => void): void {
    this.stats.received++;
    this.observeMember(msg.sender, true);
    for (const m of msg.members) this.observeMember(m, false);
    switch (msg.type) {
      case MsgType.PUSH_PULL:
        this.stats.pushPulls++;
        this.applyPairs(msg.pairs, true);
        reply?.(this.message(MsgType.PUSH_PULL_RESP, this.fullState()));
        break;
      case MsgType.PUSH_PULL_RESP:
        this.applyPairs(msg.pairs, true);
        break;
      case MsgType.GOSSIP:
        this.applyPairs(msg.pairs, true);
        break;
      case MsgType.LEAVE: {
        const cur = this.members.get(msg.sender.name);
        if (cur) {
          cur.left = true;
          cur.dead = true;
          cur.deadSinceMs = Date.now();
          this.log.info({ member: cur.name }, "memberlist: member left");
        }
        break;
      }
    }
  }

  private message(type: MsgType, pairs: KVPair[], members?: Member[]): Message {
    return {
      type,
      label: this.cfg.cluster_label,
      sender: this.self(),
      members: members ?? this.memberSample(),
      pairs,
    };
  }

  /** Up to 16 known members (alive ones and recent departures) to piggyback on a message. */
  private memberSample(): Member[] {
    const all = [...this.members.values()].filter((m) => !m.dead || m.left);
    shuffle(all);
    return all.slice(0, 16).map((m) => ({
      name: m.name,
      host: m.host,
      port: m.port,
      heartbeat: m.heartbeat,
      left: m.left,
    }));
  }

  private labelOk(label: string | undefined): boolean {
    if (label === undefined) return false;
    if (this.cfg.cluster_label_verification_disabled) return true;
    if (label === this.cfg.cluster_label) return true;
    this.stats.labelMismatches++;
    this.log.warn(
      { expected: this.cfg.cluster_label, received: label },
      "memberlist: dropping message with a cluster label that does not match",
    );
    return false;
  }

  private gossipTargets(n: number): MemberState[] {
    const now = Date.now();
    const candidates = [...this.members.values()].filter(
      (m) => !m.left && (!m.dead || now - m.deadSinceMs < this.cfg.gossip_to_dead_nodes_time),
    );
    shuffle(candidates);
    return candidates.slice(0, n);
  }

  private gossipRound(): void {
    this.heartbeatCounter++;
    if (this.gauges) {
      this.gauges.members.set(this.aliveMembers().length);
      this.gauges.keys.set(this.store.size);
      this.gauges.queue.set(this.broadcasts.length);
    }
    const now = Date.now();
    for (const m of this.members.values()) {
      if (!m.dead && now - m.lastSeenMs > this.deadTimeoutMs) {
        m.dead = true;
        m.deadSinceMs = now;
        this.log.warn({ member: m.name }, "memberlist: member is not responding, marking dead");
      }
      if (
        m.dead &&
        now - m.deadSinceMs > Math.max(this.cfg.gossip_to_dead_nodes_time, this.deadTimeoutMs)
      )
        this.members.delete(m.name);
    }
    const targets = this.gossipTargets(this.cfg.gossip_nodes);
    if (targets.length === 0) return;
    const pairs: KVPair[] = [];
    let size = 0;
    for (const b of this.broadcasts) {
      if (pairs.length > 0 && size + b.pair.value.length > 64 * 1024) break;
      pairs.push(b.pair);
      size += b.pair.value.length;
      b.transmits--;
    }
    this.broadcasts = this.broadcasts.filter((b) => b.transmits > 0);
    const frame = encodeFrame(this.message(MsgType.GOSSIP, pairs), this.cfg.compression_enabled);
    for (const t of targets) {
      if (frame.length <= MAX_UDP_FRAME) this.sendUdp(t.host, t.port, frame);
      else {
        this.stats.gossipOverTcp++;
        this.sendTcp(t.host, t.port, frame).catch(() => {});
      }
    }
  }

  private sendUdp(host: string, port: number, frame: Uint8Array): void {
    if (!this.udp) return;
    this.stats.udpSent++;
    this.udp.send(frame, port, host, () => {});
  }

  /** One frame over a new TCP connection; resolves with the reply frame when `expectReply`. */
  private sendTcp(
    host: string,
    port: number,
    frame: Uint8Array,
    expectReply = false,
  ): Promise<Uint8Array | undefined> {
    this.stats.tcpSent++;
    return new Promise((resolve, reject) => {
      const sock = new Socket();
      let done = false;
      const finish = (err?: Error, reply?: Uint8Array) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        sock.destroy();
        if (err) reject(err);
        else resolve(reply);
      };
      const timer = setTimeout(
        () => finish(new Error(`memberlist: timeout talking to ${host}:${port}`)),
        this.cfg.stream_timeout + this.cfg.packet_dial_timeout,
      );
      sock.on("error", (e) => finish(e));
      sock.connect(port, host, () => {
        const len = Buffer.alloc(4);
        len.writeUInt32BE(frame.length);
        sock.write(len);
        sock.write(frame);
        if (!expectReply) sock.end(() => finish());
      });
      if (expectReply) {
        readFrames(
          sock,
          (f) => finish(undefined, f),
          (e) => finish(e),
        );
        sock.on("end", () =>
          finish(new Error(`memberlist: ${host}:${port} closed the connection without a reply`)),
        );
      }
    });
  }

  /** Full state exchange with one address. */
  private async pushPull(host: string, port: number, join: boolean): Promise<void> {
    if (!join) this.removeTombstones();
    const reply = await this.sendTcp(
      host,
      port,
      encodeFrame(this.message(MsgType.PUSH_PULL, this.fullState()), this.cfg.compression_enabled),
      true,
    );
    if (!reply) throw new Error("no reply");
    if (!this.labelOk(frameLabel(reply)))
      throw new Error("cluster label mismatch in push/pull reply");
    this.handleMessage(decodeFrame(reply));
  }

  private async pushPullRandom(): Promise<void> {
    const t = this.gossipTargets(1)[0];
    if (!t) {
      // Alone (every member died or the network was cut for long): try the join list again.
      if (this.cfg.join_members.length > 0) await this.join().catch(() => 0);
      return;
    }
    try {
      await this.pushPull(t.host, t.port, false);
    } catch (e) {
      this.log.debug?.({ member: t.name, err: String(e) }, "memberlist: push/pull failed");
    }
  }

  /** Joins through the configured addresses; returns how many answered. */
  async join(entries: readonly string[] = this.cfg.join_members): Promise<number> {
    const { addrs, errors } = await resolveJoinAddresses(
      entries,
      this.cfg.bind_port || 7946,
      this.resolver,
    );
    for (const e of errors) this.log.warn({ err: e }, "memberlist: failed to resolve join address");
    let ok = 0;
    for (const a of addrs) {
      if (
        (a.host === this.advertiseHost || a.host === "127.0.0.1" || a.host === "localhost") &&
        a.port === this.advertisePort
      )
        continue;
      try {
        await this.pushPull(a.host, a.port, true);
        ok++;
      } catch (e) {
        this.log.warn(
          { addr: `${a.host}:${a.port}`, err: String(e) },
          "memberlist: failed to join",
        );
      }
    }
    return ok;
  }

  private async joinWithRetries(): Promise<boolean> {
    let backoff = this.cfg.min_join_backoff;
    for (
      let attempt = 0;
      attempt <= this.cfg.max_join_retries && !this.stopSignal.aborted;
      attempt++
    ) {
      const n = await this.join();
      if (n > 0) {
        this.log.info({ reached: n }, "memberlist: joined the cluster");
        return true;
      }
      if (attempt === this.cfg.max_join_retries) break;
      await sleep(backoff, this.stopSignal);
      backoff = Math.min(this.cfg.max_join_backoff, backoff * 2);
    }
    return false;
  }

  // ---- service -----------------------------------------------------------------------------

  protected override async starting(): Promise<void> {
    const bindHost = this.cfg.bind_addr[0] || "0.0.0.0";
    await this.listen(bindHost, this.cfg.bind_port);
    this.advertiseHost =
      this.cfg.advertise_addr ||
      (bindHost !== "0.0.0.0" && bindHost !== "::" ? bindHost : firstPrivateAddress());
    const boundPort = (this.tcp!.address() as { port: number }).port;
    this.advertisePort =
      this.cfg.advertise_port === 7946 && boundPort !== 7946 ? boundPort : this.cfg.advertise_port;
    this.timers.push(setInterval(() => this.gossipRound(), this.cfg.gossip_interval));
    if (this.cfg.pull_push_interval > 0)
      this.timers.push(setInterval(() => void this.pushPullRandom(), this.cfg.pull_push_interval));
    this.timers.push(setInterval(() => this.removeTombstones(), this.tombstoneCheckMs));
    if (this.cfg.rejoin_interval > 0)
      this.timers.push(
        setInterval(() => void this.join().catch(() => {}), this.cfg.rejoin_interval),
      );
    for (const t of this.timers) t.unref();
    if (this.cfg.join_members.length > 0) {
      if (this.cfg.abort_if_cluster_join_fails) {
        if (!(await this.joinWithRetries())) {
          await this.closeAll();
          throw new Error("memberlist: failed to join the cluster");
        }
        this.joined = true;
      } else if ((await this.join().catch(() => 0)) > 0) {
        // dskit's fast join on startup: one synchronous round, so the rings built on this store
        // start from the cluster's state rather than an empty one.
        this.joined = true;
        this.log.info({}, "memberlist: joined the cluster");
      } else {
        // Nobody reached yet: keep trying in the background, as dskit does when aborting is off.
        void this.joinWithRetries().then((ok) => {
          this.joined = ok;
          if (!ok) this.log.error({}, "memberlist: joining the cluster failed after retries");
        });
      }
    }
  }

  /** Whether the initial join reached a member. */
  hasJoined(): boolean {
    return this.joined;
  }

  private async listen(host: string, port: number): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const tcp = createServer((sock) => this.onConnection(sock));
      await new Promise<void>((resolve, reject) => {
        tcp.once("error", reject);
        tcp.listen(port, host, () => resolve());
      });
      const actual = (tcp.address() as { port: number }).port;
      const udp = createSocket(host.includes(":") ? "udp6" : "udp4");
      try {
        await new Promise<void>((resolve, reject) => {
          udp.once("error", reject);
          udp.bind(actual, host, () => resolve());
        });
      } catch (e) {
        tcp.close();
        udp.close();
        if (port === 0 && attempt < 10) continue;
        throw e;
      }
      udp.on("message", (b) => this.onPacket(b));
      udp.on("error", (e) => this.log.warn({ err: String(e) }, "memberlist: UDP error"));
      this.tcp = tcp;
      this.udp = udp;
      return;
    }
  }

  private onPacket(b: Buffer): void {
    if (!this.labelOk(frameLabel(b))) return;
    try {
      this.handleMessage(decodeFrame(b));
    } catch (e) {
      this.stats.invalid++;
      this.log.warn({ err: String(e) }, "memberlist: invalid packet");
    }
  }

  private onConnection(sock: Socket): void {
    this.sockets.add(sock);
    sock.on("close", () => this.sockets.delete(sock));
    sock.on("error", () => {});
    sock.setTimeout(this.cfg.stream_timeout * 5, () => sock.destroy());
    readFrames(
      sock,
      (frame) => {
        if (!this.labelOk(frameLabel(frame))) {
          sock.destroy();
          return;
        }
        let msg: Message;
        try {
          msg = decodeFrame(frame);
        } catch (e) {
          this.stats.invalid++;
          this.log.warn({ err: String(e) }, "memberlist: invalid stream message");
          sock.destroy();
          return;
        }
        try {
          this.handleMessage(msg, (reply) => {
            const f = encodeFrame(reply, this.cfg.compression_enabled);
            const len = Buffer.alloc(4);
            len.writeUInt32BE(f.length);
            sock.write(len);
            sock.end(f);
          });
        } catch (e) {
          this.stats.invalid++;
          this.log.warn({ err: String(e) }, "memberlist: failed to handle stream message");
          sock.destroy();
        }
      },
      () => sock.destroy(),
    );
  }

  protected override async stopping(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    // Hand our last changes (e.g. this instance leaving a ring) to a few live members with a
    // full push/pull, then tell the others we leave; both best effort, bounded by leave_timeout.
    const leave = encodeFrame(this.message(MsgType.LEAVE, []));
    const targets = [...this.members.values()].filter((m) => !m.dead && !m.left);
    const flush = targets
      .slice(0, Math.max(1, this.cfg.gossip_nodes))
      .map((m) => this.pushPull(m.host, m.port, false));
    await Promise.race([
      Promise.allSettled(flush).then(() =>
        Promise.allSettled(targets.map((m) => this.sendTcp(m.host, m.port, leave))),
      ),
      sleepPlain(this.cfg.leave_timeout),
    ]);
    await this.closeAll();
  }

  private async closeAll(): Promise<void> {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    this.udp?.close();
    this.udp = undefined;
    for (const s of this.sockets) s.destroy();
    const tcp = this.tcp;
    this.tcp = undefined;
    await new Promise<void>((resolve) => (tcp ? tcp.close(() => resolve()) : resolve()));
  }
}

class MemberlistClient<T extends Mergeable<T>> implements KVClient<T> {
  private readonly kv: MemberlistKV;
  private readonly codec: Codec<T>;

  constructor(kv: MemberlistKV, codec: Codec<T>) {
    this.kv = kv;
    this.codec = codec;
  }

  async get(key: string): Promise<T | null> {
    return this.kv.getValue(key) as T | null;
  }

  async cas(key: string, f: CasFn<T>): Promise<void> {
    this.kv.cas(
      key,
      this.codec as unknown as Codec<AnyMergeable>,
      f as unknown as CasFn<AnyMergeable>,
    );
  }

  async delete(key: string): Promise<void> {
    this.kv.delete(key, this.codec.id);
  }

  async list(prefix: string): Promise<string[]> {
    return this.kv.keys(prefix);
  }

  watchKey(key: string, signal: AbortSignal, f: (value: T | null) => boolean): Promise<void> {
    return this.kv.watch(
      (k) => k === key,
      signal,
      (_k, v) => f(v as T | null),
    );
  }

  watchPrefix(
    prefix: string,
    signal: AbortSignal,
    f: (key: string, value: T | null) => boolean,
  ): Promise<void> {
    return this.kv.watch(
      (k) => k.startsWith(prefix),
      signal,
      (k, v) => f(k, v as T | null),
    );
  }
}

/** Reads u32-length-prefixed frames from a stream. */
function readFrames(
  sock: Socket,
  onFrame: (f: Uint8Array) => void,
  onError: (e: Error) => void,
): void {
  let buf: Buffer = Buffer.alloc(0);
  sock.on("data", (chunk: Buffer) => {
    buf = buf.length === 0 ? chunk : Buffer.concat([buf, chunk]);
    while (buf.length >= 4) {
      const n = buf.readUInt32BE(0);
      if (n > MAX_TCP_FRAME) {
        onError(new Error("memberlist: frame too large"));
        return;
      }
      if (buf.length < 4 + n) break;
      const f = buf.subarray(4, 4 + n);
      buf = buf.subarray(4 + n);
      onFrame(f);
    }
  });
}

function firstPrivateAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === "IPv4" && !a.internal) return a.address;
  }
  return "127.0.0.1";
}

function shuffle<T>(a: T[]): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}

function sleepPlain(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
