/**
 * HTTP delivery shared by the HTTP-based receivers: a POST with the receiver's http_config
 * (basic_auth, authorization / bearer_token) and Alertmanager's User-Agent. 2xx is success;
 * 5xx and 429 are retried; any other status fails for good (notify.Retrier).
 */
import { NotifyError } from "../notify.ts";

export const USER_AGENT = "Alertmanager/0.25.0";

type Obj = Record<string, unknown>;

export function authHeaders(httpConfig: unknown): Record<string, string> {
  const h: Record<string, string> = {};
  const c = (httpConfig ?? {}) as Obj;
  const basic = c.basic_auth as Obj | undefined;
  if (basic)
    h.authorization = `Basic ${Buffer.from(`${basic.username ?? ""}:${basic.password ?? ""}`).toString("base64")}`;
  const auth = c.authorization as Obj | undefined;
  if (auth?.credentials) h.authorization = `${auth.type ?? "Bearer"} ${auth.credentials}`;
  if (c.bearer_token) h.authorization = `Bearer ${c.bearer_token}`;
  return h;
}

/** POSTs a body; throws NotifyError on failure. Returns the response text. */
export async function postJSON(
  url: string,
  body: unknown,
  httpConfig: unknown,
  signal: AbortSignal,
  extraHeaders: Record<string, string> = {},
): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": USER_AGENT,
        ...authHeaders(httpConfig),
        ...extraHeaders,
      },
      body: typeof body === "string" ? body : JSON.stringify(body),
      signal,
    });
  } catch (e) {
    throw new NotifyError(`Post "${url}": ${(e as Error).message}`, true);
  }
  const text = await res.text().catch(() => "");
  if (res.status >= 200 && res.status < 300) return text;
  const retry = res.status >= 500 || res.status === 429;
  throw new NotifyError(
    `unexpected status code ${res.status}: ${url}: ${text.slice(0, 1024)}`,
    retry,
  );
}

/** A response as the receivers see it: status and body text. */
export interface HTTPResult {
  status: number;
  body: string;
}

/**
 * One HTTP request with the receiver's http_config auth and Alertmanager's User-Agent. A
 * transport failure is a retried NotifyError; with `redact` the URL in its text is
 * `<redacted>` (notify.RedactURL: the URL carries secrets).
 */
export async function httpRequest(
  method: string,
  url: string,
  opts: { headers?: Record<string, string>; body?: string | Buffer; redact?: boolean },
  httpConfig: unknown,
  signal: AbortSignal,
): Promise<HTTPResult> {
  const verb = method.charAt(0) + method.slice(1).toLowerCase();
  try {
    const res = await fetch(url, {
      method,
      headers: { "user-agent": USER_AGENT, ...authHeaders(httpConfig), ...opts.headers },
      body: opts.body,
      signal,
    });
    return { status: res.status, body: await res.text().catch(() => "") };
  } catch (e) {
    const cause = (e as { cause?: Error }).cause?.message;
    const msg = cause ? `${(e as Error).message}: ${cause}` : (e as Error).message;
    throw new NotifyError(`${verb} "${opts.redact ? "<redacted>" : url}": ${msg}`, true);
  }
}

/**
 * notify.Retrier.Check with no extra retry codes: 2xx is success; 5xx is retried; anything else
 * fails for good. The error reads `unexpected status code N[: body]` (body capped at 1 KiB).
 */
export function checkStatus(res: HTTPResult): void {
  if (Math.floor(res.status / 100) === 2) return;
  const retry = Math.floor(res.status / 100) === 5;
  const body = res.body.slice(0, 1024);
  throw new NotifyError(
    `unexpected status code ${res.status}${body !== "" ? `: ${body}` : ""}`,
    retry,
  );
}
