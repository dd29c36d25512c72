import type { EntityManager } from "typeorm";
import { eventHead } from "../milestone/milestone-event.cursor";
import { eventMatches } from "../milestone/milestone-event.filter";
import { inParallel, type DeliveryWorkerOptions } from "./delivery-worker";
import { DIGEST_LISTED, digestMail, eventMail, type MessageLinks } from "./email.templates";
import { feedService, type FeedEvent } from "./feed.service";
import { filterOfRow, type SubscriptionRow } from "./notification.service";
import { TEXTS, type NotificationLanguage } from "./notification.texts";

/** `concurrency`: messages handed to the mailer at once. */
export type EmailWorkerOptions = DeliveryWorkerOptions;

export interface DeliveryRound {
  claimed: number;
  sent: number;
  failed: number;
}

const CLAIM_COLUMNS = `s.*, s.cursor::text AS cursor,
  (SELECT array_agg(r.region_code::text) FROM organisation_region r WHERE r.organisation_id = s.filter_organisation_id) AS org_regions`;

/**
 * Delivers e-mail notifications from the event table. Each round claims a batch of due
 * subscriptions with FOR UPDATE SKIP LOCKED (so any number of instances or `yhdyspinta worker`
 * processes share the work and no two send for the same subscription), reads the events after
 * their cursors once, sends, and advances the cursors in the same transaction. A crash before the
 * commit rolls the cursors back: the batch in flight is sent again, with the same Message-IDs
 * (derived from the event cursor), and nothing is lost.
 */
export class EmailWorker {
  private readonly batchSize: number;
  private readonly eventsPerRound: number;
  private readonly concurrency: number;
  private readonly domain: string;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private again = false;
  private stopped = false;

  constructor(private readonly options: EmailWorkerOptions) {
    this.batchSize = options.batchSize ?? 500;
    this.eventsPerRound = options.eventsPerRound ?? 1000;
    this.concurrency = options.concurrency ?? 20;
    this.domain = new URL(options.settings.publicUrl).hostname || "yhdyspinta";
  }

  /** Polls every `intervalMs`; `poke()` runs a round at once (e.g. when the event hub sees an event). */
  start(intervalMs = 2000): void {
    this.stopped = false;
    this.timer = setInterval(() => this.poke(), intervalMs);
    this.timer.unref();
    this.poke();
  }

  poke(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.runUntilIdle();
        } while (this.again && !this.stopped);
      } catch (error) {
        this.options.log?.(`notification delivery failed: ${(error as Error).message}`);
      } finally {
        this.running = null;
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Rounds until nothing is due; returns the messages sent. */
  async runUntilIdle(now: Date = new Date()): Promise<number> {
    let sent = 0;
    for (;;) {
      const immediate = await this.deliverImmediate();
      const digests = await this.deliverDigests(now);
      sent += immediate.sent + digests.sent;
      // Stop when nothing was claimed, or only failures are left (they wait for the next poll).
      if (this.stopped || (immediate.sent + digests.sent === 0 && immediate.claimed + digests.claimed === immediate.failed + digests.failed)) return sent;
    }
  }

  private links(row: SubscriptionRow): MessageLinks {
    const base = this.options.settings.publicUrl;
    return { unsubscribe: `${base}/notifications/unsubscribe?token=${row.unsubscribe_token}`, progress: `${base}/progress` };
  }

  private headers(links: MessageLinks): Record<string, string> {
    // RFC 8058: a mail client may unsubscribe with one POST, without opening a page.
    return { "List-Unsubscribe": `<${links.unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
  }

  private regionName(language: NotificationLanguage) {
    return (code: string | null) => {
      if (code === null) return TEXTS[language].national;
      const r = this.options.reference.region(code);
      return (r && (language === "sv" ? r.nameSv : language === "en" ? r.nameEn : r.nameFi)) || code;
    };
  }

  /** One message per matching event for IMMEDIATE subscriptions. */
  async deliverImmediate(): Promise<DeliveryRound> {
    return this.options.dataSource.transaction(async (em) => {
      const head = (await eventHead(em)).toString();
      const subs: SubscriptionRow[] = await em.query(
        `SELECT ${CLAIM_COLUMNS} FROM notification_subscription s
         WHERE s.status = 'ACTIVE' AND s.channel = 'EMAIL' AND s.frequency = 'IMMEDIATE' AND s.cursor < $1::bigint
         ORDER BY s.cursor, s.id LIMIT ${this.batchSize} FOR UPDATE OF s SKIP LOCKED`, [head]);
      if (!subs.length) return { claimed: 0, sent: 0, failed: 0 };
      const { events, upTo } = await this.readEvents(em, subs, head);
      const advanced = new Map<number, string>();
      const jobs: { sub: SubscriptionRow; events: FeedEvent[] }[] = [];
      for (const sub of subs) {
        const filter = filterOfRow(this.options.reference, sub);
        const mine = events.filter((e) => BigInt(e.cursor) > BigInt(sub.cursor) && eventMatches(filter, e));
        if (mine.length) jobs.push({ sub, events: mine });
        else advanced.set(sub.id, upTo);
      }
      let sent = 0;
      let failed = 0;
      await inParallel(jobs, this.concurrency, async ({ sub, events: mine }) => {
        const links = this.links(sub);
        let reached = sub.cursor;
        for (const e of mine) {
          try {
            await this.options.settings.mailer.send({
              to: sub.email!, ...eventMail(e, sub.language, links, this.regionName(sub.language)), headers: this.headers(links),
              messageId: `<event.${e.cursor}.${sub.id}@${this.domain}>`,
            });
          } catch (error) {
            // Keep the cursor before the failed event: it is tried again on the next round.
            this.options.log?.(`mail to subscription ${sub.id} failed: ${(error as Error).message}`);
            failed++;
            advanced.set(sub.id, reached);
            return;
          }
          sent++;
          reached = e.cursor;
        }
        advanced.set(sub.id, upTo);
      });
      await this.saveCursors(em, advanced);
      return { claimed: subs.length, sent, failed };
    });
  }

  /** One digest per DAILY / WEEKLY subscription whose time has come (no message when nothing happened). */
  async deliverDigests(now: Date = new Date()): Promise<DeliveryRound> {
    return this.options.dataSource.transaction(async (em) => {
      const head = (await eventHead(em)).toString();
      const subs: SubscriptionRow[] = await em.query(
        `SELECT ${CLAIM_COLUMNS} FROM notification_subscription s
         WHERE s.status = 'ACTIVE' AND s.channel = 'EMAIL' AND s.frequency <> 'IMMEDIATE' AND s.next_digest_at <= $1
         ORDER BY s.next_digest_at, s.id LIMIT ${this.batchSize} FOR UPDATE OF s SKIP LOCKED`, [now]);
      if (!subs.length) return { claimed: 0, sent: 0, failed: 0 };
      const { events, upTo } = await this.readEvents(em, subs, head);
      const done: number[] = [];
      let sent = 0;
      let failed = 0;
      await inParallel(subs, this.concurrency, async (sub) => {
        const filter = filterOfRow(this.options.reference, sub);
        const mine = events.filter((e) => BigInt(e.cursor) > BigInt(sub.cursor) && eventMatches(filter, e));
        if (mine.length) {
          const links = this.links(sub);
          try {
            await this.options.settings.mailer.send({
              to: sub.email!, ...digestMail(mine.slice(0, DIGEST_LISTED), mine.length, sub.language, links, this.regionName(sub.language)),
              headers: this.headers(links), messageId: `<digest.${upTo}.${sub.id}@${this.domain}>`,
            });
            sent++;
          } catch (error) {
            this.options.log?.(`digest to subscription ${sub.id} failed: ${(error as Error).message}`);
            failed++;
            return;
          }
        }
        done.push(sub.id);
      });
      if (done.length) {
        // The next digest one period on; a server that was down for longer skips the missed periods.
        await em.query(
          `UPDATE notification_subscription SET cursor = greatest(cursor, $2::bigint),
             next_digest_at = CASE WHEN next_digest_at + (CASE frequency WHEN 'DAILY' THEN interval '1 day' ELSE interval '7 days' END) > $3
                                   THEN next_digest_at + (CASE frequency WHEN 'DAILY' THEN interval '1 day' ELSE interval '7 days' END)
                                   ELSE $3::timestamptz + (CASE frequency WHEN 'DAILY' THEN interval '1 day' ELSE interval '7 days' END) END
           WHERE id = ANY($1::int[])`, [done, upTo, now]);
      }
      return { claimed: subs.length, sent, failed };
    });
  }

  /** The events after the lowest claimed cursor, read once; `upTo` is how far they reach. */
  private async readEvents(em: EntityManager, subs: SubscriptionRow[], head: string): Promise<{ events: FeedEvent[]; upTo: string }> {
    let min = BigInt(head);
    for (const s of subs) if (BigInt(s.cursor) < min) min = BigInt(s.cursor);
    const events = await feedService.eventsBetween(em, min.toString(), head, this.eventsPerRound);
    const upTo = events.length === this.eventsPerRound ? events[events.length - 1].cursor : head;
    return { events, upTo };
  }

  private async saveCursors(em: EntityManager, cursors: Map<number, string>): Promise<void> {
    if (!cursors.size) return;
    await em.query(
      `UPDATE notification_subscription s SET cursor = greatest(s.cursor, v.cursor)
       FROM unnest($1::int[], $2::bigint[]) AS v(id, cursor) WHERE s.id = v.id`,
      [[...cursors.keys()], [...cursors.values()]]);
  }
}
