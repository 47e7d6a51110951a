/** The Prometheus query HTTP API plugin. */
export * from "./plugin.ts";
export { formatFloat, formatTimestamp } from "./format.ts";
