"use strict";
/**
 * `npm run bench:replicas`: read throughput of our server for page (b) and search (c) in three
 * database configurations, on the bench data set (bench/database.js):
 *   primary   - DATABASE_URL only (the default deployment);
 *   replica   - plus one streaming replica in DATABASE_READ_URLS (started here, like the tests do:
 *               packages/testing's startStreamingReplica, on this machine);
 *   pgbouncer - DATABASE_URL through PgBouncer in transaction mode (Debian's package, started here),
 *               DATABASE_STATEMENTS=unnamed.
 * Rounds alternate between the configurations, so other load on a shared machine spreads over all.
 * Environment: BENCH_DURATION (s, default 8), BENCH_WARMUP (s, 2), BENCH_ROUNDS (2),
 * BENCH_CONNECTIONS (32), BENCH_OUT (results file; "none" prints only).
 */
const { fork } = require("node:child_process");
const { randomBytes } = require("node:crypto");
const os = require("node:os");
const { join } = require("node:path");
const autocannon = require("autocannon");
const { Client } = require("pg");
const { issueToken, loadAuthConfig } = require("@yhdyspinta/server");
const { startStreamingReplica, startPgBouncer } = require("@yhdyspinta/testing");
const { benchDatabaseUrl, prepareDatabase } = require("./database");
const Q = require("./queries");

const { CONNECTIONS, DURATION, HEADERS, ROUNDS, WARMUP, fmt, log, percentile, writeReport } = require("./settings");

const QUERIES = [
  { key: "organisations", title: `(b) ${Q.PAGE} organisations + activities, partnerships, municipalities`, body: JSON.stringify({ query: Q.ours.organisations, variables: { region: Q.REGION, first: Q.PAGE } }) },
  { key: "search", title: "(c) Finnish full-text search in a municipality", body: JSON.stringify({ query: Q.ours.search, variables: { search: Q.SEARCH, municipality: Q.MUNICIPALITY } }) },
];

function withDatabase(serverUrl, database) {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

function startOurs(port, env) {
  const child = fork(join(__dirname, "servers/ours.js"), [], {
    env: { ...process.env, ...env, PORT: String(port), NODE_ENV: "production" },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    child.once("message", (m) => resolve({ child, url: m.url }));
    child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
}

function stop(server) {
  return new Promise((resolve) => { server.child.once("exit", resolve); server.child.kill("SIGTERM"); });
}

async function measure(url, body, seconds) {
  let graphqlErrors = 0;
  const latencies = [];
  const instance = autocannon({
    url: new URL(url).origin, connections: CONNECTIONS, duration: seconds,
    requests: [{ method: "POST", path: "/graphql", headers: HEADERS, body, onResponse: (_s, res) => { if (res && res.includes('"errors"')) graphqlErrors++; } }],
  });
  instance.on("response", (_c, _s, _b, time) => latencies.push(time));
  const result = await new Promise((resolve, reject) => { instance.on("done", resolve); instance.on("error", reject); });
  return { rps: result.requests.total / result.duration, latencies, errors: result.errors + result.non2xx + graphqlErrors };
}


/** Where the statements ran, from the replica's side: read connections of our server there. */
async function replicaReaders(replicaUrl) {
  const c = new Client({ connectionString: replicaUrl });
  await c.connect();
  try {
    return (await c.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'yhdyspinta-read'`)).rows[0].n;
  } finally {
    await c.end();
  }
}

async function main() {
  process.env.JWT_SECRET ??= randomBytes(32).toString("hex");
  HEADERS.authorization = `Bearer ${await issueToken({ subject: "bench", roles: ["admin"] }, loadAuthConfig(process.env, false))}`;
  const started = Date.now();
  const loadAtStart = os.loadavg()[0];
  const pg = await benchDatabaseUrl(log);
  const database = new URL(pg.url).pathname.slice(1);
  const cleanup = [];
  const servers = {};
  try {
    const db = await prepareDatabase(pg.url, log);
    log("starting a streaming replica of the bench server (a base backup of the whole server: takes a while)");
    const replica = await startStreamingReplica(pg.url);
    cleanup.push(() => replica.destroy());
    await replica.caughtUp(300_000);
    log(`replica on port ${replica.port} (${replica.method})`);
    const bouncer = await startPgBouncer(pg.url, { serverConnections: 10 });
    cleanup.push(() => bouncer.stop());
    log(`pgbouncer on port ${bouncer.port} (${bouncer.version})`);
    const configs = [
      { key: "primary", label: "primary only", env: { DATABASE_URL: pg.url } },
      { key: "replica", label: "primary + 1 streaming replica (DATABASE_READ_URLS)", env: { DATABASE_URL: pg.url, DATABASE_READ_URLS: withDatabase(replica.serverUrl, database) } },
      { key: "pgbouncer", label: "through PgBouncer, transaction mode (DATABASE_STATEMENTS=unnamed)", env: { DATABASE_URL: withDatabase(bouncer.serverUrl, database), DATABASE_STATEMENTS: "unnamed" } },
    ];
    let port = 4111;
    for (const c of configs) servers[c.key] = await startOurs(port++, c.env);
    const results = [];
    for (const q of QUERIES) {
      const runs = Object.fromEntries(configs.map((c) => [c.key, []]));
      for (const c of configs) if (WARMUP > 0) await measure(servers[c.key].url, q.body, WARMUP);
      for (let round = 0; round < ROUNDS; round++) {
        for (const c of configs) {
          const r = await measure(servers[c.key].url, q.body, DURATION);
          runs[c.key].push(r);
          log(`${q.key} round ${round + 1} ${c.key}: ${fmt(r.rps)} req/s, errors ${r.errors}`);
        }
      }
      results.push({ q, runs });
    }
    const readers = await replicaReaders(withDatabase(replica.serverUrl, "postgres"));
    const pgInfo = await (async () => { const c = new Client({ connectionString: pg.url }); await c.connect(); const v = (await c.query("SHOW server_version")).rows[0].server_version; await c.end(); return v; })();
    const cpus = os.cpus();
    const when = process.env.BENCH_DATE ?? new Date().toISOString().slice(0, 10);
    const lines = [
      `# Read replicas and PgBouncer ${when}`, "",
      `Machine: ${cpus[0]?.model ?? "unknown"}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM; ${os.type()} ${os.release()}; Node ${process.version}; PostgreSQL ${pgInfo} (${pg.embedded ? "embedded" : "server"}); ${bouncer.version}.`,
      `Data: full demo set, ${db.counts.organisations} organisations, ${db.counts.activities} activities. Load: autocannon, ${CONNECTIONS} connections, ${ROUNDS} alternating rounds × ${DURATION} s per configuration (after ${WARMUP} s warm-up); our server in production mode, pool of 10 (and 10 per replica).`,
      `The replica is a streaming replica of the same server on the same machine (replay caught up before measuring; ${readers} read connections of ours on it at the end), so it shares the primary's CPUs: on one machine it cannot add read capacity, only show what routing costs.`,
      `Noise: load average (1 min) ${loadAtStart.toFixed(1)} at the start and ${os.loadavg()[0].toFixed(1)} at the end on ${cpus.length} cores${os.loadavg()[0] > cpus.length ? " — other processes had most of the CPU, so the absolute numbers and the ratios between configurations are mostly noise; compare per-round values" : ""}.`,
      "",
      "| query | configuration | req/s | p50 ms | p99 ms | errors | ÷ primary only |",
      "|---|---|---:|---:|---:|---:|---:|",
    ];
    for (const { q, runs } of results) {
      const base = runs.primary.reduce((s, r) => s + r.rps, 0) / runs.primary.length;
      for (const c of configs) {
        const rs = runs[c.key];
        const rps = rs.reduce((s, r) => s + r.rps, 0) / rs.length;
        const lat = rs.flatMap((r) => r.latencies).sort((a, b) => a - b);
        lines.push(`| ${c.key === "primary" ? q.title : ""} | ${c.label} | ${fmt(rps, 1)} | ${fmt(percentile(lat, 50), 1)} | ${fmt(percentile(lat, 99), 1)} | ${rs.reduce((s, r) => s + r.errors, 0)} | ${fmt(rps / base, 2)}× |`);
      }
    }
    lines.push("", `Per-round req/s: ${results.map(({ q, runs }) => `${q.key}: ${configs.map((c) => `${c.key} ${runs[c.key].map((r) => fmt(r.rps, 1)).join(",")}`).join(" / ")}`).join("; ")}.`);
    const text = lines.join("\n");
    writeReport(text, `${when}-replicas.md`);
    log(`finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    for (const s of Object.values(servers)) await stop(s);
    for (const c of cleanup.reverse()) await c().catch(() => undefined);
    await pg.stop();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
