/** Which host paths of the "image" a pod's volume mounts would hide (kubelet.ts). */
import assert from "node:assert/strict";
import { test } from "node:test";
import { hostPathsHiddenBy } from "./kubelet.ts";

test("a volume over a parent of the repository hides it; others do not", () => {
  const host = ["/tmp/ci/repo", "/tmp/ci/repo/node_modules/node/bin", "/usr/local/bin"];
  assert.deepEqual(hostPathsHiddenBy(["/tmp", "/etc/mimir"], host), ["/tmp/ci/repo"]);
  assert.deepEqual(hostPathsHiddenBy(["/tmp/ci/repo"], host), ["/tmp/ci/repo"]);
  assert.deepEqual(hostPathsHiddenBy(["/tmpfoo", "/data", "/tmp/ci/repo2"], host), []);
  assert.deepEqual(hostPathsHiddenBy(["/usr"], host), ["/usr/local/bin"]);
  assert.deepEqual(hostPathsHiddenBy(["/"], host), ["/tmp/ci/repo", "/usr/local/bin"]);
});
