/**
 * `mimir-ts render -f mimircluster.yaml [-f tenants.yaml] > manifests.yaml`
 *
 * Reads MimirCluster and MimirTenant documents (files, or stdin with `-f -` or no -f), checks
 * them with the CRD schemas and prints the rendered objects as one YAML stream. Exit codes:
 * 0 rendered, 1 invalid input, 2 usage error.
 *
 * Standalone: `node cdk8s/cli.ts render -f examples/monolithic/mimircluster.yaml`.
 */
import { readFile } from "node:fs/promises";
import { loadAll } from "js-yaml";
import { render, toYamlStream } from "./render.ts";
import { ValidationError, validateInput } from "./validate.ts";

export interface RenderIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = `Usage: mimir-ts render -f <file> [-f <file> ...]

Renders a MimirCluster and its MimirTenants into Kubernetes manifests on stdout.

  -f, --filename <file>   A YAML file with MimirCluster and/or MimirTenant documents; "-" reads stdin.
                          Without -f, stdin is read.
  -h, --help              Show this help.
`;

async function readStream(s: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of s) chunks.push(typeof c === "string" ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

function write(s: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    s.write(text, (err) => (err ? reject(err) : resolve()));
  });
}

/** Runs `render` with its arguments (without the word "render"); returns the exit code. */
export async function runRender(args: string[], io: RenderIO): Promise<number> {
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "-h" || a === "--help" || a === "-help") {
      await write(io.stdout, USAGE);
      return 0;
    }
    const m = /^--?(?:f|filename)(?:=(.*))?$/.exec(a);
    if (m) {
      const v = m[1] ?? args[++i];
      if (v === undefined || v === "") {
        await write(io.stderr, `error: ${a} needs a file name\n\n${USAGE}`);
        return 2;
      }
      files.push(v);
      continue;
    }
    await write(io.stderr, `error: unexpected argument ${JSON.stringify(a)}\n\n${USAGE}`);
    return 2;
  }
  if (files.length === 0) files.push("-");

  const docs: { obj: unknown; source: string }[] = [];
  for (const f of files) {
    const source = f === "-" ? "<stdin>" : f;
    let text: string;
    try {
      text = f === "-" ? await readStream(io.stdin) : await readFile(f, "utf8");
    } catch (err) {
      await write(io.stderr, `error: cannot read ${source}: ${(err as Error).message}\n`);
      return 1;
    }
    let parsed: unknown[];
    try {
      parsed = loadAll(text);
    } catch (err) {
      await write(io.stderr, `error: ${source}: invalid YAML: ${(err as Error).message}\n`);
      return 1;
    }
    parsed.forEach((obj, i) => {
      docs.push({ obj, source: parsed.length > 1 ? `${source} (document ${i + 1})` : source });
    });
  }

  try {
    const input = validateInput(docs);
    for (const w of input.warnings) await write(io.stderr, `warning: ${w}\n`);
    await write(io.stdout, toYamlStream(render(input.cluster, input.tenants)));
    return 0;
  } catch (err) {
    if (err instanceof ValidationError) {
      await write(io.stderr, `error: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

if (import.meta.main) {
  const [cmd, ...rest] = process.argv.slice(2);
  if (cmd !== "render") {
    process.stderr.write(`${USAGE}`);
    process.exitCode = 2;
  } else {
    process.exitCode = await runRender(rest, {
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
    });
  }
}
