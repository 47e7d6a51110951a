// Runs s3rver (a real S3 API server) for tests: node s3rver.cjs <directory>
// Listens on 127.0.0.1 on a free port and prints {"port":N} on one line of stdout once ready.
// Exits when stdin closes (the parent test process died or ended) or on SIGTERM.
"use strict";
const S3rver = require("s3rver");
const FilesystemStore = require("s3rver/lib/stores/filesystem");

// s3rver 3.7 drops common prefixes whose directory holds only sub-directories when listing
// with a delimiter (it never walks below the first level). Real S3 lists them; rebuild the
// delimiter listing from a full walk so tests see S3's behaviour.
const listObjects = FilesystemStore.prototype.listObjects;
FilesystemStore.prototype.listObjects = async function (bucket, options) {
  const delimiter = options.delimiter;
  if (!delimiter) return listObjects.call(this, bucket, options);
  const all = await listObjects.call(this, bucket, { ...options, delimiter: "", maxKeys: Infinity });
  const prefix = options.prefix || "";
  const maxKeys = options.maxKeys === undefined ? Infinity : options.maxKeys;
  const objects = [];
  const commonPrefixes = new Set();
  for (const o of all.objects) {
    const idx = o.key.slice(prefix.length).indexOf(delimiter);
    if (idx !== -1) commonPrefixes.add(o.key.slice(0, prefix.length + idx + 1));
    else objects.push(o);
  }
  return { objects: objects.slice(0, maxKeys), commonPrefixes: [...commonPrefixes].sort(), isTruncated: objects.length > maxKeys };
};

const directory = process.argv[2];
if (!directory) {
  console.error("usage: s3rver.cjs <directory>");
  process.exit(2);
}
const server = new S3rver({ address: "127.0.0.1", port: 0, directory, silent: true, vhostBuckets: false });
server.run().then(
  (addr) => {
    process.stdout.write(JSON.stringify({ port: addr.port }) + "\n");
  },
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
const stop = () => {
  server.close().finally(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.stdin.on("end", stop);
process.stdin.resume();
