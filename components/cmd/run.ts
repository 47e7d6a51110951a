/**
 * The body of the mimir-ts binary (entry point: mimir.ts): `-target` selects the components this
 * process runs (default `all`); `mimir-ts render ...` renders Kubernetes manifests (cdk8s/cli.ts).
 *
 * Exit codes: 0 after a clean stop (SIGTERM/SIGINT), 1 for invalid config, a failed service or a
 * stop that did not finish within -server.graceful-shutdown-timeout (after -shutdown-delay).
 */
import module from "node:module";
import process from "node:process";
import { App } from "../app/app.ts";
import {
  allFlags,
  COMMAND_FLAGS,
  ConfigError,
  deprecationWarnings,
  loadConfig,
  unimplementedKeysSet,
} from "../app/config.ts";
import { formatModuleList, whyTargetsCannotServe } from "../app/modules.ts";
import { type LogFormat, type LogLevel, newLogger } from "../util/log.ts";
import { BUILD_INFO } from "../util/version.ts";
import { formatHelp } from "./help.ts";

async function main(argv: string[]): Promise<number> {
  if (argv[0] === "render") {
    const cli = await import(new URL("../../cdk8s/cli.ts", import.meta.url).href);
    return cli.runRender(argv.slice(1), {
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
    });
  }

  // Every relative path in the config is resolved against this once (see util/config/paths.ts);
  // nothing later reads the working directory, which may be deleted under a running process.
  let workingDir: string;
  try {
    workingDir = process.cwd();
  } catch (e) {
    process.stderr.write(
      `cannot determine the working directory (was it deleted?): ${(e as Error).message}\n`,
    );
    return 1;
  }
  let loaded: ReturnType<typeof loadConfig>;
  try {
    loaded = loadConfig({ args: argv, env: process.env, workingDir });
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      return 1;
    }
    throw e;
  }
  const { config, commandFlags } = loaded;
  if (commandFlags.has("help") || commandFlags.has("h") || commandFlags.has("help-all")) {
    process.stdout.write(formatHelp(allFlags(), COMMAND_FLAGS, commandFlags.has("help-all")));
    return 0;
  }
  if (commandFlags.has("version")) {
    process.stdout.write(
      `mimir-ts, version ${BUILD_INFO.version} (${BUILD_INFO.runtimeVersion})\n`,
    );
    return 0;
  }
  if (commandFlags.has("modules")) {
    process.stdout.write(formatModuleList());
    return 0;
  }

  const cannotServe = whyTargetsCannotServe(config.target);
  if (cannotServe !== undefined) {
    process.stderr.write(`${cannotServe}\n`);
    return 1;
  }

  const logger = newLogger({
    format: config.server.log_format as LogFormat,
    level: config.server.log_level as LogLevel,
  });
  for (const warning of deprecationWarnings(config)) logger.warn(warning);
  const ignored = unimplementedKeysSet(config, workingDir);
  if (ignored.length > 0)
    logger.warn(
      { keys: ignored },
      `config sets keys that are not implemented yet and have no effect: ${ignored.join(", ")}`,
    );
  const app = new App(config, { logger });
  process.on("unhandledRejection", (reason) => {
    logger.error(
      { err: reason instanceof Error ? reason.message : String(reason) },
      "unhandled promise rejection",
    );
  });

  let exitCode = 0;
  let stopping: Promise<void> | undefined;
  const stop = (code: number, delay: number) => {
    if (stopping) return stopping;
    exitCode = code;
    app.markStopping();
    // A module that cannot finish stopping (a hung disk, a stuck flush) must not keep the
    // process alive: after the shutdown delay plus the graceful shutdown timeout it exits anyway.
    const limit = delay + (config.server.graceful_shutdown_timeout || 30_000);
    setTimeout(() => {
      logger.error({ timeout: `${limit}ms` }, "graceful shutdown did not finish in time; exiting");
      setTimeout(() => process.exit(1), 100).unref();
    }, limit).unref();
    stopping = (async () => {
      if (delay > 0) await new Promise((r) => setTimeout(r, delay));
      await app.stop();
    })();
    return stopping;
  };

  const done = new Promise<void>((resolve) => {
    for (const sig of ["SIGTERM", "SIGINT"] as const) {
      process.on(sig, () => {
        logger.info({ signal: sig }, "received signal, stopping");
        stop(0, config.shutdown_delay).then(resolve);
      });
    }
    app.onServiceFailure((module, err) => {
      logger.error({ module, err: err.message }, "module failed, stopping");
      stop(1, 0).then(resolve);
    });
  });

  try {
    await app.init();
    await app.start();
  } catch (e) {
    const msg = (e as Error).message;
    logger.error({ err: msg }, "failed to start");
    if (e instanceof ConfigError) process.stderr.write(`${msg}\n`);
    return 1;
  }
  logger.info({ version: BUILD_INFO.version, modules: app.modules.join(",") }, "mimir-ts started");
  // Write the compile cache (see mimir.ts) now rather than at exit, so a killed process still
  // leaves it for the next start.
  module.flushCompileCache?.();
  await done;
  logger.info("mimir-ts stopped");
  return exitCode;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // Let pino flush, then exit even if a stray handle keeps the loop alive.
    setTimeout(() => process.exit(code), 100).unref();
  },
  (e) => {
    process.stderr.write(`mimir-ts: ${(e as Error).message}\n`);
    process.exit(1);
  },
);
