/**
 * A throw-away database for a bench run: on DATABASE_URL's server, or on an embedded PostgreSQL
 * started for the run when it is unset. `drop()` removes the database (and the embedded server).
 */
const { mkdtempSync, rmSync } = require("node:fs");
const os = require("node:os");
const { join } = require("node:path");
const { randomBytes } = require("node:crypto");
const { Client } = require("pg");
const { createDataSource } = require("../packages/core/dist/internal");
const { startEmbeddedPostgres } = require("../packages/server/dist");

async function openScratchDatabase() {
  let serverUrl = process.env.DATABASE_URL;
  let embedded = null;
  let dataDir = null;
  if (!serverUrl) {
    dataDir = mkdtempSync(join(os.tmpdir(), "yhdyspinta-bench-pg-"));
    embedded = await startEmbeddedPostgres({ dataDir, port: 54000 + Math.floor(Math.random() * 900), database: "postgres" });
    serverUrl = embedded.url;
  }
  const name = `yh_bench_${randomBytes(4).toString("hex")}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const pgVersion = (await admin.query("SHOW server_version")).rows[0].server_version;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    pgVersion,
    embedded: embedded !== null,
    /** A data source on the scratch database with every core migration applied (close it with destroy()). */
    async migrated(poolSize) {
      const ds = createDataSource({ url: this.url, poolSize });
      await ds.initialize();
      await ds.runMigrations();
      return ds;
    },
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
      if (embedded) await embedded.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

module.exports = { openScratchDatabase };
