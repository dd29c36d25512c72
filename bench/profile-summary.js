#!/usr/bin/env node
"use strict";
/**
 * Summarises a V8 .cpuprofile (node --cpu-prof; bench/cpu-per-request.js with PROFILE_DIR=dir):
 * self time by module (a package under node_modules, our workspace package, node internals), the
 * functions with the most self time, and the inclusive time of functions whose name matches a
 * pattern (where a fixed cost sits: validation, authorisation, execution...).
 *
 *   [LAST=seconds] node bench/profile-summary.js <file.cpuprofile> [top=25] [pattern...]
 *
 * LAST=8 counts only the profile's last 8 seconds (the measured run of cpu-per-request.js, without
 * the server's start-up and the warm-up); SKIP_END=2 leaves out the last 2 seconds (the shutdown).
 */
const { readFileSync } = require("node:fs");

const [file, topArg, ...patterns] = process.argv.slice(2);
if (!file) {
  console.error("usage: node bench/profile-summary.js <file.cpuprofile> [top] [pattern...]");
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, "utf8"));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Sample counts per node, weighted by the time to the next sample.
const self = new Map();
let total = 0;
// SKIP_END: seconds at the end left out too (the shutdown after SIGTERM, when the profile is written).
const until = profile.endTime - Number(process.env.SKIP_END ?? 0) * 1e6;
const from = process.env.LAST ? until - Number(process.env.LAST) * 1e6 : -Infinity;
let clock = profile.startTime;
for (let i = 0; i < profile.samples.length; i++) {
  clock += profile.timeDeltas[i];
  if (clock < from || clock > until) continue;
  const dt = profile.timeDeltas[i + 1] ?? 0;
  self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
  total += dt;
}
const idle = [...self].filter(([id]) => ["(idle)", "(program)", "(garbage collector)"].includes(nodes.get(id).callFrame.functionName))
  .reduce((m, [id, t]) => ({ ...m, [nodes.get(id).callFrame.functionName]: (m[nodes.get(id).callFrame.functionName] ?? 0) + t }), {});
const busy = total - (idle["(idle)"] ?? 0);

function moduleOf(url) {
  if (!url) return "(native/vm)";
  if (url.startsWith("node:")) return "node internals";
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + 13).split("/");
    return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const ws = url.match(/\/(packages|regions)\/([^/]+)\//);
  return ws ? `${ws[1]}/${ws[2]}` : url;
}
const label = (n) => `${n.callFrame.functionName || "(anonymous)"} ${moduleOf(n.callFrame.url)}${n.callFrame.url && !n.callFrame.url.startsWith("node:") ? `:${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber + 1}` : ""}`;

const byModule = new Map();
const byFunction = new Map();
for (const [id, t] of self) {
  const n = nodes.get(id);
  if (["(idle)", "(program)", "(garbage collector)"].includes(n.callFrame.functionName)) continue;
  const m = moduleOf(n.callFrame.url);
  byModule.set(m, (byModule.get(m) ?? 0) + t);
  const f = label(n);
  byFunction.set(f, (byFunction.get(f) ?? 0) + t);
}
const pct = (t) => `${((100 * t) / busy).toFixed(1).padStart(5)} %`;
const ms = (t) => `${(t / 1000).toFixed(0).padStart(7)} ms`;
console.log(`${file}\nsampled ${ms(total)}, busy (not idle) ${ms(busy)}; program ${ms(idle["(program)"] ?? 0)}, GC ${ms(idle["(garbage collector)"] ?? 0)} (${pct(idle["(garbage collector)"] ?? 0)})`);
console.log(`\nself time by module (% of busy):`);
for (const [m, t] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(t)} ${ms(t)}  ${m}`);
console.log(`\nself time by function:`);
for (const [f, t] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(t)} ${ms(t)}  ${f}`);

// Inclusive time: a sample counts once for a pattern however many matching frames its stack holds.
if (patterns.length) {
  console.log(`\ninclusive time of frames matching (% of busy):`);
  for (const pattern of patterns) {
    const re = new RegExp(pattern);
    let t = 0;
    for (const [id, dt] of self) {
      for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
        const n = nodes.get(cur);
        if (re.test(label(n))) {
          t += dt;
          break;
        }
      }
    }
    console.log(`${pct(t)} ${ms(t)}  /${pattern}/`);
  }
}
