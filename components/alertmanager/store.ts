/**
 * Per-tenant Alertmanager configurations and state in the alertmanager bucket, Mimir's layout:
 * `alerts/<tenant>` holds the AlertConfigDesc protobuf (1: user, 2: raw_config, 3: repeated
 * templates {1: filename, 2: body}); `alertmanager/<tenant>/fullstate` holds the tenant's
 * silences and notification log (our own JSON encoding of the state, see state.ts).
 */
import protobuf from "protobufjs/minimal.js";
import type { Bucket } from "../storage/bucket/bucket.ts";

export interface TemplateDesc {
  filename: string;
  body: string;
}

export interface AlertConfigDesc {
  user: string;
  raw_config: string;
  templates: TemplateDesc[];
}

export function encodeAlertConfigDesc(d: AlertConfigDesc): Uint8Array {
  const w = protobuf.Writer.create();
  if (d.user !== "") w.uint32(10).string(d.user);
  if (d.raw_config !== "") w.uint32(18).string(d.raw_config);
  for (const t of d.templates) {
    w.uint32(26).fork();
    if (t.filename !== "") w.uint32(10).string(t.filename);
    if (t.body !== "") w.uint32(18).string(t.body);
    w.ldelim();
  }
  return w.finish();
}

export function decodeAlertConfigDesc(buf: Uint8Array): AlertConfigDesc {
  const r = protobuf.Reader.create(buf);
  const d: AlertConfigDesc = { user: "", raw_config: "", templates: [] };
  while (r.pos < r.len) {
    const tag = r.uint32();
    switch (tag >>> 3) {
      case 1:
        d.user = r.string();
        break;
      case 2:
        d.raw_config = r.string();
        break;
      case 3: {
        const end = r.uint32() + r.pos;
        const t: TemplateDesc = { filename: "", body: "" };
        while (r.pos < end) {
          const tt = r.uint32();
          if (tt >>> 3 === 1) t.filename = r.string();
          else if (tt >>> 3 === 2) t.body = r.string();
          else r.skipType(tt & 7);
        }
        d.templates.push(t);
        break;
      }
      default:
        r.skipType(tag & 7);
    }
  }
  return d;
}

const CONFIG_PREFIX = "alerts/";
const STATE_PREFIX = "alertmanager/";

/** Configs and full states of every tenant in one bucket. */
export class AlertStore {
  private readonly bucket: Bucket;

  constructor(bucket: Bucket) {
    this.bucket = bucket;
  }

  /** Tenants with a stored configuration. */
  async listUsers(): Promise<string[]> {
    const out: string[] = [];
    await this.bucket.iter(CONFIG_PREFIX, (name) => {
      if (!name.endsWith("/")) out.push(name.slice(CONFIG_PREFIX.length));
    });
    return out.sort();
  }

  /** The tenant's config, or undefined when there is none. */
  async getConfig(user: string): Promise<AlertConfigDesc | undefined> {
    try {
      return decodeAlertConfigDesc(await this.bucket.get(CONFIG_PREFIX + user));
    } catch (e) {
      if (this.bucket.isObjNotFoundErr(e)) return undefined;
      throw e;
    }
  }

  async setConfig(d: AlertConfigDesc): Promise<void> {
    await this.bucket.upload(CONFIG_PREFIX + d.user, encodeAlertConfigDesc(d));
  }

  /** Deleting a missing config is not an error. */
  async deleteConfig(user: string): Promise<void> {
    try {
      await this.bucket.delete(CONFIG_PREFIX + user);
    } catch (e) {
      if (!this.bucket.isObjNotFoundErr(e)) throw e;
    }
  }

  async getFullState(user: string): Promise<Buffer | undefined> {
    try {
      return await this.bucket.get(`${STATE_PREFIX}${user}/fullstate`);
    } catch (e) {
      if (this.bucket.isObjNotFoundErr(e)) return undefined;
      throw e;
    }
  }

  async setFullState(user: string, state: Buffer): Promise<void> {
    await this.bucket.upload(`${STATE_PREFIX}${user}/fullstate`, state);
  }

  async deleteFullState(user: string): Promise<void> {
    try {
      await this.bucket.delete(`${STATE_PREFIX}${user}/fullstate`);
    } catch (e) {
      if (!this.bucket.isObjNotFoundErr(e)) throw e;
    }
  }
}
