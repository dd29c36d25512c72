import type { YhdyspintaContext } from "../context/request-context";
import { UserInputError } from "../errors/errors";
import { Reason, type ErrorReason } from "../errors/error-reasons";
import { SqlParams, type Queryable } from "../query/sql";
import { eventFilterSql, milestoneFilterSql, resolveEventFilter, type ResolvedEventFilter } from "../milestone/milestone-event.filter";
import type { MilestoneEventTypeValue, MilestoneStatusValue } from "../milestone/milestone.enums";
import type { MilestoneEventFilter } from "../milestone/milestone.inputs";
import { isNotificationLanguage, type NotificationLanguage } from "./notification.texts";

/** Entries in an Atom feed (newest events) and events in a calendar (milestones by due date). */
export const FEED_ENTRIES = 100;
export const CALENDAR_EVENTS = 2000;

const PARAMETERS = new Set(["region", "kind", "organisation", "national", "lang"]);

export interface FeedRequest {
  filter: MilestoneEventFilter;
  language: NotificationLanguage;
}

export interface FeedEvent {
  cursor: string;
  type: MilestoneEventTypeValue;
  previousStatus: MilestoneStatusValue | null;
  newStatus: MilestoneStatusValue;
  note: string | null;
  occurredAt: Date;
  changes: { field: string; oldValue: string | null; newValue: string | null }[];
  milestone: FeedMilestone;
  /** Where the milestone was when the event happened (and before, if it moved): what filters match. */
  regionCode: string | null;
  kind: string;
  organisationId: number | null;
  moved: boolean;
  oldRegionCode: string | null;
  oldKind: string | null;
  oldOrganisationId: number | null;
}

export interface FeedMilestone {
  id: number;
  regionCode: string | null;
  kind: string;
  titleFi: string;
  titleSv: string | null;
  titleEn: string | null;
  description: string | null;
  dueDate: string;
  status: MilestoneStatusValue;
  createdAt: Date;
  /** Time of its newest event: what a calendar shows as LAST-MODIFIED. */
  lastModified: Date;
  /** Number of changes after creation: the calendar SEQUENCE, so clients replace older copies. */
  sequence: number;
}

function bad(message: string, field: string, reason: ErrorReason): never {
  throw new UserInputError(message, { field, reason });
}

/**
 * A feed URL's query parameters as a filter: `region` and `kind` (repeatable or comma-separated),
 * `organisation` (a global id), `national` (1/0, default 1), `lang` (fi/sv/en, default fi).
 * Unknown parameters are refused so a typo is not a silently wider feed.
 */
export function parseFeedQuery(query: Record<string, unknown>): FeedRequest {
  const values = (name: string): string[] | null => {
    const raw = query[name];
    if (raw === undefined) return null;
    const list = Array.isArray(raw) ? raw : [raw];
    if (list.length > 100 || list.some((v) => typeof v !== "string" || v.length > 400)) bad(`Invalid "${name}"`, name, Reason.INVALID_PARAMETER);
    const parts = (list as string[]).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
    if (parts.length > 100) bad(`Too many values for "${name}"`, name, Reason.TOO_MANY);
    return parts;
  };
  for (const key of Object.keys(query)) {
    if (!PARAMETERS.has(key)) bad(`Unknown parameter "${key.slice(0, 64)}"`, key.slice(0, 64), Reason.UNKNOWN_PARAMETER);
  }
  const one = (name: string): string | null => {
    const v = values(name);
    if (v === null) return null;
    if (v.length !== 1) bad(`"${name}" takes one value`, name, Reason.INVALID_PARAMETER);
    return v[0];
  };
  const national = one("national");
  if (national !== null && national !== "0" && national !== "1") bad(`"national" must be 1 or 0`, "national", Reason.INVALID_PARAMETER);
  const language = one("lang") ?? "fi";
  if (!isNotificationLanguage(language)) bad(`"lang" must be fi, sv or en`, "lang", Reason.INVALID_PARAMETER);
  return {
    filter: { regionCodes: values("region"), kinds: values("kind"), organisationId: one("organisation"), includeNational: national !== "0" },
    language,
  };
}

const MILESTONE_COLUMNS = `m.id, m.region_code AS "regionCode", m.kind, m.title_fi AS "titleFi", m.title_sv AS "titleSv", m.title_en AS "titleEn",
  m.description, m.due_date AS "dueDate", m.status, m.created_at AS "createdAt"`;

const EVENT_COLUMNS = `e.id::text AS cursor, e.type, e.previous_status AS "previousStatus", e.new_status AS "newStatus", e.note,
  e.occurred_at AS "occurredAt", e.changes, e.region_code AS "eRegionCode", e.kind AS "eKind", e.organisation_id AS "eOrganisationId",
  e.moved, e.old_region_code AS "oldRegionCode", e.old_kind AS "oldKind", e.old_organisation_id AS "oldOrganisationId"`;

function eventOf(r: Record<string, any>): FeedEvent {
  return {
    cursor: r.cursor, type: r.type, previousStatus: r.previousStatus, newStatus: r.newStatus, note: r.note,
    occurredAt: r.occurredAt, changes: r.changes, milestone: milestoneOf(r),
    regionCode: r.eRegionCode, kind: r.eKind, organisationId: r.eOrganisationId,
    moved: r.moved, oldRegionCode: r.oldRegionCode, oldKind: r.oldKind, oldOrganisationId: r.oldOrganisationId,
  };
}

function milestoneOf(row: Record<string, any>): FeedMilestone {
  return {
    id: row.id, regionCode: row.regionCode, kind: row.kind, titleFi: row.titleFi, titleSv: row.titleSv, titleEn: row.titleEn,
    description: row.description, dueDate: row.dueDate, status: row.status, createdAt: row.createdAt,
    lastModified: row.lastModified ?? row.createdAt, sequence: row.sequence ?? 0,
  };
}

export class FeedService {
  resolve(ctx: YhdyspintaContext, request: FeedRequest): Promise<ResolvedEventFilter> {
    // Errors name the URL's query parameter, not the GraphQL argument path.
    return resolveEventFilter(ctx, request.filter, { regionCodes: "region", kinds: "kind", organisationId: "organisation" });
  }

  /** The newest matching events, newest first (moves appear in the feeds of both places). */
  async events(ctx: YhdyspintaContext, filter: ResolvedEventFilter, limit = FEED_ENTRIES): Promise<FeedEvent[]> {
    const params = new SqlParams();
    const where = eventFilterSql(filter, params, "e");
    const rows: Record<string, any>[] = await ctx.db.query(
      `SELECT ${EVENT_COLUMNS}, ${MILESTONE_COLUMNS}
       FROM milestone_event e JOIN preparation_milestone m ON m.id = e.milestone_id
       ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY e.id DESC LIMIT ${limit}`, params.values);
    return rows.map(eventOf);
  }

  /** Every event in (after, upTo], oldest first, at most `limit`: one read shared by many subscriptions. */
  async eventsBetween(db: Queryable, after: string, upTo: string, limit: number): Promise<FeedEvent[]> {
    const rows: Record<string, any>[] = await db.query(
      `SELECT ${EVENT_COLUMNS}, ${MILESTONE_COLUMNS}
       FROM milestone_event e JOIN preparation_milestone m ON m.id = e.milestone_id
       WHERE e.id > $1::bigint AND e.id <= $2::bigint ORDER BY e.id LIMIT ${limit}`, [after, upTo]);
    return rows.map(eventOf);
  }

  /** Matching milestones as they are now, by due date, each with its change count and last change. */
  async milestones(ctx: YhdyspintaContext, filter: ResolvedEventFilter, limit = CALENDAR_EVENTS): Promise<FeedMilestone[]> {
    const params = new SqlParams();
    const where = milestoneFilterSql(filter, params, "m");
    const rows: Record<string, any>[] = await ctx.db.query(
      `SELECT ${MILESTONE_COLUMNS}, s.sequence, s.last_modified AS "lastModified"
       FROM preparation_milestone m
       CROSS JOIN LATERAL (SELECT greatest(count(*) - 1, 0)::int AS sequence, max(e.occurred_at) AS last_modified
                           FROM milestone_event e WHERE e.milestone_id = m.id) s
       ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY m.due_date, m.id LIMIT ${limit}`, params.values);
    return rows.map(milestoneOf);
  }
}

export const feedService = new FeedService();
