import { f } from "../util/config/spec.ts";

/** The `api` block. */
export const apiBlock = {
  skip_label_name_validation_header_enabled: f.bool(
    "api.skip-label-name-validation-header-enabled",
    false,
    "Allows to skip label name validation via X-Mimir-SkipLabelNameValidation header on the http write path. Use with caution as it breaks PromQL. Allowing this for external clients allows any client to send invalid label names. After enabling it, requests with a specific HTTP header set to true will not have label names validated.",
  ),
  skip_label_count_validation_header_enabled: f.bool(
    "api.skip-label-count-validation-header-enabled",
    false,
    'Allows to disable enforcement of the label count limit "max_label_names_per_series" via X-Mimir-SkipLabelCountValidation header on the http write path. Allowing this for external clients allows any client to send invalid label counts. After enabling it, requests with a specific HTTP header set to true will not have label counts validated.',
  ),
  alertmanager_http_prefix: f.string(
    "http.alertmanager-http-prefix",
    "/alertmanager",
    "HTTP URL path under which the Alertmanager ui and api will be served.",
  ),
  prometheus_http_prefix: f.string(
    "http.prometheus-http-prefix",
    "/prometheus",
    "HTTP URL path under which the Prometheus api will be served.",
  ),
};
