import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import Fastify, { type FastifyInstance } from "fastify";
import pino from "pino";
import { Group } from "../../ruler/group.ts";
import { parseRuleGroupYaml } from "../../ruler/rulegroup.ts";
import { BucketRuleStore } from "../../ruler/store.ts";
import { type GroupStateData, groupState } from "../../ruler/state.ts";
import { checkTemplate, expandTemplate } from "../../ruler/template.ts";
import { FilesystemBucket } from "../../storage/bucket/filesystem/filesystem.ts";
import { defaultsOf } from "../../util/config/spec.ts";
import { type Limits, limitsBlock } from "../../util/limits/limits.ts";
import { Overrides } from "../../util/limits/overrides.ts";
import { HttpError } from "../../util/tenant.ts";
import { formatFloatE, goTime, registerRulerApi } from "./plugin.ts";

const GROUP = `name: test
interval: 15s
rules:
- record: up_rule
  expr: up{}
- alert: up_alert
  expr: sum(up{}) > 1
  for: 30s
  annotations:
    test: test
  labels:
    test: test
`;

describe("ruler API", () => {
  let app: FastifyInstance;
  const changed: string[] = [];
  const groups: GroupStateData[] = [];
  const limits = {
    ...(defaultsOf(limitsBlock) as Limits),
    ruler_max_rules_per_rule_group: 3,
    ruler_max_rule_groups_per_tenant: 2,
  };

  before(async () => {
    const store = new BucketRuleStore(
      new FilesystemBucket({ dir: mkdtempSync(join(tmpdir(), "ruler-api-")) }),
    );
    app = Fastify();
    await registerRulerApi(app, {
      prefix: "/prometheus",
      store,
      overrides: new Overrides(limits),
      tenantOf: (req) => {
        const t = req.headers["x-scope-orgid"];
        if (typeof t !== "string") throw new HttpError(401, "no org id");
        return t;
      },
      enableConfigApi: true,
      federationEnabled: false,
      checkTemplate,
      groups: () => groups,
      onChange: (t) => changed.push(t),
    });
  });

  const req = (method: "GET" | "POST" | "DELETE", url: string, body?: string) =>
    app.inject({
      method,
      url,
      headers: { "x-scope-orgid": "user1", "content-type": "application/yaml" },
      payload: body,
    });

  it("round-trips rule groups in mimirtool's YAML", async () => {
    let res = await req("POST", "/prometheus/config/v1/rules/my%2Fns", GROUP);
    assert.equal(res.statusCode, 202, res.body);
    assert.equal(res.body, '{"status":"success","data":null,"errorType":"","error":""}');
    assert.deepEqual(changed, ["user1"]);
    res = await req("GET", "/prometheus/config/v1/rules/my%2Fns/test");
    assert.equal(res.statusCode, 200);
    assert.match(res.headers["content-type"] as string, /application\/yaml/);
    assert.equal(
      res.body,
      "name: test\ninterval: 15s\nrules:\n    - record: up_rule\n      expr: up{}\n    - alert: up_alert\n      expr: sum(up{}) > 1\n      for: 30s\n      labels:\n        test: test\n      annotations:\n        test: test\n",
    );
    res = await req("GET", "/prometheus/config/v1/rules");
    assert.match(res.body, /^my\/ns:\n {4}- name: test\n/);
    res = await req("GET", "/prometheus/config/v1/rules/other");
    assert.equal(res.body, "{}\n");
    res = await app.inject({ method: "GET", url: "/prometheus/config/v1/rules" });
    assert.equal(res.statusCode, 401);
    assert.equal(res.body, "no org id\n");
  });

  it("answers 400 naming the rule for invalid rules, and for undecodable bodies", async () => {
    let res = await req(
      "POST",
      "/prometheus/config/v1/rules/ns",
      "name: bad\nrules:\n  - record: ok\n    expr: up\n  - alert: Broken\n    expr: sum(\n",
    );
    assert.equal(res.statusCode, 400);
    assert.match(
      res.body,
      /^group "bad", rule 1, "Broken": could not parse expression: 1:5: parse error: .*\n$/,
    );
    res = await req("POST", "/prometheus/config/v1/rules/ns", "");
    assert.equal(res.statusCode, 400);
    assert.equal(res.body, "invalid rules configuration: rule group name must not be empty\n");
    res = await req("POST", "/prometheus/config/v1/rules/ns", "name: [");
    assert.equal(res.statusCode, 400);
    assert.equal(res.body, "unable to decode rule group\n");
  });

  it("enforces the per-tenant limits", async () => {
    let res = await req(
      "POST",
      "/prometheus/config/v1/rules/ns",
      `name: big\nrules:\n${"  - record: r\n    expr: up\n".repeat(4)}`,
    );
    assert.equal(res.statusCode, 400);
    assert.equal(res.body, "per-user rules per rule group limit (limit: 3 actual: 4) exceeded\n");
    res = await req(
      "POST",
      "/prometheus/config/v1/rules/ns",
      "name: second\nrules:\n  - record: r\n    expr: up\n",
    );
    assert.equal(res.statusCode, 202);
    // Replacing an existing group is not a new group.
    res = await req(
      "POST",
      "/prometheus/config/v1/rules/ns",
      "name: second\nrules:\n  - record: r2\n    expr: up\n",
    );
    assert.equal(res.statusCode, 202);
    res = await req(
      "POST",
      "/prometheus/config/v1/rules/ns",
      "name: third\nrules:\n  - record: r\n    expr: up\n",
    );
    assert.equal(res.statusCode, 400);
    assert.equal(res.body, "per-user rule groups limit (limit: 2 actual: 3) exceeded\n");
  });

  it("deletes groups and namespaces, 404 when missing", async () => {
    let res = await req("DELETE", "/prometheus/config/v1/rules/ns/second");
    assert.equal(res.statusCode, 202);
    res = await req("DELETE", "/prometheus/config/v1/rules/ns/second");
    assert.equal(res.statusCode, 404);
    assert.equal(res.body, "group does not exist\n");
    res = await req("GET", "/prometheus/config/v1/rules/ns/second");
    assert.equal(res.statusCode, 404);
    res = await req("DELETE", "/prometheus/config/v1/rules/my%2Fns");
    assert.equal(res.statusCode, 202);
    res = await req("DELETE", "/prometheus/config/v1/rules/my%2Fns");
    assert.equal(res.statusCode, 404);
    assert.equal(res.body, "group namespace does not exist\n");
  });

  it("serves rule states and alerts in Prometheus's format, with filters", async () => {
    const g = new Group(
      parseRuleGroupYaml(GROUP, "user1", "ns"),
      {
        interval: 15_000,
        queryOffset: 0,
        file: "/r/user1/ns",
        externalLabels: {},
        externalURL: "",
        resendDelay: 60_000,
        outageTolerance: 3_600_000,
        forGracePeriod: 600_000,
        restore: false,
      },
      {
        query: async (_e, t) => [{ metric: [{ name: "job", value: "x" }], t, f: 2 }],
        write: async () => {},
        notify: () => {},
        expand: expandTemplate,
        tenant: "user1",
        logger: pino({ level: "silent" }),
      },
    );
    await g.eval(1_700_000_000_000);
    groups.push(groupState(g));
    let res = await req("GET", "/prometheus/api/v1/rules");
    const body = JSON.parse(res.body);
    assert.equal(body.status, "success");
    const grp = body.data.groups[0];
    assert.equal(grp.name, "test");
    assert.equal(grp.file, "ns");
    assert.equal(grp.interval, 15);
    assert.equal(grp.lastEvaluation, "2023-11-14T22:13:20Z");
    assert.equal(grp.sourceTenants, null);
    assert.deepEqual(
      grp.rules.map((r: { type: string; name: string; health: string }) => [
        r.type,
        r.name,
        r.health,
      ]),
      [
        ["recording", "up_rule", "ok"],
        ["alerting", "up_alert", "ok"],
      ],
    );
    const alerting = grp.rules[1];
    assert.equal(alerting.state, "pending");
    assert.equal(alerting.duration, 30);
    assert.deepEqual(alerting.alerts[0].labels, { alertname: "up_alert", job: "x", test: "test" });
    assert.equal(alerting.alerts[0].value, "2e+00");
    res = await req("GET", "/prometheus/api/v1/rules?type=record");
    assert.equal(JSON.parse(res.body).data.groups[0].rules.length, 1);
    res = await req("GET", "/prometheus/api/v1/rules?rule_name[]=nope");
    assert.deepEqual(JSON.parse(res.body).data.groups, []);
    res = await req("GET", "/prometheus/api/v1/rules?file[]=ns&rule_group[]=test");
    assert.equal(JSON.parse(res.body).data.groups.length, 1);
    res = await req("GET", "/prometheus/api/v1/rules?type=bogus");
    assert.equal(res.statusCode, 400);
    assert.equal(JSON.parse(res.body).error, 'not supported value "bogus"');
    res = await req("GET", "/prometheus/api/v1/alerts");
    const alerts = JSON.parse(res.body).data.alerts;
    assert.equal(alerts.length, 1);
    assert.equal(alerts[0].state, "pending");
  });

  it("formats times and values as Go does", () => {
    assert.equal(goTime(0), "0001-01-01T00:00:00Z");
    assert.equal(goTime(1_700_000_000_123.25), "2023-11-14T22:13:20.12325Z");
    assert.equal(formatFloatE(1), "1e+00");
    assert.equal(formatFloatE(123.45), "1.2345e+02");
    assert.equal(formatFloatE(0.000001), "1e-06");
    assert.equal(formatFloatE(Number.NaN), "NaN");
  });
});
