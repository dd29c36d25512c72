import type { YhdyspintaContext } from "../context/request-context";
import { compileFilter } from "./filter-compiler";
import { SqlParams } from "./sql";

/** One facet of a list: a value per row (or several, through a join) to count rows by. */
export interface FacetSpec {
  /**
   * The filter fields a front end sets from this facet's checkboxes. The facet's own counts leave
   * them out (disjunctive faceting): ticking "Jyväskylä" does not zero the other municipalities.
   */
  filterFields: readonly string[];
  /** SQL after `FROM <table> t`: a join or `CROSS JOIN LATERAL unnest(...)` giving the value. */
  join?: string;
  /** The value counted, an expression over `t` and the join. */
  value: string;
  /** The join can meet one row more than once for a value (region via municipalities): count rows once. */
  distinct?: boolean;
}

export interface FacetCount {
  value: string;
  count: number;
}

/**
 * Counts the selected facets of a filtered list in one statement: a UNION ALL of one grouped count
 * per facet, each under the filter without that facet's own fields. Values with no match are left
 * out; each facet comes most frequent first, then by value.
 */
export async function countFacets(
  ctx: YhdyspintaContext, kind: string, table: string, filter: object | null | undefined,
  facets: Readonly<Record<string, FacetSpec>>, selected: readonly string[],
): Promise<Map<string, FacetCount[]>> {
  const result = new Map<string, FacetCount[]>(selected.map((name) => [name, []]));
  if (selected.length === 0) return result;
  const params = new SqlParams();
  const parts = selected.map((name, i) => {
    const facet = facets[name];
    if (!facet) throw new Error(`countFacets: ${kind} has no facet "${name}"`);
    const where = compileFilter(ctx, kind, filter, params, { skip: facet.filterFields });
    return `(SELECT ${i} AS facet, (${facet.value})::text AS value, count(${facet.distinct ? "DISTINCT t.id" : "*"})::int AS count
       FROM ${table} t ${facet.join ?? ""}${where.length ? ` WHERE ${where.join(" AND ")}` : ""} GROUP BY 2)`;
  });
  const rows: { facet: number; value: string; count: number }[] = await ctx.db.query(
    `SELECT facet, value, count FROM (${parts.join(" UNION ALL ")}) f ORDER BY facet, count DESC, value`, params.values);
  for (const row of rows) result.get(selected[row.facet]!)!.push({ value: row.value, count: row.count });
  return result;
}
