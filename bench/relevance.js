"use strict";
// Search relevance (issue 14) and search cost (issue 19) on the full national demo set: recall@10
// and MRR of the relevance set (packages/testing/src/relevance.ts) before (the search as it was,
// written out in SQL) and after (the GraphQL API), the seed time, and EXPLAIN ANALYZE of the two
// searches of issue 19. Run: npm run bench:relevance (DATABASE_URL's server, else an embedded
// PostgreSQL). Writes bench/results/<date>-relevance.md.
const { writeFileSync } = require("node:fs");
const { join } = require("node:path");
const os = require("node:os");
const { Client } = require("pg");
const pino = require("pino");
const { openDatabase, buildSchemaFor, startHttpServer, loadAuthConfig } = require("@yhdyspinta/server");
const { activityService, fromGlobalId, pageStatementOf } = require("@yhdyspinta/core/internal");
const { scoreRelevance, searchBefore, relevanceMarkdown } = require("@yhdyspinta/testing");
const { openScratchDatabase } = require("./scratch-database");

const log = (m) => process.stderr.write(`${m}\n`);

const ACTIVITIES = `query($filter: ActivityFilter) { activities(first: 10, filter: $filter) { nodes { id name } } }`;
const COST_QUERIES = {
  'search "vertaistukiryhmä" in Helsinki (091), with totalCount': { search: "vertaistukiryhmä", municipalityCodes: ["091"] },
  'national search "omaishoitaja", with totalCount': { search: "omaishoitaja" },
};

async function main() {
  // RELEVANCE_DATABASE_URL: a database already seeded with the full set (migrated here), kept afterwards.
  const reuse = process.env.RELEVANCE_DATABASE_URL;
  const scratch = reuse ? await existingDatabase(reuse) : await openScratchDatabase();
  log(`database on PostgreSQL ${scratch.pgVersion}${scratch.embedded ? " (embedded)" : ""}; ${reuse ? "migrating" : "seeding the full data set"}...`);
  const started = Date.now();
  const database = await openDatabase({ databaseUrl: scratch.url, embeddedDataDir: "", embeddedPort: 0, seed: reuse ? "none" : "full", poolSize: 2 }, [], log);
  const seedSeconds = reuse ? null : (Date.now() - started) / 1000;
  const client = new Client({ connectionString: scratch.url });
  await client.connect();
  const server = await startHttpServer({
    schema: await buildSchemaFor([]), dataSource: database.dataSource, reference: database.reference, port: 0, host: "127.0.0.1",
    production: false, exposeSqlStatements: true, metrics: false, auth: loadAuthConfig({}, false), logger: pino({ level: "warn" }),
  });
  try {
    // As autovacuum would after the load: statistics, and the GIN pending lists merged.
    await client.query("VACUUM ANALYZE");
    const sql = async (text, params) => (await client.query(text, params)).rows;
    const after = await scoreRelevance(sql, async (query) => {
      const filter = { search: query.search, ...(query.municipality ? { municipalityCodes: [query.municipality] } : {}) };
      const res = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: ACTIVITIES, variables: { filter } }) });
      const body = await res.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data.activities.nodes.map((n) => ({ id: Number(fromGlobalId(n.id).key), name: n.name }));
    });
    const before = await scoreRelevance(sql, (query) => searchBefore(sql, query));
    const [{ activities, organisations, lexemes }] = await sql(
      `SELECT (SELECT count(*) FROM activity)::int AS activities, (SELECT count(*) FROM organisation)::int AS organisations, (SELECT count(*) FROM search_lexeme)::int AS lexemes`, []);

    const ctx = { dataSource: database.dataSource, reference: database.reference };
    const plans = [];
    for (const [label, filter] of Object.entries(COST_QUERIES)) {
      const spec = activityService.listSpec(ctx, filter);
      for (const withTotal of [true, false]) {
        const { sql: text, params } = pageStatementOf(spec, { first: 20 }, withTotal);
        const times = [];
        for (let i = 0; i < 15; i++) {
          const t = process.hrtime.bigint();
          await client.query(text, params);
          times.push(Number(process.hrtime.bigint() - t) / 1e6);
        }
        times.sort((a, b) => a - b);
        const plan = (await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, params)).rows.map((r) => r["QUERY PLAN"]);
        plans.push({ label: `${label.replace(", with totalCount", "")}${withTotal ? "" : " (no totalCount)"}`, median: times[7], plan });
      }
    }

    const date = new Date().toISOString().slice(0, 10);
    const lines = [
      `# Search relevance and cost (${date})`, "",
      `Full demo set (${organisations} organisations, ${activities} activities, ${lexemes} indexed lexemes), PostgreSQL ${scratch.pgVersion}${scratch.embedded ? " (embedded)" : ""}, ` +
      `${os.cpus().length} CPUs.${seedSeconds === null ? "" : ` Seed (\`seed --scale full\`, migrations included): ${seedSeconds.toFixed(1)} s.`}`, "",
      "Relevance set: packages/testing/src/relevance.ts (a query's relevant activities: those whose Finnish or Swedish name contains the",
      "word the query means; see there). \"before\": the search before migration 1736100000000 (Finnish stems only, ts_rank, id),",
      "written out in SQL; \"after\": the GraphQL API (`activities(first: 10, filter: { search, municipalityCodes })`).", "",
      relevanceMarkdown([{ label: "before", report: before }, { label: "after", report: after }]), "",
      "## Cost (page of 20, median of 15 runs, then EXPLAIN (ANALYZE, BUFFERS))", "",
      ...plans.flatMap((p) => [`### ${p.label}: ${p.median.toFixed(1)} ms`, "", "```", ...p.plan, "```", ""]),
    ];
    const file = join(__dirname, "results", `${date}-relevance.md`);
    writeFileSync(file, `${lines.join("\n")}\n`);
    log(`before: recall@10 ${before.recallAt10.toFixed(3)}, MRR ${before.mrr.toFixed(3)}; after: recall@10 ${after.recallAt10.toFixed(3)}, MRR ${after.mrr.toFixed(3)}; wrote ${file}`);
  } finally {
    await server.stop();
    await client.end();
    await database.close();
    await scratch.drop();
  }
}

async function existingDatabase(url) {
  const client = new Client({ connectionString: url });
  await client.connect();
  const pgVersion = (await client.query("SHOW server_version")).rows[0].server_version;
  await client.end();
  return { url, pgVersion, embedded: false, async drop() {} };
}

main().catch((e) => { console.error(e); process.exit(1); });
