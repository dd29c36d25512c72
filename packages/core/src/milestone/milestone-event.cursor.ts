import { UserInputError } from "../errors/errors";
import { Reason } from "../errors/error-reasons";
import { cursorOrdering, decodeCursor, encodeCursor, type Ordering } from "../query/pagination";
import type { Queryable } from "../query/sql";

/** The history list's keyset ordering: by event id. */
export const BY_EVENT_ID: Ordering = { name: "event", keys: [{ sql: "t.id", type: "bigint" }] };
/** The history list's FROM clause: with BY_EVENT_ID it fixes the list's cursor fingerprint. */
export const EVENT_LIST_FROM = "milestone_event t";
/** The ordering as the history list's cursors name it (see cursorOrdering). */
const EVENT_LIST_CURSOR = cursorOrdering({ from: EVENT_LIST_FROM, ordering: BY_EVENT_ID });

/**
 * One event position, two spellings: an event's `cursor` (a decimal id) and the history list's
 * `pageInfo.endCursor` / `edges.cursor` (opaque). Both the list's `after` and the subscription's
 * `after` accept either, so a client can page the history and subscribe after its end, or the reverse.
 */
export function parseEventCursor(after: string | null | undefined): bigint | null {
  if (after == null) return null;
  if (after.length > 64) throw new UserInputError(`"after" is too long`, { field: "after", reason: Reason.INVALID_CURSOR });
  if (/^[0-9]{1,18}$/.test(after)) return BigInt(after);
  try {
    return BigInt(decodeCursor(EVENT_LIST_CURSOR, after)[0] as string);
  } catch {
    throw new UserInputError(`"after" must be the cursor of a milestone event`, { field: "after", reason: Reason.INVALID_CURSOR });
  }
}

/** The list spelling of an event position. */
export function eventListCursor(id: bigint): string {
  return encodeCursor(EVENT_LIST_CURSOR, [id.toString()]);
}

/** Newest stored event id (0 when there is none). */
export async function eventHead(q: Queryable): Promise<bigint> {
  const [row] = await q.query(`SELECT coalesce(max(id), 0)::text AS id FROM milestone_event`);
  return BigInt(row.id);
}

/**
 * A cursor past the newest event cannot come from this server: accepting it would silently skip
 * every event up to it, so it is refused. (Ids commit in order, so max(id) is the head.)
 */
export async function requireKnownEventPosition(q: Queryable, after: bigint): Promise<void> {
  if (after > (await eventHead(q))) {
    throw new UserInputError(`"after" is beyond the newest milestone event`, { field: "after", reason: Reason.CURSOR_BEYOND_HEAD });
  }
}
