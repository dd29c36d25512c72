import { createHash, randomBytes } from "node:crypto";
import { Reason } from "../errors/error-reasons";
import { editsOrganisation, isAdmin } from "../auth/roles";
import { ForbiddenError, requireViewer } from "../auth/policy";
import type { YhdyspintaContext } from "../context/request-context";
import { NotFoundError, UserInputError } from "../errors/errors";
import { parseIntId, toGlobalId } from "../graphql/global-id";
import type { Queryable } from "../query/sql";
import { uniq } from "../graphql/uniq";
import { eventHead } from "../milestone/milestone-event.cursor";
import { requireKnownKinds, type ResolvedEventFilter } from "../milestone/milestone-event.filter";
import { Organisation } from "../organisation/organisation.entity";
import type { ReferenceData } from "../region/reference-data.service";
import { confirmationMail } from "./email.templates";
import type { Mailer } from "./mail-transport";
import type { NotificationFilterInput, SubscribeToNotificationsInput } from "./notification.inputs";
import type { NotificationLanguage } from "./notification.texts";
import { NotificationFilterView, NotificationSubscription, type NotificationFrequencyValue, type NotificationStatusValue } from "./notification.types";

/** What the delivery code needs besides the database: where links point and how mail leaves. */
export interface NotificationSettings {
  mailer: Mailer;
  /** Base of the links in messages (PUBLIC_URL, or the server's own URL). */
  publicUrl: string;
  /** Production: webhooks only to public https addresses. */
  production?: boolean;
}

/** Where the server keeps its notification settings for the GraphQL resolvers (set once at start-up). */
let settings: NotificationSettings | null = null;
export function configureNotifications(s: NotificationSettings | null): void {
  settings = s;
}
export function notificationSettings(): NotificationSettings {
  if (!settings) throw new UserInputError("Notifications are not enabled on this server", { reason: Reason.NOTIFICATIONS_DISABLED });
  return settings;
}

const hashToken = (token: string) => createHash("sha256").update(token).digest();
const newToken = () => randomBytes(24).toString("base64url");

/** Linear: one pass of a regex without nested quantifiers, after a length cap. */
const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63})+$/;

export function requireEmail(value: string): string {
  const email = value.trim();
  if (email.length > 254 || !EMAIL.test(email)) throw new UserInputError("Not an e-mail address", { field: "email", reason: Reason.INVALID_EMAIL });
  return email;
}

export interface SubscriptionRow {
  id: number;
  channel: string;
  email: string | null;
  url: string | null;
  language: NotificationLanguage;
  frequency: NotificationFrequencyValue;
  region_codes: string[] | null;
  municipality_codes: string[] | null;
  include_national: boolean;
  kinds: string[] | null;
  filter_organisation_id: number | null;
  owner_organisation_id: number | null;
  status: NotificationStatusValue;
  unsubscribe_token: string;
  cursor: string;
  next_digest_at: Date | null;
  created_at: Date;
  confirmed_at: Date | null;
  secret?: string | null;
  previous_secret?: string | null;
  previous_secret_until?: Date | null;
  contact_email?: string | null;
  failures?: number;
  next_attempt_at?: Date | null;
  last_error?: string | null;
  /** Regions where the filter's organisation operates (joined when claiming). */
  org_regions?: string[] | null;
}

/** A stored subscription's filter, in the form the event filter code evaluates. */
export function filterOfRow(reference: ReferenceData, row: SubscriptionRow): ResolvedEventFilter {
  let regionCodes: string[] | null = row.region_codes;
  if (row.municipality_codes?.length) {
    const viaMunicipalities = row.municipality_codes.map((c) => reference.municipality(c)?.regionCode).filter((c): c is string => Boolean(c));
    regionCodes = uniq([...(regionCodes ?? []), ...viaMunicipalities]);
  }
  return {
    regionCodes,
    includeNational: row.include_national,
    kinds: row.kinds,
    organisation: row.filter_organisation_id === null ? null : { id: row.filter_organisation_id, regionCodes: (row.org_regions ?? []).filter(Boolean) },
  };
}

export function subscriptionView(row: SubscriptionRow): NotificationSubscription {
  const s = new NotificationSubscription();
  const filter = new NotificationFilterView();
  Object.assign(filter, {
    regionCodes: row.region_codes, municipalityCodes: row.municipality_codes, includeNational: row.include_national, kinds: row.kinds,
    organisationId: row.filter_organisation_id === null ? null : toGlobalId(Organisation.typeName, row.filter_organisation_id),
  });
  Object.assign(s, {
    dbId: row.id, channel: row.channel, email: row.email, url: row.url, language: row.language, frequency: row.frequency, status: row.status,
    filter, cursor: String(row.cursor), createdAt: row.created_at, confirmedAt: row.confirmed_at,
    failures: row.failures ?? 0, lastError: row.last_error ?? null, nextAttemptAt: row.next_attempt_at ?? null,
  });
  return s;
}

export const DIGEST_INTERVAL: Record<NotificationFrequencyValue, string | null> = { IMMEDIATE: null, DAILY: "1 day", WEEKLY: "7 days" };

export class NotificationService {
  validateFilter(ctx: YhdyspintaContext, f: NotificationFilterInput | null | undefined) {
    const filter = f ?? {};
    if ((filter.regionCodes?.length ?? 0) > 23) throw new UserInputError("At most 23 region codes", { field: "filter.regionCodes", reason: Reason.TOO_MANY });
    if ((filter.municipalityCodes?.length ?? 0) > 400) throw new UserInputError("At most 400 municipality codes", { field: "filter.municipalityCodes", reason: Reason.TOO_MANY });
    if ((filter.kinds?.length ?? 0) > 100) throw new UserInputError("At most 100 kinds", { field: "filter.kinds", reason: Reason.TOO_MANY });
    return {
      regionCodes: filter.regionCodes == null ? null : uniq(filter.regionCodes).map((c) => ctx.reference.requireRegion(c, "filter.regionCodes").code),
      municipalityCodes: filter.municipalityCodes == null ? null : uniq(filter.municipalityCodes).map((c) => ctx.reference.requireMunicipality(c, "filter.municipalityCodes").code),
      kinds: filter.kinds == null ? null : requireKnownKinds(filter.kinds, "filter.kinds"),
      organisationId: filter.organisationId == null ? null : parseIntId(filter.organisationId, Organisation.typeName, "filter.organisationId"),
      includeNational: filter.includeNational ?? true,
    };
  }

  /** Anyone may subscribe an address; nothing is delivered until the link sent to it is opened. */
  async subscribe(ctx: YhdyspintaContext, input: SubscribeToNotificationsInput): Promise<{ status: NotificationStatusValue; subscription: NotificationSubscription | null }> {
    const s = notificationSettings();
    const email = requireEmail(input.email);
    const filter = this.validateFilter(ctx, input.filter);
    let owner: number | null = null;
    if (input.ownerOrganisationId != null) {
      owner = parseIntId(input.ownerOrganisationId, Organisation.typeName, "ownerOrganisationId");
      this.requireOrganisationEditor(ctx, owner);
    }
    for (const id of [filter.organisationId, owner]) {
      if (id !== null && !(await ctx.db.query(`SELECT 1 FROM organisation WHERE id = $1`, [id])).length) {
        throw new UserInputError("The organisation does not exist", { field: id === owner ? "ownerOrganisationId" : "filter.organisationId", reason: Reason.UNKNOWN_ORGANISATION });
      }
    }
    const confirmToken = newToken();
    const [row]: SubscriptionRow[] = await ctx.db.query(
      `INSERT INTO notification_subscription (channel, email, language, frequency, region_codes, municipality_codes, include_national, kinds,
         filter_organisation_id, owner_organisation_id, status, confirm_token_hash, unsubscribe_token)
       VALUES ('EMAIL', $1, $2, $3, $4, $5, $6, $7, $8, $9, 'PENDING', $10, $11) RETURNING *`,
      [email, input.language, input.frequency, filter.regionCodes, filter.municipalityCodes, filter.includeNational, filter.kinds,
        filter.organisationId, owner, hashToken(confirmToken), newToken()]);
    const mail = confirmationMail(input.language, `${s.publicUrl}/notifications/confirm?token=${confirmToken}`);
    // One confirmation per subscription: its Message-ID is the subscription's.
    await s.mailer.send({ to: email, ...mail, messageId: `<confirm.${row.id}@yhdyspinta>` });
    return { status: "PENDING", subscription: owner !== null ? subscriptionView(row) : null };
  }

  /** The link in the confirmation message: from now on (the event head) the subscription delivers. */
  async confirm(db: Queryable, token: string): Promise<SubscriptionRow | null> {
    if (token.length > 100) return null;
    const [row]: SubscriptionRow[] = await db.query(
      `UPDATE notification_subscription SET status = 'ACTIVE', confirmed_at = now(), confirm_token_hash = NULL, cursor = $2,
         next_digest_at = CASE frequency WHEN 'DAILY' THEN now() + interval '1 day' WHEN 'WEEKLY' THEN now() + interval '7 days' END
       WHERE confirm_token_hash = $1 AND status = 'PENDING' RETURNING *`,
      [hashToken(token), (await eventHead(db)).toString()]);
    return row ?? null;
  }

  /** One-click unsubscribe (RFC 8058) and the link in every message. Idempotent. */
  async unsubscribe(db: Queryable, token: string): Promise<SubscriptionRow | null> {
    if (token.length > 100) return null;
    const [row]: SubscriptionRow[] = await db.query(
      `UPDATE notification_subscription SET status = 'UNSUBSCRIBED' WHERE unsubscribe_token = $1 RETURNING *`, [token]);
    return row ?? null;
  }

  async listOfOrganisation(ctx: YhdyspintaContext, organisationGlobalId: string): Promise<NotificationSubscription[]> {
    const id = parseIntId(organisationGlobalId, Organisation.typeName, "organisationId");
    this.requireOrganisationEditor(ctx, id);
    const rows: SubscriptionRow[] = await ctx.db.query(`SELECT * FROM notification_subscription WHERE owner_organisation_id = $1 ORDER BY id`, [id]);
    return rows.map(subscriptionView);
  }

  async cancel(ctx: YhdyspintaContext, globalId: string): Promise<NotificationSubscription> {
    const id = parseIntId(globalId, NotificationSubscription.typeName);
    const [found]: SubscriptionRow[] = await ctx.db.query(`SELECT * FROM notification_subscription WHERE id = $1`, [id]);
    // Someone else's (or an anonymous) subscription is "not found" to an editor: no probing of ids.
    if (!found || found.owner_organisation_id === null || !this.canManage(ctx, found.owner_organisation_id)) {
      requireViewer(ctx);
      throw new NotFoundError(NotificationSubscription.typeName, globalId);
    }
    const [row]: SubscriptionRow[] = await ctx.db.query(`UPDATE notification_subscription SET status = 'UNSUBSCRIBED' WHERE id = $1 RETURNING *`, [id]);
    return subscriptionView(row);
  }

  canManage(ctx: YhdyspintaContext, organisationId: number): boolean {
    return isAdmin(ctx.viewer) || editsOrganisation(ctx.viewer, organisationId);
  }

  requireOrganisationEditor(ctx: YhdyspintaContext, organisationId: number): void {
    requireViewer(ctx);
    if (!this.canManage(ctx, organisationId)) throw new ForbiddenError("notification:manage");
  }
}

export const notificationService = new NotificationService();
