/**
 * Where the ruler keeps each tenant's rule groups (Mimir's rulestore):
 *
 * - BucketRuleStore: an object storage bucket (filesystem or S3), one protobuf RuleGroupDesc
 *   per object at `rules/<tenant>/<base64url(namespace)>/<base64url(group)>` (Go's
 *   base64.URLEncoding: URL alphabet, with padding).
 * - LocalRuleStore: read-only Prometheus rule files in `<directory>/<tenant>/<namespace>`
 *   (ruler_storage.backend: local).
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Bucket } from "../storage/bucket/bucket.ts";
import {
  decodeRuleGroup,
  encodeRuleGroup,
  parseRuleFileYaml,
  type RuleGroupDesc,
} from "./rulegroup.ts";

/** A rule group's identity without its rules. */
export interface RuleGroupKey {
  user: string;
  namespace: string;
  name: string;
}

export class GroupNotFoundError extends Error {
  constructor() {
    super("group does not exist");
  }
}

export class NamespaceNotFoundError extends Error {
  constructor() {
    super("group namespace does not exist");
  }
}

export class ReadOnlyStoreError extends Error {}

export interface RuleStore {
  /** Tenants that have at least one rule group, sorted. */
  listAllUsers(): Promise<string[]>;
  /** Group keys of a tenant (of one namespace when namespace is not ""), sorted by namespace then name. */
  listRuleGroups(user: string, namespace: string): Promise<RuleGroupKey[]>;
  /** Full groups of a tenant (of one namespace when namespace is not ""), in listRuleGroups order. */
  loadRuleGroups(user: string, namespace: string): Promise<RuleGroupDesc[]>;
  /** Throws GroupNotFoundError. */
  getRuleGroup(user: string, namespace: string, name: string): Promise<RuleGroupDesc>;
  setRuleGroup(user: string, namespace: string, g: RuleGroupDesc): Promise<void>;
  /** Throws GroupNotFoundError. */
  deleteRuleGroup(user: string, namespace: string, name: string): Promise<void>;
  /** Throws NamespaceNotFoundError when the namespace has no group. */
  deleteNamespace(user: string, namespace: string): Promise<void>;
  supportsModifications(): boolean;
}

const RULES_PREFIX = "rules/";

/** Go's base64.URLEncoding. */
export function b64url(s: string): string {
  return Buffer.from(s, "utf8").toString("base64").replaceAll("+", "-").replaceAll("/", "_");
}

function unb64url(s: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(s)) return undefined;
  return Buffer.from(s.replaceAll("-", "+").replaceAll("_", "/"), "base64").toString("utf8");
}

function compareKeys(a: RuleGroupKey, b: RuleGroupKey): number {
  if (a.namespace !== b.namespace) return a.namespace < b.namespace ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export function ruleGroupObjectKey(user: string, namespace: string, name: string): string {
  return `${RULES_PREFIX}${user}/${b64url(namespace)}/${b64url(name)}`;
}

export class BucketRuleStore implements RuleStore {
  private readonly bucket: Bucket;

  constructor(bucket: Bucket) {
    this.bucket = bucket;
  }

  supportsModifications(): boolean {
    return true;
  }

  async listAllUsers(): Promise<string[]> {
    const users: string[] = [];
    await this.bucket.iter(RULES_PREFIX, (name) => {
      if (name.endsWith("/")) users.push(name.slice(RULES_PREFIX.length, -1));
    });
    return users.sort();
  }

  async listRuleGroups(user: string, namespace: string): Promise<RuleGroupKey[]> {
    const dir =
      namespace === "" ? `${RULES_PREFIX}${user}/` : `${RULES_PREFIX}${user}/${b64url(namespace)}/`;
    const out: RuleGroupKey[] = [];
    await this.bucket.iter(
      dir,
      (name) => {
        const parts = name.slice(RULES_PREFIX.length + user.length + 1).split("/");
        if (parts.length !== 2) return;
        const ns = unb64url(parts[0]);
        const g = unb64url(parts[1]);
        if (ns === undefined || g === undefined) return;
        out.push({ user, namespace: ns, name: g });
      },
      { recursive: true },
    );
    return out.sort(compareKeys);
  }

  async loadRuleGroups(user: string, namespace: string): Promise<RuleGroupDesc[]> {
    const keys = await this.listRuleGroups(user, namespace);
    const out: RuleGroupDesc[] = [];
    for (const k of keys) {
      try {
        out.push(await this.getRuleGroup(user, k.namespace, k.name));
      } catch (e) {
        // Deleted between the listing and the read.
        if (!(e instanceof GroupNotFoundError)) throw e;
      }
    }
    return out;
  }

  async getRuleGroup(user: string, namespace: string, name: string): Promise<RuleGroupDesc> {
    let buf: Buffer;
    try {
      buf = await this.bucket.get(ruleGroupObjectKey(user, namespace, name));
    } catch (e) {
      if (this.bucket.isObjNotFoundErr(e)) throw new GroupNotFoundError();
      throw e;
    }
    const g = decodeRuleGroup(buf);
    // As Mimir: the key decides the identity.
    g.user = user;
    g.namespace = namespace;
    g.name = name;
    return g;
  }

  async setRuleGroup(user: string, namespace: string, g: RuleGroupDesc): Promise<void> {
    await this.bucket.upload(
      ruleGroupObjectKey(user, namespace, g.name),
      encodeRuleGroup({ ...g, user, namespace }),
    );
  }

  async deleteRuleGroup(user: string, namespace: string, name: string): Promise<void> {
    try {
      await this.bucket.delete(ruleGroupObjectKey(user, namespace, name));
    } catch (e) {
      if (this.bucket.isObjNotFoundErr(e)) throw new GroupNotFoundError();
      throw e;
    }
  }

  async deleteNamespace(user: string, namespace: string): Promise<void> {
    const keys = await this.listRuleGroups(user, namespace);
    if (keys.length === 0) throw new NamespaceNotFoundError();
    for (const k of keys) {
      try {
        await this.bucket.delete(ruleGroupObjectKey(user, namespace, k.name));
      } catch (e) {
        if (!this.bucket.isObjNotFoundErr(e)) throw e;
      }
    }
  }
}

/** Rule files on local disk, read on every call; modifications are refused. */
export class LocalRuleStore implements RuleStore {
  private readonly dir: string;

  constructor(directory: string) {
    this.dir = directory;
  }

  supportsModifications(): boolean {
    return false;
  }

  private async entries(dir: string, files: boolean): Promise<string[]> {
    try {
      const ents = await readdir(dir, { withFileTypes: true });
      return ents
        .filter((e) => (files ? e.isFile() : e.isDirectory()))
        .map((e) => e.name)
        .sort();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw e;
    }
  }

  async listAllUsers(): Promise<string[]> {
    return this.entries(this.dir, false);
  }

  async loadRuleGroups(user: string, namespace: string): Promise<RuleGroupDesc[]> {
    const files = await this.entries(join(this.dir, user), true);
    const out: RuleGroupDesc[] = [];
    for (const ns of files) {
      if (namespace !== "" && ns !== namespace) continue;
      const text = await readFile(join(this.dir, user, ns), "utf8");
      const groups = parseRuleFileYaml(text, user, ns);
      out.push(...groups.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
    }
    return out;
  }

  async listRuleGroups(user: string, namespace: string): Promise<RuleGroupKey[]> {
    return (await this.loadRuleGroups(user, namespace)).map((g) => ({
      user,
      namespace: g.namespace,
      name: g.name,
    }));
  }

  async getRuleGroup(user: string, namespace: string, name: string): Promise<RuleGroupDesc> {
    const g = (await this.loadRuleGroups(user, namespace)).find((x) => x.name === name);
    if (!g) throw new GroupNotFoundError();
    return g;
  }

  async setRuleGroup(): Promise<void> {
    throw new ReadOnlyStoreError("not implemented by the local rule store");
  }

  async deleteRuleGroup(): Promise<void> {
    throw new ReadOnlyStoreError("not implemented by the local rule store");
  }

  async deleteNamespace(): Promise<void> {
    throw new ReadOnlyStoreError("not implemented by the local rule store");
  }
}
