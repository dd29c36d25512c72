import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { configureNotifications, createMailer } from "@yhdyspinta/core/internal";

export interface MailFolder {
  /** Where the outgoing mail (one .eml file per message) is written. */
  folder: string;
  /** Turns notifications off again and removes the folder. */
  close(): Promise<void>;
}

/**
 * Turns notifications on for this test process, with outgoing mail written to a throw-away
 * folder, as `npm start` does without SMTP_URL. Links in the mail point at `publicUrl`.
 */
export async function notificationsToMailFolder(publicUrl: string): Promise<MailFolder> {
  const folder = await mkdtemp(join(tmpdir(), "yhdyspinta-mail-"));
  configureNotifications({ mailer: createMailer({ folder }), publicUrl });
  return {
    folder,
    async close() {
      configureNotifications(null);
      await rm(folder, { recursive: true, force: true });
    },
  };
}
