"use strict";
// Prepares the bench database: the full national demo data set, seeded once and then reused.
const { resolve } = require("node:path");
const { Client } = require("pg");
const { openDatabase, startEmbeddedPostgres } = require("@yhdyspinta/server");
const { FACETS_SQL } = require("./queries");
const { withClient } = require("./with-client");

const BENCH_DB = process.env.BENCH_DATABASE ?? "yhdyspinta_bench";

/** PostgreSQL server URL: DATABASE_URL's server (database swapped), else an embedded PostgreSQL. */
async function benchDatabaseUrl(log) {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    const admin = new Client({ connectionString: url.toString() });
    await admin.connect();
    try {
      const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [BENCH_DB]);
      if (!exists.rowCount) await admin.query(`CREATE DATABASE "${BENCH_DB}"`);
    } finally {
      await admin.end();
    }
    url.pathname = `/${BENCH_DB}`;
    return { url: url.toString(), stop: async () => undefined, embedded: false };
  }
  const dataDir = resolve(process.env.BENCH_PG_DIR ?? ".yhdyspinta/bench-pgdata");
  const port = Number(process.env.BENCH_PG_PORT ?? 54339);
  log(`starting embedded PostgreSQL in ${dataDir} on port ${port}`);
  const embedded = await startEmbeddedPostgres({ dataDir, port, database: BENCH_DB, log });
  return { url: embedded.url, stop: () => embedded.stop(), embedded: true };
}

/**
 * Migrates and seeds the full data set (a no-op when already seeded), then adds the bench-only
 * schema with the SQL functions PostGraphile needs for the same questions (region membership and
 * full-text search go through join tables that its generated schema cannot filter on).
 */
async function prepareDatabase(url, log) {
  const started = Date.now();
  const db = await openDatabase({ databaseUrl: url, embeddedDataDir: "", embeddedPort: 0, seed: "full", poolSize: 2 }, [], log);
  await db.close();
  log(`database ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return prepareBenchSchema(url);
}

/**
 * The bench schema's functions, the mutation mix's organisation and VACUUM ANALYZE on a migrated
 * and seeded database (the 1× bench database, or a scaled copy of it: bench/scale-database.js).
 */
async function prepareBenchSchema(url) {
  return withClient(url, async (client) => {
    await client.query(`CREATE SCHEMA IF NOT EXISTS bench`);
    await client.query(`
      CREATE OR REPLACE FUNCTION bench.organisations_in_region(region text) RETURNS SETOF public.organisation
      LANGUAGE sql STABLE AS $$
        SELECT o.* FROM public.organisation o
        WHERE EXISTS (SELECT 1 FROM public.organisation_region r WHERE r.organisation_id = o.id AND r.region_code = region)
        ORDER BY o.name_fi COLLATE "fi-x-icu", o.id
      $$`);
    await client.query(`
      CREATE OR REPLACE FUNCTION bench.search_activities(search text, municipality text) RETURNS SETOF public.activity
      LANGUAGE sql STABLE AS $$
        SELECT a.* FROM public.activity a
        WHERE a.search_vector @@ (SELECT public.search_query(search)) AND a.municipality_codes && ARRAY[municipality] AND a.status <> 'ENDED'
        ORDER BY (ts_filter(a.search_vector, '{a}') @@ (SELECT public.search_query(search))) DESC,
                 ts_rank(a.search_vector, (SELECT public.search_query(search))) + ts_rank(a.search_vector, (SELECT public.search_query(search, false))) DESC,
                 a.name_fi COLLATE "fi-x-icu", a.id
      $$`);
    // National search (scale mode, bench/scale.js): no municipality, the same order.
    await client.query(`
      CREATE OR REPLACE FUNCTION bench.search_activities_national(search text) RETURNS SETOF public.activity
      LANGUAGE sql STABLE AS $$
        SELECT a.* FROM public.activity a
        WHERE a.search_vector @@ (SELECT public.search_query(search)) AND a.status <> 'ENDED'
        ORDER BY (ts_filter(a.search_vector, '{a}') @@ (SELECT public.search_query(search))) DESC,
                 ts_rank(a.search_vector, (SELECT public.search_query(search))) + ts_rank(a.search_vector, (SELECT public.search_query(search, false))) DESC,
                 a.name_fi COLLATE "fi-x-icu", a.id
      $$`);
    // The filtered page (f): organisations in a municipality running an activity of a kind, latest change first.
    await client.query(`
      CREATE OR REPLACE FUNCTION bench.organisations_with_activity(municipality text, activity_kind text) RETURNS SETOF public.organisation
      LANGUAGE sql STABLE AS $$
        SELECT o.* FROM public.organisation o
        WHERE EXISTS (SELECT 1 FROM public.organisation_municipality m WHERE m.organisation_id = o.id AND m.municipality_code = municipality)
          AND EXISTS (SELECT 1 FROM public.activity a WHERE a.organisation_id = o.id AND a.kind = activity_kind)
        ORDER BY o.updated_at DESC, o.id DESC
      $$`);
    // The facets request (g): the page, and the counts as PostGraphile can give them (a set-returning function).
    await client.query(`
      CREATE OR REPLACE FUNCTION bench.organisations_in_region_on_theme(region text, theme text) RETURNS SETOF public.organisation
      LANGUAGE sql STABLE AS $$
        SELECT o.* FROM public.organisation o
        WHERE EXISTS (SELECT 1 FROM public.organisation_region r WHERE r.organisation_id = o.id AND r.region_code = region)
          AND o.themes && ARRAY[theme]
        ORDER BY o.name_fi COLLATE "fi-x-icu", o.id
      $$`);
    await client.query(`DROP FUNCTION IF EXISTS bench.organisation_facets(text, text)`);
    await client.query(`
      CREATE FUNCTION bench.organisation_facets(region text, theme text) RETURNS TABLE (facet text, value text, count int)
      LANGUAGE sql STABLE AS $$
        SELECT f.facet, f.value, f.count FROM (${FACETS_SQL}) f ORDER BY f.facet, f.count DESC, f.value
      $$`);
    // Our name orders use Finnish collation ("fi-x-icu") and its indexes; PostGraphile's orderBy
    // enums sort nested lists in the column's default collation, so it keeps an index of its own here.
    await client.query(`CREATE INDEX IF NOT EXISTS bench_activity_org_name_default_idx ON public.activity(organisation_id, name_fi, id)`);
    // The mutation mix writes under one organisation of its own, removed afterwards.
    await client.query(`DELETE FROM organisation WHERE name_fi = 'Bench-yhdistys ry'`);
    const { rows: [org] } = await client.query(
      `INSERT INTO organisation(name_fi, kind) VALUES ('Bench-yhdistys ry', 'LOCAL') RETURNING id`);
    // After a bulk load, GIN indexes hold a pending list and statistics are stale: the planner then
    // prefers sequential scans for full-text search. Autovacuum would get there; the bench does not wait.
    await client.query(`VACUUM ANALYZE`);
    const counts = (await client.query(
      `SELECT (SELECT count(*) FROM organisation)::int AS organisations, (SELECT count(*) FROM activity)::int AS activities,
              (SELECT count(*) FROM partnership)::int AS partnerships`)).rows[0];
    return { benchOrganisationId: org.id, counts };
  });
}

async function cleanUp(url) {
  return withClient(url, async (client) => {
    await client.query(`DELETE FROM organisation WHERE name_fi = 'Bench-yhdistys ry'`);
  });
}

module.exports = { benchDatabaseUrl, prepareDatabase, prepareBenchSchema, cleanUp };
