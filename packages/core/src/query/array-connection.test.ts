import "reflect-metadata";
import { connectionFromArray } from "./array-connection";
import type { Ordering } from "./pagination";

const BY_CODE: Ordering = { name: "code", keys: [{ sql: "code", type: "text" }] };
const items = Array.from({ length: 47 }, (_, i) => ({ code: String(i).padStart(3, "0") }));
const list = (args: object) => connectionFromArray(items, args, BY_CODE, (item) => item.code);

describe("in-memory connections", () => {
  it("walk forwards and backwards through the same items, with pageInfo on each side", () => {
    const forwards: string[] = [];
    let after: string | null = null;
    for (let page = 0; ; page++) {
      const c = list({ first: 10, after });
      expect(c.pageInfo.hasPreviousPage).toBe(page > 0);
      forwards.push(...c.nodes.map((n) => n.code));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    const backwards: string[] = [];
    let before: string | null = null;
    for (let page = 0; ; page++) {
      const c = list({ last: 10, before });
      expect(c.pageInfo.hasNextPage).toBe(page > 0);
      backwards.unshift(...c.nodes.map((n) => n.code));
      if (!c.pageInfo.hasPreviousPage) break;
      before = c.pageInfo.startCursor;
    }
    const all = items.map((i) => i.code);
    expect(forwards).toEqual(all);
    expect(backwards).toEqual(all);
    // `last` alone is the end of the list.
    expect(list({ last: 3 }).nodes.map((n) => n.code)).toEqual(all.slice(-3));
  });

  it("refuses a malformed `before` cursor as INVALID_CURSOR on that argument", () => {
    expect(() => list({ last: 2, before: "nope" })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: "before", reason: "INVALID_CURSOR" }) }));
  });
});
