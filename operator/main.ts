#!/usr/bin/env node
/**
 * Entry point of the operator image. The reconciler (watch MimirCluster/MimirTenant, apply what
 * cdk8s/ renders with server-side apply, drive rollouts and downscales) is the subject of the
 * operator issue and is not part of this release yet; until then, render manifests with
 * `mimir-ts render -f mimircluster.yaml` and apply them with kubectl, Argo CD or Flux.
 */
import process from "node:process";

process.stderr.write(
  "mimir-ts operator: the reconciler is not available in this release; use `mimir-ts render -f mimircluster.yaml | kubectl apply -f -`\n",
);
process.exitCode = 1;
