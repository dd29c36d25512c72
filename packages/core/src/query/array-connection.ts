import { toConnection, type ConnectionValue } from "../graphql/graphql-types";
import { decodeCursor, pageSize, type Ordering, type PageArgs } from "./pagination";

/** Cursor pagination over a small list already in memory (reference data), same cursors and limits as SQL lists. */
export function connectionFromArray<T>(items: T[], args: PageArgs, ordering: Ordering, keyOf: (item: T) => string): ConnectionValue<T> {
  const limit = pageSize(args.first);
  let start = 0;
  if (args.after) {
    const [key] = decodeCursor(ordering, args.after);
    start = items.findIndex((item) => keyOf(item) === key) + 1;
  }
  const slice = items.slice(start, start + limit);
  const cursors = slice.map((item) => Buffer.from(JSON.stringify([ordering.name, keyOf(item)]), "utf8").toString("base64url"));
  return toConnection(
    { nodes: slice, cursors, hasNextPage: start + limit < items.length, hasPreviousPage: start > 0 },
    async () => items.length,
  );
}
