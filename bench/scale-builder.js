"use strict";
/**
 * Multiplies a 1× data set in place into a factor× one (bench scale mode, issue 19): every
 * organisation, activity and partnership gets factor - 1 copies, with ids offset by a power of ten
 * above the largest id (copy k of organisation 123 is k·100000 + 123 when ids stay below 100000),
 * and so do the link tables hanging off them (regions, municipalities, occurrences, and any link
 * table a later migration adds). Copies keep every column, so the distribution over regions,
 * municipalities, kinds and themes is the 1× one times the factor and searches match factor times
 * as many rows; generated columns (search vectors) are computed by PostgreSQL on insert. Business
 * ids are renumbered above the demo seeder's range (3 300 000) with valid check digits.
 *
 * Set-based INSERT ... SELECT, one statement per table and copy, in one transaction: the same
 * 1× set always gives the same factor× set. No imports beyond pg: the test loads this file too.
 */
const { createHash } = require("node:crypto");
const { readFileSync } = require("node:fs");

/** Tables with an id of their own; everything else that is multiplied is a link table. */
const ENTITIES = ["organisation", "activity", "partnership"];
/** Reference tables a link table may point to besides the entities (not multiplied). */
const REFERENCE = ["municipality", "wellbeing_region"];
/** The bench's own organisation (mutation mix), removed before copying. */
const BENCH_ORGANISATION = "Bench-yhdistys ry";
/** The demo seeder draws business ids from 0 100 000 … 3 299 999; copies are numbered from here. */
const FIRST_COPY_BUSINESS_ID = 3_300_000;

/** Changes to this file rebuild the scaled databases (bench/scale-database.js compares it). */
const BUILDER_VERSION = createHash("sha256").update(readFileSync(__filename)).digest("hex").slice(0, 16);

const ident = (name) => `"${name.replace(/"/g, '""')}"`;

/**
 * Link tables: no `id` column, a foreign key to an entity, and foreign keys to nothing but
 * entities and reference tables. Found in the catalogue so new link tables are multiplied too.
 */
async function linkTables(client) {
  const { rows } = await client.query(`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r'
      AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'id' AND NOT a.attisdropped)
      AND EXISTS (SELECT 1 FROM pg_constraint f JOIN pg_class t ON t.oid = f.confrelid
                  WHERE f.conrelid = c.oid AND f.contype = 'f' AND t.relname = ANY($1))
      AND NOT EXISTS (SELECT 1 FROM pg_constraint f JOIN pg_class t ON t.oid = f.confrelid
                      WHERE f.conrelid = c.oid AND f.contype = 'f' AND NOT t.relname = ANY($2))
    ORDER BY c.relname`, [ENTITIES, [...ENTITIES, ...REFERENCE]]);
  return rows.map((r) => r.name);
}

/** Stored (non-generated) columns of a table, and which of them point at an entity. */
async function columnsOf(client, table) {
  const { rows: columns } = await client.query(`
    SELECT a.attname AS name FROM pg_attribute a
    WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    ORDER BY a.attnum`, [`public.${table}`]);
  const { rows: references } = await client.query(`
    SELECT a.attname AS name, t.relname AS target FROM pg_constraint f
    JOIN pg_class t ON t.oid = f.confrelid
    JOIN pg_attribute a ON a.attrelid = f.conrelid AND a.attnum = f.conkey[1]
    WHERE f.conrelid = $1::regclass AND f.contype = 'f' AND cardinality(f.conkey) = 1 AND t.relname = ANY($2)
    ORDER BY a.attnum`, [`public.${table}`, ENTITIES]);
  return { columns: columns.map((c) => c.name), references: Object.fromEntries(references.map((r) => [r.name, r.target])) };
}

/** The smallest power of ten above the table's largest id (at least 10). */
async function offsetOf(client, table) {
  const { rows: [{ max }] } = await client.query(`SELECT coalesce(max(id), 0)::bigint AS max FROM ${ident(table)}`);
  let offset = 10;
  while (offset <= Number(max)) offset *= 10;
  return offset;
}

/**
 * Fresh business ids for the copies: the k-th copy of organisation o gets the n-th free number
 * above FIRST_COPY_BUSINESS_ID, n counting (k, o) in order, skipping numbers whose check digit
 * would be 1 (never issued) and numbers already taken.
 */
async function createBusinessIdMap(client, factor) {
  await client.query(`
    CREATE TEMP TABLE scale_business_id ON COMMIT DROP AS
    WITH need AS (
      SELECT k, o.id, row_number() OVER (ORDER BY k, o.id) AS n
      FROM organisation o CROSS JOIN generate_series(1, $1::int - 1) k WHERE o.business_id IS NOT NULL
    ), digits AS (
      SELECT d, (d / 1000000 * 7 + d / 100000 % 10 * 9 + d / 10000 % 10 * 10 + d / 1000 % 10 * 5
                 + d / 100 % 10 * 8 + d / 10 % 10 * 4 + d % 10 * 2) % 11 AS remainder
      FROM generate_series($2::int, least(9999999, $2::int + (SELECT count(*) FROM need)::int * 12 / 10 + 1000)) d
    ), free AS (
      SELECT id, row_number() OVER (ORDER BY d) AS n FROM (
        SELECT d, d::text || '-' || CASE remainder WHEN 0 THEN 0 ELSE 11 - remainder END AS id
        FROM digits WHERE remainder <> 1) c
      WHERE NOT EXISTS (SELECT 1 FROM organisation o WHERE o.business_id = c.id)
    )
    SELECT need.k, need.id, free.id AS business_id FROM need JOIN free USING (n)`, [factor, FIRST_COPY_BUSINESS_ID]);
  const { rows: [{ missing }] } = await client.query(`
    SELECT (SELECT count(*) FROM organisation WHERE business_id IS NOT NULL) * ($1::int - 1) - (SELECT count(*) FROM scale_business_id) AS missing`, [factor]);
  if (Number(missing) !== 0) throw new Error(`scale builder: ran out of business ids (${missing} missing)`);
}

/**
 * Multiplies the data set of `client`'s database by `factor` in place and records the build in
 * bench.scale_build (factor, `source`: what the caller wants to compare on reuse, builder version).
 * Refuses a database that was already multiplied. Run VACUUM ANALYZE afterwards (outside a transaction).
 */
async function multiplyDataSet(client, factor, { source = {}, log = () => undefined } = {}) {
  if (!Number.isInteger(factor) || factor < 2) throw new Error(`scale builder: factor must be an integer ≥ 2, not ${factor}`);
  await client.query(`CREATE SCHEMA IF NOT EXISTS bench`);
  await client.query(`CREATE TABLE IF NOT EXISTS bench.scale_build (
    factor int NOT NULL, source jsonb NOT NULL, builder text NOT NULL, counts jsonb NOT NULL, built_at timestamptz NOT NULL DEFAULT now())`);
  const { rowCount } = await client.query(`SELECT 1 FROM bench.scale_build`);
  if (rowCount) throw new Error("scale builder: this database was multiplied already");
  // Without foreign-key triggers the copies go in several times faster; they copy rows that satisfy
  // the keys, with consistent offsets (the builder test checks the keys). Needs a superuser.
  const replica = await client.query(`SET session_replication_role = replica`).then(() => true, () => false);
  await client.query(`SET synchronous_commit = off`);
  await client.query("BEGIN");
  try {
    await client.query(`DELETE FROM organisation WHERE name_fi = $1`, [BENCH_ORGANISATION]);
    const offsets = {};
    for (const table of ENTITIES) offsets[table] = await offsetOf(client, table);
    await createBusinessIdMap(client, factor);
    const tables = [...ENTITIES, ...(await linkTables(client))];
    for (const table of tables) {
      const { columns, references } = await columnsOf(client, table);
      const own = ENTITIES.includes(table) ? "id" : Object.keys(references)[0];
      const ownOffset = ENTITIES.includes(table) ? offsets[table] : offsets[references[own]];
      const expression = (column) => {
        if (column === "id" && ENTITIES.includes(table)) return `s.id + $1::int * ${offsets[table]}`;
        if (references[column]) return `s.${ident(column)} + $1::int * ${offsets[references[column]]}`;
        if (table === "organisation" && column === "business_id") return `b.business_id`;
        return `s.${ident(column)}`;
      };
      const businessIds = table === "organisation" ? `LEFT JOIN scale_business_id b ON b.k = $1::int AND b.id = s.id` : "";
      const sql = `INSERT INTO ${ident(table)} (${columns.map(ident).join(", ")}) OVERRIDING SYSTEM VALUE
        SELECT ${columns.map(expression).join(", ")} FROM ${ident(table)} s ${businessIds}
        WHERE s.${ident(own)} < ${ownOffset}`;
      const started = Date.now();
      let rows = 0;
      for (let k = 1; k < factor; k++) rows += (await client.query(sql, [k])).rowCount;
      log(`×${factor}: ${table} +${rows} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    for (const table of ENTITIES) {
      await client.query(`SELECT setval(pg_get_serial_sequence($1, 'id'), (SELECT max(id) FROM ${ident(table)}))`, [table]);
    }
    const counts = {};
    for (const table of tables) counts[table] = Number((await client.query(`SELECT count(*) AS n FROM ${ident(table)}`)).rows[0].n);
    await client.query(`INSERT INTO bench.scale_build (factor, source, builder, counts) VALUES ($1, $2, $3, $4)`,
      [factor, JSON.stringify(source), BUILDER_VERSION, JSON.stringify(counts)]);
    await client.query("COMMIT");
    return { counts, offsets, tables, replica };
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    if (replica) await client.query(`SET session_replication_role = origin`);
    await client.query(`SET synchronous_commit = on`);
  }
}

module.exports = { multiplyDataSet, linkTables, BUILDER_VERSION, BENCH_ORGANISATION, ENTITIES, FIRST_COPY_BUSINESS_ID };
