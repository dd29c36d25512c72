import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import nodemailer from "nodemailer";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Derived from the event cursor and the subscription: a re-send after a crash has the same one. */
  messageId: string;
  headers?: Record<string, string>;
}

export interface Mailer {
  /** "smtp" or "folder <path>": for logs and the /dev/mail page. */
  readonly description: string;
  readonly folder: string | null;
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export interface MailerOptions {
  /** smtp://user:pass@host:587 or smtps://...; without it, mail is written to `folder`. */
  smtpUrl?: string | null;
  folder?: string;
  from?: string;
}

export const DEFAULT_MAIL_FROM = "Yhdyspinta <no-reply@yhdyspinta.invalid>";

/** A file name from the Message-ID: a re-sent message overwrites its first copy instead of piling up. */
function fileNameOf(messageId: string): string {
  return `${messageId.replace(/[^A-Za-z0-9.@_-]/g, "_").slice(0, 200)}.eml`;
}

/**
 * nodemailer over SMTP (pooled connections) or, with no SMTP configured, the same RFC 5322 message
 * built by nodemailer's stream transport and kept as a .eml file, so a newcomer sees mail work.
 */
export function createMailer(options: MailerOptions): Mailer {
  const from = options.from ?? DEFAULT_MAIL_FROM;
  const mail = (m: MailMessage) => ({ from, to: m.to, subject: m.subject, text: m.text, html: m.html, messageId: m.messageId, headers: m.headers });
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl, { pool: true, maxConnections: 5 } as never);
    return {
      description: "smtp",
      folder: null,
      async send(m) {
        await transport.sendMail(mail(m));
      },
      close: () => transport.close(),
    };
  }
  const folder = options.folder ?? ".yhdyspinta/mail";
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  let made: Promise<unknown> | null = null;
  return {
    description: `folder ${folder}`,
    folder,
    async send(m) {
      made ??= mkdir(folder, { recursive: true });
      await made;
      const info = await transport.sendMail(mail(m));
      await writeFile(join(folder, fileNameOf(m.messageId)), info.message as Buffer);
    },
    close: () => transport.close(),
  };
}

export interface StoredMail {
  file: string;
  modified: Date;
  raw: string;
}

/** The newest mails of a mail folder (for /dev/mail). */
export async function listMailFolder(folder: string, limit = 50): Promise<StoredMail[]> {
  let names: string[];
  try {
    names = (await readdir(folder)).filter((n) => n.endsWith(".eml"));
  } catch {
    return [];
  }
  const withTimes = await Promise.all(names.map(async (file) => ({ file, modified: (await stat(join(folder, file))).mtime })));
  withTimes.sort((a, b) => b.modified.getTime() - a.modified.getTime());
  return Promise.all(withTimes.slice(0, limit).map(async (f) => ({ ...f, raw: await readFile(join(folder, f.file), "utf8") })));
}
