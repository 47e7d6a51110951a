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
