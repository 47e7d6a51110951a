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

export async function startMemcached(extraArgs: string[] = []): Promise<MemcachedServer> {
  const bin = memcachedBinary();
  if (!bin) throw new Error("memcached binary not found");
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const args = ["-l", "127.0.0.1", "-p", String(port), "-U", "0", "-m", "64", ...extraArgs];
    if (process.getuid?.() === 0) args.push("-u", "root");
    const child: ChildProcess = spawn(bin, args, { stdio: ["ignore", "ignore", "pipe"] });
    let exited = false;
    child.once("exit", () => {
      exited = true;
    });
    for (let i = 0; i < 100 && !exited; i++) {
      if (await canConnect(port)) {
        return {
          port,
          address: `127.0.0.1:${port}`,
          stop: async () => {
            if (exited) return;
            const done = new Promise((r) => child.once("exit", r));
            child.kill("SIGKILL"); // memcached takes ~1s to exit on SIGTERM; its data does not matter here
            await done;
          },
        };
      }
      await sleep(20);
    }
    if (!exited) child.kill("SIGKILL");
  }
  throw new Error("could not start memcached");
}
