/**
 * Store-gateway admin pages: GET /store-gateway/tenants and /store-gateway/tenant/{tenant}/blocks
 * (HTML), listing what this instance holds.
 */
import type { FastifyInstance } from "fastify";
import { escapeHtml, htmlPage } from "../util/html.ts";
import type { StoreGateway } from "./storegateway.ts";

export function registerStoreGatewayPages(
  app: FastifyInstance,
  deps: { storeGateway: StoreGateway },
): void {
  const sg = deps.storeGateway;
  app.get("/store-gateway/tenants", async (_req, reply) => {
    const rows = sg
      .heldTenants()
      .map(
        (t) =>
          `<tr><td><a href="tenant/${encodeURIComponent(t)}/blocks">${escapeHtml(t)}</a></td><td>${sg.tenantBlocks(t).length}</td></tr>`,
      )
      .join("");
    return reply
      .type("text/html; charset=utf-8")
      .send(
        htmlPage(
          "Store-gateway: tenants",
          `<table><tr><th>Tenant</th><th>Blocks</th></tr>${rows}</table>`,
        ),
      );
  });
  app.get<{ Params: { tenant: string } }>(
    "/store-gateway/tenant/:tenant/blocks",
    async (req, reply) => {
      const rows = sg
        .tenantBlocks(req.params.tenant)
        .map(
          (b) =>
            `<tr><td>${escapeHtml(b.id)}</td><td>${new Date(b.minTime).toISOString()}</td><td>${new Date(b.maxTime).toISOString()}</td><td>${b.indexHeaderLoaded ? "loaded" : "on disk"}</td></tr>`,
        )
        .join("");
      const body = `<p>Tenant: ${escapeHtml(req.params.tenant)}</p><table><tr><th>Block</th><th>Min time</th><th>Max time</th><th>Index-header</th></tr>${rows}</table>`;
      return reply.type("text/html; charset=utf-8").send(htmlPage("Store-gateway: blocks", body));
    },
  );
}
