#!/usr/bin/env node
/**
 * Notification delivery: one event to 10,000 e-mail subscriptions (a real SMTP server, smtp-server,
 * on loopback), one event to 1,000 webhooks of which one receiver is slow (answers after 3 s) and
 * one never answers (10 s timeout), and a daily digest run for 10,000 subscriptions.
 * Writes bench/results/<date>-notifications.md with the machine and the date.
 *
 *   npm run bench:notifications   (DATABASE_URL=postgres://... to use a server, else embedded PostgreSQL)
 */
const { createServer } = require("node:http");
const { writeFileSync, mkdirSync } = require("node:fs");
const os = require("node:os");
const { join } = require("node:path");
const { SMTPServer } = require("smtp-server");
const { createMailer, EmailWorker, WebhookWorker, ReferenceData, appendMilestoneEvent, lockMilestoneEventLog } = require("../packages/core/dist/internal");
const { openScratchDatabase } = require("./scratch-database");

const EMAILS = Number(process.env.BENCH_EMAILS ?? 10_000);
const WEBHOOKS = Number(process.env.BENCH_WEBHOOKS ?? 1_000);

async function main() {
  const scratch = await openScratchDatabase();
  const { pgVersion } = scratch;
  const ds = await scratch.migrated(5);
  const reference = await ReferenceData.load(ds);

  // A real SMTP server on loopback that accepts and counts.
  let received = 0;
  const smtp = new SMTPServer({
    authOptional: true, disabledCommands: ["STARTTLS", "AUTH"], logger: false, maxClients: 100,
    onData(stream, _session, callback) { stream.on("data", () => undefined); stream.on("end", () => { received++; callback(); }); },
  });
  await new Promise((r) => smtp.listen(0, "127.0.0.1", r));
  const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${smtp.server.address().port}` });
  const settings = { mailer, publicUrl: "http://localhost:4000" };

  async function newEvent(title) {
    await ds.transaction(async (em) => {
      await lockMilestoneEventLog(em);
      const [{ id }] = await em.query(`INSERT INTO preparation_milestone (region_code, kind, title_fi, due_date, status) VALUES ('15', 'OTHER', $1, '2027-01-01', 'PLANNED') RETURNING id`, [title]);
      await appendMilestoneEvent(em, { milestoneId: id, type: "CREATED", previousStatus: null, newStatus: "PLANNED", regionCode: "15", kind: "OTHER", organisationId: null });
    });
  }
  const head = async () => (await ds.query(`SELECT max(id)::text AS id FROM milestone_event`))[0].id;
  const results = [];

  // (1) One event to EMAILS immediate e-mail subscriptions.
  await ds.query(
    `INSERT INTO notification_subscription (channel, email, language, frequency, region_codes, include_national, status, unsubscribe_token, cursor)
     SELECT 'EMAIL', 'member' || i || '@bench.example', (ARRAY['fi','sv','en'])[1 + i % 3], 'IMMEDIATE', ARRAY['15'], true, 'ACTIVE', md5(i::text), $2
     FROM generate_series(1, $1) i`, [EMAILS, await head()]);
  await newEvent("Sähköpostin mittaus");
  let t = process.hrtime.bigint();
  const sent = await new EmailWorker({ dataSource: ds, reference, settings }).runUntilIdle();
  const emailMs = Number(process.hrtime.bigint() - t) / 1e6;
  results.push(["one event to " + EMAILS.toLocaleString("en") + " e-mail subscriptions (SMTP, 5 pooled connections)", `${(emailMs / 1000).toFixed(1)} s`, `${sent} sent, ${received} received, ${(sent / (emailMs / 1000)).toFixed(0)} messages/s`]);
  await ds.query(`UPDATE notification_subscription SET status = 'UNSUBSCRIBED'`);

  // (2) One event to WEBHOOKS webhooks: one slow receiver (3 s) and one that never answers (10 s timeout).
  let hits = 0;
  const receiver = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      hits++;
      if (req.url === "/hang") return;
      if (req.url === "/slow") return setTimeout(() => res.end(), 3000);
      res.end();
    });
  });
  receiver.keepAliveTimeout = 30_000;
  await new Promise((r) => receiver.listen(0, "127.0.0.1", r));
  const port = receiver.address().port;
  await ds.query(
    `INSERT INTO notification_subscription (channel, url, secret, language, frequency, region_codes, include_national, status, unsubscribe_token, cursor)
     SELECT 'WEBHOOK', 'http://127.0.0.1:${port}/' || CASE i WHEN 1 THEN 'slow' WHEN 2 THEN 'hang' ELSE 'ok' END,
       'whsec_' || encode(sha256(i::text::bytea), 'base64'), 'fi', 'IMMEDIATE', ARRAY['15'], true, 'ACTIVE', 'w' || md5(i::text), $2
     FROM generate_series(1, $1) i`, [WEBHOOKS, await head()]);
  await newEvent("Webhookin mittaus");
  const webhookWorker = new WebhookWorker({ dataSource: ds, reference, settings });
  t = process.hrtime.bigint();
  const delivered = await webhookWorker.runUntilIdle();
  const webhookMs = Number(process.hrtime.bigint() - t) / 1e6;
  results.push([`one event to ${WEBHOOKS.toLocaleString("en")} webhooks, one slow (3 s) and one hanging (10 s timeout)`, `${(webhookMs / 1000).toFixed(1)} s`,
    `${delivered} delivered, ${hits - delivered} failed (the hanging one, retried after 30 s); batches of 200, each commits when its slowest request ends`]);
  receiver.closeAllConnections();
  receiver.close();
  await ds.query(`UPDATE notification_subscription SET status = 'UNSUBSCRIBED'`);

  // (3) A daily digest run for EMAILS subscriptions with 5 events since the last digest.
  const before = await head();
  await ds.query(
    `INSERT INTO notification_subscription (channel, email, language, frequency, region_codes, include_national, status, unsubscribe_token, cursor, next_digest_at)
     SELECT 'EMAIL', 'digest' || i || '@bench.example', 'fi', 'DAILY', ARRAY['15'], true, 'ACTIVE', 'd' || md5(i::text), $2, now() - interval '1 minute'
     FROM generate_series(1, $1) i`, [EMAILS, before]);
  for (let i = 0; i < 5; i++) await newEvent(`Koosteen tapahtuma ${i}`);
  const receivedBefore = received;
  t = process.hrtime.bigint();
  const digests = await new EmailWorker({ dataSource: ds, reference, settings }).runUntilIdle();
  const digestMs = Number(process.hrtime.bigint() - t) / 1e6;
  results.push([`daily digest run for ${EMAILS.toLocaleString("en")} subscriptions (5 events each)`, `${(digestMs / 1000).toFixed(1)} s`, `${digests} digests sent, ${received - receivedBefore} received`]);

  mailer.close();
  smtp.close();
  await ds.destroy();
  await scratch.drop();

  const date = new Date().toISOString().slice(0, 10);
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, Node ${process.version}, PostgreSQL ${pgVersion}`;
  const md = [`# Notification delivery — ${date}`, "", `Machine: ${machine} (shared with other jobs). Loopback SMTP server and HTTP receivers; one worker process.`, "",
    "| run | time | notes |", "|---|---:|---|", ...results.map((r) => `| ${r.join(" | ")} |`), "",
    "Reproduce: `npm run bench:notifications` (`BENCH_EMAILS`, `BENCH_WEBHOOKS` to change the sizes).", ""].join("\n");
  mkdirSync(join(__dirname, "results"), { recursive: true });
  writeFileSync(join(__dirname, "results", `${date}-notifications.md`), md);
  process.stdout.write(md);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
