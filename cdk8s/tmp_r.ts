import { render, toYamlStream } from "./render.ts";
const c: any = { apiVersion: "mimirts.dev/v1alpha1", kind: "MimirCluster", metadata: { name: "m", namespace: "mimir" }, spec: { deploymentMode: "microservices", zones: [{name: "zone-a"}, {name: "zone-b"}, {name: "zone-c"}], storage: { backend: "s3", s3: { bucket: "blocks", credentialsSecret: {name: "s3"} } }, caches: { chunks: { enabled: true }, results: {enabled: true} }, networkPolicy: {enabled: true} } };
const t0 = performance.now();
const objs = render(c, []);
console.error(performance.now() - t0, objs.length);
console.log(toYamlStream(objs));
