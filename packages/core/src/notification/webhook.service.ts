import { randomBytes } from "node:crypto";
import { Reason } from "../errors/error-reasons";
import type { YhdyspintaContext } from "../context/request-context";
import { NotFoundError, UserInputError } from "../errors/errors";
import { parseIntId } from "../graphql/global-id";
import { parseEventCursor, requireKnownEventPosition } from "../milestone/milestone-event.cursor";
import { Organisation } from "../organisation/organisation.entity";
import type { NotificationFilterInput } from "./notification.inputs";
import { notificationService, notificationSettings, requireEmail, subscriptionView, type SubscriptionRow } from "./notification.service";
import { NotificationSubscription, WebhookSecretPayload } from "./notification.types";
import { parseWebhookUrl, resolveWebhookHost } from "./webhook-url";

/** Standard Webhooks secrets: "whsec_" and base64 of 32 random bytes. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString("base64")}`;

export interface CreateWebhookArgs {
  url: string;
  ownerOrganisationId: string;
  contactEmail: string;
  filter?: NotificationFilterInput | null;
}

function payload(row: SubscriptionRow, secret: string): WebhookSecretPayload {
  return Object.assign(new WebhookSecretPayload(), { subscription: subscriptionView(row), secret });
}

export class WebhookService {
  /** Editors of an organisation register webhooks for it; the URL is checked now and at every delivery. */
  async create(ctx: YhdyspintaContext, args: CreateWebhookArgs): Promise<WebhookSecretPayload> {
    const owner = parseIntId(args.ownerOrganisationId, Organisation.typeName, "ownerOrganisationId");
    notificationService.requireOrganisationEditor(ctx, owner);
    const contact = requireEmail(args.contactEmail);
    const policy = { production: Boolean(notificationSettings().production) };
    const url = parseWebhookUrl(args.url, policy);
    // Production refuses a host that does not resolve to public addresses now; elsewhere (a
    // developer's machine, tests) the host is resolved at delivery only, so a planned URL can be registered.
    if (policy.production) await resolveWebhookHost(url, policy);
    const filter = notificationService.validateFilter(ctx, args.filter);
    const secret = newWebhookSecret();
    const [row]: SubscriptionRow[] = await ctx.db.query(
      `INSERT INTO notification_subscription (channel, url, secret, contact_email, language, frequency, region_codes, municipality_codes,
         include_national, kinds, filter_organisation_id, owner_organisation_id, status, unsubscribe_token, cursor, confirmed_at)
       VALUES ('WEBHOOK', $1, $2, $3, 'fi', 'IMMEDIATE', $4, $5, $6, $7, $8, $9, 'ACTIVE', $10,
         (SELECT coalesce(max(id), 0) FROM milestone_event), now()) RETURNING *`,
      [url.toString(), secret, contact, filter.regionCodes, filter.municipalityCodes, filter.includeNational, filter.kinds,
        filter.organisationId, owner, randomBytes(24).toString("base64url")]);
    return payload(row, secret);
  }

  /** A new secret; the old one still signs (a second signature) for `graceHours`, so receivers can switch. */
  async rotateSecret(ctx: YhdyspintaContext, globalId: string, graceHours: number): Promise<WebhookSecretPayload> {
    if (!Number.isInteger(graceHours) || graceHours < 0 || graceHours > 24 * 30) {
      throw new UserInputError("graceHours must be 0–720", { field: "graceHours", reason: Reason.OUT_OF_RANGE });
    }
    const found = await this.requireOwnWebhook(ctx, globalId);
    const secret = newWebhookSecret();
    const [row]: SubscriptionRow[] = await ctx.db.query(
      `UPDATE notification_subscription SET previous_secret = secret, previous_secret_until = now() + make_interval(hours => $3), secret = $2
       WHERE id = $1 RETURNING *`, [found.id, secret, graceHours]);
    return payload(row, secret);
  }

  /** Delivers again every matching event after `after` (a cursor); re-enables a disabled webhook. */
  async replay(ctx: YhdyspintaContext, globalId: string, after: string): Promise<NotificationSubscription> {
    const found = await this.requireOwnWebhook(ctx, globalId);
    const cursor = parseEventCursor(after)!;
    await requireKnownEventPosition(ctx.db, cursor);
    const [row]: SubscriptionRow[] = await ctx.db.query(
      `UPDATE notification_subscription SET cursor = $2, status = 'ACTIVE', failures = 0, next_attempt_at = NULL, last_error = NULL
       WHERE id = $1 RETURNING *`, [found.id, cursor.toString()]);
    return subscriptionView(row);
  }

  private async requireOwnWebhook(ctx: YhdyspintaContext, globalId: string): Promise<SubscriptionRow> {
    const id = parseIntId(globalId, NotificationSubscription.typeName);
    const [row]: SubscriptionRow[] = await ctx.db.query(`SELECT * FROM notification_subscription WHERE id = $1 AND channel = 'WEBHOOK'`, [id]);
    if (!row || row.owner_organisation_id === null || !notificationService.canManage(ctx, row.owner_organisation_id)) {
      throw new NotFoundError(NotificationSubscription.typeName, globalId);
    }
    return row;
  }
}

export const webhookService = new WebhookService();
