/** The `/memberlist` admin page: this node, the members it knows and the KV store's keys. */
import type { FastifyInstance } from "fastify";
import { escapeHtml, htmlPage } from "../../../util/html.ts";
import type { MemberlistKV } from "./memberlist_kv.ts";

export function renderMemberlistPage(kv: MemberlistKV, nowMs = Date.now()): string {
  const members = kv
    .memberStatus()
    .map(
      (m) =>
        `<tr><td>${escapeHtml(m.name)}</td><td>${escapeHtml(m.addr)}</td><td>${m.state}</td><td>${m.heartbeat}</td><td>${Math.max(0, Math.round((nowMs - m.lastSeenMs) / 1000))}s ago</td></tr>`,
    )
    .join("\n");
  const keys = kv
    .keyStatus()
    .map(
      (k) =>
        `<tr><td>${escapeHtml(k.key)}</td><td>${escapeHtml(k.codec)}</td><td>${k.version}</td><td>${k.deleted}</td><td>${k.updateTimeMillis > 0 ? new Date(k.updateTimeMillis).toISOString() : ""}</td><td>${escapeHtml(k.content.join(", "))}</td></tr>`,
    )
    .join("\n");
  const { host, port } = kv.advertiseAddress();
  const body = `<p>Node: ${escapeHtml(kv.nodeName)} at ${escapeHtml(`${host}:${port}`)}; cluster label: ${escapeHtml(kv.cfg.cluster_label || "(none)")}</p>
<h2>Members</h2>
<table><thead><tr><th>Name</th><th>Address</th><th>State</th><th>Heartbeat</th><th>Last update</th></tr></thead>
<tbody>
${members}
</tbody></table>
<h2>KV store</h2>
<table><thead><tr><th>Key</th><th>Codec</th><th>Version</th><th>Deleted</th><th>Updated</th><th>Content</th></tr></thead>
<tbody>
${keys}
</tbody></table>`;
  return htmlPage("Memberlist Status", body);
}

/** Serves the page at `/memberlist` (or `path`). */
export function registerMemberlistPage(
  app: FastifyInstance,
  kv: MemberlistKV,
  path = "/memberlist",
): void {
  app.get(path, async (_req, reply) =>
    reply.type("text/html; charset=utf-8").send(renderMemberlistPage(kv)),
  );
}
