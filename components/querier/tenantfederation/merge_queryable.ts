/**
 * Tenant federation (M:pkg/querier/tenantfederation): a Queryable whose tenant may be several
 * tenant IDs joined by `|` (sorted, deduplicated: the form `federatedTenant` builds). A single ID
 * bypasses the merge, so results carry no extra label (Mimir's bypassWithSingleID). With several
 * IDs every tenant is queried (at most `maxConcurrency` at a time) and each series gets the label
 * `__tenant_id__="<id>"`; a series that already had `__tenant_id__` keeps its value as
 * `original___tenant_id__`. Matchers on `__tenant_id__` select the tenants and are not sent on;
 * matchers on `original___tenant_id__` are sent on as matchers on `__tenant_id__`. Label names
 * gain `__tenant_id__` (or `original___tenant_id__` when a tenant already has the former);
 * label values of `__tenant_id__` are the selected tenant IDs. Errors name the tenant
 * (`error querying tenant_id <id>: ...`).
 */
import { compareLabels, type Label, type Labels } from "../../model/labels.ts";
import { type Matcher, newMatcher } from "../../model/matcher.ts";
import type { LabelHints, Querier, Queryable, SelectHints, Series } from "../../model/series.ts";

export const TENANT_ID_LABEL = "__tenant_id__";
export const RETAIN_EXISTING_PREFIX = "original_";
const ORIGINAL_TENANT_ID_LABEL = RETAIN_EXISTING_PREFIX + TENANT_ID_LABEL;

/** The separator of tenant IDs in X-Scope-OrgID and in the joined tenant string. */
export const TENANT_SEPARATOR = "|";

/** The tenant string of several tenant IDs (dskit's JoinTenantIDs): sorted, unique, `|`-joined. */
export function joinTenantIDs(ids: readonly string[]): string {
  return [...new Set(ids)].sort().join(TENANT_SEPARATOR);
}

/** The tenant IDs of a (possibly joined) tenant string. */
export function splitTenantIDs(tenant: string): string[] {
  return tenant.split(TENANT_SEPARATOR);
}

/**
 * Splits matchers into the tenants they select and the matchers to send to each tenant
 * (Mimir's filterValuesByMatchers).
 */
export function filterTenantsByMatchers(
  ids: readonly string[],
  matchers: readonly Matcher[],
): { tenants: string[]; matchers: Matcher[] } {
  let tenants = [...ids];
  const rest: Matcher[] = [];
  for (const m of matchers) {
    if (m.name === TENANT_ID_LABEL) tenants = tenants.filter((id) => m.matches(id));
    else if (m.name === ORIGINAL_TENANT_ID_LABEL)
      rest.push(newMatcher(m.type, TENANT_ID_LABEL, m.value));
    else rest.push(m);
  }
  return { tenants, matchers: rest };
}

/** `labels` with `__tenant_id__=id`; an existing `__tenant_id__` is kept as `original___tenant_id__`. */
export function withTenantLabel(labels: Labels, id: string): Labels {
  const out: Label[] = [];
  for (const l of labels) {
    if (l.name === TENANT_ID_LABEL) {
      out.push({ name: ORIGINAL_TENANT_ID_LABEL, value: l.value });
      continue;
    }
    out.push(l);
  }
  out.push({ name: TENANT_ID_LABEL, value: id });
  out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return out;
}

/** Runs fn over items with at most `limit` in flight (0 = no limit); results in item order. */
async function forEachLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const workers = Math.max(1, limit > 0 ? Math.min(limit, items.length) : items.length);
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]);
      }
    }),
  );
  return out;
}

/**
 * The error of one tenant's query, prefixed with the tenant (Mimir's errors.Wrapf). The class of
 * the original is kept, so that limit errors still answer as limit errors.
 */
function tenantError(id: string, e: unknown): Error {
  const message = `error querying tenant_id ${id}: ${e instanceof Error ? e.message : String(e)}`;
  if (!(e instanceof Error)) return new Error(message);
  const err = Object.create(Object.getPrototypeOf(e)) as Error;
  Object.assign(err, e);
  Object.defineProperty(err, "message", { value: message, writable: true, configurable: true });
  Object.defineProperty(err, "cause", { value: e, writable: true, configurable: true });
  err.stack = e.stack;
  return err;
}

class FederatedQuerier implements Querier {
  private readonly upstream: Queryable;
  private readonly ids: readonly string[];
  private readonly mint: number;
  private readonly maxt: number;
  private readonly maxConcurrency: number;
  private readonly open = new Map<string, Promise<Querier>>();

  constructor(
    upstream: Queryable,
    ids: readonly string[],
    mint: number,
    maxt: number,
    maxConcurrency: number,
  ) {
    this.upstream = upstream;
    this.ids = ids;
    this.mint = mint;
    this.maxt = maxt;
    this.maxConcurrency = maxConcurrency;
  }

  private querierOf(id: string): Promise<Querier> {
    let q = this.open.get(id);
    if (!q) {
      q = this.upstream.querier(id, this.mint, this.maxt);
      this.open.set(id, q);
    }
    return q;
  }

  private run<R>(tenants: readonly string[], fn: (q: Querier, id: string) => Promise<R>) {
    return forEachLimited(tenants, this.maxConcurrency, async (id) => {
      try {
        return await fn(await this.querierOf(id), id);
      } catch (e) {
        throw tenantError(id, e);
      }
    });
  }

  async select(
    sortSeries: boolean,
    hints: SelectHints | undefined,
    matchers: readonly Matcher[],
  ): Promise<Series[]> {
    const f = filterTenantsByMatchers(this.ids, matchers);
    const parts = await this.run(f.tenants, async (q, id) =>
      (await q.select(sortSeries, hints, f.matchers)).map(
        (s): Series => ({ labels: withTenantLabel(s.labels, id), iterator: () => s.iterator() }),
      ),
    );
    const all = parts.flat();
    if (sortSeries) all.sort((a, b) => compareLabels(a.labels, b.labels));
    return all;
  }

  async labelValues(
    name: string,
    hints: LabelHints | undefined,
    matchers: readonly Matcher[],
  ): Promise<string[]> {
    const f = filterTenantsByMatchers(this.ids, matchers);
    if (name === TENANT_ID_LABEL) return f.tenants;
    const upstreamName = name === ORIGINAL_TENANT_ID_LABEL ? TENANT_ID_LABEL : name;
    const parts = await this.run(f.tenants, (q) => q.labelValues(upstreamName, hints, f.matchers));
    return [...new Set(parts.flat())].sort();
  }

  async labelNames(hints: LabelHints | undefined, matchers: readonly Matcher[]): Promise<string[]> {
    const f = filterTenantsByMatchers(this.ids, matchers);
    const parts = await this.run(f.tenants, (q) => q.labelNames(hints, f.matchers));
    const names = new Set(parts.flat());
    names.add(names.has(TENANT_ID_LABEL) ? ORIGINAL_TENANT_ID_LABEL : TENANT_ID_LABEL);
    return [...names].sort();
  }

  close(): void {
    for (const q of this.open.values()) q.then((x) => x.close()).catch(() => {});
  }
}

/** Wraps a Queryable so that joined tenant strings query every tenant (see the file comment). */
export class FederatedQueryable implements Queryable {
  private readonly upstream: Queryable;
  private readonly maxConcurrency: number;

  /** `maxConcurrency`: -tenant-federation.max-concurrent (16); 0 = unlimited. */
  constructor(upstream: Queryable, maxConcurrency: number) {
    this.upstream = upstream;
    this.maxConcurrency = maxConcurrency;
  }

  async querier(tenant: string, mint: number, maxt: number): Promise<Querier> {
    if (!tenant.includes(TENANT_SEPARATOR)) return this.upstream.querier(tenant, mint, maxt);
    return new FederatedQuerier(
      this.upstream,
      splitTenantIDs(tenant),
      mint,
      maxt,
      this.maxConcurrency,
    );
  }
}
