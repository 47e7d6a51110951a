/**
 * The email receiver: one multipart message per notification through the smarthost (nodemailer).
 * Headers default to Subject `{{ template "email.default.subject" . }}`, To and From from the
 * config (every header value is a template); the HTML body defaults to
 * `{{ template "email.default.html" . }}`, the text body is sent when `text` is set. Port 465 is
 * implicit TLS; otherwise STARTTLS is required when require_tls is true. SMTP 4xx answers are
 * retried, 5xx are not.
 */
import nodemailer from "nodemailer";
import { type Integration, NotifyError, type FlushContext } from "../notify.ts";
import type { Alert } from "../types.ts";
import { field, render, TemplatedIntegration } from "./common.ts";

export class EmailIntegration extends TemplatedIntegration implements Integration {
  readonly kind = "email";

  async notify(ctx: FlushContext, alerts: Alert[], signal: AbortSignal): Promise<void> {
    const { r } = render(ctx, alerts, this.b);
    const c = this.conf;
    const headers: Record<string, string> = {
      Subject: '{{ template "email.default.subject" . }}',
      To: field(c, "to", ""),
      From: field(c, "from", ""),
      ...(c.headers as Record<string, string>),
    };
    const rendered: Record<string, string> = {};
    for (const [k, v] of Object.entries(headers)) rendered[k] = r.text(v);
    const html = r.html(field(c, "html", '{{ template "email.default.html" . }}'));
    const text = r.text(field(c, "text", ""));
    const smarthost = field(c, "smarthost", "");
    const idx = smarthost.lastIndexOf(":");
    const host = idx >= 0 ? smarthost.slice(0, idx) : smarthost;
    const port = idx >= 0 ? Number(smarthost.slice(idx + 1)) : 25;
    const requireTLS = c.require_tls !== false;
    const user = field(c, "auth_username", "");
    const transport = nodemailer.createTransport({
      host,
      port,
      secure: port === 465,
      requireTLS: port !== 465 && requireTLS,
      ignoreTLS: port !== 465 && !requireTLS,
      name: field(c, "hello", "localhost"),
      ...(user !== "" ? { auth: { user, pass: field(c, "auth_password", "") } } : {}),
      tls: {
        rejectUnauthorized: !(
          (c.tls_config as { insecure_skip_verify?: boolean })?.insecure_skip_verify ?? false
        ),
      },
      connectionTimeout: 10_000,
      socketTimeout: 30_000,
    });
    const { Subject, To, From, ...rest } = rendered;
    const abort = () => transport.close();
    signal.addEventListener("abort", abort);
    try {
      await transport.sendMail({
        subject: Subject,
        to: To,
        from: From,
        headers: rest,
        html: html || undefined,
        text: text || undefined,
      });
    } catch (e) {
      const code = (e as { responseCode?: number }).responseCode;
      throw new NotifyError(
        `send email: ${(e as Error).message}`,
        code === undefined || code < 500,
      );
    } finally {
      signal.removeEventListener("abort", abort);
      transport.close();
    }
  }
}
