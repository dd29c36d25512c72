import type { YhdyspintaContext } from "../context/request-context";
import { compileFilter, placeSearch, searchTerm } from "./filter-compiler";
import type { SqlParams } from "./sql";

/**
 * A top-level place field of a root filter and the place codes its (given, de-duplicated) codes
 * stand for in the row's codes column; `places` validates each code (throwing the field's error at
 * `path`) in the order given.
 */
export interface PlaceField {
  field: string;
  places: (ctx: YhdyspintaContext, codes: string[], path: string) => string[];
}

/** What a root list reads first (searchFence): the condition, and the top-level fields it stands for. */
export interface RootSearch {
  skip: string[];
  condition: string;
}

/**
 * The search condition of a root list, apart from the rest of the filter (null without a search).
 * With a place field at the top of the filter (the first of `fields` given) it is one condition on
 * the place-prefixed search index (placeSearch over `codesColumn`), which reads the matches in those
 * places only, and stands for the search and that field; any other place field keeps its own
 * condition (two place fields must both hold, which is not one list of places). Otherwise it is the
 * kind's own `search` condition.
 */
export function rootSearch(
  ctx: YhdyspintaContext, kind: string, filter: object | null | undefined, params: SqlParams, fields: readonly PlaceField[], codesColumn: string,
): RootSearch | null {
  const f = (filter ?? {}) as Record<string, unknown>;
  if (typeof f.search !== "string" || !searchTerm(f.search, "filter.search")) return null;
  for (const { field, places } of fields) {
    const value = f[field];
    if (value == null) continue;
    const codes = [...new Set(Array.isArray(value) ? (value as string[]) : [value as string])];
    const placeCodes = places(ctx, codes, `filter.${field}`);
    return { skip: ["search", field], condition: placeSearch("t", params.add(f.search), params.add(placeCodes, "text[]"), "search_vector", codesColumn) };
  }
  return { skip: ["search"], condition: compileFilter(ctx, kind, { search: f.search }, params)[0]! };
}
