import { listMailFolder, notificationService, notificationSettings, type ReferenceData } from "@yhdyspinta/core/internal";
import express, { Router, type Request, type Response } from "express";
import { simpleParser } from "mailparser";
import { pagePolicy } from "../security/security-headers";
import type { DataSource } from "typeorm";
import { createContext } from "../context";

export interface NotificationRoutesOptions {
  dataSource: DataSource;
  reference: ReferenceData;
  production: boolean;
}

/** Folder of the embedded mail transport (no SMTP_URL), listed at /dev/mail outside production. */
function mailFolder(): string | null {
  try {
    return notificationSettings().mailer.folder;
  } catch {
    return null;
  }
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

// One stylesheet, inline, allowed by its hash (no style attributes: the page policy forbids them).
const PAGE_STYLE = "body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}pre{white-space:pre-wrap}";

/**
 * A small HTML page with the pages' Content-Security-Policy (the API answers' policy would block
 * its form: `form-action 'none'`); the confirm and unsubscribe buttons POST to this origin.
 */
function page(res: Response, status: number, title: string, body: string): void {
  const html = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(title)}</title><style>${PAGE_STYLE}</style></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
  res.status(status).type("html").setHeader("cache-control", "no-store").setHeader("content-security-policy", pagePolicy(html)).send(html);
}

const tokenOf = (req: Request): string | null => {
  const t = req.query.token ?? (req.body as Record<string, unknown> | undefined)?.token;
  return typeof t === "string" && t.length > 0 && t.length <= 100 ? t : null;
};

/**
 * The links in notification e-mail. Opening a link (GET) only shows a button: mail scanners that
 * prefetch links must not confirm or unsubscribe anyone. The button (and an RFC 8058 one-click
 * POST from a mail client) does the change.
 */
export function notificationRouter(options: NotificationRoutesOptions): Router {
  const router = Router();
  const form = express.urlencoded({ extended: false, limit: "2kb" });

  router.get("/notifications/confirm", (req, res) => {
    const token = tokenOf(req);
    if (!token) return page(res, 400, "Virheellinen linkki · Ogiltig länk · Invalid link", "");
    page(res, 200, "Vahvista tilaus · Bekräfta · Confirm", `<form method="post"><input type="hidden" name="token" value="${escapeHtml(token)}">` +
      `<button type="submit">Vahvista · Bekräfta · Confirm</button></form>`);
  });
  router.post("/notifications/confirm", form, async (req, res) => {
    const token = tokenOf(req);
    const row = token ? await notificationService.confirm(createContext(options.dataSource, options.reference).db, token) : null;
    if (!row) return page(res, 404, "Linkki ei ole voimassa · Länken gäller inte · The link is not valid", "<p>Tilaus on jo vahvistettu tai linkki on väärä. · Already confirmed, or a wrong link.</p>");
    page(res, 200, "Tilaus vahvistettu · Prenumerationen bekräftad · Subscription confirmed", "");
  });

  router.get("/notifications/unsubscribe", (req, res) => {
    const token = tokenOf(req);
    if (!token) return page(res, 400, "Virheellinen linkki · Ogiltig länk · Invalid link", "");
    page(res, 200, "Peru tilaus · Avsluta · Unsubscribe", `<form method="post"><input type="hidden" name="token" value="${escapeHtml(token)}">` +
      `<button type="submit">Peru tilaus · Avsluta · Unsubscribe</button></form>`);
  });
  // The form's button and RFC 8058 one-click (a POST to the List-Unsubscribe URL, token in its query).
  router.post("/notifications/unsubscribe", form, async (req, res) => {
    const token = tokenOf(req);
    const row = token ? await notificationService.unsubscribe(createContext(options.dataSource, options.reference).db, token) : null;
    if (!row) return page(res, 404, "Linkki ei ole voimassa · Länken gäller inte · The link is not valid", "");
    page(res, 200, "Tilaus peruttu · Prenumerationen avslutad · Unsubscribed", "");
  });

  if (!options.production) {
    router.get("/dev/mail", async (_req, res) => {
      const folder = mailFolder();
      if (!folder) return page(res, 200, "Mail", "<p>SMTP_URL is set: mail leaves through SMTP and is not kept here.</p>");
      const mails = await listMailFolder(folder);
      const items = await Promise.all(mails.map(async (m) => {
        const parsed = await simpleParser(m.raw);
        const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(", ") : parsed.to?.text ?? "";
        return `<article><h2>${escapeHtml(parsed.subject ?? "")}</h2><p>To: ${escapeHtml(to)} · ${escapeHtml(m.modified.toISOString())} · ${escapeHtml(m.file)}</p>` +
          `<pre>${escapeHtml(parsed.text ?? "")}</pre></article>`;
      }));
      page(res, 200, `Mail (${folder})`, items.length ? items.join("<hr>") : "<p>No mail yet.</p>");
    });
  }
  return router;
}
