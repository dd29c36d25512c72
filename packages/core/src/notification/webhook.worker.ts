import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { Webhook } from "standardwebhooks";
import type { EntityManager } from "typeorm";
import { toGlobalId } from "../graphql/global-id";
import { eventHead } from "../milestone/milestone-event.cursor";
import { eventMatches } from "../milestone/milestone-event.filter";
import { PreparationMilestone } from "../milestone/milestone.entity";
import { inParallel, type DeliveryWorkerOptions } from "./delivery-worker";
import { feedService, type FeedEvent } from "./feed.service";
import { filterOfRow, type SubscriptionRow } from "./notification.service";
import { parseWebhookUrl, resolveWebhookHost } from "./webhook-url";

/** After this many consecutive failed deliveries a webhook is disabled and its contact told. */
export const WEBHOOK_MAX_FAILURES = 10;

/** `concurrency`: webhooks delivered to at once (a slow receiver holds only its own lane). */
export interface WebhookWorkerOptions extends DeliveryWorkerOptions {
  /** A receiver that has not answered by then has failed (default 10 s). */
  timeoutMs?: number;
  /** First retry delay; each further failure doubles it, up to an hour (default 30 s). */
  retryBaseMs?: number;
  maxFailures?: number;
}

export interface WebhookRound {
  claimed: number;
  delivered: number;
  failed: number;
}

/** The JSON body of one event (the same fields as the GraphQL MilestoneEvent). */
export function webhookPayload(e: FeedEvent): string {
  const m = e.milestone;
  return JSON.stringify({
    type: "milestone.event",
    timestamp: e.occurredAt.toISOString(),
    data: {
      cursor: e.cursor, type: e.type, previousStatus: e.previousStatus, newStatus: e.newStatus, note: e.note, changes: e.changes,
      milestone: {
        id: toGlobalId(PreparationMilestone.typeName, m.id), kind: m.kind, regionCode: m.regionCode, dueDate: m.dueDate, status: m.status,
        titleFi: m.titleFi, titleSv: m.titleSv, titleEn: m.titleEn,
      },
    },
  });
}

/** Standard Webhooks signature header: with the previous secret's signature too while a rotation lasts. */
export function signatureHeader(row: Pick<SubscriptionRow, "secret" | "previous_secret" | "previous_secret_until">, id: string, at: Date, body: string): string {
  const signatures = [new Webhook(row.secret!).sign(id, at, body)];
  if (row.previous_secret && row.previous_secret_until && row.previous_secret_until > at) signatures.push(new Webhook(row.previous_secret).sign(id, at, body));
  return signatures.join(" ");
}

/**
 * Delivers webhooks from the event table with the e-mail worker's claim (FOR UPDATE SKIP LOCKED,
 * per-subscription cursor advanced in the claiming transaction): each event is POSTed once per
 * webhook, in cursor order, at least once. A failure (non-2xx, timeout, refused address) stops that
 * webhook at the failed event and schedules a retry with exponential backoff; after
 * WEBHOOK_MAX_FAILURES in a row it is disabled and its contact e-mailed.
 */
export class WebhookWorker {
  private readonly o: Required<Omit<WebhookWorkerOptions, "log">> & Pick<WebhookWorkerOptions, "log">;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;

  constructor(options: WebhookWorkerOptions) {
    this.o = { batchSize: 200, eventsPerRound: 1000, concurrency: 50, timeoutMs: 10_000, retryBaseMs: 30_000, maxFailures: WEBHOOK_MAX_FAILURES, ...options };
  }

  start(intervalMs = 2000): void {
    this.stopped = false;
    this.timer = setInterval(() => this.poke(), intervalMs);
    this.timer.unref();
  }

  poke(): void {
    if (this.stopped || this.running) return;
    this.running = this.runUntilIdle()
      .catch((error) => this.o.log?.(`webhook delivery failed: ${(error as Error).message}`))
      .finally(() => { this.running = null; });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  async runUntilIdle(now: () => Date = () => new Date()): Promise<number> {
    let delivered = 0;
    for (;;) {
      const round = await this.deliver(now());
      delivered += round.delivered;
      if (this.stopped || round.claimed === 0 || (round.delivered === 0 && round.failed === round.claimed)) return delivered;
    }
  }

  async deliver(now: Date = new Date()): Promise<WebhookRound> {
    return this.o.dataSource.transaction(async (em) => {
      const head = (await eventHead(em)).toString();
      const subs: SubscriptionRow[] = await em.query(
        `SELECT s.*, s.cursor::text AS cursor,
           (SELECT array_agg(r.region_code::text) FROM organisation_region r WHERE r.organisation_id = s.filter_organisation_id) AS org_regions
         FROM notification_subscription s
         WHERE s.status = 'ACTIVE' AND s.channel = 'WEBHOOK' AND s.cursor < $1::bigint AND (s.next_attempt_at IS NULL OR s.next_attempt_at <= $2)
         ORDER BY s.cursor, s.id LIMIT ${this.o.batchSize} FOR UPDATE OF s SKIP LOCKED`, [head, now]);
      if (!subs.length) return { claimed: 0, delivered: 0, failed: 0 };
      let min = BigInt(head);
      for (const s of subs) if (BigInt(s.cursor) < min) min = BigInt(s.cursor);
      const events = await feedService.eventsBetween(em, min.toString(), head, this.o.eventsPerRound);
      const upTo = events.length === this.o.eventsPerRound ? events[events.length - 1].cursor : head;
      let delivered = 0;
      const failures: { sub: SubscriptionRow; at: string; error: string }[] = [];
      const done: number[] = [];
      // Only HTTP runs in the lanes; the transaction's connection takes one statement at a time, after them.
      await inParallel(subs, this.o.concurrency, async (sub) => {
        const filter = filterOfRow(this.o.reference, sub);
        for (const e of events) {
          if (BigInt(e.cursor) <= BigInt(sub.cursor) || !eventMatches(filter, e)) continue;
          const error = await this.post(sub, e, now);
          if (error) {
            failures.push({ sub, at: e.cursor, error });
            return;
          }
          delivered++;
          sub.cursor = e.cursor;
        }
        done.push(sub.id);
      });
      if (done.length) {
        await em.query(`UPDATE notification_subscription SET cursor = greatest(cursor, $2::bigint), failures = 0, next_attempt_at = NULL, last_error = NULL
                        WHERE id = ANY($1::int[])`, [done, upTo]);
      }
      for (const f of failures) await this.recordFailure(em, f.sub, f.at, f.error, now);
      return { claimed: subs.length, delivered, failed: failures.length };
    });
  }

  /** POSTs one event; returns why it failed, or null. */
  private async post(sub: SubscriptionRow, e: FeedEvent, now: Date): Promise<string | null> {
    const policy = { production: Boolean(this.o.settings.production) };
    let url: URL;
    let target: { address: string; family: number };
    try {
      url = parseWebhookUrl(sub.url!, policy);
      target = await resolveWebhookHost(url, policy);
    } catch (error) {
      return (error as Error).message;
    }
    const id = `msg_${sub.id}_${e.cursor}`;
    const body = webhookPayload(e);
    const headers = {
      "content-type": "application/json", "user-agent": "Yhdyspinta-Webhooks/1",
      "webhook-id": id, "webhook-timestamp": String(Math.floor(now.getTime() / 1000)), "webhook-signature": signatureHeader(sub, id, now, body),
    };
    const request = url.protocol === "https:" ? httpsRequest : httpRequest;
    return new Promise<string | null>((resolve) => {
      const req = request(url, {
        method: "POST", headers, timeout: this.o.timeoutMs,
        // Connect to the address checked above, never to a fresh (possibly rebound) DNS answer.
        lookup: (_host, options, callback) => {
          if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [target]);
          else callback(null, target.address, target.family);
        },
      }, (res: IncomingMessage) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode! >= 200 && res.statusCode! < 300 ? null : `HTTP ${res.statusCode}`));
        res.on("error", (err) => resolve(err.message));
      });
      req.on("timeout", () => req.destroy(new Error(`no answer in ${this.o.timeoutMs} ms`)));
      req.on("error", (err) => resolve(err.message));
      req.end(body);
    });
  }

  private async recordFailure(em: EntityManager, sub: SubscriptionRow, atCursor: string, error: string, now: Date): Promise<void> {
    const failures = (sub.failures ?? 0) + 1;
    const disable = failures >= this.o.maxFailures;
    const delay = Math.min(3_600_000, this.o.retryBaseMs * 2 ** (failures - 1));
    await em.query(
      `UPDATE notification_subscription SET cursor = greatest(cursor, $2::bigint), failures = $3, last_error = $4,
         next_attempt_at = $5, status = CASE WHEN $6 THEN 'DISABLED' ELSE status END WHERE id = $1`,
      [sub.id, sub.cursor, failures, `${error} (event ${atCursor})`.slice(0, 500), new Date(now.getTime() + delay), disable]);
    if (disable && sub.contact_email) {
      const base = this.o.settings.publicUrl;
      await this.o.settings.mailer.send({
        to: sub.contact_email,
        subject: "Webhook poistettu käytöstä · Webhook disabled",
        text: `Webhook ${sub.url} poistettiin käytöstä ${failures} peräkkäisen epäonnistumisen jälkeen (viimeisin: ${error}).\n` +
          `The webhook ${sub.url} was disabled after ${failures} failed deliveries in a row (last: ${error}).\n\n` +
          `replayWebhook(id, after: "${sub.cursor}") sends the missed events and enables it again: ${base}/explorer\n`,
        html: `<p>Webhook <code>${sub.url!.replace(/[<>&"]/g, "")}</code> disabled after ${failures} failed deliveries in a row.</p>` +
          `<p><code>replayWebhook(id, after: "${sub.cursor}")</code> sends the missed events and enables it again.</p>`,
        messageId: `<webhook-disabled.${sub.id}.${sub.cursor}@yhdyspinta>`,
      }).catch((e: Error) => this.o.log?.(`notice for webhook ${sub.id} failed: ${e.message}`));
    }
  }
}
