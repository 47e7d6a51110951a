/** Checks of the examples that are not MimirClusters: GitOps files, client snippets, health checks. */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { load } from "js-yaml";
import { renderLayout } from "./render.ts";
import { exampleInput, loadDocs, ROOT } from "./testutil.ts";
import { schemaProblems } from "./validate.ts";

const CUSTOM = join(ROOT, "examples/argocd/resource_customizations/mimirts.dev");
const KINDS = ["MimirCluster", "MimirTenant"];

test("argocd-cm.yaml carries the same health.lua scripts", () => {
  const cm = loadDocs("examples/argocd/argocd-cm.yaml")[0];
  for (const kind of KINDS) {
    const lua = readFileSync(join(CUSTOM, kind, "health.lua"), "utf8");
    assert.equal(cm.data[`resource.customizations.health.mimirts.dev_${kind}`], lua, kind);
  }
});

test("every file the comments of argocd-cm.yaml name exists", () => {
  const text = readFileSync(join(ROOT, "examples/argocd/argocd-cm.yaml"), "utf8");
  const comments = text
    .split("\n")
    .filter((l) => l.startsWith("#"))
    .join(" ");
  const named = (comments.match(/[\w./-]+\.(lua|yaml)/g) ?? []).filter((f) => f.includes("/"));
  assert.ok(named.length >= 2, comments);
  for (const f of named)
    assert.ok(existsSync(join(ROOT, "examples/argocd", f)), `argocd-cm.yaml names ${f}`);
});

test("the health-check test inputs are valid MimirClusters/MimirTenants, status included", () => {
  for (const kind of KINDS) {
    const dir = join(CUSTOM, kind, "testdata");
    for (const f of readdirSync(dir)) {
      const obj = load(readFileSync(join(dir, f), "utf8")) as any;
      assert.equal(obj.kind, kind);
      assert.deepEqual(schemaProblems(obj), [], `${kind}/testdata/${f}`);
    }
  }
});

function luaLiteral(v: unknown): string {
  if (v === null || v === undefined) return "nil";
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return `{${v.map(luaLiteral).join(", ")}}`;
  return `{${Object.entries(v as Record<string, unknown>)
    .map(([k, x]) => `[${JSON.stringify(k)}] = ${luaLiteral(x)}`)
    .join(", ")}}`;
}

function findLua(): string | undefined {
  for (const bin of ["lua5.4", "lua5.3", "lua", "luajit"]) {
    try {
      execFileSync(bin, ["-v"], { stdio: "ignore" });
      return bin;
    } catch {}
  }
  return undefined;
}
const LUA = findLua();

test("the Argo CD health checks give the results in health_test.yaml", {
  skip: LUA ? false : "no Lua interpreter (lua5.4, lua) on PATH",
}, () => {
  for (const kind of KINDS) {
    const script = readFileSync(join(CUSTOM, kind, "health.lua"), "utf8");
    const cases = (load(readFileSync(join(CUSTOM, kind, "health_test.yaml"), "utf8")) as any).tests;
    for (const c of cases) {
      const obj = load(readFileSync(join(CUSTOM, kind, c.inputPath), "utf8"));
      const program = `obj = ${luaLiteral(obj)}\nlocal function check()\n${script}\nend\nlocal hs = check()\nio.write(hs.status, "\\n", hs.message or "")`;
      const out = execFileSync(LUA!, ["-"], { input: program, encoding: "utf8" });
      assert.equal(
        out,
        `${c.healthStatus.status}\n${c.healthStatus.message}`,
        `${kind} ${c.inputPath}`,
      );
    }
  }
});

test("the Prometheus and Grafana snippets point at Services the microservices example renders", () => {
  const { cluster, tenants } = exampleInput("microservices-s3");
  const objs = renderLayout(cluster, tenants);
  const services = new Map(
    objs
      .filter((o) => o.kind === "Service")
      .map((o) => [`${o.metadata.name}.${o.metadata.namespace}`, o]),
  );
  const urls = [
    loadDocs("examples/prometheus/remote-write.yaml")[0].remote_write[0].url as string,
    loadDocs("examples/grafana/datasource.yaml")[0].datasources[0].url as string,
  ];
  const tenantIds = new Set(tenants.map((t) => t.spec.tenantId ?? t.metadata.name));
  for (const u of urls) {
    const url = new URL(u);
    const [svc, ns] = url.hostname.split(".");
    const s = services.get(`${svc}.${ns}`);
    assert.ok(s, `${u}: no Service ${svc} in ${ns}`);
    assert.ok(
      s.spec.ports.some((p: any) => p.port === Number(url.port)),
      `${u}: Service has no port ${url.port}`,
    );
  }
  assert.ok(
    tenantIds.has(
      loadDocs("examples/prometheus/remote-write.yaml")[0].remote_write[0].headers["X-Scope-OrgID"],
    ),
  );
  assert.ok(
    tenantIds.has(
      loadDocs("examples/grafana/datasource.yaml")[0].datasources[0].secureJsonData
        .httpHeaderValue1,
    ),
  );
});

test("the Argo CD Application and Flux Kustomization are well-formed", () => {
  const app = loadDocs("examples/argocd/application.yaml")[0];
  assert.equal(app.kind, "Application");
  assert.equal(app.spec.destination.namespace, "mimir");
  const flux = loadDocs("examples/flux/kustomization.yaml");
  const ks = flux.find((d) => d.kind === "Kustomization");
  assert.equal(ks.spec.wait, true);
  assert.deepEqual(
    ks.spec.healthCheckExprs.map((e: any) => e.kind),
    ["MimirCluster", "MimirTenant"],
  );
});
