"use strict";
/**
 * `npm run bench:scale` (issue 19): how the cost of each question grows with the data. The full
 * demo bench set (1×) and copies multiplied 5× and 10× (bench/scale-database.js), each served by
 * our server, PostGraphile 5 and the SQL floor (bench/servers/floor.js: one hand-written statement
 * per question, bench/queries.js `floor`) in turn; per question and scale a single-client latency
 * (median and p95 of BENCH_SAMPLES sequential requests after a warm-up) and a short autocannon
 * throughput, our SQL statements per request, the growth 10×/1× of each, and ours ÷ PostGraphile and
 * ours ÷ floor. Before measuring a scale it checks that all three give the same answers there.
 *
 * Environment: BENCH_SCALE (factors, default "1,5,10"), BENCH_SAMPLES (40), BENCH_DURATION (s of
 * autocannon per query and server, 5), BENCH_CONNECTIONS (8), BENCH_ROUNDS (2), BENCH_QUERIES, BENCH_OUT (default
 * bench/results/<date>-scale.md, `none` to skip), BENCH_SCALE_WAIT (s to wait for other sessions
 * on the 1× database before copying it, 600).
 */
const { randomBytes } = require("node:crypto");
const { mkdirSync, writeFileSync } = require("node:fs");
const { createServer } = require("node:net");
const os = require("node:os");
const { join } = require("node:path");
const { setTimeout: sleep } = require("node:timers/promises");
const { toGlobalId } = require("@yhdyspinta/core");
const { benchDatabaseUrl, prepareDatabase, prepareBenchSchema, cleanUp } = require("./database");
const { withClient } = require("./with-client");
const { prepareScaledDatabase } = require("./scale-database");
const { TARGETS, HEADERS, startServer, stopServer, post, measure, percentile, machine, fmt } = require("./run");
const Q = require("./queries");

const env = (name, fallback) => (process.env[name] ? Number(process.env[name]) : fallback);
const SCALES = (process.env.BENCH_SCALE ?? "1,5,10").split(",").map(Number);
// Session settings to try at the largest scale, next to the plain run: "work_mem=32MB,random_page_cost=1.1".
const SETTINGS = process.env.BENCH_SETTINGS ? process.env.BENCH_SETTINGS.split(",").map((x) => x.trim()).filter(Boolean) : [];
const SAMPLES = env("BENCH_SAMPLES", 40);
const WARMUP_REQUESTS = 5; // per round
const ROUNDS = env("BENCH_ROUNDS", 2); // single-client rounds per question, scales and servers taking turns
const DURATION = env("BENCH_DURATION", 5);
const CONNECTIONS = env("BENCH_CONNECTIONS", 8); // fewer than the plain bench: a 10× search at 32 connections on 2 cores finishes too few requests in a short run
const DEEP_PAGE = 10; // page size of the deep pages
const DEEP_PAGE_NUMBER = 50; // region 08's deep page: rows 491–500 of its list
const NATIONAL_SEARCH = "omaishoitaja";
const log = (m) => console.log(`[bench:scale] ${m}`);
// Ours, PostGraphile and the SQL floor: the project reports ratios against both, measured in the same run.
const SERVERS = TARGETS;

const deep = {
  ours: `query($region: String!, $first: Int!, $after: String) {
    organisations(first: $first, after: $after, filter: { regionCode: $region }) {
      pageInfo { hasNextPage endCursor }
      nodes { id name kind }
    }
  }`,
  theirs: `query($region: String!, $first: Int!, $after: Cursor) {
    benchOrganisationsInRegion(region: $region, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id nameFi kind }
    }
  }`,
};
const national = {
  ours: `query($search: String!) {
    activities(first: 20, filter: { search: $search }) {
      totalCount
      nodes { id name description schedule organisation { id name } }
    }
  }`,
  theirs: `query($search: String!) {
    benchSearchActivitiesNational(search: $search, first: 20) {
      totalCount
      nodes { id nameFi descriptionFi schedule organisationByOrganisationId { id nameFi } }
    }
  }`,
};
// The same national search without an exact total: the page alone (issue 19 point 3), and ours with a capped count.
const nationalPage = {
  ours: `query($search: String!) {
    activities(first: 20, filter: { search: $search }) {
      count(limit: 1000) { value precision }
      nodes { id name description schedule organisation { id name } }
    }
  }`,
  theirs: `query($search: String!) {
    benchSearchActivitiesNational(search: $search, first: 20) {
      nodes { id nameFi descriptionFi schedule organisationByOrganisationId { id nameFi } }
    }
  }`,
};
const total = { ours: `{ organisations(first: 0) { totalCount } }`, theirs: `{ allOrganisations { totalCount } }` };

const gql = (query, variables) => JSON.stringify({ query, variables });
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** The end cursor after `depth` rows of a region's list, walked 100 rows at a time in each server's own cursors. */
async function cursorAt(server, region, depth) {
  let after = null;
  for (let walked = 0; walked < depth;) {
    const first = Math.min(100, depth - walked);
    const { data } = await post(server.url, { query: deep[server.name], variables: { region, first, after } });
    const connection = server.name === "ours" ? data.organisations : data.benchOrganisationsInRegion;
    if (!connection.pageInfo.hasNextPage && walked + first < depth) throw new Error(`region ${region} has fewer than ${depth} organisations`);
    after = connection.pageInfo.endCursor;
    walked += first;
  }
  return after;
}

/** The floor's cursor after `depth` rows of a region's list (the last row's name and id), walked 100 rows at a time by its own statement. */
async function floorCursorAt(floor, region, depth) {
  let after = [null, null];
  for (let walked = 0; walked < depth;) {
    const first = Math.min(100, depth - walked);
    const { data } = await post(`${floor.url}/deep`, [region, ...after, first]);
    if (!data.hasNextPage && walked + first < depth) throw new Error(`region ${region} has fewer than ${depth} organisations`);
    const last = data.nodes[data.nodes.length - 1];
    after = [last.name, last.id];
    walked += first;
  }
  return after;
}

/** Organisation and activity ids for node(id:), in both servers' encodings (PostGraphile is asked for its own). */
async function nodeIds(url, theirs) {
  return withClient(url, async (db) => {
    const orgs = (await db.query(`SELECT id FROM organisation ORDER BY md5(id::text) LIMIT 100`)).rows.map((r) => r.id);
    const acts = (await db.query(`SELECT id FROM activity ORDER BY md5(id::text) LIMIT 100`)).rows.map((r) => r.id);
    const nodes = orgs.flatMap((id, i) => [{ type: "Organisation", id }, { type: "Activity", id: acts[i] }]);
    for (let i = 0; i < nodes.length; i += 100) {
      const chunk = nodes.slice(i, i + 100);
      const query = `{ ${chunk.map((n, j) => `n${j}: ${n.type === "Organisation" ? "organisationByRowId" : "activityByRowId"}(rowId: ${n.id}) { id }`).join(" ")} }`;
      const { data } = await post(theirs.url, { query });
      chunk.forEach((n, j) => { n.theirs = data[`n${j}`].id; });
    }
    return nodes;
  });
}

/**
 * The questions at one scale: per server a body (or the n-th body), and how to read the answer
 * into a comparable form (names, counts) for the same-answers check.
 */
async function questions(servers, url, smallRegion) {
  const [ours, theirs, floor] = servers;
  const nodes = await nodeIds(url, theirs);
  const walk = async (region, depth) => ({ ours: await cursorAt(ours, region, depth), theirs: await cursorAt(theirs, region, depth), floor: await floorCursorAt(floor, region, depth) });
  const deepAfter = await walk(Q.REGION, (DEEP_PAGE_NUMBER - 1) * DEEP_PAGE);
  const smallAfter = await walk(smallRegion.code, (smallRegion.page - 1) * DEEP_PAGE);
  const names = (nodes, field) => nodes.map((n) => n[field]);
  // The floor's request: its route and the statement's parameters (or the n-th parameters).
  const sql = (path, params) => ({ path, body: typeof params === "function" ? (n) => JSON.stringify(params(n)) : JSON.stringify(params) });
  return [
    {
      key: "regions", title: "(a) regions list",
      ours: gql(Q.ours.regions), theirs: gql(Q.theirs.regions), floor: sql("/regions", []),
      answer: { ours: (d) => d.regions.map((r) => [r.code, r.name]), theirs: (d) => d.allWellbeingRegions.nodes.map((r) => [r.code, r.nameFi]), floor: (d) => d.regions.map((r) => [r.code, r.name]) },
    },
    {
      key: "node", title: `(d) node(id:), rotating over ${nodes.length} organisation and activity ids`,
      ours: (n) => { const x = nodes[n % nodes.length]; return gql(Q.ours.node, { id: toGlobalId(x.type, x.id) }); },
      theirs: (n) => gql(Q.theirs.node, { id: nodes[n % nodes.length].theirs }),
      floor: sql("/node", (n) => { const x = nodes[n % nodes.length]; return [x.type, x.id]; }),
      answer: { ours: (d) => [d.node.__typename, d.node.name], theirs: (d) => [d.node.__typename, d.node.nameFi], floor: (d) => [d.__typename, d.name] },
    },
    {
      key: "organisations", title: `(b) ${Q.PAGE} organisations of region ${Q.REGION} + activities, partnerships, municipalities, with counts`,
      ours: gql(Q.ours.organisations, { region: Q.REGION, first: Q.PAGE }), theirs: gql(Q.theirs.organisations, { region: Q.REGION, first: Q.PAGE }),
      floor: sql("/organisations", [Q.REGION, Q.PAGE]),
      // PostGraphile orders nested activities in the default collation, ours (and the floor) in Finnish: compared as sets.
      answer: {
        ours: (d) => [d.organisations.totalCount, d.organisations.nodes.map((o) => [o.name, o.activities.totalCount, o.activities.nodes.map((a) => a.name).sort(), o.partnerships.totalCount])],
        theirs: (d) => [d.benchOrganisationsInRegion.totalCount, d.benchOrganisationsInRegion.nodes.map((o) => [o.nameFi, o.activitiesByOrganisationId.totalCount, o.activitiesByOrganisationId.nodes.map((a) => a.nameFi).sort(), o.partnershipsByOrganisationId.totalCount])],
        floor: (d) => [d.totalCount, d.nodes.map((o) => [o.name, o.activities.totalCount, o.activities.nodes.map((a) => a.name).sort(), o.partnerships.totalCount])],
      },
    },
    {
      key: "deep", title: `deep page: page ${DEEP_PAGE_NUMBER} (${DEEP_PAGE} rows, by cursor) of region ${Q.REGION}'s organisations`,
      ours: gql(deep.ours, { region: Q.REGION, first: DEEP_PAGE, after: deepAfter.ours }), theirs: gql(deep.theirs, { region: Q.REGION, first: DEEP_PAGE, after: deepAfter.theirs }),
      floor: sql("/deep", [Q.REGION, ...deepAfter.floor, DEEP_PAGE]),
      answer: { ours: (d) => names(d.organisations.nodes, "name"), theirs: (d) => names(d.benchOrganisationsInRegion.nodes, "nameFi"), floor: (d) => names(d.nodes, "name") },
    },
    {
      key: "deepSmall", title: `deep page in a small region: page ${smallRegion.page} (${DEEP_PAGE} rows, by cursor) of region ${smallRegion.code} (the fewest organisations at 1×: ${smallRegion.count})`,
      ours: gql(deep.ours, { region: smallRegion.code, first: DEEP_PAGE, after: smallAfter.ours }), theirs: gql(deep.theirs, { region: smallRegion.code, first: DEEP_PAGE, after: smallAfter.theirs }),
      floor: sql("/deep", [smallRegion.code, ...smallAfter.floor, DEEP_PAGE]),
      answer: { ours: (d) => names(d.organisations.nodes, "name"), theirs: (d) => names(d.benchOrganisationsInRegion.nodes, "nameFi"), floor: (d) => names(d.nodes, "name") },
    },
    {
      key: "search", title: `(c) search "${Q.SEARCH}" in municipality ${Q.MUNICIPALITY}, best first, with the total`,
      ours: gql(Q.ours.search, { search: Q.SEARCH, municipality: Q.MUNICIPALITY }), theirs: gql(Q.theirs.search, { search: Q.SEARCH, municipality: Q.MUNICIPALITY }),
      floor: sql("/search", [Q.SEARCH, Q.MUNICIPALITY]),
      answer: { ours: (d) => [d.activities.totalCount, names(d.activities.nodes, "name")], theirs: (d) => [d.benchSearchActivities.totalCount, names(d.benchSearchActivities.nodes, "nameFi")], floor: (d) => [d.totalCount, names(d.nodes, "name")] },
    },
    {
      key: "national", title: `national search "${NATIONAL_SEARCH}", best first, with the total`,
      ours: gql(national.ours, { search: NATIONAL_SEARCH }), theirs: gql(national.theirs, { search: NATIONAL_SEARCH }),
      floor: sql("/national", [NATIONAL_SEARCH]),
      answer: { ours: (d) => [d.activities.totalCount, names(d.activities.nodes, "name")], theirs: (d) => [d.benchSearchActivitiesNational.totalCount, names(d.benchSearchActivitiesNational.nodes, "nameFi")], floor: (d) => [d.totalCount, names(d.nodes, "name")] },
    },
    {
      key: "nationalPage", title: `national search "${NATIONAL_SEARCH}", best first, no exact total (ours: count(limit: 1000); PostGraphile and floor: no count)`,
      ours: gql(nationalPage.ours, { search: NATIONAL_SEARCH }), theirs: gql(nationalPage.theirs, { search: NATIONAL_SEARCH }),
      floor: sql("/nationalPage", [NATIONAL_SEARCH]),
      answer: { ours: (d) => names(d.activities.nodes, "name"), theirs: (d) => names(d.benchSearchActivitiesNational.nodes, "nameFi"), floor: (d) => names(d.nodes, "name") },
    },
    {
      key: "total", title: "totalCount of all organisations, no filter",
      ours: gql(total.ours), theirs: gql(total.theirs), floor: sql("/total", []),
      answer: { ours: (d) => d.organisations.totalCount, theirs: (d) => d.allOrganisations.totalCount, floor: (d) => d.totalCount },
    },
  ];
}

const bodyOf = (spec, n) => (typeof spec === "function" ? spec(n) : spec);

/** The n-th request of a question to a server: GraphQL at the server's URL, the floor at the spec's route. */
function requestOf(server, spec, n) {
  if (server.name !== "floor") return { url: server.url, body: bodyOf(spec, n) };
  return { url: new URL(bodyOf(spec.path, n), server.url).toString(), body: bodyOf(spec.body, n) };
}

async function send(server, spec, n) {
  const { url, body } = requestOf(server, spec, n);
  const started = performance.now();
  const res = await fetch(url, { method: "POST", headers: HEADERS, body });
  const json = await res.json();
  return { ms: performance.now() - started, json, statements: Number(res.headers.get("x-sql-statements") ?? NaN) };
}

/** Same answers from all three (for node(id:), the first 20 ids): "DIFFERENT (floor)" names who differs from ours. */
async function check(servers, q) {
  const [ours, ...others] = servers;
  for (let n = 0; n < (typeof q.ours === "function" ? 20 : 1); n++) {
    const a = await send(ours, q.ours, n);
    if (a.json.errors) return `errors (${ours.name}): ${JSON.stringify(a.json.errors).slice(0, 300)}`;
    const expected = q.answer.ours(a.json.data);
    const differ = [];
    for (const s of others) {
      const b = await send(s, q[s.name], n);
      if (b.json.errors) return `errors (${s.name}): ${JSON.stringify(b.json.errors).slice(0, 300)}`;
      if (!same(expected, q.answer[s.name](b.json.data))) differ.push(s.name);
    }
    if (differ.length) return `DIFFERENT (${differ.join(", ")})`;
  }
  return "same";
}

/** `count` sequential requests from one client after a warm-up: latencies and our SQL statements per request. */
async function singleClient(server, spec, count, offset) {
  for (let n = 0; n < WARMUP_REQUESTS; n++) await send(server, spec, offset + n);
  const ms = [];
  const statements = [];
  let errors = 0;
  for (let n = 0; n < count; n++) {
    const r = await send(server, spec, offset + WARMUP_REQUESTS + n);
    ms.push(r.ms);
    statements.push(r.statements);
    if (r.json.errors) errors++;
  }
  return { ms, statements, errors };
}

/** Rows, sizes, the largest relations and the buffer cache counters of one database. */
async function dataProfile(url) {
  return withClient(url, async (db) => {
    const { rows: [counts] } = await db.query(`SELECT (SELECT count(*) FROM organisation)::int AS organisations, (SELECT count(*) FROM activity)::int AS activities,
      (SELECT count(*) FROM partnership)::int AS partnerships, (SELECT count(*) FROM organisation_region)::int AS "organisationRegions",
      (SELECT count(*) FROM activity_municipality)::int AS "activityMunicipalities", (SELECT count(*) FROM activity_occurrence)::int AS occurrences,
      pg_database_size(current_database())::bigint AS bytes, current_setting('shared_buffers') AS "sharedBuffers", current_setting('work_mem') AS "workMem",
      current_setting('effective_cache_size') AS "effectiveCacheSize", current_setting('random_page_cost') AS "randomPageCost",
      (SELECT setting::bigint * 8192 FROM pg_settings WHERE name = 'shared_buffers') AS "sharedBufferBytes"`);
    const { rows: relations } = await db.query(`
      SELECT c.relname AS name, c.relkind AS kind, pg_relation_size(c.oid)::bigint AS bytes, pg_total_relation_size(c.oid)::bigint AS total
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'i') ORDER BY pg_relation_size(c.oid) DESC LIMIT 12`);
    // The relations the measured questions read (activity_occurrence, the largest table, is not among them).
    const { rows: [hot] } = await db.query(`
      SELECT sum(pg_total_relation_size(c.oid))::bigint AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname = ANY($1)`,
      [["organisation", "activity", "partnership", "organisation_region", "organisation_municipality", "activity_municipality", "municipality", "wellbeing_region"]]);
    return { counts, relations, hotBytes: Number(hot.bytes), bytes: Number(counts.bytes), sharedBufferBytes: Number(counts.sharedBufferBytes) };
  });
}

/** Shared-buffer hits and reads and temporary files (sorts, hashes past work_mem) of a database (pg_stat_database; a server's backends report them when they exit). */
async function bufferCounters(url) {
  return withClient(url, async (db) => {
    const { rows: [r] } = await db.query(`SELECT blks_hit::bigint AS hit, blks_read::bigint AS read, temp_files::bigint AS "tempFiles", temp_bytes::bigint AS "tempBytes" FROM pg_stat_database WHERE datname = current_database()`);
    return { hit: Number(r.hit), read: Number(r.read), tempFiles: Number(r.tempFiles), tempBytes: Number(r.tempBytes) };
  });
}

/** A port nobody listens on now (the kernel's pick). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => { const { port } = probe.address(); probe.close(() => resolve(port)); });
  });
}

/** One scale's database with the three servers running on it, its questions and same-answers checks. */
async function openScale(factor, index, url, smallRegion, only, settings = []) {
  const profile = await dataProfile(url);
  log(`×${factor}: ${JSON.stringify(profile.counts)}`);
  const scale = { factor, url, profile, settings, servers: [], results: {}, before: await bufferCounters(url) };
  // Every scale's servers run at once, on free ports (other benches may run on the machine); settings
  // reach their connections through PGOPTIONS, which pg reads from the environment.
  const previous = process.env.PGOPTIONS;
  if (settings.length) process.env.PGOPTIONS = settings.map((x) => `-c ${x}`).join(" ");
  try {
    for (const t of SERVERS) scale.servers.push(await startServer({ ...t, port: await freePort() }, url));
  } finally {
    if (previous === undefined) delete process.env.PGOPTIONS; else process.env.PGOPTIONS = previous;
  }
  scale.questions = (await questions(scale.servers, url, smallRegion)).filter((q) => !only || only.includes(q.key));
  scale.checks = {};
  for (const q of scale.questions) scale.checks[q.key] = await check(scale.servers, q);
  log(`×${factor}: checks ${JSON.stringify(scale.checks)}`);
  return scale;
}

async function closeScale(scale) {
  for (const s of scale.servers) await stopServer(s);
  await sleep(500);
  const after = await bufferCounters(scale.url);
  const hit = after.hit - scale.before.hit;
  const read = after.read - scale.before.read;
  Object.assign(scale, { hitRatio: hit + read ? hit / (hit + read) : NaN, reads: read,
    tempFiles: after.tempFiles - scale.before.tempFiles, tempBytes: after.tempBytes - scale.before.tempBytes });
}

/**
 * Per question, the scales and servers take turns: ROUNDS rounds of single-client samples
 * (×1 ours, ×1 PostGraphile, ×5 ours, ...), then one throughput run each. Load from other
 * processes on a shared machine then falls on every scale alike, and the growth factors stay
 * comparable even when the absolute numbers are not.
 */
async function measureInTurns(scales) {
  const keys = scales[0].questions.map((q) => q.key);
  for (const key of keys) {
    const load = os.loadavg()[0];
    const raw = scales.map(() => Object.fromEntries(SERVERS.map((s) => [s.name, { ms: [], statements: [], errors: 0 }])));
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, scale] of scales.entries()) {
        const q = scale.questions.find((x) => x.key === key);
        for (const s of scale.servers) {
          const r = await singleClient(s, q[s.name], Math.ceil(SAMPLES / ROUNDS), round * (WARMUP_REQUESTS + SAMPLES));
          raw[i][s.name].ms.push(...r.ms);
          raw[i][s.name].statements.push(...r.statements);
          raw[i][s.name].errors += r.errors;
        }
      }
    }
    for (const [i, scale] of scales.entries()) {
      const q = scale.questions.find((x) => x.key === key);
      const r = { title: q.title, load };
      for (const s of scale.servers) {
        const ms = raw[i][s.name].ms.sort((a, b) => a - b);
        await measure(s, q[s.name], 1, CONNECTIONS);
        const m = await measure(s, q[s.name], DURATION, CONNECTIONS);
        r[s.name] = { p50: percentile(ms, 50), p95: percentile(ms, 95), samples: ms.length, statements: Math.max(...raw[i][s.name].statements),
          errors: raw[i][s.name].errors + m.errors, rps: m.requests / m.seconds };
      }
      scale.results[key] = r;
      log(`×${scale.factor}${scale.settings.length ? ` (${scale.settings.join(", ")})` : ""} ${key}: ${scale.servers.map((s) => `${s.label} ${fmt(r[s.name].p50, 1)} ms, ${fmt(r[s.name].rps)} req/s`).join("; ")} (load ${load.toFixed(1)})`);
    }
  }
}

const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

function report({ when, info, embedded, scales, variant, loadStart, loadEnd, builds, smallRegion }) {
  const lines = [];
  const at = (factor) => scales.find((s) => s.factor === factor);
  const first = scales[0];
  const last = scales[scales.length - 1];
  lines.push(`# Scale benchmark ${when}`, "");
  lines.push(`Machine: ${info.cpu}, ${info.cores} cores, ${info.ramGb} GB RAM; ${info.os}; Node ${info.node}; PostgreSQL ${info.postgres} (${embedded ? "embedded" : "server"}).`);
  lines.push(`Load average (1 min) at start ${loadStart.toFixed(2)}, at end ${loadEnd.toFixed(2)} (per question in the table below); the machine has ${info.cores} cores.`);
  lines.push(`Method: every scale's database is served at once by our server, PostGraphile 5 and the SQL floor (one hand-written statement per question through \`pg\` behind a bare HTTP server, bench/servers/floor.js), each in its own process with a pool of 10 connections. Per question, scales and servers take turns: ${ROUNDS} rounds of ${WARMUP_REQUESTS} warm-up requests and ${Math.ceil(SAMPLES / ROUNDS)} sequential requests from one client (median and p95 over the ${Math.ceil(SAMPLES / ROUNDS) * ROUNDS}), then autocannon with ${CONNECTIONS} connections for ${DURATION} s (after 1 s warm-up) on each. Taking turns spreads other load on the shared machine over every scale alike. Growth is the ${last.factor}×/${first.factor}× ratio of the single-client medians (steadier than req/s on a shared machine). The three databases share one server's shared_buffers during the run.`);
  if (builds.length) lines.push(`Scaled databases: ${builds.map((b) => `${b.name} ${b.built ? `built in ${b.seconds.toFixed(0)} s` : "reused"}`).join(", ")}.`);
  const settings = first.profile.counts;
  lines.push(`PostgreSQL settings: shared_buffers ${settings.sharedBuffers}, work_mem ${settings.workMem}, effective_cache_size ${settings.effectiveCacheSize}, random_page_cost ${settings.randomPageCost}.`);
  lines.push("");
  lines.push("## Data", "");
  lines.push("| scale | organisations | activities | partnerships | organisation_region | activity_municipality | occurrences | database | read by the questions (tables + indexes) | shared_buffers | buffer hit ratio during the run | blocks read | temporary files (past work_mem) |");
  lines.push("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const s of scales) {
    const c = s.profile.counts;
    lines.push(`| ×${s.factor} | ${c.organisations} | ${c.activities} | ${c.partnerships} | ${c.organisationRegions} | ${c.activityMunicipalities} | ${c.occurrences} | ${mb(s.profile.bytes)} | ${mb(s.profile.hotBytes)} | ${c.sharedBuffers} | ${(s.hitRatio * 100).toFixed(2)} % | ${s.reads} | ${s.tempFiles} (${mb(s.tempBytes)}) |`);
  }
  lines.push("");
  for (const s of scales) {
    lines.push(`Largest relations at ×${s.factor}: ${s.profile.relations.map((r) => `${r.name} ${r.kind === "i" ? "(index) " : ""}${mb(Number(r.bytes))}`).join(", ")}.`);
  }
  lines.push("");
  const fits = scales.filter((s) => s.profile.hotBytes <= s.profile.sharedBufferBytes).map((s) => `×${s.factor}`);
  lines.push(`Working set: the tables and indexes the questions read fit in shared_buffers (${first.profile.counts.sharedBuffers}) at ${fits.length ? fits.join(", ") : "no measured scale"}; ${scales.filter((s) => s.profile.hotBytes > s.profile.sharedBufferBytes).map((s) => `×${s.factor} (${mb(s.profile.hotBytes)})`).join(", ") || "none"} exceed${fits.length === scales.length ? "s" : ""} it. Blocks "read" come from the operating system's page cache on this machine (it has room for every scale), not from disk.`);
  lines.push("");
  lines.push("## Per question", "");
  const header = scales.map((s) => `×${s.factor}`);
  const variantHeader = variant ? ` ×${variant.factor} with ${variant.settings.join(", ")}: p50 / p95 ms | ÷ without (p50) |` : "";
  const variantCells = (key, name) => {
    if (!variant) return "";
    const v = variant.results[key]?.[name];
    const plain = at(variant.factor)?.results[key]?.[name];
    return v ? ` ${fmt(v.p50, 1)} / ${fmt(v.p95, 1)} | ${plain ? `${fmt(v.p50 / plain.p50, 2)}×` : "–"} |` : " – | – |";
  };
  lines.push(`Single-client median / p95 in ms, throughput in req/s, SQL statements per request (ours; the floor's is 1). Small region: ${smallRegion.code}, ${smallRegion.count} organisations at 1×.`, "");
  lines.push(`| question | server | ${header.map((h) => `${h} p50 / p95 ms`).join(" | ")} | ${header.map((h) => `${h} req/s`).join(" | ")} | growth ${last.factor}×/${first.factor}× (p50) | growth (req/s) | ours ÷ PostGraphile (p50) | ours ÷ floor (p50) | SQL/request | same answers | load |${variantHeader}`);
  lines.push(`|---|---|${header.map(() => "---:").join("|")}|${header.map(() => "---:").join("|")}|---:|---:|---:|---:|---:|---|---:|${variant ? "---:|---:|" : ""}`);
  // Ours' single-client median over another server's, per scale.
  const ratio = (key, other) => scales.map((s) => { const o = s.results[key]?.ours; const x = s.results[key]?.[other]; return o && x ? `${fmt(o.p50 / x.p50, 2)}×` : "–"; }).join(" / ");
  for (const key of Object.keys(first.results)) {
    for (const server of SERVERS) {
      const cells = scales.map((s) => s.results[key]?.[server.name]);
      const p50s = cells.map((c) => (c ? `${fmt(c.p50, 1)} / ${fmt(c.p95, 1)}` : "–"));
      const rps = cells.map((c) => (c ? fmt(c.rps) : "–"));
      const a = at(first.factor).results[key]?.[server.name];
      const b = at(last.factor).results[key]?.[server.name];
      const growth = a && b ? `**${fmt(b.p50 / a.p50, 2)}×**` : "–";
      const throughput = a && b && b.rps > 0 ? `${fmt(a.rps / b.rps, 2)}×` : "–";
      const statements = server.name === "ours" ? cells.map((c) => (c ? fmt(c.statements) : "–")).join(" / ") : "";
      const answers = server.name === "ours" ? scales.map((s) => s.checks[key]).join(" / ") : "";
      const errors = cells.reduce((n, c) => n + (c?.errors ?? 0), 0);
      const ratios = server.name === "ours" ? `${ratio(key, "theirs")} | ${ratio(key, "floor")}` : " | ";
      lines.push(`| ${server.name === "ours" ? first.results[key].title : ""} | ${server.label}${errors ? ` (${errors} errors)` : ""} | ${p50s.join(" | ")} | ${rps.join(" | ")} | ${growth} | ${throughput} | ${ratios} | ${statements} | ${answers} | ${server.name === "ours" ? first.results[key].load.toFixed(1) : ""} |${variantCells(key, server.name)}`);
    }
  }
  lines.push("");
  if (variant) lines.push(`The last columns: the ×${variant.factor} database served once more, in the same turns, by servers whose connections set ${variant.settings.join(", ")} (PGOPTIONS), against the plain ×${variant.factor} run; its requests count in ×${variant.factor}'s buffer and temporary-file figures above.`);
  lines.push(`Growth (req/s) is throughput at ${first.factor}× divided by throughput at ${last.factor}×, so above 1× means slower. Ours ÷ PostGraphile and ours ÷ floor are our single-client median over theirs; SQL/request and same answers (ours, PostGraphile and the floor alike) are listed per scale (${header.join(" / ")}).`);
  return lines.join("\n");
}

/** The region with the fewest organisations at 1× and the page in the middle of its list. */
async function smallestRegion(url) {
  return withClient(url, async (db) => {
    const { rows: [r] } = await db.query(`SELECT region_code AS code, count(*)::int AS count FROM organisation_region GROUP BY 1 ORDER BY 2, 1 LIMIT 1`);
    return { code: r.code, count: r.count, page: Math.floor(r.count / 2 / DEEP_PAGE) + 1 };
  });
}

async function main() {
  process.env.JWT_SECRET ??= randomBytes(32).toString("hex");
  if (!SCALES.length || SCALES.some((f) => !Number.isInteger(f) || f < 1)) throw new Error(`BENCH_SCALE: integers ≥ 1, e.g. 1,5,10 (got ${process.env.BENCH_SCALE})`);
  const only = process.env.BENCH_QUERIES ? process.env.BENCH_QUERIES.split(",") : null;
  const started = Date.now();
  const loadStart = os.loadavg()[0];
  const pg = await benchDatabaseUrl(log);
  try {
    await prepareDatabase(pg.url, log);
    const smallRegion = await smallestRegion(pg.url);
    // Build (or reuse) every copy first: building is heavy and would disturb the measurements.
    const urls = {};
    const builds = [];
    for (const factor of SCALES) {
      if (factor === 1) { urls[factor] = pg.url; continue; }
      const built = await prepareScaledDatabase(pg.url, factor, log);
      await prepareBenchSchema(built.url);
      urls[factor] = built.url;
      builds.push(built);
    }
    const scales = [];
    let variant = null;
    try {
      for (const [i, factor] of SCALES.entries()) scales.push(await openScale(factor, i, urls[factor], smallRegion, only));
      if (SETTINGS.length) {
        const factor = Math.max(...SCALES);
        variant = await openScale(factor, SCALES.length, urls[factor], smallRegion, only, SETTINGS);
      }
      await measureInTurns(variant ? [...scales, variant] : scales);
    } finally {
      for (const scale of scales) await closeScale(scale);
      if (variant) for (const s of variant.servers) await stopServer(s);
    }
    const info = await machine(pg.url);
    const when = process.env.BENCH_DATE ?? new Date().toISOString().slice(0, 10);
    const text = report({ when, info, embedded: pg.embedded, scales, variant, loadStart, loadEnd: os.loadavg()[0], builds, smallRegion });
    console.log(`\n${text}\n`);
    const out = process.env.BENCH_OUT ?? join(__dirname, "results", `${when}-scale.md`);
    if (out !== "none") {
      mkdirSync(join(out, ".."), { recursive: true });
      writeFileSync(out, `${text}\n`);
      log(`written to ${out}`);
    }
    for (const factor of SCALES) await cleanUp(urls[factor]).catch(() => undefined);
    log(`finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await pg.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
