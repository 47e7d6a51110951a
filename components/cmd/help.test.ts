/**
 * -help and -help-all list Mimir's flags in Mimir's categories (the descriptor data says which):
 * basic flags in -help, every flag in -help-all.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { allFlags, COMMAND_FLAGS } from "../app/config.ts";
import { descriptorRows } from "../util/config/descriptor/descriptor.ts";
import { formatHelp } from "./help.ts";

const rows = descriptorRows();

describe("-help and -help-all", () => {
  it("lists basic flags in -help and every flag in -help-all, with categories as Mimir's", () => {
    const basic = formatHelp(allFlags(), COMMAND_FLAGS, false);
    const all = formatHelp(allFlags(), COMMAND_FLAGS, true);
    const listed = (text: string) =>
      new Set([...text.matchAll(/^ {2}-([^\s]+)/gm)].map((m) => m[1]));
    const inBasic = listed(basic);
    const inAll = listed(all);
    const problems: string[] = [];
    for (const [path, flag, , , category] of rows) {
      if (flag === null) continue;
      if (!inAll.has(flag)) problems.push(`-help-all lacks -${flag}`);
      const isBasic =
        category === null &&
        path !== "blocks_storage.tsdb.isolation_enabled" &&
        path !== "ingester.active_series_custom_trackers";
      if (isBasic !== inBasic.has(flag))
        problems.push(`-help ${isBasic ? "lacks" : "lists"} -${flag} (${category ?? "basic"})`);
    }
    assert.deepEqual(problems, []);
    assert.match(all, /-ingester\.ring\.consul\.hostname string\n\s+.*not implemented yet/);
    assert.match(all, /\[experimental\] /);
  });
});
