import { UserInputError } from "../errors/errors";
import { Reason } from "../errors/error-reasons";
import type { Ordering, SortKey } from "./pagination";
import type { SqlParams } from "./sql";
import { searchQuery } from "./filter-compiler";

/** Finnish collation (ICU): å, ä, ö after z, case-insensitive at the first level. The name indexes use it too. */
export const FINNISH_COLLATION = `"fi-x-icu"`;

/** Stands in for a missing date in sort keys (nulls sort last ascending), so keyset comparisons never meet a null. */
export const NO_DATE = `'9999-12-31'::date`;
export const NO_TIMESTAMP = `'9999-12-31 00:00:00+00'::timestamptz`;

/** An `orderBy` item as the engine reads it (the GraphQL inputs are of this shape). */
export interface OrderItem {
  field: string;
  direction?: "ASC" | "DESC" | null;
  language?: string | null;
}

/**
 * A field a list can be ordered by: SQL over alias `t` (given the requested language, for names).
 * A field that honours `alias` can also be read from a link table carrying copies of the row's sort
 * keys under the same column names (see `LinkedOrdering`).
 */
export interface OrderField {
  sql: (language: string, alias?: string) => string;
  type: SortKey["type"];
  /** The key alone is unique (an event's sequence number): later keys and the id tie-breaker are left out. */
  unique?: boolean;
}

/** A localised text column (`name_fi`, `name_sv`...) as a sort key: the requested language, else Finnish. */
export function localizedSortKey(column: string, languages: readonly string[] = ["FI", "SV", "EN"]): OrderField {
  return {
    type: "text",
    sql: (language, alias = "t") => {
      const lang = languages.includes(language) && language !== "FI" ? language.toLowerCase() : null;
      return lang ? `COALESCE(${alias}.${column}_${lang}, ${alias}.${column}_fi) COLLATE ${FINNISH_COLLATION}` : `${alias}.${column}_fi COLLATE ${FINNISH_COLLATION}`;
    },
  };
}

/** A plain SQL expression over alias `t` as a sort key (wrap nullable dates in COALESCE with `NO_DATE`/`NO_TIMESTAMP`). */
export function columnSortKey(sql: string, type: SortKey["type"], options: { unique?: boolean } = {}): OrderField {
  return { sql: () => sql, type, ...options };
}

/** A single-language text column as a sort key, compared with Finnish collation. */
export function textSortKey(sql: string): OrderField {
  return { sql: () => `${sql} COLLATE ${FINNISH_COLLATION}`, type: "text" };
}

/** A sort key over the row's own columns, written for any alias: `rowSortKey((a) => `${a}.created_at`, "timestamptz")`. */
export function rowSortKey(sql: (alias: string) => string, type: SortKey["type"]): OrderField {
  return { sql: (_language, alias = "t") => sql(alias), type };
}

/**
 * Read the sort keys from a link table (alias `alias`) that carries copies of them under the row's
 * column names, with the row's id in `idColumn`: its index (code, key, id) then serves every page.
 * Only for lists whose order fields honour the alias (`localizedSortKey`, `rowSortKey`).
 */
export interface LinkedOrdering {
  alias: string;
  idColumn: string;
}

/** What a list offers to `orderBy`: its fields (the keys of its `XOrderField` enum) and its order without one. */
export interface ListOrderingOptions {
  fields: Record<string, OrderField>;
  /** Used without `orderBy` and without a search. */
  defaultOrder: OrderItem[];
  /** SQL of the row's unique key, the last tie-breaker (default `t.id`). */
  id?: SortKey;
}

/**
 * Turns a validated `orderBy` into the keyset ordering of a list. With `search`, RELEVANCE becomes
 * available (and the default, best first); RELEVANCE without a search is refused. The search
 * condition itself is the filter's (`fullText` in the list's filter): the term is bound here only
 * when RELEVANCE is used, since a parameter a statement never reads has no type and fails it.
 * (`where` is kept in the signature for the plug-ins that pass it.) The id breaks ties in the
 * direction of the last key, so one index on (key, id) serves both directions.
 */
export function listOrdering(
  params: SqlParams, where: string[], search: string | null | undefined, orderBy: readonly OrderItem[] | null | undefined, options: ListOrderingOptions,
  linked?: LinkedOrdering,
): Ordering {
  void where;
  const searching = search != null && search.trim() !== "";
  let relevance: (() => SortKey[]) | undefined;
  if (searching) {
    relevance = () => {
      const term = params.add(search);
      const query = searchQuery(term);
      // Best first: a match in a name (weight A) before one in descriptions only; then the rank,
      // where a word matched exactly counts again over a completion, compound part or correction.
      return [
        { sql: `(t.search_vector @@ ${searchQuery(term, false, "A")})::int`, type: "int" },
        { sql: `(ts_rank(t.search_vector, ${query}) + ts_rank(t.search_vector, ${searchQuery(term, true)}))`, type: "real" },
      ];
    };
  }
  const requested = orderBy?.length ? orderBy : searching ? [{ field: "RELEVANCE", direction: "DESC" as const }] : options.defaultOrder;
  // Input lists are sets: a repeated field adds nothing to the order, so it is dropped.
  const seen = new Set<string>();
  const items = requested.filter((item) => !seen.has(item.field) && Boolean(seen.add(item.field)));
  const keys: SortKey[] = [];
  const names: string[] = [];
  for (const item of items) {
    const desc = item.direction === "DESC";
    if (item.field === "RELEVANCE") {
      if (!relevance) throw new UserInputError("RELEVANCE ordering needs a search term", { field: "orderBy", reason: Reason.RELEVANCE_WITHOUT_SEARCH });
      keys.push(...relevance().map((k) => ({ ...k, desc })));
      names.push(`RELEVANCE:${desc ? "DESC" : "ASC"}`);
      continue;
    }
    const field = options.fields[item.field];
    if (!field) throw new UserInputError(`This list cannot be ordered by ${item.field}`, { field: "orderBy", reason: Reason.ONE_OF });
    const language = item.language ?? "FI";
    keys.push({ sql: linked ? field.sql(language, linked.alias) : field.sql(language), type: field.type, desc });
    names.push(`${item.field}${item.field === "NAME" ? `.${language}` : ""}:${desc ? "DESC" : "ASC"}`);
    if (field.unique) break;
  }
  const unique = items.some((item) => options.fields[item.field]?.unique);
  // Equally relevant matches in name order (then by id), as a reader scans a list.
  const name = options.fields.NAME;
  if (!unique && items[items.length - 1]?.field === "RELEVANCE" && name && !seen.has("NAME")) keys.push({ sql: name.sql("FI"), type: name.type });
  const id: SortKey = linked ? { sql: `${linked.alias}.${linked.idColumn}`, type: "int" } : options.id ?? { sql: "t.id", type: "int" };
  if (!unique) keys.push({ ...id, desc: keys.length ? keys[keys.length - 1]!.desc : false });
  return { name: names.join(","), keys, sortsAllMatches: relevance !== undefined && items.some((i) => i.field === "RELEVANCE") };
}

/** `orderBy`, or the deprecated `order: ListOrder` argument mapped onto it (not both). */
export function resolveOrderBy(orderBy: readonly OrderItem[] | null | undefined, order: "NAME" | "RELEVANCE" | null | undefined): readonly OrderItem[] | undefined {
  if (order == null) return orderBy ?? undefined;
  if (orderBy != null) throw new UserInputError(`Give "orderBy" or the deprecated "order", not both`, { field: "order", reason: Reason.ONE_OF });
  return order === "NAME" ? [{ field: "NAME", direction: "ASC" }] : [{ field: "RELEVANCE", direction: "DESC" }];
}
