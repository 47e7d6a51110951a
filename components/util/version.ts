/** Build information reported by -version and /api/v1/status/buildinfo. */
import { readFileSync } from "node:fs";

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    return String(pkg.version);
  } catch {
    return "unknown";
  }
}

export const BUILD_INFO = {
  version: packageVersion(),
  revision: "",
  branch: "",
  runtimeVersion: `node${process.versions.node}`,
};
