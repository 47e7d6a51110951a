/**
 * The public API of the renderer, for the operator and for `mimir-ts render`.
 *
 *   render(cluster, tenants) -> KubeObject[]   every object of a MimirCluster, sorted
 *   runRender(args, io) -> exit code           the `render` command
 *   validateInput / schemaProblems             the CRD schema and CEL rules, offline
 *   effectiveLimits(cluster, tenant)           a MimirTenant's limits for its status
 */
export { runRender, type RenderIO } from "./cli.ts";
export { GROUP, mimirClusterCRD, mimirTenantCRD, VERSION } from "./crd-source.ts";
export type * from "./imports/mimirts.dev.ts";
export { type KubeObject, render, renderConfigFiles, toYamlStream } from "./render.ts";
export { effectiveLimits, mimirConfig, plan, runtimeConfig, tenantId } from "./topology.ts";
export { type RenderInput, schemaProblems, ValidationError, validateInput } from "./validate.ts";
