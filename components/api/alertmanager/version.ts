/** The versionInfo the v2 API's /status reports (the Alertmanager version whose API we serve). */
export const VERSION = {
  branch: "HEAD",
  buildDate: "",
  buildUser: "mimir-ts",
  goVersion: "",
  revision: "",
  version: "0.25.0",
};
