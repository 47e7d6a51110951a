/**
 * Tenant templates. Until the Go text/template engine (components/util/gotemplate/) is merged,
 * template files are accepted without parsing.
 */
export function validateTemplates(
  _files: { filename: string; body: string }[],
  _globs: string[],
): void {}
