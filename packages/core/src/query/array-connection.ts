import { toConnection, type ConnectionValue } from "../graphql/graphql-types";
import { decodeCursors, encodeCursor, isBackward, pageLimit, type Ordering, type PageArgs } from "./pagination";

/** Cursor pagination over a small list already in memory (reference data), same cursors and limits as SQL lists. */
export function connectionFromArray<T>(items: T[], args: PageArgs, ordering: Ordering, keyOf: (item: T) => string): ConnectionValue<T> {
  const limit = pageLimit(args);
  const cursors = decodeCursors(ordering, args);
  // The window between the cursors (a cursor of an item no longer listed leaves that side open).
  let from = 0;
  let to = items.length;
  if (cursors.after) from = items.findIndex((item) => keyOf(item) === cursors.after![0]) + 1;
  if (cursors.before) {
    const i = items.findIndex((item) => keyOf(item) === cursors.before![0]);
    if (i >= 0) to = i;
  }
  to = Math.max(from, to);
  const backward = isBackward(args);
  const start = backward ? Math.max(from, to - limit) : from;
  const end = backward ? to : Math.min(to, from + limit);
  const slice = items.slice(start, end);
  return toConnection(
    {
      nodes: slice,
      cursors: slice.map((item) => encodeCursor(ordering, [keyOf(item)])),
      hasNextPage: backward ? end < items.length : end < to,
      hasPreviousPage: backward ? start > from : start > 0,
    },
    async () => items.length,
    async (limit) => Math.min(items.length, limit),
  );
}
