/**
 * Metric metadata of one tenant, per metric family: the distinct (type, help, unit) entries
 * seen, each with the time it was last seen so old entries can be purged (Mimir keeps metadata
 * for -ingester.metadata-retain-period, 10m).
 */

export interface MetadataEntry {
  type: string;
  metricFamilyName: string;
  help: string;
  unit: string;
}

export const METADATA_OK = 0;
export const METADATA_PER_USER_LIMIT = -1;
export const METADATA_PER_METRIC_LIMIT = -2;

interface Stored {
  md: MetadataEntry;
  lastSeen: number;
}

export class MetadataStore {
  private readonly byMetric = new Map<string, Map<string, Stored>>();

  /**
   * Adds or refreshes an entry. `maxPerUser` caps the number of metric families with metadata,
   * `maxPerMetric` the distinct entries of one family (0 = unlimited).
   */
  add(md: MetadataEntry, now: number, maxPerUser: number, maxPerMetric: number): number {
    const key = `${md.type}\u0000${md.help}\u0000${md.unit}`;
    let m = this.byMetric.get(md.metricFamilyName);
    if (m === undefined) {
      if (maxPerUser > 0 && this.byMetric.size >= maxPerUser) return METADATA_PER_USER_LIMIT;
      m = new Map();
      this.byMetric.set(md.metricFamilyName, m);
    }
    const s = m.get(key);
    if (s !== undefined) {
      s.lastSeen = now;
      return METADATA_OK;
    }
    if (maxPerMetric > 0 && m.size >= maxPerMetric) return METADATA_PER_METRIC_LIMIT;
    m.set(key, {
      md: { type: md.type, metricFamilyName: md.metricFamilyName, help: md.help, unit: md.unit },
      lastSeen: now,
    });
    return METADATA_OK;
  }

  /** Drops entries last seen before `before`. Returns how many were removed. */
  purge(before: number): number {
    let n = 0;
    for (const [name, m] of this.byMetric) {
      for (const [k, s] of m) {
        if (s.lastSeen < before) {
          m.delete(k);
          n++;
        }
      }
      if (m.size === 0) this.byMetric.delete(name);
    }
    return n;
  }

  /** Number of metric families with metadata. */
  size(): number {
    return this.byMetric.size;
  }

  /**
   * Entries grouped by metric family name (sorted), optionally for one metric; `limit` caps the
   * number of metrics and `limitPerMetric` the entries per metric (0 or less = no limit).
   */
  list(metric?: string, limit = 0, limitPerMetric = 0): Map<string, MetadataEntry[]> {
    const out = new Map<string, MetadataEntry[]>();
    const names =
      metric !== undefined && metric !== "" ? [metric] : [...this.byMetric.keys()].sort();
    for (const name of names) {
      if (limit > 0 && out.size >= limit) break;
      const m = this.byMetric.get(name);
      if (m === undefined) continue;
      const entries: MetadataEntry[] = [];
      for (const s of m.values()) {
        if (limitPerMetric > 0 && entries.length >= limitPerMetric) break;
        entries.push({ ...s.md });
      }
      out.set(name, entries);
    }
    return out;
  }

  /** All entries (for WAL checkpoints). */
  all(): MetadataEntry[] {
    const out: MetadataEntry[] = [];
    for (const m of this.byMetric.values()) for (const s of m.values()) out.push(s.md);
    return out;
  }
}
