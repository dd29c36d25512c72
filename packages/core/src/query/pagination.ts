import { createHash } from "node:crypto";
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
  /** Descending; the key's expression must never be null (wrap a nullable column in COALESCE). */
  desc?: boolean;
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
  /**
   * What the cursors are tied to, when not `from`: a list read through a link table carrying copies
   * of the sort keys (`organisation_region l LEFT JOIN organisation t ...`) gives the same cursor
   * values as the table itself, so its cursors stay those of `organisation t`.
   */
  cursorList?: string;
  /**
   * The plain table (`activity t`) when `from` is a derived set of its rows (a search read first,
   * query/filter-compiler's searchFence): a ranked page reads its rows' columns from it by id.
   */
  table?: string;
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
  /** Backward paging: the `last` rows before `before` (or before the end of the list). */
  last?: number | null;
  before?: string | null;
}

export interface Page<T> {
  nodes: T[];
  cursors: string[];
  /** The cursor of one node, when the page can encode one without the others (pageInfo reads two of 50). */
  cursorAt?: (index: number) => string;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Number of matches across all pages, when the page statement could count them for free. */
  total?: number;
}

export function pageSize(first: number | null | undefined, field = "first"): number {
  if (first == null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new UserInputError(`"${field}" must be between 0 and ${MAX_PAGE_SIZE}`, { field, reason: Reason.PAGE_SIZE_OUT_OF_RANGE });
  }
  return first;
}

/** Which way a page is read: `last` (with or without `before`) reads backwards from the end. */
export function isBackward(args: PageArgs): boolean {
  if (args.first != null && args.last != null) {
    throw new UserInputError(`Give "first" or "last", not both`, { field: "last", reason: Reason.ONE_OF });
  }
  return args.last != null || (args.first == null && args.before != null);
}

/** The page size of either direction, validated. */
export function pageLimit(args: PageArgs): number {
  return isBackward(args) ? pageSize(args.last, "last") : pageSize(args.first);
}

/**
 * The ordering as its cursors name it: a fingerprint of the list (its FROM clause) and the
 * ordering, so a cursor of another list or ordering is refused (INVALID_CURSOR) rather than
 * silently positioning this list on foreign key values. Computed once per page, not per row.
 */
export function cursorOrdering(spec: Pick<ListSpec, "from" | "ordering" | "cursorList">): Ordering {
  const tag = createHash("sha256").update(`${spec.cursorList ?? spec.from}\0${spec.ordering.name}`).digest("base64url").slice(0, 12);
  return { ...spec.ordering, name: tag };
}

/** Validates both cursors of a request (before any statement runs). */
export function decodeCursors(ordering: Ordering, args: PageArgs): { after?: unknown[]; before?: unknown[] } {
  return {
    after: args.after ? decodeCursor(ordering, args.after, "after") : undefined,
    before: args.before ? decodeCursor(ordering, args.before, "before") : undefined,
  };
}

/** A timestamptz as PostgreSQL prints it (cursor values keep its microseconds), or ISO 8601. */
const TIMESTAMP = /^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$/;

function validTimestamp(v: string): boolean {
  if (!TIMESTAMP.test(v) || v.startsWith("0000")) return false;
  // Date.parse wants ISO: milliseconds only and a colon in the offset.
  const iso = v.replace(" ", "T").replace(/(\.[0-9]{3})[0-9]*/, "$1").replace(/([+-][0-9]{2})$/, "$1:00").replace(/([+-][0-9]{2})([0-9]{2})$/, "$1:$2");
  return !Number.isNaN(Date.parse(iso));
}

export function encodeCursor(ordering: Ordering, values: unknown[]): string {
  return Buffer.from(JSON.stringify([ordering.name, ...values]), "utf8").toString("base64url");
}

export function decodeCursor(ordering: Ordering, cursor: string, field: "after" | "before" = "after"): unknown[] {
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
      if (k.type === "timestamptz") return validTimestamp(v);
      return true;
    });
  if (!valid) {
    throw new UserInputError(`"${field}" is not a cursor of this list and ordering`, { field, reason: Reason.INVALID_CURSOR });
  }
  return (parsed as unknown[]).slice(1);
}

/** Each statement binds its own copy of the filter parameters, so one spec serves page and count alike. */
function withOwnParams(spec: ListSpec): ListSpec {
  const params = new SqlParams();
  params.values.push(...spec.params.values);
  return { ...spec, params };
}

/**
 * Rows after (`gt`) or before the cursor values in the given key order. One row-value comparison
 * when every key runs the same way (an index on the keys serves it); with mixed directions, the
 * expanded form `k1 > v1 OR (k1 = v1 AND k2 < v2) ...` (orderings have a handful of keys).
 */
function keysetCondition(keys: SortKey[], values: unknown[], params: SqlParams, gt: boolean): string {
  const op = (k: SortKey) => ((k.desc ? !gt : gt) ? ">" : "<");
  if (keys.every((k) => Boolean(k.desc) === Boolean(keys[0]!.desc))) {
    const strict = op(keys[0]!);
    // With an integer id last, (k, id) > (a, b) is (k, id) >= (a, b + 1). The planner estimates a row
    // comparison by its first column alone: `k >= a` counts the rows level with the cursor, where
    // `k > a` misses them, so a page deep in a run of equal keys (KIND, a shared created_at) looked
    // like a handful of rows and was read whole by a bitmap scan and a sort instead of walking the index.
    const id = values[keys.length - 1];
    const next = typeof id === "number" ? id + (strict === ">" ? 1 : -1) : NaN;
    if (keys[keys.length - 1]!.type === "int" && Number.isInteger(next) && next >= -2147483648 && next <= 2147483647) {
      const bound = keys.map((k, i) => params.add(i === keys.length - 1 ? next : values[i], k.type));
      return `(${keys.map((k) => k.sql).join(", ")}) ${strict}= (${bound.join(", ")})`;
    }
    const bound = keys.map((k, i) => params.add(values[i], k.type));
    return `(${keys.map((k) => k.sql).join(", ")}) ${strict} (${bound.join(", ")})`;
  }
  const bound = keys.map((k, i) => params.add(values[i], k.type));
  const terms = keys.map((k, i) => [...keys.slice(0, i).map((e, j) => `${e.sql} = ${bound[j]}`), `${k.sql} ${op(k)} ${bound[i]}`].join(" AND "));
  return `(${terms.map((t) => `(${t})`).join(" OR ")})`;
}

function pageStatement<K>(spec: ListSpec, args: PageArgs, parent?: ParentSpec<K>, withTotals = false): { sql: string; limit: number; counts: boolean; backward: boolean } {
  const backward = isBackward(args);
  const limit = pageLimit(args);
  const { ordering } = spec;
  const params = spec.params;
  const conds = [...spec.filters];
  if (parent) conds.push(parent.condition);
  const cursors = args.after || args.before ? decodeCursors(cursorOrdering(spec), args) : {};
  if (cursors.after) conds.push(keysetCondition(ordering.keys, cursors.after, params, true));
  if (cursors.before) conds.push(keysetCondition(ordering.keys, cursors.before, params, false));
  // Window functions run before LIMIT, so this counts every match, not just the page.
  const counts = !parent && !args.after && !args.before && Boolean(ordering.sortsAllMatches);
  // A backward page reads the reversed order from the end (LIMIT stays cheap) and is turned round in toPage.
  const direction = (k: SortKey) => (Boolean(k.desc) !== backward ? "DESC" : "ASC");
  // Timestamps leave as text: a JS Date would drop the microseconds and the cursor would repeat rows.
  const keyColumn = (k: SortKey, expr: string, i: number) => `${k.type === "timestamptz" ? `(${expr})::text` : expr} AS "__k${i}"`;
  const where = conds.length ? `WHERE ${conds.join(" AND ")}` : "";
  let inner: string;
  if (!parent && ordering.sortsAllMatches) {
    // Every match is ranked: sort narrow rows (the keys, the id last) and read the selected
    // columns of the page's rows only, by id, instead of carrying every match's wide row through the sort.
    const last = ordering.keys.length - 1;
    // The keys are computed in a subquery (kept apart by OFFSET 0), so the count's window buffers
    // narrow rows rather than each match's text vector: at 10x a national search's window spilled
    // megabytes to temporary files per request past the default work_mem.
    const raw = ordering.keys.map((k, i) => `${k.sql} AS "__r${i}"`).join(", ");
    const out = ordering.keys.map((k, i) => keyColumn(k, `s."__r${i}"`, i)).join(", ") + (counts ? `, count(*) OVER ()::int AS "__total"` : "");
    const rawOrder = ordering.keys.map((k, i) => `s."__r${i}" ${direction(k)}`).join(", ");
    // The matches come from `from` as is: a search read first (searchFence) stays first, even where
    // the planner would rather combine its index with another filter's (a kind's ordering index).
    const narrow = `SELECT ${out} FROM (SELECT ${raw} FROM ${spec.from} ${where} OFFSET 0) s ORDER BY ${rawOrder} LIMIT ${limit + 1}`;
    const pageOrder = ordering.keys.map((k, i) => `${k.type === "timestamptz" ? `n."__k${i}"::timestamptz` : `n."__k${i}"`} ${direction(k)}`).join(", ");
    inner = `SELECT ${spec.columns}, n.* FROM (${narrow}) n JOIN ${spec.table ?? spec.from} ON ${ordering.keys[last]!.sql} = n."__k${last}" ORDER BY ${pageOrder}`;
  } else {
    const sortCols = ordering.keys.map((k, i) => keyColumn(k, k.sql, i)).join(", ");
    const orderBy = ordering.keys.map((k) => `${k.sql} ${direction(k)}`).join(", ");
    inner = `SELECT ${spec.columns}, ${sortCols} FROM ${spec.from} ${where} ORDER BY ${orderBy} LIMIT ${limit + 1}`;
  }
  if (!parent) {
    if (counts || !withTotals) return { sql: inner, limit, counts, backward };
    // The total rides along: counted over every match (regardless of the cursors); an empty page still
    // yields one row (x all null) carrying it. Same parameters as the page: one filter, one binding.
    const countWhere = spec.filters.length ? `WHERE ${spec.filters.join(" AND ")}` : "";
    return {
      sql: `SELECT c.n AS "__total", x.* FROM (SELECT count(*)::int AS n FROM ${spec.from} ${countWhere}) c LEFT JOIN LATERAL (${inner}) x ON true`,
      limit,
      counts: true,
      backward,
    };
  }
  const keys = params.add(parent.keys, `${parent.keyType}[]`);
  if (!withTotals) {
    return { sql: `SELECT p.key AS "__parent", x.* FROM unnest(${keys}) AS p(key) CROSS JOIN LATERAL (${inner}) x`, limit, counts, backward };
  }
  // The per-parent total rides along in the same statement: counted over every match (not the page,
  // and regardless of the cursors), and a parent without rows still yields one row (x all null) carrying it.
  const countWhere = [...spec.filters, parent.condition].join(" AND ");
  return {
    sql: `SELECT p.key AS "__parent", c.n AS "__total", x.* FROM unnest(${keys}) AS p(key)`
      + ` CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM ${spec.from} WHERE ${countWhere}) c`
      + ` LEFT JOIN LATERAL (${inner}) x ON true`,
    limit,
    counts: true,
    backward,
  };
}

/** The statement (and its parameters) a top-level page runs: for EXPLAIN in the index tests. */
export function pageStatementOf(spec: ListSpec, args: PageArgs, withTotal = false): { sql: string; params: unknown[] } {
  spec = withOwnParams(spec);
  return { sql: pageStatement(spec, args, undefined, withTotal).sql, params: spec.params.values };
}

/** The statement (and its parameters) pages of many parents run: for EXPLAIN in the index tests. */
export function pagesByParentStatementOf<K>(spec: ListSpec, args: PageArgs, parent: ParentSpec<K>, withTotals = false): { sql: string; params: unknown[] } {
  spec = withOwnParams(spec);
  return { sql: pageStatement(spec, args, parent, withTotals).sql, params: spec.params.values };
}

/**
 * The row's own columns, without the statement's bookkeeping (`__k0`, `__parent`, `__total`...):
 * computed once per statement, since every row of one result has the same columns.
 */
function dataColumns(row: Record<string, unknown> | undefined): string[] {
  return row ? Object.keys(row).filter((key) => key.charCodeAt(0) !== 95 || key.charCodeAt(1) !== 95) : [];
}

function toPage<T>(
  rows: Record<string, unknown>[], spec: ListSpec, args: PageArgs, limit: number, backward: boolean,
  hydrate: (row: Record<string, unknown>, columns?: readonly string[]) => T,
): Page<T> {
  const keyCount = spec.ordering.keys.length;
  // Read backwards, the rows arrive last-first: the extra row (if any) is the one before the page.
  const visible = rows.slice(0, limit);
  if (backward) visible.reverse();
  const columns = dataColumns(visible[0]);
  let cursors: string[] | undefined;
  let ordering: Ordering | undefined;
  const cursorAt = (index: number) =>
    encodeCursor((ordering ??= cursorOrdering(spec)), Array.from({ length: keyCount }, (_, i) => visible[index]![`__k${i}`]));
  return {
    nodes: visible.map((row) => hydrate(row, columns)),
    // Encoded on first use: most nested lists select neither edges nor pageInfo.
    get cursors() {
      return (cursors ??= visible.map((_, index) => cursorAt(index)));
    },
    cursorAt,
    // A cursor on the far side means rows lie beyond it (the row it was taken from, at least).
    hasNextPage: backward ? Boolean(args.before) : rows.length > limit,
    hasPreviousPage: backward ? rows.length > limit : Boolean(args.after),
  };
}

/** One page; with `withTotal`, the total of all matches is counted in the same statement. */
export async function fetchPage<T>(
  db: Queryable, spec: ListSpec, args: PageArgs, hydrate: (row: Record<string, unknown>, columns?: readonly string[]) => T, withTotal = false,
): Promise<Page<T>> {
  spec = withOwnParams(spec);
  const { sql, limit, counts, backward } = pageStatement(spec, args, undefined, withTotal);
  let rows: Record<string, unknown>[] = await db.query(sql, spec.params.values);
  const total = counts ? (rows.length ? (rows[0].__total as number) : 0) : undefined;
  // The ordering's last key is the unique id, never null on a real row: null marks the empty page's count row.
  const idKey = `__k${spec.ordering.keys.length - 1}`;
  if (counts && rows.length === 1 && rows[0][idKey] === null) rows = [];
  const page = toPage(rows, spec, args, limit, backward, hydrate);
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
  const { sql, limit, backward } = pageStatement(spec, args, parent, withTotals);
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
    const page = toPage(list, spec, args, limit, backward, hydrate);
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

/** `count(limit:)`: how many matches are read at most, by default and at most. */
export const DEFAULT_COUNT_LIMIT = 10_000;
export const MAX_COUNT_LIMIT = 100_000;

export function countLimit(limit: number | null | undefined, field = "limit"): number {
  if (limit == null) return DEFAULT_COUNT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_COUNT_LIMIT) {
    throw new UserInputError(`"${field}" must be between 1 and ${MAX_COUNT_LIMIT}`, { field, reason: Reason.OUT_OF_RANGE });
  }
  return limit;
}

/** The number of matches, reading at most `limit` of them: exact when below `limit`, else `limit`. */
export async function countRowsUpTo(db: Queryable, spec: ListSpec, limit: number): Promise<number> {
  spec = withOwnParams(spec);
  const where = spec.filters.length ? `WHERE ${spec.filters.join(" AND ")}` : "";
  const cap = spec.params.add(limit, "int");
  const [row] = await db.query(`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${spec.from} ${where} LIMIT ${cap}) c`, spec.params.values);
  return row.n;
}

/** countRowsUpTo for many parents in one statement (at most `limit` rows read per parent). */
export async function countRowsUpToByParent<K extends string | number>(
  db: Queryable, spec: ListSpec, parent: ParentSpec<K>, limit: number,
): Promise<Map<K, number>> {
  spec = withOwnParams(spec);
  const keys = spec.params.add(parent.keys, `${parent.keyType}[]`);
  const cap = spec.params.add(limit, "int");
  const conds = [...spec.filters, parent.condition];
  const rows: { key: K; n: number }[] = await db.query(
    `SELECT p.key, (SELECT count(*)::int FROM (SELECT 1 FROM ${spec.from} WHERE ${conds.join(" AND ")} LIMIT ${cap}) c) AS n FROM unnest(${keys}) AS p(key)`,
    spec.params.values,
  );
  return new Map(rows.map((r) => [r.key, r.n]));
}
