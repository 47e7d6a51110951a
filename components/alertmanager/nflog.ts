/**
 * The notification log (nflog): for each group key and receiver integration, the alerts that were
 * firing and resolved at the last successful notification and when it was sent. The dedup stage
 * reads it to decide whether a flush must notify; a restored log keeps a restart from re-sending.
 * Entries expire `retention` after they were written.
 */

export interface NflogEntry {
  groupKey: string;
  /** `<receiver>/<integration>/<index>`. */
  receiver: string;
  firing: string[];
  resolved: string[];
  timestamp: number;
  expiresAt: number;
}

export class NotificationLog {
  private readonly entries = new Map<string, NflogEntry>();
  private readonly retention: number;
  private readonly now: () => number;
  onChange: (() => void) | undefined;

  constructor(opts: { retention: number; now?: () => number }) {
    this.retention = opts.retention;
    this.now = opts.now ?? Date.now;
  }

  private static key(groupKey: string, receiver: string): string {
    return `${groupKey}\u0000${receiver}`;
  }

  get(groupKey: string, receiver: string): NflogEntry | undefined {
    return this.entries.get(NotificationLog.key(groupKey, receiver));
  }

  log(groupKey: string, receiver: string, firing: string[], resolved: string[]): void {
    const now = this.now();
    this.entries.set(NotificationLog.key(groupKey, receiver), {
      groupKey,
      receiver,
      firing,
      resolved,
      timestamp: now,
      expiresAt: now + this.retention,
    });
    this.onChange?.();
  }

  gc(): number {
    const now = this.now();
    let n = 0;
    for (const [k, e] of this.entries)
      if (e.expiresAt < now) {
        this.entries.delete(k);
        n++;
      }
    return n;
  }

  snapshot(): NflogEntry[] {
    return [...this.entries.values()];
  }

  /** Merges entries from a snapshot or a peer: the newest timestamp wins. */
  merge(list: NflogEntry[]): void {
    let changed = false;
    for (const e of list) {
      const k = NotificationLog.key(e.groupKey, e.receiver);
      const cur = this.entries.get(k);
      if (cur && cur.timestamp >= e.timestamp) continue;
      this.entries.set(k, e);
      changed = true;
    }
    if (changed) this.onChange?.();
  }
}

/**
 * DedupStage.needsUpdate: whether a flush with these firing/resolved alert fingerprints must
 * notify, given the last entry.
 */
export function needsUpdate(
  entry: NflogEntry | undefined,
  firing: ReadonlySet<string>,
  resolved: ReadonlySet<string>,
  sendResolved: boolean,
  repeatInterval: number,
  now: number,
): boolean {
  if (!entry) return firing.size > 0;
  const prevFiring = new Set(entry.firing);
  for (const f of firing) if (!prevFiring.has(f)) return true;
  if (firing.size === 0) return entry.firing.length > 0;
  if (sendResolved) {
    const prevResolved = new Set(entry.resolved);
    for (const r of resolved) if (!prevResolved.has(r)) return true;
  }
  return entry.timestamp < now - repeatInterval;
}
