#!/bin/sh
# Regenerates components/proto/generated/ from the .proto files here. Run from the repository root.
set -e
cd "$(dirname "$0")/../.."
node_modules/.bin/pbjs -t static-module -w es6 --es6 --no-verify --no-delimited --no-service --no-comments \
  -p components/proto -o components/proto/generated/protos.js components/proto/*.proto
node_modules/.bin/pbjs -t static-module -w es6 --es6 --no-verify --no-delimited --no-service \
  -p components/proto components/proto/*.proto | node_modules/.bin/pbts -o components/proto/generated/protos.d.ts -
