import { f } from "../config/spec.ts";

export const runtimeConfigBlock = {
  period: f.duration(
    "runtime-config.reload-period",
    10_000,
    "How often to check runtime config files.",
    {
      validate: (v) => (v <= 0 ? "must be greater than 0" : undefined),
    },
  ),
  file: f.string(
    "runtime-config.file",
    "",
    "Comma separated list of yaml files with the configuration that can be updated at runtime. Runtime config files will be merged from left to right.",
    { path: "list" },
  ),
};
