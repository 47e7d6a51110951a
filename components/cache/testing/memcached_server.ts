/**
 * Starts a real memcached for tests as a child process on a free 127.0.0.1 port.
 * `memcachedBinary()` is undefined when memcached is not installed (tests skip then).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

export function memcachedBinary(): string | undefined {
  for (const p of ["memcached", "/usr/bin/memcached", "/usr/local/bin/memcached"]) {
    const r = spawnSync(p, ["-h"], { stdio: "ignore" });
    if (!r.error) return p;
  }
  return undefined;
}

export const SKIP_NO_MEMCACHED = memcachedBinary()
  ? false
  : "memcached binary not found: install it (apt-get install -y memcached) to run these tests";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

async function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, "127.0.0.1");
    s.once("connect", () => {
      s.destroy();
      resolve(true);
    });
    s.once("error", () => resolve(false));
  });
}

export interface MemcachedServer {
  port: number;
  address: string;
  stop(): Promise<void>;
}

/**
 * memcached runs under a small sh wrapper that kills it when our stdin closes, so it never
 * outlives the test process (even when that process is killed).
 */
const WRAPPER =
  '"$0" "$@" & pid=$!; read _ignored; kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null; exit 0';

export async function startMemcached(extraArgs: string[] = []): Promise<MemcachedServer> {
  const bin = memcachedBinary();
  if (!bin) throw new Error("memcached binary not found");
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const args = ["-l", "127.0.0.1", "-p", String(port), "-U", "0", "-m", "64", ...extraArgs];
    if (process.getuid?.() === 0) args.push("-u", "root");
    const child: ChildProcess = spawn("sh", ["-c", WRAPPER, bin, ...args], {
      stdio: ["pipe", "ignore", "ignore"],
    });
    let exited = false;
    const exit = new Promise<void>((r) =>
      child.once("exit", () => {
        exited = true;
        r();
      }),
    );
    const stop = async () => {
      if (!exited) child.stdin?.end();
      await exit;
    };
    for (let i = 0; i < 100 && !exited; i++) {
      if (await canConnect(port)) return { port, address: `127.0.0.1:${port}`, stop };
      await sleep(20);
    }
    await stop();
  }
  throw new Error("could not start memcached");
}
