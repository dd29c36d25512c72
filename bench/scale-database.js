"use strict";
/**
 * The bench's scaled databases (`npm run bench:scale`): `<bench database>_x<factor>` on the bench
 * database's server, a copy of the prepared 1× bench database (CREATE DATABASE ... TEMPLATE, a
 * file copy) multiplied in place by scale-builder.js, then VACUUM ANALYZE. Reused while the 1×
 * set's migrations and row counts and the builder are the same; rebuilt otherwise.
 */
const { setTimeout: sleep } = require("node:timers/promises");
const { withClient } = require("./with-client");
const { multiplyDataSet, BUILDER_VERSION, BENCH_ORGANISATION } = require("./scale-builder");

/** JSON with object keys sorted, so that equal values give equal text. */
const canonical = (value) => JSON.stringify(value, (_key, v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));

const withDatabase = (url, name) => { const u = new URL(url); u.pathname = `/${name}`; return u.toString(); };

/** What a scaled copy was built from: the migrations applied and the 1× row counts (the bench's own organisation left out). */
async function sourceFingerprint(sourceUrl) {
  return withClient(sourceUrl, async (c) => {
    const migrations = (await c.query(`SELECT name FROM migrations ORDER BY id`)).rows.map((r) => r.name);
    const { rows: [counts] } = await c.query(`
      SELECT (SELECT count(*) FROM organisation WHERE name_fi <> $1)::int AS organisations,
             (SELECT count(*) FROM activity a WHERE NOT EXISTS (SELECT 1 FROM organisation o WHERE o.id = a.organisation_id AND o.name_fi = $1))::int AS activities,
             (SELECT count(*) FROM partnership)::int AS partnerships`, [BENCH_ORGANISATION]);
    return { migrations, counts };
  });
}

/** The stored build record of a scaled database, or null when it has none (or the database is missing). */
async function buildRecord(url) {
  try {
    return await withClient(url, async (c) => {
      const { rows } = await c.query(`SELECT factor, source, builder FROM bench.scale_build`);
      return rows[0] ?? null;
    });
  } catch {
    return null;
  }
}

/** CREATE DATABASE ... TEMPLATE needs the template to have no other sessions: wait for them (another engineer's bench) for a while. */
async function copyDatabase(admin, source, target, log) {
  const deadline = Date.now() + Number(process.env.BENCH_SCALE_WAIT ?? 600) * 1000;
  for (;;) {
    try {
      await admin.query(`CREATE DATABASE "${target}" TEMPLATE "${source}"`);
      return;
    } catch (e) {
      if (e.code !== "55006" || Date.now() > deadline) throw e;
      const { rows } = await admin.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1`, [source]);
      log(`waiting for ${rows[0].n} other session(s) on ${source} to end before copying it`);
      await sleep(5000);
    }
  }
}

/**
 * The factor× copy of the bench database at `sourceUrl` (already migrated and seeded by
 * prepareDatabase): reused when its build record matches, otherwise dropped and rebuilt.
 */
async function prepareScaledDatabase(sourceUrl, factor, log) {
  const source = decodeURIComponent(new URL(sourceUrl).pathname.slice(1));
  const target = `${source}_x${factor}`;
  const targetUrl = withDatabase(sourceUrl, target);
  const fingerprint = await sourceFingerprint(sourceUrl);
  const record = await buildRecord(targetUrl);
  // jsonb keeps its own key order: compare the stored source with keys sorted.
  if (record && record.factor === factor && record.builder === BUILDER_VERSION && canonical(record.source) === canonical(fingerprint)) {
    log(`${target}: reused (built from the same migrations and 1× counts)`);
    return { url: targetUrl, name: target, built: false };
  }
  const started = Date.now();
  await withClient(withDatabase(sourceUrl, "postgres"), async (admin) => {
    if (record !== null || (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [target])).rowCount) {
      log(`${target}: ${record ? "built from other migrations, counts or builder" : "incomplete"}: rebuilding`);
      await admin.query(`DROP DATABASE IF EXISTS "${target}" WITH (FORCE)`);
    }
    log(`${target}: copying ${source}`);
    await copyDatabase(admin, source, target, log);
  });
  await withClient(targetUrl, async (c) => {
    const { counts } = await multiplyDataSet(c, factor, { source: fingerprint, log: (m) => log(`${target}: ${m}`) });
    log(`${target}: ${JSON.stringify(counts)}; VACUUM ANALYZE`);
    await c.query(`VACUUM ANALYZE`);
  });
  log(`${target}: built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return { url: targetUrl, name: target, built: true, seconds: (Date.now() - started) / 1000 };
}

module.exports = { prepareScaledDatabase, sourceFingerprint, canonical };
