/**
 * Starting and stopping the local cluster leaves nothing behind, and a run that crashed (killed
 * with SIGKILL while a pod runs) is cleaned up by the next start: its pod processes, network
 * namespaces, bridge, veths and state directory go. Local-only (skipped when KUBECONFIG is set).
 */
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { cleanupLeftovers, LocalCluster, STATE_ROOT } from "./cluster.ts";
import { run } from "./node/exec.ts";
import { BUSYBOX_IMAGE, eventually, runKubectl } from "./harness.ts";

async function traces(id: string): Promise<string[]> {
  const out: string[] = [];
  const ns = await run("ip", ["netns", "list"]);
  for (const l of ns.split("\n")) if (l.startsWith(`mk8s-${id}-`)) out.push(`netns ${l}`);
  const links = await run("ip", ["-o", "link", "show"]);
  for (const l of links.split("\n"))
    if (l.includes(`mk8s${id}`)) out.push(`link ${l.split(":")[1]}`);
  if (existsSync(join(STATE_ROOT, `mk8s-${id}`))) out.push("state dir");
  if (existsSync("/etc/netns"))
    for (const e of readdirSync("/etc/netns"))
      if (e.startsWith(`mk8s-${id}-`)) out.push(`/etc/netns/${e}`);
  return out;
}

const POD = `apiVersion: v1
kind: Pod
metadata: {name: sleeper}
spec:
  containers:
  - name: c
    image: ${BUSYBOX_IMAGE}
    command: ["sleep", "3600"]
`;

describe("local cluster cleanup", { skip: !!process.env.KUBECONFIG, timeout: 60_000 }, () => {
  it("removes what it created on stop", async () => {
    const c = await LocalCluster.start();
    await runKubectl(c.kubeconfigPath, ["apply", "-f", "-"], POD);
    await eventually(
      async () =>
        (
          await runKubectl(c.kubeconfigPath, [
            "get",
            "pod",
            "sleeper",
            "-o",
            "jsonpath={.status.phase}",
          ])
        ).stdout === "Running",
    );
    assert.ok((await traces(c.id)).length > 0);
    await c.stop();
    assert.deepEqual(await traces(c.id), []);
  });

  it("removes what a crashed run left behind", async () => {
    const up = spawn(process.execPath, [new URL("./up.ts", import.meta.url).pathname], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    up.stdout.on("data", (d) => {
      out += d;
    });
    const kubeconfig: string = await eventually(
      async () => /export KUBECONFIG=(\S+)/.exec(out)?.[1] ?? "",
      20_000,
      "the cluster to start",
    );
    const id = /mk8s-([a-z0-9]{4})\//.exec(kubeconfig)![1]!;
    await runKubectl(kubeconfig, ["apply", "-f", "-"], POD);
    const ip = await eventually(
      async () =>
        (await runKubectl(kubeconfig, ["get", "pod", "sleeper", "-o", "jsonpath={.status.podIP}"]))
          .stdout,
      20_000,
      "the pod's IP",
    );
    assert.match(ip, /^10\.244\./);
    const pids = await eventually(
      async () => (await run("ip", ["netns", "pids", `mk8s-${id}-0`])).trim(),
      10_000,
      "the pod's process",
    );
    up.kill("SIGKILL");
    await new Promise((r) => up.once("exit", r));
    assert.ok((await traces(id)).length > 0, "the crash left things behind");
    const removed = await cleanupLeftovers();
    assert.ok(
      removed.some((r) => r.startsWith("netns mk8s-")),
      removed.join("\n"),
    );
    assert.deepEqual(await traces(id), []);
    // Killed: gone, or a zombie until its new parent reaps it.
    for (const pid of pids.split("\n")) {
      const gone = await eventually(
        async () =>
          !existsSync(`/proc/${pid}`) || / Z /.test(readFileSync(`/proc/${pid}/stat`, "utf8")),
        5_000,
        `process ${pid} to die`,
      );
      assert.ok(gone);
    }
  });
});
