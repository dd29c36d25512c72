import type { EntityManager } from "typeorm";
import type { YhdyspintaContext } from "../context/request-context";
import { uniq } from "../graphql/uniq";
import type { DerivedColumn } from "./projection";

/**
 * Reads the codes a row is linked to through a join table (organisation_region, activity_municipality...),
 * batched per request: one statement for all rows asked about.
 */
export function loadLinkedCodes(ctx: YhdyspintaContext, table: string, ownerColumn: string, codeColumn: string, ownerId: number): Promise<string[]> {
  return ctx.loaders
    .get<number, string[]>(`codes:${table}`, async (ids) => {
      const rows: { id: number; code: string }[] = await ctx.db.query(
        `SELECT ${ownerColumn} AS id, ${codeColumn} AS code FROM ${table} WHERE ${ownerColumn} = ANY($1::int[]) ORDER BY ${codeColumn}`, [ids]);
      const byId = new Map<number, string[]>(ids.map((id) => [id, []]));
      for (const r of rows) byId.get(r.id)!.push(r.code);
      return ids.map((id) => byId.get(id)!);
    })
    .load(ownerId);
}

/**
 * A list's rows carry their linked codes (sorted, as loadLinkedCodes gives them) under `property`,
 * computed by the list statement itself: e.g. a page of organisations with their municipalities is
 * one statement instead of two.
 */
export function linkedCodesColumn(property: string, table: string, ownerColumn: string, codeColumn: string): DerivedColumn {
  return { property, sql: (alias) => `ARRAY(SELECT l.${codeColumn} FROM ${table} l WHERE l.${ownerColumn} = ${alias}.id ORDER BY l.${codeColumn})` };
}

/** Codes a row's list statement already computed (see linkedCodesColumn), else loaded in a batch. */
export function linkedCodesOf(
  ctx: YhdyspintaContext, row: object, property: string, table: string, ownerColumn: string, codeColumn: string, ownerId: number,
): Promise<string[]> | string[] {
  const computed = (row as Record<string, unknown>)[property];
  return Array.isArray(computed) ? (computed as string[]) : loadLinkedCodes(ctx, table, ownerColumn, codeColumn, ownerId);
}

/**
 * `map` over codes that are either already computed (a list's derived column: then synchronously, so
 * graphql-js completes the field without a promise per row) or still to be loaded.
 */
export function mapCodes<T>(codes: Promise<string[]> | string[], map: (codes: string[]) => T): Promise<T> | T {
  return Array.isArray(codes) ? map(codes) : codes.then(map);
}

/** Replaces the whole set of links of one row, inside the caller's transaction. */
export async function replaceLinkedCodes(em: EntityManager, table: string, ownerColumn: string, codeColumn: string, ownerId: number, codes: string[]): Promise<void> {
  await em.query(`DELETE FROM ${table} WHERE ${ownerColumn} = $1`, [ownerId]);
  await insertLinkedCodes(em, table, ownerColumn, codeColumn, ownerId, codes);
}

/** Links a row that has none yet (just inserted), inside the caller's transaction. */
export async function insertLinkedCodes(em: EntityManager, table: string, ownerColumn: string, codeColumn: string, ownerId: number, codes: string[]): Promise<void> {
  if (codes.length) {
    await em.query(`INSERT INTO ${table}(${ownerColumn}, ${codeColumn}) SELECT $1, unnest($2::text[])`, [ownerId, codes]);
  }
}

/**
 * SQL over alias `t` for rows scoped by linked codes: a region link table and a municipality link
 * table (`alias` in the SQL), both keyed by `ownerColumn`. `regions(codes)` holds when the row
 * reaches a region directly or through one of its municipalities, `municipalities(codes)` when it
 * names the municipality; `codes` is an SQL expression (`p.key`, `ANY($1::text[])`).
 */
export function linkedScope(regionTable: string, municipalityTable: string, alias: string, ownerColumn: string) {
  return {
    regions: (codes: string) => `(EXISTS (SELECT 1 FROM ${regionTable} r WHERE r.${ownerColumn} = t.id AND r.region_code = ${codes})
  OR EXISTS (SELECT 1 FROM ${municipalityTable} ${alias} JOIN municipality m ON m.code = ${alias}.municipality_code
             WHERE ${alias}.${ownerColumn} = t.id AND m.region_code = ${codes}))`,
    municipalities: (codes: string) =>
      `EXISTS (SELECT 1 FROM ${municipalityTable} ${alias} WHERE ${alias}.${ownerColumn} = t.id AND ${alias}.municipality_code = ${codes})`,
  };
}

/** The first of `fields` the filter gives, when it holds exactly one value (a list of one, or the old one-value form). */
function singleValue(filter: object | null | undefined, fields: readonly string[]): { field: string; value: string } | null {
  for (const field of filter ? fields : []) {
    const given = (filter as Record<string, unknown>)[field];
    if (given == null) continue;
    const values = uniq(Array.isArray(given) ? (given as string[]) : [given as string]);
    if (values.length === 1) return { field, value: values[0]! };
  }
  return null;
}

/**
 * The link table a root list can walk: its filter names exactly one municipality (else one region)
 * in one of the given top-level fields (`links.municipality.fields`, `links.region.fields`), validated.
 * The caller leaves searches out: they keep the full-text index's plan.
 */
export function singleCodeLink(
  ctx: YhdyspintaContext, filter: object | null | undefined, links: Record<"municipality" | "region", { fields: readonly string[] }>,
): { link: "municipality" | "region"; field: string; code: string } | null {
  for (const link of ["municipality", "region"] as const) {
    const single = singleValue(filter, links[link].fields);
    if (!single) continue;
    const path = `filter.${single.field}`;
    const code = link === "region" ? ctx.reference.requireRegion(single.value, path).code : ctx.reference.requireMunicipality(single.value, path).code;
    return { link, field: single.field, code };
  }
  return null;
}

/**
 * The one theme a root list's filter names in one of `fields` (`themes: [X]`, or the old `theme: X`):
 * its pages can walk the theme's link table (organisation_theme, activity_theme; migration
 * 1736400000000). Several themes stay an overlap test on the row. Values are the schema's Theme enum.
 */
export function singleThemeLink(filter: object | null | undefined, fields: readonly string[]): { link: "theme"; field: string; code: string } | null {
  const single = singleValue(filter, fields);
  return single && { link: "theme", field: single.field, code: single.value };
}
