import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadConfig } from "./amconfig.ts";

const base = (extra: string) => `route:\n  receiver: x\n${extra}receivers:\n- name: x\n`;

describe("Alertmanager config", () => {
  it("applies route and global defaults", () => {
    const c = loadConfig(
      "global:\n  smtp_smarthost: h:25\n  smtp_from: a@b\nroute:\n  receiver: x\n  group_by: [a]\n  routes:\n  - match: {b: c}\n    continue: true\nreceivers:\n- name: x\n  email_configs:\n  - to: z@b\n  webhook_configs:\n  - url: http://h/x\n",
    );
    assert.equal(c.global.resolve_timeout, 300_000);
    assert.deepEqual(c.route.group_by, ["a"]);
    assert.equal(c.route.routes[0].continue, true);
    assert.equal(c.route.routes[0].matchers[0].name, "b");
    const ints = c.receivers[0].integrations;
    const email = ints.find((i) => i.kind === "email")!;
    const hook = ints.find((i) => i.kind === "webhook")!;
    assert.equal(email.conf.smarthost, "h:25");
    assert.equal(email.conf.send_resolved, false);
    assert.equal(hook.conf.send_resolved, true);
  });

  // Messages as Debian's amtool check-config (Alertmanager 0.25) prints them.
  for (const [name, text, msg] of [
    [
      "undefined receiver",
      "route:\n  receiver: y\nreceivers:\n- name: x\n",
      'undefined receiver "y" used in route',
    ],
    ["no route", "receivers:\n- name: x\n", "no routes provided"],
    [
      "unknown field",
      "route:\n  receiver: x\n  foo: 1\nreceivers:\n- name: x\n",
      "yaml: unmarshal errors:\n  line 3: field foo not found in type config.plain",
    ],
    ["duplicate group_by", base("  group_by: [a, a]\n"), 'duplicated label "a" in group_by'],
    [
      "wildcard mix",
      base("  group_by: ['...', a]\n"),
      "cannot have wildcard group_by (`...`) and other other labels at the same time",
    ],
    ["bad duration", base("  group_wait: 5x\n"), 'not a valid duration string: "5x"'],
    ["zero interval", base("  group_interval: 0s\n"), "group_interval cannot be zero"],
    [
      "bad regex",
      base("  routes:\n  - matchers: ['a=~\"(\"']\n"),
      "error parsing regexp: missing closing ): `^(?:()$`",
    ],
    [
      "duplicate receiver",
      "route:\n  receiver: x\nreceivers:\n- name: x\n- name: x\n",
      'notification config name "x" is not unique',
    ],
    [
      "smtp",
      "route:\n  receiver: x\nreceivers:\n- name: x\n  email_configs:\n  - to: a@b\n",
      "no global SMTP smarthost set",
    ],
    [
      "webhook scheme",
      "route:\n  receiver: x\nreceivers:\n- name: x\n  webhook_configs:\n  - url: ftp://x\n",
      'unsupported scheme "ftp" for URL',
    ],
    [
      "undefined interval",
      base("  routes:\n  - mute_time_intervals: [m]\n"),
      'undefined time interval "m" used in route',
    ],
    [
      "bad clock",
      "route:\n  receiver: x\nreceivers:\n- name: x\ntime_intervals:\n- name: m\n  time_intervals:\n  - times: [{start_time: '25:00', end_time: '26:00'}]\n",
      "couldn't parse timestamp 25:00, invalid format",
    ],
    [
      "file secrets",
      "route:\n  receiver: x\nreceivers:\n- name: x\n  webhook_configs:\n  - url: http://h\n    http_config:\n      bearer_token_file: /x\n",
      "setting password_file, bearer_token_file and credentials_file is not allowed",
    ],
  ] as const) {
    it(`rejects: ${name}`, () => {
      assert.throws(
        () => loadConfig(text),
        (e: Error) => {
          assert.equal(e.message, msg);
          return true;
        },
      );
    });
  }
});
