"use strict";
/**
 * Development aid: CPU milliseconds our server process spends per request for one query, which
 * is far less sensitive to other load on a shared machine than requests/s.
 * Usage: [TARGET=theirs] node bench/cpu-per-request.js organisations|search|node (ours only) [seconds] (bench database must exist).
 */
const { fork } = require("node:child_process");
const { randomBytes } = require("node:crypto");
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const autocannon = require("autocannon");
const Q = require("./queries");

const theirs = process.env.TARGET === "theirs";
const bodies = theirs ? {
  organisations: { query: Q.theirs.organisations, variables: { region: Q.REGION, first: Q.PAGE } },
  search: { query: Q.theirs.search, variables: { search: Q.SEARCH, municipality: Q.MUNICIPALITY } },
} : {
  regions: { query: Q.ours.regions },
  organisations: { query: Q.ours.organisations, variables: { region: Q.REGION, first: Q.PAGE } },
  search: { query: Q.ours.search, variables: { search: Q.SEARCH, municipality: Q.MUNICIPALITY } },
  // One organisation (id 1) asked again and again: the per-request cost of a small query.
  node: { query: Q.ours.node, variables: { id: Buffer.from("Organisation:1").toString("base64url") } },
};

function cpuMs(pid) {
  const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime + stime, in clock ticks of 10 ms
}

async function main() {
  const which = process.argv[2] ?? "organisations";
  const seconds = Number(process.argv[3] ?? 8);
  const url = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/yhdyspinta_bench";
  const execArgv = process.env.PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.PROFILE_DIR}`] : [];
  const child = fork(join(__dirname, theirs ? "servers/postgraphile.js" : "servers/ours.js"), [], { execArgv, env: { JWT_SECRET: randomBytes(32).toString("hex"), ...process.env, DATABASE_URL: url, PORT: "4111", NODE_ENV: "production" } });
  await new Promise((r) => child.once("message", r));
  const body = JSON.stringify(bodies[which]);
  const run = (d) => autocannon({ url: "http://127.0.0.1:4111/graphql", method: "POST", headers: { "content-type": "application/json" }, body, connections: 8, duration: d });
  await run(2);
  const before = cpuMs(child.pid);
  const r = await run(seconds);
  const used = cpuMs(child.pid) - before;
  console.log(`${which}: ${r.requests.total} requests, ${(r.requests.total / r.duration).toFixed(1)} req/s, ${(used / r.requests.total).toFixed(2)} CPU ms/request, non2xx ${r.non2xx}`);
  child.kill("SIGTERM");
}
main().catch((e) => { console.error(e); process.exit(1); });
