/**
 * Command-line flags of the operator, Go-style (-flag=value or --flag value):
 *
 *   -namespace=a,b                watch these namespaces (repeatable); default all
 *   -http-listen-address=0.0.0.0  and -http-listen-port=8080: /healthz, /readyz, /metrics
 *   -leader-elect=true            take part in leader election on a Lease
 *   -leader-election-namespace    Lease namespace; default $POD_NAMESPACE, else "mimir-ts-system"
 *   -leader-election-id           Lease name; default "mimir-ts-operator"
 *   -leader-election-lease-duration=15s  and -leader-election-renew-period=2s
 *   -resync-period=5m             reconcile every cluster at least this often
 *   -workers=2                    reconciles running at once (never two of one cluster)
 *   -log.level=info
 */
export interface Flags {
  namespaces: string[];
  listenAddress: string;
  listenPort: number;
  leaderElect: boolean;
  leaseNamespace: string;
  leaseName: string;
  leaseDurationSeconds: number;
  renewMs: number;
  resyncMs: number;
  workers: number;
  logLevel: string;
}

/** Parses "90s", "5m", "1h", "250ms" into milliseconds; throws on anything else. */
export function durationMs(v: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(v);
  if (!m) throw new Error(`invalid duration "${v}": use a number with ms, s, m or h`);
  return (
    Number(m[1]) * { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 }[m[2] as "ms" | "s" | "m" | "h"]
  );
}

export function parseFlags(argv: string[], env: Record<string, string | undefined>): Flags {
  const f: Flags = {
    namespaces: [],
    listenAddress: "0.0.0.0",
    listenPort: 8080,
    leaderElect: true,
    leaseNamespace: env.POD_NAMESPACE || "mimir-ts-system",
    leaseName: "mimir-ts-operator",
    leaseDurationSeconds: 15,
    renewMs: 2_000,
    resyncMs: 300_000,
    workers: 2,
    logLevel: "info",
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("-")) throw new Error(`unexpected argument "${arg}"`);
    const eq = arg.indexOf("=");
    const name = arg.replace(/^--?/, "").split("=")[0];
    const bool = name === "leader-elect";
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (bool) value = "true";
    else {
      if (i + 1 >= argv.length) throw new Error(`flag needs an argument: -${name}`);
      value = argv[++i];
    }
    const int = () => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0)
        throw new Error(`invalid value "${value}" for flag -${name}: not a non-negative integer`);
      return n;
    };
    switch (name) {
      case "namespace":
        f.namespaces.push(...value.split(",").filter((s) => s !== ""));
        break;
      case "http-listen-address":
        f.listenAddress = value;
        break;
      case "http-listen-port":
        f.listenPort = int();
        break;
      case "leader-elect":
        if (value !== "true" && value !== "false")
          throw new Error(`invalid value "${value}" for flag -leader-elect: true or false`);
        f.leaderElect = value === "true";
        break;
      case "leader-election-namespace":
        f.leaseNamespace = value;
        break;
      case "leader-election-id":
        f.leaseName = value;
        break;
      case "leader-election-lease-duration":
        f.leaseDurationSeconds = Math.ceil(durationMs(value) / 1000);
        break;
      case "leader-election-renew-period":
        f.renewMs = durationMs(value);
        break;
      case "resync-period":
        f.resyncMs = durationMs(value);
        break;
      case "workers":
        f.workers = Math.max(1, int());
        break;
      case "log.level":
        f.logLevel = value;
        break;
      default:
        throw new Error(`flag provided but not defined: -${name}`);
    }
  }
  return f;
}
