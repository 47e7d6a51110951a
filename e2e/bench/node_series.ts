/** The ingest benchmarks' series: label sets like a fleet of node_exporters. */
const METRICS = [
  "node_cpu_seconds_total",
  "node_network_receive_bytes_total",
  "node_network_transmit_bytes_total",
  "node_filesystem_avail_bytes",
  "node_disk_read_bytes_total",
  "node_disk_written_bytes_total",
  "node_memory_MemAvailable_bytes",
  "node_netstat_Tcp_ActiveOpens",
  "node_vmstat_pgfault",
  "node_context_switches_total",
];

/** Label sets: instance x metric x a per-metric label, sorted by name. */
export function seriesLabels(i: number): [string, string][] {
  const metric = METRICS[i % METRICS.length];
  const k = Math.floor(i / METRICS.length);
  const instance = `10.0.${Math.floor(k / 2000) % 256}.${Math.floor(k / 20) % 100}:9100`;
  const sub = k % 20;
  const labels: [string, string][] = [
    ["__name__", metric],
    ["instance", instance],
    ["job", "node"],
  ];
  if (metric === "node_cpu_seconds_total")
    labels.push(
      ["cpu", String(sub % 5)],
      ["mode", ["user", "system", "idle", "iowait"][Math.floor(sub / 5)]],
    );
  else if (metric.startsWith("node_network")) labels.push(["device", `eth${sub}`]);
  else if (metric.startsWith("node_disk"))
    labels.push(["device", `sd${String.fromCharCode(97 + sub)}`]);
  else if (metric === "node_filesystem_avail_bytes")
    labels.push(
      ["device", `/dev/sd${String.fromCharCode(97 + sub)}1`],
      ["fstype", "ext4"],
      ["mountpoint", `/mnt/${sub}`],
    );
  else labels.push(["shard", String(sub)]);
  labels.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return labels;
}
