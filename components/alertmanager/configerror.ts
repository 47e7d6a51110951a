/** An invalid Alertmanager configuration; the message is Alertmanager's own text. */
export class ConfigError extends Error {}
