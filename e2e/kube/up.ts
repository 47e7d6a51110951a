/**
 * `npm run kube:up`: starts the local Kubernetes, prints the KUBECONFIG path and runs until
 * Ctrl-C (SIGINT) or SIGTERM, then removes everything it created.
 * `npm run kube:up -- --cleanup` only removes what earlier (crashed) runs left behind.
 */
import { cleanupLeftovers, LocalCluster } from "./cluster.ts";

if (process.argv.includes("--cleanup")) {
  const removed = await cleanupLeftovers();
  console.log(removed.length ? `removed:\n  ${removed.join("\n  ")}` : "nothing to remove");
  process.exit(0);
}

const verbose = process.argv.includes("-v");
const cluster = await LocalCluster.start({ log: verbose ? (m) => console.error(m) : undefined });
console.log(
  `local Kubernetes is up: API server ${cluster.url}, cluster DNS ${cluster.dnsServer}:53`,
);
console.log(`export KUBECONFIG=${cluster.kubeconfigPath}`);
console.log("Ctrl-C stops it and removes its pods, network namespaces, bridge and files.");
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log("stopping...");
  await cluster.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
