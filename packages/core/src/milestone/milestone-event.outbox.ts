import type { Queryable } from "../query/sql";
import type { MilestoneEventTypeValue, MilestoneStatusValue } from "./milestone.enums";

/** The NOTIFY channel; the payload is the new event id, but listeners re-read the table anyway. */
export const MILESTONE_EVENT_CHANNEL = "milestone_event";

export interface NewMilestoneEvent {
  milestoneId: number;
  type: MilestoneEventTypeValue;
  previousStatus: MilestoneStatusValue | null;
  newStatus: MilestoneStatusValue;
  note?: string | null;
  regionCode: string | null;
  kind: string;
  organisationId: number | null;
  /** Where the milestone was before, when the change moved it (region, kind or organisation). */
  old?: { regionCode: string | null; kind: string; organisationId: number | null };
  /** Field, old value, new value of each change. */
  changes?: { field: string; oldValue: string | null; newValue: string | null }[];
}

/**
 * Serialises writers of the event log until they commit. Identity values are taken in call order
 * but transactions may commit in another order: without this lock a reader could see id 11 (fast
 * commit) before id 10 (slow commit) and, resuming "after 11", skip 10 forever. Holding an
 * EXCLUSIVE table lock from before the insert until commit makes ids become visible in increasing
 * order. EXCLUSIVE mode does not block plain SELECTs, so readers and subscribers never wait.
 * Milestone writes are rare (people editing a timeline), so one writer at a time costs nothing.
 * Call it first in the transaction, before touching milestone rows, so lock order is always the same.
 */
export async function lockMilestoneEventLog(q: Queryable): Promise<void> {
  await q.query(`LOCK TABLE milestone_event IN EXCLUSIVE MODE`);
}

/**
 * Appends an event in the caller's transaction (the outbox row) and notifies listeners; PostgreSQL
 * delivers the NOTIFY only if and when that transaction commits.
 */
export async function appendMilestoneEvent(q: Queryable, e: NewMilestoneEvent): Promise<string> {
  await lockMilestoneEventLog(q);
  const moved = e.old !== undefined &&
    (e.old.regionCode !== e.regionCode || e.old.kind !== e.kind || e.old.organisationId !== e.organisationId);
  const [row] = await q.query(
    // clock_timestamp(), not now(): now() is the transaction's start, which for a writer that waited
    // for the lock is earlier than the events committed meanwhile; taken under the lock, occurred_at
    // grows with the id (as long as the server's clock does not step back).
    `INSERT INTO milestone_event (milestone_id, type, previous_status, new_status, note, region_code, kind, organisation_id,
       moved, old_region_code, old_kind, old_organisation_id, changes, occurred_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, clock_timestamp()) RETURNING id::text AS id`,
    [e.milestoneId, e.type, e.previousStatus, e.newStatus, e.note ?? null, e.regionCode, e.kind, e.organisationId,
      moved, moved ? e.old!.regionCode : null, moved ? e.old!.kind : null, moved ? e.old!.organisationId : null,
      JSON.stringify(e.changes ?? [])]);
  await q.query(`SELECT pg_notify($1, $2)`, [MILESTONE_EVENT_CHANNEL, row.id]);
  return row.id;
}
