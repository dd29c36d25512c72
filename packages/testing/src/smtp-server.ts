import { configureNotifications, createMailer, type Mailer } from "@yhdyspinta/core/internal";
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  parsed: ParsedMail;
  messageId: string;
  to: string;
  header(name: string): string | undefined;
}

export interface TestSmtpServer {
  /** smtp://127.0.0.1:<port> for SMTP_URL / createMailer. */
  url: string;
  received: ReceivedMail[];
  /** Server errors other than a sender's connection reset (a killed sender is expected). */
  errors: Error[];
  /** Messages whose DATA has arrived but is held unanswered (see holdAfter). */
  held: number;
  /** Mail to one address. */
  to(address: string): ReceivedMail[];
  /** From now on accept only `count` more messages and leave the rest unanswered (a stalled relay). */
  holdAfter(count: number): void;
  close(): Promise<void>;
}

/** A real SMTP server (the smtp-server package) on a free port; every message is parsed with mailparser. */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  let budget = Infinity;
  const result: TestSmtpServer = {
    url: "",
    received: [],
    errors: [],
    held: 0,
    to: (address) => result.received.filter((m) => m.to === address),
    holdAfter(count) {
      budget = count;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    // close() then cuts connections left waiting (held messages, a killed sender) instead of waiting 30 s.
    closeTimeout: 500,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", async () => {
        if (budget <= 0) {
          result.held++;
          return; // never answered: the sender waits mid-batch
        }
        budget--;
        const raw = Buffer.concat(chunks);
        const parsed = await simpleParser(raw);
        result.received.push({
          parsed,
          messageId: parsed.messageId ?? "",
          to: session.envelope.rcptTo.map((r) => r.address).join(","),
          header: (name) => {
            const line = parsed.headerLines.find((h) => h.key === name.toLowerCase());
            return line ? line.line.slice(line.line.indexOf(":") + 1).trim() : undefined;
          },
        });
        callback();
      });
    },
  });
  // A sender that dies mid-session (the kill -9 test) resets its connection; smtp-server reports that
  // as an "error" event, which would otherwise crash the test process. Such a sender is expected.
  server.on("error", (error: Error & { code?: string }) => {
    if (error.code !== "ECONNRESET" && error.code !== "EPIPE") result.errors.push(error);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  result.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return result;
}

/** Notifications sent by SMTP to a test SMTP server (see notificationsToSmtp). */
export interface SmtpNotifications {
  smtp: TestSmtpServer;
  mailer: Mailer;
  /** Turns notifications off again, closes the mailer and stops the SMTP server. */
  close(): Promise<void>;
}

/**
 * Turns notifications on for this test process, sent by SMTP to a fresh test SMTP server, as
 * `npm start` does with SMTP_URL. Links in the mail point at `publicUrl`.
 */
export async function notificationsToSmtp(publicUrl: string): Promise<SmtpNotifications> {
  const smtp = await startTestSmtpServer();
  const mailer = createMailer({ smtpUrl: smtp.url });
  configureNotifications({ mailer, publicUrl });
  return {
    smtp,
    mailer,
    async close() {
      configureNotifications(null);
      mailer.close();
      await smtp.close();
    },
  };
}
