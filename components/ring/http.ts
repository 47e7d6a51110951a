/**
 * Ring status pages (`/ingester/ring`, `/distributor/ring`, `/store-gateway/ring`,
 * `/compactor/ring`, ...), as dskit's ring_http.go: an HTML table of the instances (ID, zone,
 * state or UNHEALTHY, address, registered, read-only, last heartbeat, tokens, ownership) with a
 * "Forget" button per instance, the same data as JSON when the client accepts
 * application/json, and POST `forget=<id>` removing the instance (302 back to the page).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { escapeHtml, htmlPage } from "../util/html.ts";
import type { KVClient } from "./kv/kv.ts";
import { isHeartbeatHealthy, type RingDesc, stateName } from "./model.ts";
import type { Ring } from "./ring.ts";

export interface RingPageInstance {
  id: string;
  state: string;
  address: string;
  /** RFC 3339 (Go's time.Time JSON); the zero time when unknown. */
  timestamp: string;
  registered_timestamp: string;
  read_only: boolean;
  read_only_updated_timestamp: string;
  zone: string;
  tokens: number[];
}

export interface RingPageData {
  shards: RingPageInstance[];
  now: string;
}

const GO_ZERO_TIME = "0001-01-01T00:00:00Z";

function rfc3339(unixSeconds: number): string {
  if (unixSeconds <= 0) return GO_ZERO_TIME;
  return new Date(unixSeconds * 1000).toISOString().replace(".000Z", "Z");
}

/** Go's Duration.String() of whole seconds. */
function since(nowMs: number, unixSeconds: number): string {
  let s = Math.max(0, Math.floor(nowMs / 1000 - unixSeconds));
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  if (h > 0) return `${h}h${m}m${s}s`;
  if (m > 0) return `${m}m${s}s`;
  return `${s}s`;
}

function clock(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString().slice(11, 19);
}

/** The page's data: instances sorted by ID, UNHEALTHY when the heartbeat is too old. */
export function ringPageData(
  desc: RingDesc,
  heartbeatTimeoutMs: number,
  nowMs = Date.now(),
): RingPageData {
  const ids = [...desc.ingesters.keys()].sort();
  return {
    shards: ids.map((id) => {
      const i = desc.ingesters.get(id)!;
      return {
        id,
        state: isHeartbeatHealthy(i, heartbeatTimeoutMs, nowMs) ? stateName(i.state) : "UNHEALTHY",
        address: i.addr,
        timestamp: rfc3339(i.timestamp),
        registered_timestamp: rfc3339(i.registeredTimestamp),
        read_only: i.readOnly,
        read_only_updated_timestamp: rfc3339(i.readOnlyUpdatedTimestamp),
        zone: i.zone,
        tokens: i.tokens,
      };
    }),
    now: new Date(nowMs).toISOString(),
  };
}

/** Ownership as Go's %.3g. */
function humanFloat(f: number): string {
  if (f === 0) return "0";
  const s = Number(f.toPrecision(3));
  return String(s);
}

/** The HTML page; `showTokens` lists every instance's tokens below the table. */
export function renderRingPage(
  desc: RingDesc,
  heartbeatTimeoutMs: number,
  opts: { nowMs?: number; showTokens?: boolean; title?: string } = {},
): string {
  const nowMs = opts.nowMs ?? Date.now();
  const data = ringPageData(desc, heartbeatTimeoutMs, nowMs);
  const owned = desc.countTokens();
  const rows = data.shards
    .map((s, k) => {
      const i = desc.ingesters.get(s.id)!;
      const ownership = ((owned.get(s.id) ?? 0) / 0xffffffff) * 100;
      const ro = i.readOnly
        ? `${since(nowMs, i.readOnlyUpdatedTimestamp)} ago (${clock(i.readOnlyUpdatedTimestamp)})`
        : i.readOnlyUpdatedTimestamp > 0
          ? rfc3339(i.readOnlyUpdatedTimestamp)
          : "";
      return `<tr${k % 2 === 1 ? ' style="background:#eee"' : ""}>
<td>${escapeHtml(s.id)}</td><td>${escapeHtml(s.zone)}</td><td>${escapeHtml(s.state)}</td><td>${escapeHtml(s.address)}</td>
<td>${i.registeredTimestamp > 0 ? s.registered_timestamp : ""}</td><td>${i.readOnly}</td><td>${ro}</td>
<td>${since(nowMs, i.timestamp)} ago (${clock(i.timestamp)})</td><td>${i.tokens.length}</td><td>${humanFloat(ownership)}%</td>
<td><button name="forget" value="${escapeHtml(s.id)}" type="submit">Forget</button></td></tr>`;
    })
    .join("\n");
  const tokens = opts.showTokens
    ? data.shards
        .map(
          (s) =>
            `<h2>Instance: ${escapeHtml(s.id)}</h2>\n<p>Tokens:<br/>\n${s.tokens.join(" ")}</p>`,
        )
        .join("\n")
    : "";
  const body = `<p>Current time: ${escapeHtml(data.now)}</p>
<form action="" method="POST">
<table width="100%">
<thead><tr><th>Instance ID</th><th>Availability Zone</th><th>State</th><th>Address</th><th>Registered At</th><th>Read-Only</th><th>Read-Only Updated</th><th>Last Heartbeat</th><th>Tokens</th><th>Ownership</th><th>Actions</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p>${opts.showTokens ? `<a href="?tokens=false">Hide Tokens</a>` : `<a href="?tokens=true">Show Tokens</a>`}</p>
${tokens}
</form>`;
  return htmlPage(opts.title ?? "Ring Status", body);
}

/** Removes an instance from the ring (dskit ringPageHandler.forget). */
export async function forgetInstance(
  kv: KVClient<RingDesc>,
  key: string,
  id: string,
): Promise<void> {
  await kv.cas(key, (d) => {
    if (!d) throw new Error("found empty ring when trying to unregister");
    d.removeIngester(id);
    return d;
  });
}

function formValue(req: FastifyRequest, name: string): string | undefined {
  const body = req.body;
  if (typeof body === "string") return new URLSearchParams(body).get(name) ?? undefined;
  if (body && typeof body === "object") {
    const v = (body as Record<string, unknown>)[name];
    if (typeof v === "string") return v;
  }
  const q = (req.query as Record<string, unknown>)[name];
  return typeof q === "string" ? q : undefined;
}

/**
 * Serves the ring page at `path` (GET: HTML or JSON; POST: forget). The page reads the ring
 * from the KV store under `key`, falling back to the ring's own view if the store fails.
 */
export function registerRingPage(
  app: FastifyInstance,
  path: string,
  ring: Ring,
  kv: KVClient<RingDesc>,
  key = "ring",
): void {
  if (!app.hasContentTypeParser("application/x-www-form-urlencoded")) {
    app.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string" },
      (_req, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(body as string)));
      },
    );
  }
  const handler = async (req: FastifyRequest, reply: FastifyReply) => {
    if (req.method === "POST") {
      const id = formValue(req, "forget") ?? "";
      try {
        await forgetInstance(kv, key, id);
      } catch (e) {
        return reply
          .code(500)
          .type("text/plain; charset=utf-8")
          .send(`error forgetting instance '${id}': ${(e as Error).message}\n`);
      }
      return reply.code(302).header("Location", "#").send();
    }
    let desc: RingDesc;
    try {
      desc = (await kv.get(key)) ?? ring.getDesc();
    } catch {
      desc = ring.getDesc();
    }
    const timeout = ring.cfg.heartbeatTimeoutMs;
    if ((req.headers.accept ?? "").includes("application/json"))
      return reply.type("application/json").send(ringPageData(desc, timeout));
    const showTokens = (req.query as Record<string, unknown>).tokens === "true";
    return reply
      .type("text/html; charset=utf-8")
      .send(renderRingPage(desc, timeout, { showTokens }));
  };
  app.route({ method: ["GET", "POST"], url: path, handler });
}
