import type { YhdyspintaContext } from "../context/request-context";
import { compileFilterParts } from "./filter-compiler";
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
  /** The columns of `t` that `value` and `join` read (the row's `id` is always there). */
  columns: readonly string[];
  /** The join can meet one row more than once for a value (region via municipalities): count rows once. */
  distinct?: boolean;
}

export interface FacetCount {
  value: string;
  count: number;
}

/**
 * Counts the selected facets of a filtered list in one statement. The filter's conditions are
 * evaluated once per row: those no selected facet ignores narrow a materialised set of matching rows
 * (`m`), each other condition becomes a boolean column of it; every facet is then one grouped count
 * over `m` under the flags of all conditions but its own (disjunctive faceting), joined by UNION ALL.
 * Values with no match are left out; each facet comes most frequent first, then by value.
 */
export async function countFacets(
  ctx: YhdyspintaContext, kind: string, table: string, filter: object | null | undefined,
  facets: Readonly<Record<string, FacetSpec>>, selected: readonly string[],
): Promise<Map<string, FacetCount[]>> {
  const result = new Map<string, FacetCount[]>(selected.map((name) => [name, []]));
  if (selected.length === 0) return result;
  const specs = selected.map((name) => {
    const facet = facets[name];
    if (!facet) throw new Error(`countFacets: ${kind} has no facet "${name}"`);
    return facet;
  });
  const params = new SqlParams();
  const parts = compileFilterParts(ctx, kind, filter, params);
  const ignored = new Set(specs.flatMap((f) => f.filterFields));
  const common = parts.filter((p) => !ignored.has(p.field)).map((p) => p.sql);
  const flagged = parts.filter((p) => ignored.has(p.field));
  const columns = [...new Set(["id", ...specs.flatMap((f) => f.columns)])].map((c) => `t.${c}`);
  const flags = flagged.map((p, i) => `${p.sql} AS __f${i}`);
  const counts = specs.map((facet, i) => {
    const conditions = flagged.map((p, j) => (facet.filterFields.includes(p.field) ? null : `t.__f${j}`)).filter((c): c is string => c !== null);
    return `(SELECT ${i} AS facet, (${facet.value})::text AS value, count(${facet.distinct ? "DISTINCT t.id" : "*"})::int AS count
       FROM m t ${facet.join ?? ""}${conditions.length ? ` WHERE ${conditions.join(" AND ")}` : ""} GROUP BY 2)`;
  });
  const rows: { facet: number; value: string; count: number }[] = await ctx.db.query(
    `WITH m AS MATERIALIZED (SELECT ${[...columns, ...flags].join(", ")} FROM ${table} t${common.length ? ` WHERE ${common.join(" AND ")}` : ""})
     SELECT facet, value, count FROM (${counts.join(" UNION ALL ")}) f ORDER BY facet, count DESC, value`, params.values);
  for (const row of rows) result.get(selected[row.facet]!)!.push({ value: row.value, count: row.count });
  return result;
}
