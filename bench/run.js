"use strict";
/**
 * `npm run bench`: our GraphQL server against PostGraphile v5 and a one-statement SQL floor, on
 * the full national demo data set, driven over HTTP by autocannon. Each query is measured in
 * alternating runs (ours, PostGraphile, floor, ours, ...) so that load from other processes on a
 * shared machine spreads over all three alike.
 *
 * Environment: BENCH_DURATION (s per run, default 8), BENCH_WARMUP (s, default 2), BENCH_ROUNDS
 * (default 2), BENCH_CONNECTIONS (default 32), BENCH_QUERIES (e.g. "organisations,search"),
 * BENCH_PROFILE=1 (our server writes a --cpu-prof profile to bench/profiles), BENCH_OUT (results file).
 */
const { fork } = require("node:child_process");
const { randomBytes } = require("node:crypto");
const { mkdirSync } = require("node:fs");
const os = require("node:os");
const { join } = require("node:path");
const autocannon = require("autocannon");
const { Client } = require("pg");
const { toGlobalId } = require("@yhdyspinta/core");
const { issueToken, loadAuthConfig } = require("@yhdyspinta/server");
const { benchDatabaseUrl, prepareDatabase, cleanUp } = require("./database");
const { withClient } = require("./with-client");
const Q = require("./queries");

const { CONNECTIONS, DURATION, HEADERS, ROUNDS, WARMUP, fmt, log, percentile, writeReport } = require("./settings");

const TARGETS = [
  { name: "ours", label: "Yhdyspinta", script: "servers/ours.js", port: 4101 },
  { name: "theirs", label: "PostGraphile 5", script: "servers/postgraphile.js", port: 4102 },
  { name: "floor", label: "SQL floor", script: "servers/floor.js", port: 4103 },
];

function startServer(target, databaseUrl) {
  const execArgv = [];
  if (target.name === "ours" && process.env.BENCH_PROFILE) {
    mkdirSync(join(__dirname, "profiles"), { recursive: true });
    execArgv.push("--cpu-prof", `--cpu-prof-dir=${join(__dirname, "profiles")}`);
  }
  const child = fork(join(__dirname, target.script), [], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(target.port), NODE_ENV: "production", GRAPHILE_ENV: "production" },
    execArgv,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    child.once("message", (m) => resolve({ ...target, child, url: m.url }));
    child.once("exit", (code) => reject(new Error(`${target.name} server exited with ${code}`)));
  });
}

function stopServer(server) {
  return new Promise((resolve) => {
    server.child.once("exit", resolve);
    server.child.kill("SIGTERM");
  });
}

async function post(url, body) {
  const res = await fetch(url, { method: "POST", headers: HEADERS, body: JSON.stringify(body) });
  const json = await res.json();
  if (json.errors) throw new Error(`${url}: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return { data: json.data, statements: Number(res.headers.get("x-sql-statements") ?? NaN) };
}

/** Ids shared by all three targets: the same rows, addressed the way each API addresses them. */
async function fixtures(databaseUrl, theirsUrl, benchOrganisationId) {
  return withClient(databaseUrl, async (db) => {
    const orgs = (await db.query(`SELECT id FROM organisation ORDER BY md5(id::text) LIMIT 250`)).rows.map((r) => r.id);
    const acts = (await db.query(`SELECT id FROM activity ORDER BY md5(id::text) LIMIT 250`)).rows.map((r) => r.id);
    const nodes = [];
    for (let i = 0; i < 250; i++) nodes.push({ type: "Organisation", id: orgs[i] }, { type: "Activity", id: acts[i] });
    // PostGraphile's node IDs are its own encoding: ask it, 100 rows per request.
    for (let i = 0; i < nodes.length; i += 100) {
      const chunk = nodes.slice(i, i + 100);
      const query = `{ ${chunk.map((n, j) => `n${j}: ${n.type === "Organisation" ? "organisationByRowId" : "activityByRowId"}(rowId: ${n.id}) { id }`).join(" ")} }`;
      const { data } = await post(theirsUrl, { query });
      chunk.forEach((n, j) => { n.theirs = data[`n${j}`].id; });
    }
    // Activities the mutation mix updates, under the bench organisation.
    const updatable = (await db.query(
      `INSERT INTO activity(organisation_id, name_fi, kind) SELECT $1, 'Bench-toiminta ' || g, 'PEER_SUPPORT' FROM generate_series(1, 64) g RETURNING id`,
      [benchOrganisationId])).rows.map((r) => r.id);
    return { nodes, updatable };
  });
}

/**
 * The questions with fixed arguments, by key (also the name of their query in Q.ours and Q.theirs and
 * of the floor's route): the GraphQL variables, the same for ours and PostGraphile, and the floor's parameters.
 */
const FIXED = {
  regions: { variables: undefined, floor: [] },
  organisations: { variables: { region: Q.REGION, first: Q.PAGE }, floor: [Q.REGION, Q.PAGE] },
  search: { variables: { search: Q.SEARCH, municipality: Q.MUNICIPALITY }, floor: [Q.SEARCH, Q.MUNICIPALITY] },
  filtered: { variables: { municipality: Q.MUNICIPALITY, kind: Q.ACTIVITY_KIND, first: Q.PAGE }, floor: [Q.MUNICIPALITY, Q.ACTIVITY_KIND, Q.PAGE] },
  facets: { variables: { region: Q.REGION, theme: Q.THEME }, floor: [Q.REGION, Q.THEME] },
  backward: { variables: { kind: Q.KIND, last: Q.PAGE }, floor: [Q.KIND, Q.PAGE] },
};

/** Per target, what to send: a fixed body, or a function giving the n-th body (rotating ids, mutation mix). */
function workload(fx, benchOrganisationId) {
  const gql = (query, variables) => JSON.stringify({ query, variables });
  const floorBody = (params) => JSON.stringify(params);
  const fixed = (key, title) => ({
    key, title, ours: gql(Q.ours[key], FIXED[key].variables), theirs: gql(Q.theirs[key], FIXED[key].variables),
    floor: { path: `/${key}`, body: floorBody(FIXED[key].floor) },
  });
  const mixed = (create, update) => (n) => (n % 2 === 0 ? create(n) : update(n));
  const upd = (n) => fx.updatable[(n >> 1) % fx.updatable.length];
  return [
    fixed("regions", "(a) regions list"),
    fixed("organisations", `(b) ${Q.PAGE} organisations in a region + activities, partnerships, municipalities`),
    fixed("search", "(c) Finnish full-text activity search in a municipality"),
    {
      key: "node", title: "(d) node(id:) lookups, rotating over 500 ids",
      ours: (n) => { const x = fx.nodes[n % fx.nodes.length]; return gql(Q.ours.node, { id: toGlobalId(x.type, x.id) }); },
      theirs: (n) => gql(Q.theirs.node, { id: fx.nodes[n % fx.nodes.length].theirs }),
      floor: { path: "/node", body: (n) => { const x = fx.nodes[n % fx.nodes.length]; return floorBody([x.type, x.id]); } },
    },
    fixed("filtered", `(f) ${Q.PAGE} organisations in a municipality running ${Q.ACTIVITY_KIND} (hasActivity), latest change first`),
    fixed("facets", `(g) 10 organisations of a region on a theme + 4 disjunctive facets`),
    fixed("backward", `(h) the last ${Q.PAGE} ${Q.KIND} organisations by creation time (last:, a backward page)`),
    {
      key: "mutations", title: "(e) mutation mix: create activity / update activity, 1:1",
      mutation: true,
      ours: mixed(
        (n) => gql(Q.ours.create, { org: toGlobalId("Organisation", benchOrganisationId), name: `Bench ${n}` }),
        (n) => gql(Q.ours.update, { id: toGlobalId("Activity", upd(n)), schedule: `ti klo ${n % 24}` })),
      theirs: mixed(
        (n) => gql(Q.theirs.create, { org: benchOrganisationId, name: `Bench ${n}` }),
        (n) => gql(Q.theirs.update, { id: upd(n), schedule: `ti klo ${n % 24}` })),
      floor: {
        // The floor serves two statements; pick by request number.
        path: (n) => (n % 2 === 0 ? "/create" : "/update"),
        body: mixed((n) => floorBody([benchOrganisationId, `Bench ${n}`]), (n) => floorBody([upd(n), `ti klo ${n % 24}`])),
      },
    },
  ];
}

function requestFor(server, spec) {
  const isFloor = server.name === "floor";
  const path = isFloor ? spec.path : "/graphql";
  const body = isFloor ? spec.body : spec;
  const base = new URL(server.url).origin;
  return { base, path, body };
}

/** One autocannon run; latencies are collected per response so p95 can be reported. */
async function measure(server, spec, seconds, connections = CONNECTIONS) {
  const { base, path, body } = requestFor(server, spec);
  let n = 0;
  const latencies = [];
  let statements = 0;
  let counted = 0;
  let graphqlErrors = 0;
  const dynamic = typeof body === "function" || typeof path === "function";
  const request = {
    method: "POST",
    path: typeof path === "function" ? "/" : path,
    headers: HEADERS,
    onResponse: (status, resBody, _ctx, headers) => {
      if (resBody && resBody.includes('"errors"')) graphqlErrors++;
      const h = headers?.["x-sql-statements"];
      if (h !== undefined) { statements += Number(h); counted++; }
    },
  };
  if (dynamic) {
    request.setupRequest = (req) => {
      const i = n++;
      return { ...req, path: typeof path === "function" ? path(i) : path, body: typeof body === "function" ? body(i) : body };
    };
  } else {
    request.body = body;
  }
  const instance = autocannon({ url: base, connections, duration: seconds, requests: [request] });
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await new Promise((resolve, reject) => {
    instance.on("done", resolve);
    instance.on("error", reject);
  });
  return {
    requests: result.requests.total, seconds: result.duration, latencies,
    errors: result.errors + result.non2xx + graphqlErrors, statements, counted,
  };
}

function summarise(runs) {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const requests = runs.reduce((s, r) => s + r.requests, 0);
  const seconds = runs.reduce((s, r) => s + r.seconds, 0);
  const counted = runs.reduce((s, r) => s + r.counted, 0);
  return {
    rps: requests / seconds,
    perRound: runs.map((r) => r.requests / r.seconds),
    p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99),
    errors: runs.reduce((s, r) => s + r.errors, 0),
    statements: counted ? runs.reduce((s, r) => s + r.statements, 0) / counted : null,
  };
}

async function deleteMutationRows(databaseUrl, benchOrganisationId, keep) {
  return withClient(databaseUrl, async (db) => {
    await db.query(`DELETE FROM activity WHERE organisation_id = $1 AND NOT id = ANY($2::int[])`, [benchOrganisationId, keep]);
  });
}

/** Same rows from all three (names of page (b), ids of search (c)), and our SQL statements for several page sizes. */
async function checks(servers) {
  const [ours, theirs, floor] = servers;
  const out = {};
  /** One question to all three: ours and PostGraphile by GraphQL (the answer's root field given), the floor at its route of the same name. */
  const ask = async (question, ourField, theirField) => {
    const { variables, floor: floorArgs } = FIXED[question];
    const o = await post(ours.url, { query: Q.ours[question], variables });
    const t = await post(theirs.url, { query: Q.theirs[question], variables });
    const f = await post(`${floor.url}/${question}`, floorArgs);
    return { ours: ourField ? o.data[ourField] : o.data, theirs: theirField ? t.data[theirField] : t.data, floor: f.data };
  };
  const bKey = (names) => JSON.stringify(names);
  /** The same rows (by name: the rows' own ids differ in encoding) and the same total from all three. */
  const sameRows = (x) => bKey(x.ours.nodes.map((o) => o.name)) === bKey(x.theirs.nodes.map((o) => o.nameFi))
    && bKey(x.ours.nodes.map((o) => o.name)) === bKey(x.floor.nodes.map((o) => o.name))
    && x.ours.totalCount === x.theirs.totalCount && x.ours.totalCount === x.floor.totalCount;
  const b = await ask("organisations", "organisations", "benchOrganisationsInRegion");
  out.organisationsSame = sameRows(b)
    // Nested activities: the same five per organisation; PostGraphile orders them in the default
    // collation (its orderBy enums take none), ours and the floor in Finnish, so compare them as sets.
    && bKey(b.ours.nodes.map((o) => o.activities.nodes.map((a) => a.name).sort())) === bKey(b.theirs.nodes.map((o) => o.activitiesByOrganisationId.nodes.map((a) => a.nameFi).sort()));
  const c = await ask("search", "activities", "benchSearchActivities");
  out.searchSame = sameRows(c);
  out.totals = { organisations: b.ours.totalCount, search: c.ours.totalCount };
  // The new questions: the same rows and the same counts.
  const f = await ask("filtered", "organisations", "benchOrganisationsWithActivity");
  out.filteredSame = sameRows(f);
  const g = await ask("facets");
  const ourFacets = Object.entries(g.ours.organisations.facets).flatMap(([facet, values]) => values.map((v) => `${facet}:${v.value}:${v.count}`));
  const theirFacets = g.theirs.benchOrganisationFacets.nodes.map((v) => `${v.facet}:${v.value}:${v.count}`);
  const floorFacets = Object.entries(g.floor.facets).flatMap(([facet, values]) => values.map((v) => `${facet}:${v.value}:${v.count}`));
  out.facetsSame = bKey([...ourFacets].sort()) === bKey([...theirFacets].sort()) && bKey([...ourFacets].sort()) === bKey([...floorFacets].sort())
    && bKey(g.ours.organisations.nodes.map((o) => o.name)) === bKey(g.theirs.benchOrganisationsInRegionOnTheme.nodes.map((o) => o.nameFi))
    && g.ours.organisations.totalCount === g.theirs.benchOrganisationsInRegionOnTheme.totalCount;
  const h = await ask("backward", "organisations", "allOrganisations");
  out.backwardSame = sameRows(h)
    && h.ours.pageInfo.hasPreviousPage === h.theirs.pageInfo.hasPreviousPage && h.ours.pageInfo.hasPreviousPage === h.floor.hasPreviousPage;
  out.totals.filtered = f.ours.totalCount;
  out.totals.facetValues = ourFacets.length;
  out.statementsByPageSize = {};
  for (const first of [10, 50, 100]) {
    out.statementsByPageSize[first] = (await post(ours.url, { query: Q.ours.organisations, variables: { region: Q.REGION, first } })).statements;
  }
  return out;
}

async function machine(databaseUrl) {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const [{ server_version: pgVersion }] = (await db.query(`SHOW server_version`)).rows;
  await db.end();
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? "unknown", cores: cpus.length, ramGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version, postgres: pgVersion, os: `${os.type()} ${os.release()}`,
  };
}


function report({ when, info, db, results, check, embedded }) {
  const lines = [];
  lines.push(`# Benchmark ${when}`, "");
  lines.push(`Machine: ${info.cpu}, ${info.cores} cores, ${info.ramGb} GB RAM; ${info.os}; Node ${info.node}; PostgreSQL ${info.postgres} (${embedded ? "embedded" : "server"}).`);
  lines.push(`Data: full demo set, ${db.counts.organisations} organisations, ${db.counts.activities} activities, ${db.counts.partnerships} partnerships.`);
  lines.push(`Load: autocannon, ${CONNECTIONS} connections, ${ROUNDS} alternating rounds × ${DURATION} s per query and server (after ${WARMUP} s warm-up each); every server in its own process with a pool of 10 PostgreSQL connections.`, "");
  lines.push("| query | server | req/s | p50 ms | p95 ms | p99 ms | SQL/request | errors | ours ÷ PostGraphile (req/s) | ours ÷ SQL floor (req/s) |");
  lines.push("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of results) {
    const ratio = r.ours.rps / r.theirs.rps;
    const toFloor = r.ours.rps / r.floor.rps;
    for (const t of TARGETS) {
      const s = r[t.name];
      lines.push(`| ${t.name === "ours" ? r.title : ""} | ${t.label} | ${fmt(s.rps)} | ${fmt(s.p50, 1)} | ${fmt(s.p95, 1)} | ${fmt(s.p99, 1)} | ${t.name === "ours" ? fmt(s.statements, 2) : t.name === "floor" ? "1" : "n/m"} | ${s.errors} | ${t.name === "ours" ? `**${fmt(ratio, 2)}×**` : ""} | ${t.name === "ours" ? `${fmt(toFloor, 2)}×` : ""} |`);
    }
  }
  lines.push("");
  lines.push(`Per-round req/s (ours / PostGraphile / floor): ${results.map((r) => `${r.key}: ${r.ours.perRound.map((x) => fmt(x)).join(",")} / ${r.theirs.perRound.map((x) => fmt(x)).join(",")} / ${r.floor.perRound.map((x) => fmt(x)).join(",")}`).join("; ")}.`);
  lines.push("");
  if (check) {
    lines.push(`Same answers: page (b) ${check.organisationsSame ? "identical" : "DIFFERENT"} across the three (${check.totals.organisations} organisations in the region), search (c) ${check.searchSame ? "identical" : "DIFFERENT"} (${check.totals.search} matches).`);
    lines.push(`Same answers: filtered page (f) ${check.filteredSame ? "identical" : "DIFFERENT"} (${check.totals.filtered} matches), facets (g) ${check.facetsSame ? "identical" : "DIFFERENT"} (${check.totals.facetValues} facet values), backward page (h) ${check.backwardSame ? "identical" : "DIFFERENT"}.`);
    lines.push(`Our SQL statements for page (b) by page size: ${Object.entries(check.statementsByPageSize).map(([k, v]) => `first ${k}: ${v}`).join(", ")}.`);
  }
  return lines.join("\n");
}

async function main() {
  // Our server runs in production mode, which refuses the development secret: a random one per run.
  process.env.JWT_SECRET ??= randomBytes(32).toString("hex");
  // Writes need a signed-in user: every request carries an admin token signed with the run's JWT_SECRET (the other servers ignore it).
  HEADERS.authorization = `Bearer ${await issueToken({ subject: "bench", roles: ["admin"] }, loadAuthConfig(process.env, false))}`;
  const started = Date.now();
  const only = process.env.BENCH_QUERIES ? process.env.BENCH_QUERIES.split(",") : null;
  const pg = await benchDatabaseUrl(log);
  const servers = [];
  try {
    const db = await prepareDatabase(pg.url, log);
    log(`data: ${JSON.stringify(db.counts)}`);
    for (const t of TARGETS) servers.push(await startServer(t, pg.url));
    log(`servers up: ${servers.map((s) => `${s.name} ${s.url}`).join(", ")}`);
    const fx = await fixtures(pg.url, servers[1].url, db.benchOrganisationId);
    const check = await checks(servers);
    log(`checks: ${JSON.stringify(check)}`);
    const results = [];
    for (const w of workload(fx, db.benchOrganisationId)) {
      if (only && !only.includes(w.key)) continue;
      const runs = { ours: [], theirs: [], floor: [] };
      for (const s of servers) {
        if (WARMUP > 0) await measure(s, w[s.name], WARMUP);
        if (w.mutation) await deleteMutationRows(pg.url, db.benchOrganisationId, fx.updatable);
      }
      for (let round = 0; round < ROUNDS; round++) {
        for (const s of servers) {
          const r = await measure(s, w[s.name], DURATION);
          runs[s.name].push(r);
          log(`${w.key} round ${round + 1} ${s.name}: ${fmt(r.requests / r.seconds)} req/s, errors ${r.errors}`);
          if (w.mutation) await deleteMutationRows(pg.url, db.benchOrganisationId, fx.updatable);
        }
      }
      results.push({ key: w.key, title: w.title, ours: summarise(runs.ours), theirs: summarise(runs.theirs), floor: summarise(runs.floor) });
    }
    const info = await machine(pg.url);
    const when = process.env.BENCH_DATE ?? new Date().toISOString().slice(0, 10);
    const text = report({ when, info, db, results, check, embedded: pg.embedded });
    writeReport(text, `${when}.md`);
    log(`finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    for (const s of servers) await stopServer(s);
    await cleanUp(pg.url).catch(() => undefined);
    await pg.stop();
  }
}

// bench/scale.js reuses the server starters and the autocannon run.
module.exports = { TARGETS, HEADERS, startServer, stopServer, post, measure, percentile, machine, fmt };

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
