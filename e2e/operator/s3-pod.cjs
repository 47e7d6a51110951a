// An S3 API (s3rver) for the operator e2e tests, run as a pod with the component image:
//   node /app/e2e/operator/s3-pod.cjs <directory> <bucket> [port]
// Listens on 0.0.0.0:<port> (default 9000), creates <bucket>, accepts the keys S3RVER/S3RVER,
// and runs until SIGTERM.
"use strict";
const S3rver = require("s3rver");

const [directory, bucket, port] = process.argv.slice(2);
if (!directory || !bucket) {
  console.error("usage: s3-pod.cjs <directory> <bucket> [port]");
  process.exit(2);
}
const server = new S3rver({
  address: "0.0.0.0",
  port: Number(port ?? 9000),
  directory,
  silent: true,
  vhostBuckets: false,
  configureBuckets: [{ name: bucket }],
});
server.run().then(
  (addr) => console.log(`s3rver listening on ${addr.address}:${addr.port}, bucket ${bucket}`),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
process.on("SIGTERM", () => server.close().then(() => process.exit(0)));
