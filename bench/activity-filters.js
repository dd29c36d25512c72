"use strict";
// The service-guidance filters on the full national demo data set (issue 14): how the `near` and
// `occursBetween` conditions perform with the indexes the migration creates, without them, and
// (for comparison) with the earthdistance extension's GiST index. Run: npm run bench:activity-filters
// (DATABASE_URL's server, else an embedded PostgreSQL). Prints a Markdown report.
const os = require("node:os");
const { Client } = require("pg");
const { openDatabase } = require("@yhdyspinta/server");
const { activityService, pageStatementOf } = require("@yhdyspinta/core/internal");
const { openScratchDatabase } = require("./scratch-database");

const RUNS = Number(process.env.RUNS ?? 15);
const log = (m) => process.stderr.write(`${m}\n`);

/** Municipality centres as the reference data gives them. */
function centre(code) {
  const csv = require("node:fs").readFileSync(require("node:path").join(__dirname, "..", "packages", "core", "data", "municipality_centres.csv"), "utf8");
  const [, , lat, lon] = csv.split("\n").find((l) => l.startsWith(`${code},`)).split(",");
  return { latitude: Number(lat), longitude: Number(lon) };
}

const WINDOW = { from: new Date("2026-09-14T00:00:00+03:00"), to: new Date("2026-09-28T00:00:00+03:00") };
const QUESTIONS = {
  "near Helsinki 10 km, first 20 by distance": { near: { ...centre("091"), radiusKm: 10 } },
  "near Joensuu 10 km, first 20 by distance": { near: { ...centre("167"), radiusKm: 10 } },
  "near Joensuu 50 km, first 20 by distance": { near: { ...centre("167"), radiusKm: 50 } },
  "occursBetween two weeks": { occursBetween: WINDOW },
  "the advisor's question (all filters, Joensuu 10 km)": {
    languages: ["FI", "SV"], maxCostAmount: 5, age: 70, accessibility: ["STEP_FREE_ACCESS"], near: { ...centre("167"), radiusKm: 10 }, occursBetween: WINDOW,
  },
};

/** The page statement the server runs for this filter (first 20 and the total), from the activity list's own spec. */
function statement(ctx, filter, earth) {
  const orderBy = filter.near ? [{ field: "DISTANCE", direction: "ASC" }] : null;
  const spec = activityService.listSpec(ctx, filter, orderBy);
  if (earth) {
    // The same circle through earthdistance's cube index instead of the latitude/longitude box.
    const lat = spec.params.add(filter.near.latitude, "float8");
    const lon = spec.params.add(filter.near.longitude, "float8");
    const r = spec.params.add(filter.near.radiusKm * 1000, "float8");
    spec.filters = spec.filters.filter((w) => !w.includes(".latitude BETWEEN"));
    spec.filters.push(`earth_box(ll_to_earth(${lat}, ${lon}), ${r}) @> ll_to_earth(t.latitude, t.longitude) AND earth_distance(ll_to_earth(${lat}, ${lon}), ll_to_earth(t.latitude, t.longitude)) <= ${r}`);
  }
  return pageStatementOf(spec, { first: 20 }, true);
}

async function time(client, sql, params) {
  const times = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    const res = await client.query(sql, params);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    rows = res.rows[0]?.__total ?? 0;
  }
  times.sort((a, b) => a - b);
  const plan = (await client.query(`EXPLAIN ${sql}`, params)).rows.map((r) => r["QUERY PLAN"]);
  const scans = [...new Set(plan.join("\n").match(/(Index Only Scan|Index Scan|Bitmap Index Scan|Seq Scan) (using \S+ )?on \S+/g) ?? [])];
  return { median: times[Math.floor(times.length / 2)], p90: times[Math.floor(times.length * 0.9)], matches: Number(rows), scans };
}

async function main() {
  const scratch = await openScratchDatabase();
  log(`scratch database on PostgreSQL ${scratch.pgVersion}${scratch.embedded ? " (embedded)" : ""}; seeding the full data set...`);
  const started = Date.now();
  const db = await openDatabase({ databaseUrl: scratch.url, embeddedDataDir: "", embeddedPort: 0, seed: "full", poolSize: 2 }, [], log);
  const ctx = { dataSource: db.dataSource, reference: db.reference };
  const seedSeconds = (Date.now() - started) / 1000;
  const client = new Client({ connectionString: scratch.url });
  await client.connect();
  const lines = [];
  try {
    await client.query("ANALYZE");
    const [{ activities, located, occurrences }] = (await client.query(
      `SELECT (SELECT count(*) FROM activity)::int AS activities, (SELECT count(*) FROM activity WHERE latitude IS NOT NULL)::int AS located,
              (SELECT count(*) FROM activity_occurrence)::int AS occurrences`)).rows;
    const sizes = (await client.query(`SELECT relname, pg_size_pretty(pg_relation_size(oid)) AS size FROM pg_class
      WHERE relname IN ('activity_location_idx', 'activity_occurrence_pkey', 'activity_occurrence') ORDER BY relname`)).rows;
    lines.push(`# Service-guidance filters on the full demo data set (${new Date().toISOString().slice(0, 10)})`, "");
    lines.push(`Machine: ${os.cpus().length} × ${os.cpus()[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL ${scratch.pgVersion}${scratch.embedded ? " (embedded)" : ""}.`);
    lines.push(`The machine was shared with other engineers' test runs (noisy): compare rows within this report, not across reports.`, "");
    lines.push(`Data: ${activities} activities (${located} with coordinates), ${occurrences} materialised occurrences; seeding took ${seedSeconds.toFixed(0)} s.`);
    lines.push(`Index sizes: ${sizes.map((s) => `${s.relname} ${s.size}`).join(", ")}.`, "");
    lines.push(`Median and 90th percentile of ${RUNS} runs of the page statement (first 20 rows and the match count), in ms.`, "");
    lines.push("| question | variant | matches | median | p90 | scans |", "|---|---|---:|---:|---:|---|");
    const run = async (variant, earth = false) => {
      for (const [name, filter] of Object.entries(QUESTIONS)) {
        if (earth && !filter.near) continue;
        const { sql, params } = statement(ctx, filter, earth);
        const r = await time(client, sql, params);
        lines.push(`| ${name} | ${variant} | ${r.matches} | ${r.median.toFixed(1)} | ${r.p90.toFixed(1)} | ${r.scans.join("; ")} |`);
        log(`${name} / ${variant}: ${r.median.toFixed(1)} ms`);
      }
    };
    await run("as migrated (lat/lon b-tree box + haversine; occurrences by primary key)");
    await client.query(`CREATE INDEX activity_occurrence_starts_idx ON activity_occurrence(starts_at, activity_id)`);
    await client.query("ANALYZE activity_occurrence");
    await run("plus an index on occurrence start");
    await client.query(`DROP INDEX activity_occurrence_starts_idx`);
    await client.query(`DROP INDEX activity_location_idx`);
    await client.query("ANALYZE activity");
    await run("without the location index");
    try {
      await client.query(`CREATE EXTENSION IF NOT EXISTS earthdistance CASCADE`);
      await client.query(`CREATE INDEX activity_earth_idx ON activity USING gist (ll_to_earth(latitude, longitude)) WHERE latitude IS NOT NULL`);
      await client.query("ANALYZE activity");
      await run("earthdistance GiST instead (comparison only)", true);
    } catch (error) {
      lines.push("", `earthdistance could not be tried here: ${error.message}`);
    }
  } finally {
    await client.end();
    await db.close();
    await scratch.drop();
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
