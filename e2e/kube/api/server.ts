/**
 * The API server's HTTP front end: discovery, OpenAPI, and the REST verbs on
 * /api/v1/... and /apis/<group>/<version>/... (get, list, watch, create, update, patch, delete,
 * deletecollection, the status/scale/log/eviction subresources), JSON and Table output.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import * as yaml from "js-yaml";
import { apiGroup, apiGroupList, apiVersions, resourceList, SERVER_VERSION } from "./discovery.ts";
import { badRequest, notFound, StatusError } from "./errors.ts";
import { decodeK8sProtobuf, isK8sProtobuf, openapiV2Protobuf } from "./protobuf.ts";
import { openapiV2, openapiV3Index, openapiV3Doc } from "./openapi.ts";
import { apiVersionOf, type ResourceType } from "./resources.ts";
import {
  type Attributes,
  authorize,
  forbiddenMessage,
  identify,
  isAdmin,
  serviceAccountPrefix,
  type UserInfo,
} from "./rbac.ts";
import { parseFieldSelector, parseLabelSelector, SelectorError } from "./selectors.ts";
import type { DeleteOptions, Store, WatchFilter } from "./store.ts";
import { type IncludeObject, toTable } from "./tables.ts";
import { acceptWebSocket, type WebSocketConn } from "./websocket.ts";

/** Hooks the node side provides: pod logs and evictions need more than the store. */
export interface ServerHooks {
  /** Streams a container's log to res (plain text); follow keeps it open. */
  podLog?: (ns: string, pod: string, q: URLSearchParams, res: ServerResponse) => void;
  /** Runs a command in a pod's container over a websocket (`kubectl exec`). */
  exec?: (ns: string, pod: string, q: URLSearchParams, ws: WebSocketConn) => void;
  /** Evicts a pod honouring PodDisruptionBudgets; throws a StatusError (429) when a budget is spent. */
  evict?: (ns: string, pod: string, body: any) => void;
}

interface Route {
  t: ResourceType;
  ns?: string;
  name?: string;
  sub?: string;
}

function send(res: ServerResponse, code: number, body: unknown): void {
  const s = JSON.stringify(body);
  res.writeHead(code, {
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(s),
  });
  res.end(s);
}

function sendError(res: ServerResponse, e: unknown): void {
  if (e instanceof StatusError) {
    send(res, e.code, e.toStatus());
    return;
  }
  if (e instanceof SelectorError) {
    send(res, 400, badRequest(e.message).toStatus());
    return;
  }
  const err = new StatusError(
    500,
    "InternalError",
    `Internal error occurred: ${(e as Error)?.message ?? String(e)}`,
  );
  send(res, 500, err.toStatus());
}

async function readBody(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const buf = Buffer.concat(chunks);
  const ct = String(req.headers["content-type"] ?? "");
  if (ct.includes("protobuf") && isK8sProtobuf(buf)) {
    const o = decodeK8sProtobuf(buf);
    if (o) return o;
  }
  const text = buf.toString("utf8");
  if (text.trim() === "") return undefined;
  if (ct.includes("protobuf") || ct.includes("cbor"))
    throw new StatusError(
      415,
      "UnsupportedMediaType",
      `the body of the request was in an unknown format - accepted media types include: application/json, application/yaml`,
    );
  try {
    if (ct.includes("yaml")) return yaml.load(text);
    return JSON.parse(text);
  } catch (e) {
    throw badRequest(`error decoding body: ${(e as Error).message}`);
  }
}

function wantsTable(req: IncomingMessage): boolean {
  return /as=Table/.test(String(req.headers.accept ?? ""));
}

export class ApiServer {
  readonly store: Store;
  readonly hooks: ServerHooks;
  /** How often a watch that allows bookmarks gets one (milliseconds). */
  bookmarkMs = 5_000;
  private server: Server | undefined;
  private readonly open = new Set<ServerResponse>();
  /** Identities taken from a ServiceAccount path prefix (see rbac.ts). */
  private readonly users = new WeakMap<IncomingMessage, UserInfo>();
  url = "";

  constructor(store: Store, hooks: ServerHooks = {}) {
    this.store = store;
    this.hooks = hooks;
  }

  async listen(port = 0, host = "127.0.0.1"): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e) => {
        if (!res.headersSent) sendError(res, e);
        else res.end();
      });
    });
    this.server.keepAliveTimeout = 60_000;
    this.server.on("upgrade", (req, socket) => this.upgrade(req, socket));
    await new Promise<void>((resolve) => this.server!.listen(port, host, resolve));
    const a = this.server.address() as AddressInfo;
    this.url = `http://${host}:${a.port}`;
    return this.url;
  }

  async close(): Promise<void> {
    for (const r of this.open) r.end();
    this.open.clear();
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** Streaming subresources: pods/exec over websockets (channel protocols v4 and v5). */
  private upgrade(req: IncomingMessage, socket: Duplex): void {
    const url = new URL(req.url ?? "/", "http://localhost");
    const sa = serviceAccountPrefix(url.pathname);
    if (sa) url.pathname = sa.rest;
    const user = sa?.user ?? identify(req.headers);
    const m = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/exec$/.exec(url.pathname);
    if (!m || !this.hooks.exec || String(req.headers.upgrade ?? "").toLowerCase() !== "websocket") {
      socket.end("HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\n\r\nnot found\n");
      return;
    }
    if (!isAdmin(user)) {
      const attrs: Attributes = {
        verb: "create",
        group: "",
        resource: "pods",
        subresource: "exec",
        namespace: decodeURIComponent(m[1]!),
        name: decodeURIComponent(m[2]!),
      };
      if (!authorize(this.store, user, attrs).allowed) {
        socket.end(
          `HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\n\r\n${forbiddenMessage(user, attrs)}\n`,
        );
        return;
      }
    }
    const ws = acceptWebSocket(req, socket, ["v5.channel.k8s.io", "v4.channel.k8s.io"]);
    if (ws)
      this.hooks.exec(decodeURIComponent(m[1]!), decodeURIComponent(m[2]!), url.searchParams, ws);
  }

  private route(segs: string[], group: string, version: string): Route | undefined {
    const s = this.store;
    if (segs[0] === "namespaces" && segs.length >= 3) {
      const t = s.type(group, version, segs[2]!);
      if (t?.namespaced) return { t, ns: segs[1], name: segs[3], sub: segs[4] };
    }
    const t = s.type(group, version, segs[0] ?? "");
    if (!t) return undefined;
    return { t, name: segs[1], sub: segs[2] };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    const sa = serviceAccountPrefix(url.pathname);
    if (sa) {
      url.pathname = sa.rest;
      this.users.set(req, sa.user);
    }
    const path = url.pathname.replace(/\/+$/, "") || "/";
    const q = url.searchParams;
    const method = req.method ?? "GET";
    if (path === "/version") return send(res, 200, SERVER_VERSION);
    if (path === "/healthz" || path === "/livez" || path === "/readyz") {
      res.writeHead(200, { "Content-Type": "text/plain" });
      return void res.end("ok");
    }
    const types = this.store.allTypes();
    if (path === "/api") return send(res, 200, apiVersions(String(req.headers.host ?? "")));
    if (path === "/apis") return send(res, 200, apiGroupList(types));
    if (path === "/openapi/v2") {
      if (!String(req.headers.accept ?? "").includes("protobuf"))
        return send(res, 200, openapiV2(types));
      const pb = openapiV2Protobuf();
      res.writeHead(200, {
        "Content-Type": "application/com.github.proto-openapi.spec.v2.v1.0+protobuf",
        "Content-Length": pb.length,
      });
      return void res.end(pb);
    }
    if (path === "/openapi/v3") return send(res, 200, openapiV3Index(types));
    if (path.startsWith("/openapi/v3/")) {
      const doc = openapiV3Doc(types, path.slice("/openapi/v3/".length));
      if (!doc) return send(res, 404, notFound("", "", path).toStatus());
      return send(res, 200, doc);
    }
    const segs = path.split("/").filter((x) => x !== "");
    let group: string;
    let version: string;
    let rest: string[];
    if (segs[0] === "api" && segs[1] === "v1") {
      group = "";
      version = "v1";
      rest = segs.slice(2);
    } else if (segs[0] === "apis" && segs.length >= 2) {
      group = segs[1]!;
      if (segs.length === 2) {
        const g = apiGroup(types, group);
        return g
          ? send(res, 200, g)
          : send(
              res,
              404,
              new StatusError(
                404,
                "NotFound",
                "the server could not find the requested resource",
              ).toStatus(),
            );
      }
      version = segs[2]!;
      rest = segs.slice(3);
    } else
      return send(
        res,
        404,
        new StatusError(
          404,
          "NotFound",
          "the server could not find the requested resource",
        ).toStatus(),
      );
    if (rest.length === 0) {
      const l = resourceList(types, group, version);
      return l
        ? send(res, 200, l)
        : send(
            res,
            404,
            new StatusError(
              404,
              "NotFound",
              "the server could not find the requested resource",
            ).toStatus(),
          );
    }
    let legacyWatch = false;
    if (rest[0] === "watch") {
      legacyWatch = true;
      rest = rest.slice(1);
    }
    const r = this.route(rest, group, version);
    if (!r)
      return send(
        res,
        404,
        new StatusError(
          404,
          "NotFound",
          "the server could not find the requested resource",
        ).toStatus(),
      );
    try {
      await this.resource(req, res, method, r, q, legacyWatch);
    } catch (e) {
      if (!res.headersSent) sendError(res, e);
      else res.end();
    }
  }

  private filter(r: Route, q: URLSearchParams): WatchFilter {
    const f: WatchFilter = {};
    if (r.t.namespaced && r.ns) f.namespace = r.ns;
    const ls = q.get("labelSelector");
    if (ls) f.labels = parseLabelSelector(ls);
    const fs = q.get("fieldSelector");
    if (fs) f.fields = parseFieldSelector(fs);
    return f;
  }

  private manager(req: IncomingMessage, q: URLSearchParams): string {
    const m = q.get("fieldManager");
    if (m) return m;
    const ua = String(req.headers["user-agent"] ?? "unknown");
    return ua.split("/")[0] || "unknown";
  }

  /** The RBAC attributes of a resource request. */
  private attributes(
    method: string,
    r: Route,
    q: URLSearchParams,
    legacyWatch: boolean,
  ): Attributes {
    let verb: string;
    const watch = legacyWatch || q.get("watch") === "true" || q.get("watch") === "1";
    switch (method) {
      case "GET":
        verb = watch ? "watch" : r.name ? "get" : "list";
        break;
      case "POST":
        verb = "create";
        break;
      case "PUT":
        verb = "update";
        break;
      case "PATCH":
        verb = "patch";
        break;
      case "DELETE":
        verb = r.name ? "delete" : "deletecollection";
        break;
      default:
        verb = method.toLowerCase();
    }
    return {
      verb,
      group: r.t.group,
      resource: r.t.plural,
      subresource: r.sub,
      namespace: r.t.namespaced ? r.ns : undefined,
      name: r.name,
    };
  }

  /** SelfSubjectAccessReview / SubjectAccessReview / LocalSubjectAccessReview: evaluated, never stored. */
  private review(r: Route, body: any, user: UserInfo): any {
    const spec = body?.spec ?? {};
    const who: UserInfo =
      r.t.kind === "SelfSubjectAccessReview"
        ? user
        : { name: spec.user ?? "", groups: spec.groups ?? [] };
    let result = { allowed: true, reason: "non-resource URLs are open to authenticated users" };
    const ra = spec.resourceAttributes;
    if (ra) {
      result = authorize(this.store, who, {
        verb: ra.verb ?? "",
        group: ra.group ?? "",
        resource: ra.resource ?? "",
        subresource: ra.subresource || undefined,
        namespace: r.t.kind === "LocalSubjectAccessReview" ? r.ns : ra.namespace || undefined,
        name: ra.name || undefined,
      });
    }
    const status: Record<string, any> = { allowed: result.allowed };
    if (result.reason) status.reason = result.reason;
    return {
      kind: r.t.kind,
      apiVersion: "authorization.k8s.io/v1",
      metadata: { creationTimestamp: null },
      spec,
      status,
    };
  }

  private async resource(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    r: Route,
    q: URLSearchParams,
    legacyWatch: boolean,
  ): Promise<void> {
    const s = this.store;
    const { t } = r;
    const user = this.users.get(req) ?? identify(req.headers);
    if (t.group === "authorization.k8s.io") {
      if (method !== "POST" || r.name)
        return send(
          res,
          405,
          new StatusError(
            405,
            "MethodNotAllowed",
            "the server does not allow this method on the requested resource",
          ).toStatus(),
        );
      return send(res, 201, this.review(r, await readBody(req), user));
    }
    if (!isAdmin(user)) {
      const attrs = this.attributes(method, r, q, legacyWatch);
      if (!authorize(s, user, attrs).allowed)
        return send(
          res,
          403,
          new StatusError(403, "Forbidden", forbiddenMessage(user, attrs), {
            name: r.name,
            group: t.group,
            kind: t.plural,
          }).toStatus(),
        );
    }
    const dryRun = q.getAll("dryRun").includes("All");
    const warnings: string[] = [];
    const wopts = {
      dryRun,
      manager: this.manager(req, q),
      fieldValidation: q.get("fieldValidation") ?? "Warn",
      warnings,
    };
    const reply = (code: number, obj: any) => {
      if (warnings.length)
        res.setHeader(
          "Warning",
          warnings.map((w) => `299 - ${JSON.stringify(w)}`),
        );
      if (wantsTable(req) && obj?.metadata && obj.kind !== "Status")
        return send(
          res,
          code,
          toTable(t, [obj], obj.metadata.resourceVersion ?? "", this.include(q)),
        );
      send(res, code, obj);
    };
    if (r.sub === "log" && t.kind === "Pod" && method === "GET") {
      s.get(t, r.ns, r.name!);
      if (!this.hooks.podLog) throw new StatusError(400, "BadRequest", "logs are not available");
      return this.hooks.podLog(r.ns!, r.name!, q, res);
    }
    if (r.sub === "eviction" && t.kind === "Pod" && method === "POST") {
      const body = await readBody(req);
      s.get(t, r.ns, r.name!);
      if (!this.hooks.evict) throw new StatusError(400, "BadRequest", "eviction is not available");
      this.hooks.evict(r.ns!, r.name!, body);
      return send(res, 201, {
        kind: "Status",
        apiVersion: "v1",
        metadata: {},
        status: "Success",
        code: 201,
      });
    }
    if (r.sub && r.sub !== "status" && !(r.sub === "scale" && t.scale))
      return send(
        res,
        404,
        new StatusError(
          404,
          "NotFound",
          "the server could not find the requested resource",
        ).toStatus(),
      );
    if (r.sub === "status" && !t.status)
      return send(
        res,
        404,
        new StatusError(
          404,
          "NotFound",
          "the server could not find the requested resource",
        ).toStatus(),
      );
    switch (method) {
      case "GET": {
        if (!r.name) {
          if (legacyWatch || q.get("watch") === "true" || q.get("watch") === "1")
            return this.watch(req, res, r, q);
          return this.list(req, res, r, q);
        }
        if (legacyWatch || q.get("watch") === "true") {
          const fq = new URLSearchParams(q);
          fq.set("fieldSelector", `metadata.name=${r.name}`);
          return this.watch(req, res, { t, ns: r.ns }, fq);
        }
        const o = s.get(t, r.ns, r.name);
        if (r.sub === "scale") return send(res, 200, s.scaleOf(t, o));
        return reply(200, o);
      }
      case "POST": {
        if (r.name)
          return send(
            res,
            405,
            new StatusError(
              405,
              "MethodNotAllowed",
              `the server does not allow this method on the requested resource`,
            ).toStatus(),
          );
        const body = await readBody(req);
        this.checkKind(t, body);
        return reply(201, s.create(t, r.ns, body, wopts));
      }
      case "PUT": {
        if (!r.name)
          return send(
            res,
            405,
            new StatusError(
              405,
              "MethodNotAllowed",
              "the server does not allow this method on the requested resource",
            ).toStatus(),
          );
        const body = await readBody(req);
        if (r.sub === "scale") return send(res, 200, s.setScale(t, r.ns, r.name, body, wopts));
        this.checkKind(t, body);
        return reply(200, s.update(t, r.ns, r.name, body, { ...wopts, subresource: r.sub }));
      }
      case "PATCH": {
        if (!r.name)
          return send(
            res,
            405,
            new StatusError(
              405,
              "MethodNotAllowed",
              "the server does not allow this method on the requested resource",
            ).toStatus(),
          );
        const body = await readBody(req);
        const ct = String(req.headers["content-type"] ?? "application/merge-patch+json");
        const existed = s.tryGet(t, r.ns, r.name) !== undefined;
        const out = s.patch(t, r.ns, r.name, ct, body, {
          ...wopts,
          subresource: r.sub,
          force: q.get("force") === "true",
        });
        if (r.sub === "scale") return send(res, 200, out);
        return reply(existed ? 200 : 201, out);
      }
      case "DELETE": {
        const body = (await readBody(req)) ?? {};
        const opts: DeleteOptions = {
          propagationPolicy: body.propagationPolicy ?? q.get("propagationPolicy") ?? undefined,
          gracePeriodSeconds:
            body.gracePeriodSeconds ??
            (q.has("gracePeriodSeconds") ? Number(q.get("gracePeriodSeconds")) : undefined),
          preconditions: body.preconditions,
          dryRun: dryRun || (body.dryRun ?? []).includes("All"),
        };
        if (body.orphanDependents === true) opts.propagationPolicy = "Orphan";
        if (!r.name) {
          const items = s.list(t, this.filter(r, q));
          for (const o of items) s.delete(t, o.metadata.namespace, o.metadata.name, opts);
          return send(res, 200, {
            kind: t.listKind,
            apiVersion: apiVersionOf(t),
            metadata: { resourceVersion: String(s.currentRv()) },
            items,
          });
        }
        return reply(200, s.delete(t, r.ns, r.name, opts));
      }
      default:
        return send(
          res,
          405,
          new StatusError(
            405,
            "MethodNotAllowed",
            "the server does not allow this method on the requested resource",
          ).toStatus(),
        );
    }
  }

  private checkKind(t: ResourceType, body: any): void {
    if (!body || typeof body !== "object")
      throw badRequest("Object 'Kind' is missing in request body");
    if (body.kind && body.kind !== t.kind)
      throw badRequest(
        `the API version in the data (${body.apiVersion}) does not match the expected API version (${apiVersionOf(t)})`,
      );
  }

  private include(q: URLSearchParams): IncludeObject {
    const i = q.get("includeObject");
    return i === "None" ? "None" : i === "Object" ? "Object" : "Metadata";
  }

  private list(req: IncomingMessage, res: ServerResponse, r: Route, q: URLSearchParams): void {
    const s = this.store;
    let items = s.list(r.t, this.filter(r, q));
    const rv = String(s.currentRv());
    let cont: string | undefined;
    const start = q.get("continue");
    if (start) {
      let after: string;
      try {
        after = JSON.parse(Buffer.from(start, "base64").toString("utf8")).k;
      } catch {
        throw badRequest("continue key is not valid: illegal base64 data");
      }
      items = items.filter((o) => `${o.metadata.namespace ?? ""}/${o.metadata.name}` > after);
    }
    const limit = Number(q.get("limit") ?? 0);
    let remaining: number | undefined;
    if (limit > 0 && items.length > limit) {
      remaining = items.length - limit;
      items = items.slice(0, limit);
      const last = items[items.length - 1];
      cont = Buffer.from(
        JSON.stringify({ k: `${last.metadata.namespace ?? ""}/${last.metadata.name}` }),
      ).toString("base64");
    }
    if (wantsTable(req)) {
      const tb = toTable(r.t, items, rv, this.include(q));
      if (cont) tb.metadata.continue = cont;
      send(res, 200, tb);
      return;
    }
    const meta: Record<string, any> = { resourceVersion: rv };
    if (cont) {
      meta.continue = cont;
      meta.remainingItemCount = remaining;
    }
    send(res, 200, { kind: r.t.listKind, apiVersion: apiVersionOf(r.t), metadata: meta, items });
  }

  private watch(req: IncomingMessage, res: ServerResponse, r: Route, q: URLSearchParams): void {
    const s = this.store;
    const table = wantsTable(req);
    const include = this.include(q);
    const rvParam = q.get("resourceVersion");
    const fromRv = rvParam === null || rvParam === "" ? undefined : Number(rvParam);
    res.writeHead(200, {
      "Content-Type": "application/json",
      "Transfer-Encoding": "chunked",
      "Cache-Control": "no-cache",
    });
    res.flushHeaders();
    this.open.add(res);
    let first = true;
    const write = (type: string, obj: any) => {
      let o = obj;
      if (table && type !== "ERROR" && type !== "BOOKMARK") {
        o = toTable(r.t, [obj], obj.metadata.resourceVersion, include, first);
        first = false;
      }
      res.write(`${JSON.stringify({ type, object: o })}\n`);
    };
    let stop: (() => void) | undefined;
    try {
      stop = s.watch(r.t, fromRv, this.filter(r, q), (type, o) => write(type, o));
    } catch (e) {
      if (e instanceof StatusError) {
        write("ERROR", e.toStatus());
        this.open.delete(res);
        return void res.end();
      }
      throw e;
    }
    const timers: NodeJS.Timeout[] = [];
    if (q.get("allowWatchBookmarks") === "true") {
      timers.push(
        setInterval(() => {
          write("BOOKMARK", {
            kind: r.t.kind,
            apiVersion: apiVersionOf(r.t),
            metadata: { resourceVersion: String(s.currentRv()) },
          });
        }, this.bookmarkMs),
      );
    }
    const timeout = Number(q.get("timeoutSeconds") ?? 0);
    const end = () => {
      stop?.();
      for (const tm of timers) clearInterval(tm);
      this.open.delete(res);
      res.end();
    };
    if (timeout > 0) timers.push(setTimeout(end, timeout * 1000));
    req.on("close", end);
    res.on("close", end);
  }
}
