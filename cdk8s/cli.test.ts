import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { loadAll } from "js-yaml";
import { ROOT, runCli } from "./testutil.ts";

const MONO = join(ROOT, "examples/monolithic/mimircluster.yaml");
const MICRO = join(ROOT, "examples/microservices-s3/mimircluster.yaml");
const TENANTS = join(ROOT, "examples/tenants/tenants.yaml");

test("render reads stdin when no -f is given, and -f - too", async () => {
  const text = readFileSync(MONO, "utf8");
  const a = await runCli([], text);
  const b = await runCli(["-f", "-"], text);
  const c = await runCli(["-f", MONO]);
  assert.equal(a.code, 0);
  assert.equal(a.stdout, b.stdout);
  assert.equal(a.stdout, c.stdout);
  assert.ok((loadAll(a.stdout) as any[]).every((o) => o.apiVersion && o.kind && o.metadata.name));
});

test("render takes several -f, --filename and --filename=", async () => {
  const a = await runCli(["-f", MONO, "-f", TENANTS]);
  const b = await runCli([`--filename=${MONO}`, "--filename", TENANTS]);
  assert.equal(a.code, 0);
  assert.equal(a.stdout, b.stdout);
  assert.match(a.stdout, /team-a:/);
});

test("render reports usage errors with exit code 2", async () => {
  assert.equal((await runCli(["--bogus"])).code, 2);
  assert.equal((await runCli(["-f"])).code, 2);
  const help = await runCli(["--help"]);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage: mimir-ts render -f/);
});

test("render names the file for unreadable files and invalid YAML", async () => {
  const missing = await runCli(["-f", "/nonexistent/x.yaml"]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /cannot read \/nonexistent\/x\.yaml/);
  const bad = await runCli([], "a: [1,\n");
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /<stdin>: invalid YAML/);
});

test("render needs exactly one MimirCluster", async () => {
  const none = await runCli(["-f", TENANTS]);
  assert.equal(none.code, 1);
  assert.match(none.stderr, /no MimirCluster found/);
  const two = await runCli(["-f", MONO, "-f", MICRO]);
  assert.equal(two.code, 1);
  assert.match(two.stderr, /found 2 MimirClusters/);
});

test("render rejects other kinds and skips tenants of other clusters with a warning", async () => {
  const other = await runCli([], "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n");
  assert.equal(other.code, 1);
  assert.match(other.stderr, /kind: Unsupported value: "ConfigMap"/);
  const tenant =
    "---\napiVersion: mimirts.dev/v1alpha1\nkind: MimirTenant\nmetadata:\n  name: t\n  namespace: mimir\nspec:\n  cluster: elsewhere\n";
  const res = await runCli(["-f", MONO, "-f", "-"], tenant);
  assert.equal(res.code, 0);
  assert.match(res.stderr, /warning: MimirTenant\/t belongs to MimirCluster elsewhere/);
});

test("render rejects two MimirTenants with the same tenant ID", async () => {
  const t = (name: string) =>
    `---\napiVersion: mimirts.dev/v1alpha1\nkind: MimirTenant\nmetadata:\n  name: ${name}\n  namespace: mimir\nspec:\n  cluster: mimir\n  tenantId: same\n`;
  const res = await runCli(["-f", MONO, "-f", "-"], t("a") + t("b"));
  assert.equal(res.code, 1);
  assert.match(res.stderr, /spec\.tenantId: Duplicate value: "same"/);
});

test("the standalone entry point renders (node cdk8s/cli.ts render -f ...)", () => {
  const out = execFileSync(process.execPath, [join(ROOT, "cdk8s/cli.ts"), "render", "-f", MONO], {
    encoding: "utf8",
  });
  assert.match(out, /kind: StatefulSet/);
});
