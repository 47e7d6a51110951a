/**
 * Decodes the Kubernetes protobuf request bodies kubectl's typed commands send (`kubectl create
 * namespace|configmap|secret|serviceaccount`, `kubectl auth can-i`): the "k8s\0" +
 * runtime.Unknown envelope and, inside it, ObjectMeta plus the few fields of those kinds. Field numbers are those of the published
 * k8s.io/api wire format. Other kinds answer 415.
 */
import protobuf from "protobufjs";

type Fields = Map<number, Array<number | Uint8Array>>;

function readFields(buf: Uint8Array): Fields {
  const r = protobuf.Reader.create(buf);
  const out: Fields = new Map();
  while (r.pos < r.len) {
    const tag = r.uint32();
    const no = tag >>> 3;
    const wt = tag & 7;
    let v: number | Uint8Array;
    if (wt === 0) v = Number(r.int64());
    else if (wt === 2) v = r.bytes();
    else {
      r.skipType(wt);
      continue;
    }
    if (!out.has(no)) out.set(no, []);
    out.get(no)!.push(v);
  }
  return out;
}

const td = new TextDecoder();

function str(f: Fields, no: number): string | undefined {
  const v = f.get(no)?.[0];
  return v instanceof Uint8Array ? td.decode(v) : undefined;
}

function stringMap(f: Fields, no: number, bytesValues = false): Record<string, string> | undefined {
  const entries = f.get(no);
  if (!entries) return undefined;
  const out: Record<string, string> = {};
  for (const e of entries) {
    const kv = readFields(e as Uint8Array);
    const val = kv.get(2)?.[0];
    out[str(kv, 1) ?? ""] =
      val instanceof Uint8Array
        ? bytesValues
          ? Buffer.from(val).toString("base64")
          : td.decode(val)
        : "";
  }
  return out;
}

function objectMeta(buf: Uint8Array): any {
  const f = readFields(buf);
  const m: Record<string, any> = {};
  const set = (k: string, v: unknown) => {
    if (v !== undefined && v !== "") m[k] = v;
  };
  set("name", str(f, 1));
  set("generateName", str(f, 2));
  set("namespace", str(f, 3));
  set("labels", stringMap(f, 11));
  set("annotations", stringMap(f, 12));
  return m;
}

export function isK8sProtobuf(body: Buffer): boolean {
  return (
    body.length >= 4 && body[0] === 0x6b && body[1] === 0x38 && body[2] === 0x73 && body[3] === 0
  );
}

/** Returns the JSON form of a protobuf body, or undefined for a kind this decoder does not know. */
export function decodeK8sProtobuf(body: Buffer): any | undefined {
  const env = readFields(body.subarray(4));
  const tm = env.get(1)?.[0];
  const raw = env.get(2)?.[0];
  if (!(tm instanceof Uint8Array) || !(raw instanceof Uint8Array)) return undefined;
  const tmf = readFields(tm);
  const apiVersion = str(tmf, 1) ?? "";
  const kind = str(tmf, 2) ?? "";
  const f = readFields(raw);
  const meta = f.get(1)?.[0];
  const obj: Record<string, any> = {
    apiVersion,
    kind,
    metadata: meta instanceof Uint8Array ? objectMeta(meta) : {},
  };
  switch (`${apiVersion}/${kind}`) {
    case "v1/Namespace":
    case "v1/ServiceAccount":
      return obj;
    case "v1/ConfigMap": {
      const d = stringMap(f, 2);
      if (d) obj.data = d;
      const b = stringMap(f, 3, true);
      if (b) obj.binaryData = b;
      return obj;
    }
    case "v1/Secret": {
      const d = stringMap(f, 2, true);
      if (d) obj.data = d;
      const t = str(f, 3);
      if (t) obj.type = t;
      const sd = stringMap(f, 4);
      if (sd) obj.stringData = sd;
      return obj;
    }
    case "authorization.k8s.io/v1/SelfSubjectAccessReview":
    case "authorization.k8s.io/v1/SubjectAccessReview":
    case "authorization.k8s.io/v1/LocalSubjectAccessReview": {
      const spec = f.get(2)?.[0];
      if (!(spec instanceof Uint8Array)) return obj;
      const sf = readFields(spec);
      obj.spec = {};
      const ra = sf.get(1)?.[0];
      if (ra instanceof Uint8Array) {
        const af = readFields(ra);
        const keys = ["namespace", "verb", "group", "version", "resource", "subresource", "name"];
        obj.spec.resourceAttributes = {};
        keys.forEach((k, i) => {
          const v = str(af, i + 1);
          if (v !== undefined) obj.spec.resourceAttributes[k] = v;
        });
      }
      const na = sf.get(2)?.[0];
      if (na instanceof Uint8Array) {
        const nf = readFields(na);
        obj.spec.nonResourceAttributes = { path: str(nf, 1) ?? "", verb: str(nf, 2) ?? "" };
      }
      const user = str(sf, 3);
      if (user) obj.spec.user = user;
      const groups = (sf.get(4) ?? [])
        .filter((g): g is Uint8Array => g instanceof Uint8Array)
        .map((g) => td.decode(g));
      if (groups.length) obj.spec.groups = groups;
      return obj;
    }
    default:
      return undefined;
  }
}

/**
 * A minimal OpenAPI v2 document in the gnostic protobuf encoding kubectl asks /openapi/v2 for:
 * swagger (1) and info (2: title 1, version 2), no paths or definitions.
 */
export function openapiV2Protobuf(): Uint8Array {
  const w = protobuf.Writer.create();
  w.uint32((1 << 3) | 2).string("2.0");
  w.uint32((2 << 3) | 2)
    .fork()
    .uint32((1 << 3) | 2)
    .string("Kubernetes")
    .uint32((2 << 3) | 2)
    .string("v1.32.0")
    .ldelim();
  return w.finish();
}
