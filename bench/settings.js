"use strict";
/**
 * What the HTTP bench scripts (run.js, replicas.js) share: the measuring settings from the
 * environment (BENCH_DURATION s per run, default 8; BENCH_WARMUP s, 2; BENCH_ROUNDS, 2;
 * BENCH_CONNECTIONS, 32), the log line, the request headers, the latency statistics and the report file.
 */
const { mkdirSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");

const num = (name, fallback) => (process.env[name] ? Number(process.env[name]) : fallback);

/** The p-th percentile of ascending `sorted` (NaN when empty). */
function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Prints a run's report and writes it to BENCH_OUT, by default bench/results/<file> ("none": print only). */
function writeReport(text, file) {
  console.log(`\n${text}\n`);
  const out = process.env.BENCH_OUT ?? join(__dirname, "results", file);
  if (out === "none") return;
  mkdirSync(join(out, ".."), { recursive: true });
  writeFileSync(out, `${text}\n`);
  console.log(`[bench] written to ${out}`);
}

module.exports = {
  DURATION: num("BENCH_DURATION", 8),
  WARMUP: num("BENCH_WARMUP", 2),
  ROUNDS: num("BENCH_ROUNDS", 2),
  CONNECTIONS: num("BENCH_CONNECTIONS", 32),
  HEADERS: { "content-type": "application/json" },
  log: (m) => console.log(`[bench] ${m}`),
  fmt: (x, d = 0) => (x == null || Number.isNaN(x) ? "–" : x.toFixed(d)),
  percentile,
  writeReport,
};
