"use strict";
/**
 * Development aid: CPU milliseconds one server process spends per request for one query, which
 * is far less sensitive to other load on a shared machine than requests/s.
 * Usage: [TARGET=theirs] node bench/cpu-per-request.js typename|regions|organisations|search|node|mutations [seconds]
 * (the bench database must exist: run `npm run bench` once).
 */
const { fork } = require("node:child_process");
const { randomBytes } = require("node:crypto");
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const autocannon = require("autocannon");
const { Client } = require("pg");
const { toGlobalId } = require("@yhdyspinta/core");
const { issueToken, loadAuthConfig } = require("@yhdyspinta/server");
const Q = require("./queries");

const theirs = process.env.TARGET === "theirs";
const gql = (query, variables) => JSON.stringify({ query, variables });

/** The n-th request body per query; node and mutations rotate like the full bench does. */
async function bodies(which, db) {
  const side = theirs ? Q.theirs : Q.ours;
  switch (which) {
    // The pipeline alone: HTTP, parsing, validation, execution of one field, no SQL.
    case "typename": return () => gql(`{ __typename }`);
    case "regions": return () => gql(side.regions);
    case "organisations": return () => gql(side.organisations, { region: Q.REGION, first: Q.PAGE });
    case "search": return () => gql(side.search, { search: Q.SEARCH, municipality: Q.MUNICIPALITY });
    case "node": {
      if (theirs) throw new Error("node: PostGraphile's ids come from the full bench (npm run bench)");
      const ids = (await db.query(`SELECT id FROM organisation ORDER BY md5(id::text) LIMIT 250`)).rows.map((r) => toGlobalId("Organisation", r.id));
      return (n) => gql(side.node, { id: ids[n % ids.length] });
    }
    case "mutations": {
      await db.query(`DELETE FROM organisation WHERE name_fi = 'Bench-yhdistys ry'`);
      const org = (await db.query(`INSERT INTO organisation(name_fi, kind) VALUES ('Bench-yhdistys ry', 'LOCAL') RETURNING id`)).rows[0].id;
      const upd = (await db.query(
        `INSERT INTO activity(organisation_id, name_fi, kind) SELECT $1, 'Bench-toiminta ' || g, 'PEER_SUPPORT' FROM generate_series(1, 64) g RETURNING id`, [org])).rows.map((r) => r.id);
      const u = (n) => upd[(n >> 1) % upd.length];
      return theirs
        ? (n) => (n % 2 === 0 ? gql(side.create, { org, name: `Bench ${n}` }) : gql(side.update, { id: u(n), schedule: `ti klo ${n % 24}` }))
        : (n) => (n % 2 === 0 ? gql(side.create, { org: toGlobalId("Organisation", org), name: `Bench ${n}` })
          : gql(side.update, { id: toGlobalId("Activity", u(n)), schedule: `ti klo ${n % 24}` }));
    }
    default: throw new Error(`unknown query ${which}`);
  }
}

function cpuMs(pid) {
  const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime + stime, in clock ticks of 10 ms
}

async function main() {
  const which = process.argv[2] ?? "organisations";
  const seconds = Number(process.argv[3] ?? 8);
  const url = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/yhdyspinta_bench";
  const db = new Client({ connectionString: url });
  await db.connect();
  const body = await bodies(which, db);
  const secret = randomBytes(32).toString("hex");
  const token = await issueToken({ subject: "bench", roles: ["admin"] }, loadAuthConfig({ JWT_SECRET: secret }, false));
  const execArgv = process.env.PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.PROFILE_DIR}`] : [];
  const child = fork(join(__dirname, theirs ? "servers/postgraphile.js" : "servers/ours.js"), [], {
    execArgv, env: { ...process.env, JWT_SECRET: secret, DATABASE_URL: url, PORT: "4111", NODE_ENV: "production", GRAPHILE_ENV: "production" } });
  await new Promise((r) => child.once("message", r));
  let n = 0;
  const run = (d) => autocannon({
    url: "http://127.0.0.1:4111/graphql", method: "POST", connections: 8, duration: d,
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    requests: [{ setupRequest: (req) => ({ ...req, body: body(n++) }) }],
  });
  await run(2);
  // The server's PostgreSQL backends share the machine's cores too: their CPU (same host only) per request.
  const backends = async () => (await db.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`)).rows.map((r) => r.pid);
  const dbCpu = (pids) => pids.reduce((sum, pid) => { try { return sum + cpuMs(pid); } catch { return sum; } }, 0);
  const pids = await backends();
  const before = cpuMs(child.pid);
  const dbBefore = dbCpu(pids);
  const r = await run(seconds);
  const used = cpuMs(child.pid) - before;
  const dbUsed = dbCpu(pids) - dbBefore;
  const dbNote = pids.length && (await backends()).length === pids.length ? `, database ${(dbUsed / r.requests.total).toFixed(2)} CPU ms/request (${pids.length} backends)` : "";
  console.log(`${theirs ? "theirs" : "ours"} ${which}: ${r.requests.total} requests, ${(r.requests.total / r.duration).toFixed(1)} req/s, ${(used / r.requests.total).toFixed(2)} CPU ms/request${dbNote}, non2xx ${r.non2xx}, errors ${r.errors}`);
  child.kill("SIGTERM");
  if (which === "mutations") await db.query(`DELETE FROM organisation WHERE name_fi = 'Bench-yhdistys ry'`);
  await db.end();
  process.exit(0); // the server package's logger keeps a worker thread alive
}
main().catch((e) => { console.error(e); process.exit(1); });
