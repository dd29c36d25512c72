import type { EntityMetadata } from "typeorm";
import { columnsOf } from "./connection-loader";
import { SqlParams, type Queryable } from "./sql";

/** Codes to link to a new row through a join table (activity_municipality...), in the same statement. */
export interface NewLinks {
  table: string;
  ownerColumn: string;
  codeColumn: string;
  codes: readonly string[];
}

function columnOf(metadata: EntityMetadata, property: string): string {
  const column = metadata.findColumnWithPropertyName(property);
  if (!column) throw new Error(`${metadata.name} has no column for property ${property}`);
  return column.databaseName;
}

/**
 * Inserts one row and returns every mapped column under its property name (ready to hydrate).
 * Links go in the same statement through a data-modifying CTE, so the write is atomic without
 * BEGIN/COMMIT: one round trip where TypeORM's save took three. Column types come from the table.
 */
export async function insertRow(db: Queryable, metadata: EntityMetadata, values: Record<string, unknown>, links?: NewLinks): Promise<Record<string, unknown>> {
  const params = new SqlParams();
  const properties = Object.keys(values).filter((p) => values[p] !== undefined);
  const columns = properties.map((p) => columnOf(metadata, p)).join(", ");
  const placeholders = properties.map((p) => params.add(values[p])).join(", ");
  const insert = `INSERT INTO ${metadata.tableName} AS t (${columns}) VALUES (${placeholders})`;
  let sql: string;
  if (links && links.codes.length > 0) {
    const key = metadata.primaryColumns[0]!.databaseName;
    sql = `WITH t AS (${insert} RETURNING t.*),
      l AS (INSERT INTO ${links.table} (${links.ownerColumn}, ${links.codeColumn}) SELECT t.${key}, unnest(${params.add(links.codes, "text[]")}) FROM t)
      SELECT ${columnsOf(metadata)} FROM t`;
  } else {
    sql = `${insert} RETURNING ${columnsOf(metadata)}`;
  }
  const rows: Record<string, unknown>[] = await db.query(sql, params.values);
  return rows[0]!;
}

/**
 * Writes the given properties (and the update-date column) of the row matching every `where`
 * property, returning the row as stored afterwards; null when no row matched (deleted meanwhile,
 * or a guard such as the owner changed). One statement: atomic by itself.
 */
export async function updateRow(
  db: Queryable, metadata: EntityMetadata, where: Record<string, unknown>, values: Record<string, unknown>,
): Promise<Record<string, unknown> | null> {
  const params = new SqlParams();
  const set = Object.keys(values).map((p) => `${columnOf(metadata, p)} = ${params.add(values[p])}`);
  if (metadata.updateDateColumn) set.push(`${metadata.updateDateColumn.databaseName} = now()`);
  const conditions = Object.keys(where).map((p) => `t.${columnOf(metadata, p)} = ${params.add(where[p])}`);
  const result: unknown[] = await db.query(
    `UPDATE ${metadata.tableName} AS t SET ${set.join(", ")} WHERE ${conditions.join(" AND ")} RETURNING ${columnsOf(metadata)}`, params.values);
  // TypeORM's query() answers an UPDATE with [rows, affected count]; pg's with the rows.
  const rows = (Array.isArray(result[0]) ? result[0] : result) as Record<string, unknown>[];
  return rows[0] ?? null;
}

/** The row matching every `where` property, locked until the caller's transaction ends; null if none. */
export async function lockRow(db: Queryable, metadata: EntityMetadata, where: Record<string, unknown>): Promise<Record<string, unknown> | null> {
  const params = new SqlParams();
  const conditions = Object.keys(where).map((p) => `t.${columnOf(metadata, p)} = ${params.add(where[p])}`);
  const rows: Record<string, unknown>[] = await db.query(
    `SELECT ${columnsOf(metadata)} FROM ${metadata.tableName} t WHERE ${conditions.join(" AND ")} FOR UPDATE`, params.values);
  return rows[0] ?? null;
}

/**
 * Changes the given properties of one row in one statement, only where a value differs (nothing,
 * not even the update-date column, is written otherwise) and only where `guard` holds (an SQL
 * condition on alias `t`, e.g. the organisations the viewer may manage). Answers the row as it
 * was (`before`) and as written (`after`, null when nothing was written);
 * null when no row has that key.
 */
export async function updateChangedRow(
  db: Queryable, metadata: EntityMetadata, key: number, values: Record<string, unknown>, guard: (params: SqlParams) => string | null,
): Promise<{ before: Record<string, unknown>; after: Record<string, unknown> | null } | null> {
  const params = new SqlParams();
  const keyColumn = metadata.primaryColumns[0]!.databaseName;
  const keyParam = params.add(key, "int");
  const set: string[] = [];
  const differs: string[] = [];
  for (const property of Object.keys(values)) {
    const column = columnOf(metadata, property);
    const value = params.add(values[property]);
    set.push(`${column} = ${value}`);
    differs.push(`t.${column} IS DISTINCT FROM ${value}`);
  }
  if (metadata.updateDateColumn) set.push(`${metadata.updateDateColumn.databaseName} = now()`);
  const condition = guard(params);
  // No FOR UPDATE on "before": it would be evaluated after the UPDATE and skip the row this very
  // statement changed. Its snapshot is the row before the write; the UPDATE itself waits for a
  // concurrent writer and re-checks its conditions on the newest version.
  const sql = `WITH before AS (SELECT ${columnsOf(metadata)} FROM ${metadata.tableName} t WHERE t.${keyColumn} = ${keyParam}),
    after AS (UPDATE ${metadata.tableName} AS t SET ${set.join(", ")} WHERE t.${keyColumn} = ${keyParam}
      ${condition ? `AND ${condition}` : ""} AND (${differs.length ? differs.join(" OR ") : "false"})
      RETURNING ${columnsOf(metadata)})
    SELECT false AS "__before", * FROM after UNION ALL SELECT true, * FROM before`;
  const rows: Record<string, unknown>[] = await db.query(sql, params.values);
  const before = rows.find((r) => r.__before === true);
  if (!before) return null;
  const after = rows.find((r) => r.__before === false) ?? null;
  const strip = (row: Record<string, unknown>) => {
    const { __before: _ignored, ...rest } = row;
    return rest;
  };
  return { before: strip(before), after: after && strip(after) };
}
