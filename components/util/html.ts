/** Minimal, readable HTML for the admin pages a person opens in a browser. */

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

const STYLE = `body{font-family:system-ui,sans-serif;margin:2em auto;max-width:60em;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{font-size:1.15em;margin-top:1.5em}table{border-collapse:collapse}
td,th{border:1px solid #ccc;padding:.3em .7em;text-align:left}th{background:#f4f4f4}
a{color:#1a5fb4}.state-running{color:#1e7b34}.state-failed{color:#b00020}`;

export function htmlPage(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} - mimir-ts</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(title)}</h1>
${body}
<p><a href="/">Home</a></p></body></html>
`;
}
