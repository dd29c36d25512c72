import type { YhdyspintaContext } from "../context/request-context";
import { uniq } from "../graphql/uniq";
import { compileFilter, placeSearch, searchQuery, searchTerm } from "./filter-compiler";
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

/** PlaceField.places for municipality codes: each checked (an unknown one is the field's error), standing for itself. */
export const municipalityPlaces: PlaceField["places"] = (ctx, codes, path) => codes.map((code) => ctx.reference.requireMunicipality(code, path).code);
/** PlaceField.places for region codes, each checked; `expand` maps the checked codes to the codes a row's column holds. */
export const regionPlaces = (expand: (ctx: YhdyspintaContext, regions: string[]) => string[] = (_ctx, regions) => regions): PlaceField["places"] =>
  (ctx, codes, path) => expand(ctx, codes.map((code) => ctx.reference.requireRegion(code, path).code));
/** The root filter's four place fields (a list and a single code of each kind), in the order rootSearch tries them. */
export function placeFields(municipalities: PlaceField["places"], regions: PlaceField["places"]): readonly PlaceField[] {
  return [
    { field: "municipalityCodes", places: municipalities }, { field: "municipalityCode", places: municipalities },
    { field: "regionCodes", places: regions }, { field: "regionCode", places: regions },
  ];
}

/** What a root list reads first (searchFence): the condition, and the top-level fields it stands for. */
export interface RootSearch {
  skip: string[];
  condition: string;
  /**
   * For a place search: the exact condition, checked on the rows the search read (outside the fence,
   * so no other index is combined with the place index). The place index finds every match in the
   * places, and exactly those unless the query negates a word: "-kerho" in Helsinki or Espoo also
   * finds an activity elsewhere, or one in Helsinki with "kerho" (through Espoo's branch), since a
   * prefixed vector lacks every word prefixed with another place. Only then are the plain search
   * and the place checked again, per row read.
   */
  exact?: string;
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
    const codes = uniq(Array.isArray(value) ? (value as string[]) : [value as string]);
    const placeCodes = params.add(places(ctx, codes, `filter.${field}`), "text[]");
    const term = params.add(f.search);
    const negates = `(SELECT position('!' in search_query(${term})::text) > 0)`;
    return {
      skip: ["search", field],
      condition: placeSearch("t", term, placeCodes, "search_vector", codesColumn),
      exact: `(NOT ${negates} OR (t.search_vector @@ ${searchQuery(term)} AND t.${codesColumn} && ${placeCodes}))`,
    };
  }
  return { skip: ["search"], condition: compileFilter(ctx, kind, { search: f.search }, params)[0]! };
}
