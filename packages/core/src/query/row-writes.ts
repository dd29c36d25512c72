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
 * Statement texts by entity and shape (which properties, which links or guard): a write of the same
 * shape reuses the text instead of composing it again (with every mapped column in RETURNING), and
 * the identical string is what ctx.db's prepared-statement lookup hashes. Shapes are few per entity
 * (code paths, not values); past MAX_SHAPES texts are composed each time.
 */
const MAX_SHAPES = 100;
const statementTexts = new WeakMap<EntityMetadata, Map<string, string>>();

function statementText(metadata: EntityMetadata, shape: string, compose: () => string): string {
  let texts = statementTexts.get(metadata);
  if (!texts) statementTexts.set(metadata, (texts = new Map()));
  let text = texts.get(shape);
  if (text === undefined) {
    text = compose();
    if (texts.size < MAX_SHAPES) texts.set(shape, text);
  }
  return text;
}

/**
 * Inserts one row and returns every mapped column under its property name (ready to hydrate).
 * Links go in the same statement through a data-modifying CTE, so the write is atomic without
 * BEGIN/COMMIT: one round trip where TypeORM's save took three. Column types come from the table.
 */
export async function insertRow(db: Queryable, metadata: EntityMetadata, values: Record<string, unknown>, links?: NewLinks): Promise<Record<string, unknown>> {
  const params = new SqlParams();
  const properties = Object.keys(values).filter((p) => values[p] !== undefined);
  const placeholders = properties.map((p) => params.add(values[p]));
  const linked = links !== undefined && links.codes.length > 0;
  const codes = linked ? params.add(links.codes, "text[]") : "";
  const shape = `insert|${properties.join(",")}|${linked ? `${links.table},${links.ownerColumn},${links.codeColumn}` : ""}`;
  const sql = statementText(metadata, shape, () => {
    const columns = properties.map((p) => columnOf(metadata, p)).join(", ");
    const insert = `INSERT INTO ${metadata.tableName} AS t (${columns}) VALUES (${placeholders.join(", ")})`;
    if (!linked) return `${insert} RETURNING ${columnsOf(metadata)}`;
    const key = metadata.primaryColumns[0]!.databaseName;
    return `WITH t AS (${insert} RETURNING t.*),
      l AS (INSERT INTO ${links.table} (${links.ownerColumn}, ${links.codeColumn}) SELECT t.${key}, unnest(${codes}) FROM t)
      SELECT ${columnsOf(metadata)} FROM t`;
  });
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
  const keyParam = params.add(key, "int");
  const properties = Object.keys(values);
  const placeholders = properties.map((p) => params.add(values[p]));
  const condition = guard(params);
  const sql = statementText(metadata, `update-changed|${properties.join(",")}|${condition ?? ""}`, () => {
    const keyColumn = metadata.primaryColumns[0]!.databaseName;
    const set: string[] = [];
    const differs: string[] = [];
    properties.forEach((property, i) => {
      const column = columnOf(metadata, property);
      set.push(`${column} = ${placeholders[i]}`);
      differs.push(`t.${column} IS DISTINCT FROM ${placeholders[i]}`);
    });
    if (metadata.updateDateColumn) set.push(`${metadata.updateDateColumn.databaseName} = now()`);
    // No FOR UPDATE on "before": it would be evaluated after the UPDATE and skip the row this very
    // statement changed. Its snapshot is the row before the write; the UPDATE itself waits for a
    // concurrent writer and re-checks its conditions on the newest version.
    return `WITH before AS (SELECT ${columnsOf(metadata)} FROM ${metadata.tableName} t WHERE t.${keyColumn} = ${keyParam}),
    after AS (UPDATE ${metadata.tableName} AS t SET ${set.join(", ")} WHERE t.${keyColumn} = ${keyParam}
      ${condition ? `AND ${condition}` : ""} AND (${differs.length ? differs.join(" OR ") : "false"})
      RETURNING ${columnsOf(metadata)})
    SELECT false AS "__before", * FROM after UNION ALL SELECT true, * FROM before`;
  });
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
