import { UserInputError } from "../errors/errors";
import { SqlParams, type Queryable } from "./sql";
import { Reason } from "../errors/error-reasons";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** One key of a keyset ordering. The last key of an ordering must be unique (the id). */
export interface SortKey {
  /** SQL expression over the row alias `t`. */
  sql: string;
  /** PostgreSQL type used to bind the cursor value back. */
  type: "int" | "bigint" | "text" | "real" | "date" | "timestamptz";
}

export interface Ordering {
  /** Stored in the cursor so a cursor from one ordering is refused by another. */
  name: string;
  keys: SortKey[];
  /**
   * The order is computed (e.g. search rank), so no index serves it and the page statement sorts
   * every match anyway: a first page then carries the total as a window count, saving the count statement.
   */
  sortsAllMatches?: boolean;
}

/**
 * What a list reads: a table (alias `t`), its selected columns and filter conditions already bound
 * to `params`. Filters are built once per request and shared by the page and the count queries.
 */
export interface ListSpec {
  from: string;
  columns: string;
  filters: string[];
  params: SqlParams;
  ordering: Ordering;
}

/** Batched lists: one statement pages every parent, through a LATERAL join on the parent keys. */
export interface ParentSpec<K> {
  keys: readonly K[];
  keyType: "int" | "text";
  /** Condition tying a row of `t` to the parent key `p.key`. */
  condition: string;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page<T> {
  nodes: T[];
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Number of matches across all pages, when the page statement could count them for free. */
  total?: number;
}

export function pageSize(first: number | null | undefined): number {
  if (first == null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new UserInputError(`"first" must be between 0 and ${MAX_PAGE_SIZE}`, { field: "first", reason: Reason.PAGE_SIZE_OUT_OF_RANGE });
  }
  return first;
}

export function encodeCursor(ordering: Ordering, values: unknown[]): string {
  return Buffer.from(JSON.stringify([ordering.name, ...values]), "utf8").toString("base64url");
}

export function decodeCursor(ordering: Ordering, cursor: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    parsed = null;
  }
  const valid =
    Array.isArray(parsed) &&
    parsed.length === ordering.keys.length + 1 &&
    parsed[0] === ordering.name &&
    ordering.keys.every((k, i) => {
      const v = parsed[i + 1];
      // Each value must be one PostgreSQL can bind to the key's type: a cursor is client input.
      if (k.type === "int") return Number.isInteger(v) && (v as number) >= -2147483648 && (v as number) <= 2147483647;
      // bigint keys travel as decimal strings (as pg returns them), never as lossy numbers.
      if (k.type === "bigint") return typeof v === "string" && /^[0-9]{1,18}$/.test(v);
      if (k.type === "real") return typeof v === "number" && Number.isFinite(v);
      if (v === null) return true;
      if (typeof v !== "string" || v.includes("\0")) return false;
      if (k.type === "date") return /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(v) && !v.startsWith("0000") && !Number.isNaN(Date.parse(v));
      if (k.type === "timestamptz") return /^[0-9]{4}-[0-9]{2}-[0-9]{2}T/.test(v) && !v.startsWith("0000") && !Number.isNaN(Date.parse(v));
      return true;
    });
  if (!valid) {
    throw new UserInputError(`"after" is not a cursor of this list and ordering`, { field: "after", reason: Reason.INVALID_CURSOR });
  }
  return (parsed as unknown[]).slice(1);
}

/** Each statement binds its own copy of the filter parameters, so one spec serves page and count alike. */
function withOwnParams(spec: ListSpec): ListSpec {
  const params = new SqlParams();
  params.values.push(...spec.params.values);
  return { ...spec, params };
}

function pageStatement<K>(spec: ListSpec, args: PageArgs, parent?: ParentSpec<K>, withTotals = false): { sql: string; limit: number; counts: boolean } {
  const limit = pageSize(args.first);
  const { ordering } = spec;
  const params = spec.params;
  const conds = [...spec.filters];
  if (parent) conds.push(parent.condition);
  if (args.after) {
    const values = decodeCursor(ordering, args.after);
    const lhs = ordering.keys.map((k) => k.sql).join(", ");
    const rhs = ordering.keys.map((k, i) => params.add(values[i], k.type)).join(", ");
    conds.push(`(${lhs}) > (${rhs})`);
  }
  // Window functions run before LIMIT, so this counts every match, not just the page.
  const counts = !parent && !args.after && Boolean(ordering.sortsAllMatches);
  const sortCols = ordering.keys.map((k, i) => `${k.sql} AS "__k${i}"`).join(", ") + (counts ? `, count(*) OVER ()::int AS "__total"` : "");
  const orderBy = ordering.keys.map((k) => k.sql).join(", ");
  const where = conds.length ? `WHERE ${conds.join(" AND ")}` : "";
  const inner = `SELECT ${spec.columns}, ${sortCols} FROM ${spec.from} ${where} ORDER BY ${orderBy} LIMIT ${limit + 1}`;
  if (!parent) {
    if (counts || !withTotals) return { sql: inner, limit, counts };
    // The total rides along: counted over every match (regardless of `after`); an empty page still
    // yields one row (x all null) carrying it. Same parameters as the page: one filter, one binding.
    const countWhere = spec.filters.length ? `WHERE ${spec.filters.join(" AND ")}` : "";
    return {
      sql: `SELECT c.n AS "__total", x.* FROM (SELECT count(*)::int AS n FROM ${spec.from} ${countWhere}) c LEFT JOIN LATERAL (${inner}) x ON true`,
      limit,
      counts: true,
    };
  }
  const keys = params.add(parent.keys, `${parent.keyType}[]`);
  if (!withTotals) {
    return { sql: `SELECT p.key AS "__parent", x.* FROM unnest(${keys}) AS p(key) CROSS JOIN LATERAL (${inner}) x`, limit, counts };
  }
  // The per-parent total rides along in the same statement: counted over every match (not the page,
  // and regardless of `after`), and a parent without rows still yields one row (x all null) carrying it.
  const countWhere = [...spec.filters, parent.condition].join(" AND ");
  return {
    sql: `SELECT p.key AS "__parent", c.n AS "__total", x.* FROM unnest(${keys}) AS p(key)`
      + ` CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM ${spec.from} WHERE ${countWhere}) c`
      + ` LEFT JOIN LATERAL (${inner}) x ON true`,
    limit,
    counts: true,
  };
}

/**
 * The row's own columns, without the statement's bookkeeping (`__k0`, `__parent`, `__total`...):
 * computed once per statement, since every row of one result has the same columns.
 */
function dataColumns(row: Record<string, unknown> | undefined): string[] {
  return row ? Object.keys(row).filter((key) => key.charCodeAt(0) !== 95 || key.charCodeAt(1) !== 95) : [];
}

function toPage<T>(rows: Record<string, unknown>[], spec: ListSpec, args: PageArgs, limit: number, hydrate: (row: Record<string, unknown>, columns?: readonly string[]) => T): Page<T> {
  const keyCount = spec.ordering.keys.length;
  const visible = rows.slice(0, limit);
  const columns = dataColumns(visible[0]);
  let cursors: string[] | undefined;
  return {
    nodes: visible.map((row) => hydrate(row, columns)),
    // Encoded on first use: most nested lists select neither edges nor pageInfo.
    get cursors() {
      return (cursors ??= visible.map((row) => encodeCursor(spec.ordering, Array.from({ length: keyCount }, (_, i) => row[`__k${i}`]))));
    },
    hasNextPage: rows.length > limit,
    hasPreviousPage: Boolean(args.after),
  };
}

/** One page; with `withTotal`, the total of all matches is counted in the same statement. */
export async function fetchPage<T>(
  db: Queryable, spec: ListSpec, args: PageArgs, hydrate: (row: Record<string, unknown>, columns?: readonly string[]) => T, withTotal = false,
): Promise<Page<T>> {
  spec = withOwnParams(spec);
  const { sql, limit, counts } = pageStatement(spec, args, undefined, withTotal);
  let rows: Record<string, unknown>[] = await db.query(sql, spec.params.values);
  const total = counts ? (rows.length ? (rows[0].__total as number) : 0) : undefined;
  // The ordering's last key is the unique id, never null on a real row: null marks the empty page's count row.
  const idKey = `__k${spec.ordering.keys.length - 1}`;
  if (counts && rows.length === 1 && rows[0][idKey] === null) rows = [];
  const page = toPage(rows, spec, args, limit, hydrate);
  if (total !== undefined) page.total = total;
  return page;
}

/**
 * Pages for many parents at once; the map has an entry (possibly empty) for every key. With
 * `withTotals`, each page also carries its parent's total, counted in the same statement.
 */
export async function fetchPagesByParent<T, K extends string | number>(
  db: Queryable, spec: ListSpec, args: PageArgs, parent: ParentSpec<K>, hydrate: (row: Record<string, unknown>, columns?: readonly string[]) => T,
  withTotals = false,
): Promise<Map<K, Page<T>>> {
  spec = withOwnParams(spec);
  const { sql, limit } = pageStatement(spec, args, parent, withTotals);
  const rows: Record<string, unknown>[] = await db.query(sql, spec.params.values);
  const byParent = new Map<K, Record<string, unknown>[]>(parent.keys.map((k) => [k, []]));
  const totals = new Map<K, number>();
  // The ordering's last key is the unique id, never null on a real row: null marks a parent without rows.
  const idKey = `__k${spec.ordering.keys.length - 1}`;
  for (const row of rows) {
    const key = row.__parent as K;
    if (withTotals) {
      totals.set(key, row.__total as number);
      if (row[idKey] === null) continue;
    }
    byParent.get(key)?.push(row);
  }
  return new Map([...byParent].map(([k, list]) => {
    const page = toPage(list, spec, args, limit, hydrate);
    if (withTotals) page.total = totals.get(k) ?? 0;
    return [k, page];
  }));
}

export async function countRows(db: Queryable, spec: ListSpec): Promise<number> {
  const where = spec.filters.length ? `WHERE ${spec.filters.join(" AND ")}` : "";
  const [row] = await db.query(`SELECT count(*)::int AS n FROM ${spec.from} ${where}`, spec.params.values);
  return row.n;
}

export async function countRowsByParent<K extends string | number>(db: Queryable, spec: ListSpec, parent: ParentSpec<K>): Promise<Map<K, number>> {
  spec = withOwnParams(spec);
  const keys = spec.params.add(parent.keys, `${parent.keyType}[]`);
  const conds = [...spec.filters, parent.condition];
  const rows: { key: K; n: number }[] = await db.query(
    `SELECT p.key, (SELECT count(*)::int FROM ${spec.from} WHERE ${conds.join(" AND ")}) AS n FROM unnest(${keys}) AS p(key)`,
    spec.params.values,
  );
  return new Map(rows.map((r) => [r.key, r.n]));
}

/**
 * Adds a Finnish full-text condition and picks the ordering: best match first when searching
 * (unless NAME is asked for), `fallback` otherwise. RELEVANCE without a search term is refused.
 */
export function searchOrdering(
  params: SqlParams, where: string[], search: string | null | undefined, order: "NAME" | "RELEVANCE" | null | undefined, fallback: Ordering,
): Ordering {
  if (search == null || search.trim() === "") {
    if (order === "RELEVANCE") {
      throw new UserInputError("RELEVANCE ordering needs a search term", { field: "orderBy", reason: Reason.RELEVANCE_WITHOUT_SEARCH });
    }
    return fallback;
  }
  const query = `websearch_to_tsquery('finnish', ${params.add(search)})`;
  where.push(`t.search_vector @@ ${query}`);
  if (order === "NAME") return fallback;
  return { name: "relevance", keys: [{ sql: `-ts_rank(t.search_vector, ${query})`, type: "real" }, { sql: "t.id", type: "int" }], sortsAllMatches: true };
}
