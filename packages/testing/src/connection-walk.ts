/** What a walk reads of a connection: the ids of its nodes and its page info. */
export interface ConnectionPage {
  nodes: { id: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** The paging arguments of one page of a walk. */
export type WalkPageArgs = { first: number; after: string | null } | { last: number; before: string | null };

/**
 * Walks a connection to its end with first/after, then from its end with last/before, expecting on
 * the way that only the first page either way says there is none before it and that every page but
 * the last is full. `fetchPage` runs one page's query (and checks it has no errors); the ids come
 * back in the connection's order, both times.
 */
export async function walkBothWays<P extends ConnectionPage>(
  size: number, fetchPage: (args: WalkPageArgs) => Promise<P>,
): Promise<{ forwards: string[]; backwards: string[] }> {
  return {
    forwards: await walk(size, fetchPage, "forwards"),
    backwards: await walk(size, fetchPage, "backwards"),
  };
}

/** One way through: the ids in the connection's order (backwards, each page goes in front of the ones read before). */
async function walk<P extends ConnectionPage>(size: number, fetchPage: (args: WalkPageArgs) => Promise<P>, way: "forwards" | "backwards"): Promise<string[]> {
  const forwards = way === "forwards";
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; ; page++) {
    const list = await fetchPage(forwards ? { first: size, after: cursor } : { last: size, before: cursor });
    const { hasNextPage, hasPreviousPage, startCursor, endCursor } = list.pageInfo;
    // The first page either way has nothing before it in that direction.
    expect(forwards ? hasPreviousPage : hasNextPage).toBe(page > 0);
    const pageIds = list.nodes.map((n) => n.id);
    if (forwards) ids.push(...pageIds);
    else ids.unshift(...pageIds);
    if (!(forwards ? hasNextPage : hasPreviousPage)) return ids;
    expect(list.nodes).toHaveLength(size);
    cursor = forwards ? endCursor : startCursor;
  }
}
