import type { Queryable } from "../query/sql";
import { appendMilestoneEvent, lockMilestoneEventLog } from "./milestone-event.outbox";
import { isKnownMilestoneKind } from "./milestone-kinds";
import type { MilestoneStatusValue } from "./milestone.enums";

/**
 * A change of a cooperation record (a body, meeting, output, consultation, representative call,
 * contact role, or a plug-in's own record) told to the NGOs following its regions.
 */
export interface ReformEvent {
  /** The changed record's GraphQL type name ("CooperationBodyMeeting") and database id: one timeline entry per record and region. */
  subjectType: string;
  subjectId: number;
  /** The wellbeing regions whose followers hear of it (a body's scope: its regions and its municipalities' regions). */
  regionCodes: readonly string[];
  /** A registered milestone kind: BODY_MEETING, CONSULTATION... or a plug-in's own. */
  kind: string;
  title: { fi: string; sv?: string | null; en?: string | null };
  /** Omitted (undefined): the timeline entry keeps the description it has. */
  description?: string | null;
  /** The day the timeline shows it on (a meeting's day, a consultation's deadline...), YYYY-MM-DD. */
  date: string;
  /** Default: PLANNED for a day after today, COMPLETED otherwise; CANCELLED when the record was removed. */
  status?: MilestoneStatusValue;
  organisationId?: number | null;
  /** Told with the event, e.g. "member added (CHAIR)". */
  note?: string | null;
  /**
   * Write an UPDATED event even when nothing the timeline shows changed: a change of the record's
   * parts (a member added or removed) is news for followers though title and date stay.
   */
  always?: boolean;
}

type Row = { milestoneId: number; regionCode: string; titleFi: string; titleSv: string | null; titleEn: string | null; description: string | null; dueDate: string; status: MilestoneStatusValue };

/**
 * Writes a reform event in the caller's transaction: each record has one preparation milestone per
 * region (found through `reform_event_subject`), created with a CREATED event the first time and
 * updated with an UPDATED or STATUS_CHANGED event afterwards (no event when nothing shown changed).
 * Everything that follows milestone events (the `milestoneEvents` subscription, e-mail, Atom and
 * iCalendar feeds, /progress) then carries it, for the core's records and plug-ins' alike.
 * Call it inside `inTransaction`, after the record's own write: both commit together or not at all.
 */
export async function emitReformEvent(manager: Queryable, event: ReformEvent): Promise<void> {
  if (!isKnownMilestoneKind(event.kind)) throw new Error(`emitReformEvent: unknown milestone kind "${event.kind}"`);
  const regionCodes = [...new Set(event.regionCodes)];
  if (!regionCodes.length) return;
  await lockMilestoneEventLog(manager);
  const today = new Date().toISOString().slice(0, 10);
  const status: MilestoneStatusValue = event.status ?? (event.date > today ? "PLANNED" : "COMPLETED");
  const wanted = {
    titleFi: event.title.fi, titleSv: event.title.sv ?? null, titleEn: event.title.en ?? null,
    description: event.description ?? null, dueDate: event.date, status,
  };
  const existing: Row[] = await manager.query(
    `SELECT s.region_code AS "regionCode", m.id AS "milestoneId", m.title_fi AS "titleFi", m.title_sv AS "titleSv", m.title_en AS "titleEn",
       m.description, m.due_date::text AS "dueDate", m.status
     FROM reform_event_subject s JOIN preparation_milestone m ON m.id = s.milestone_id
     WHERE s.subject_type = $1 AND s.subject_id = $2 AND s.region_code = ANY($3::text[])
     FOR UPDATE OF m`,
    [event.subjectType, event.subjectId, regionCodes]);
  const organisationId = event.organisationId ?? null;
  for (const regionCode of regionCodes) {
    const row = existing.find((r) => r.regionCode === regionCode);
    wanted.description = event.description === undefined ? row?.description ?? null : event.description;
    if (!row) {
      const [{ id }] = await manager.query(
        `WITH m AS (
           INSERT INTO preparation_milestone (region_code, organisation_id, kind, title_fi, title_sv, title_en, description, due_date, status)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id)
         INSERT INTO reform_event_subject (subject_type, subject_id, region_code, milestone_id) SELECT $10, $11, $1, id FROM m RETURNING milestone_id AS id`,
        [regionCode, organisationId, event.kind, wanted.titleFi, wanted.titleSv, wanted.titleEn, wanted.description, wanted.dueDate, status,
          event.subjectType, event.subjectId]);
      await appendMilestoneEvent(manager, {
        milestoneId: id, type: "CREATED", previousStatus: null, newStatus: status, note: event.note, regionCode, kind: event.kind, organisationId,
      });
      continue;
    }
    const changes = (Object.keys(wanted) as (keyof typeof wanted)[])
      .filter((field) => (row[field] ?? null) !== wanted[field])
      .map((field) => ({ field, oldValue: row[field] ?? null, newValue: wanted[field] }));
    if (!changes.length && !event.always) continue;
    if (changes.length) await manager.query(
      `UPDATE preparation_milestone SET title_fi = $2, title_sv = $3, title_en = $4, description = $5, due_date = $6, status = $7, updated_at = now() WHERE id = $1`,
      [row.milestoneId, wanted.titleFi, wanted.titleSv, wanted.titleEn, wanted.description, wanted.dueDate, status]);
    await appendMilestoneEvent(manager, {
      milestoneId: row.milestoneId, type: row.status !== status ? "STATUS_CHANGED" : "UPDATED", previousStatus: row.status, newStatus: status,
      note: event.note, regionCode, kind: event.kind, organisationId, changes,
    });
  }
}
