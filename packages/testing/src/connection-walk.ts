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
  const forwards: string[] = [];
  for (let after: string | null = null, page = 0; ; page++) {
    const list = await fetchPage({ first: size, after });
    expect(list.pageInfo.hasPreviousPage).toBe(page > 0);
    forwards.push(...list.nodes.map((n) => n.id));
    if (!list.pageInfo.hasNextPage) break;
    expect(list.nodes).toHaveLength(size);
    after = list.pageInfo.endCursor;
  }
  const backwards: string[] = [];
  for (let before: string | null = null, page = 0; ; page++) {
    const list = await fetchPage({ last: size, before });
    expect(list.pageInfo.hasNextPage).toBe(page > 0);
    backwards.unshift(...list.nodes.map((n) => n.id));
    if (!list.pageInfo.hasPreviousPage) break;
    expect(list.nodes).toHaveLength(size);
    before = list.pageInfo.startCursor;
  }
  return { forwards, backwards };
}
