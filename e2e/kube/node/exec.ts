/** Runs a host command (ip, mount, ...) and resolves with its stdout; rejects with its stderr. */
import { execFile } from "node:child_process";

export function run(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: 30_000 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${cmd} ${args.join(" ")}: ${stderr.trim() || err.message}`));
      else resolve(stdout);
    });
  });
}

/** Like run, but a failure is ignored (teardown of what may already be gone). */
export async function tryRun(cmd: string, args: string[]): Promise<void> {
  try {
    await run(cmd, args);
  } catch {
    // Already gone.
  }
}
