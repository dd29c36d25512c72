"use strict";
// Our server (packages/server's startHttpServer) over the bench database, in its own process.
const { openDatabase, buildSchemaFor, startHttpServer, loadAuthConfig, loadReplicationConfig } = require("@yhdyspinta/server");

async function main() {
  const database = await openDatabase(
    { databaseUrl: process.env.DATABASE_URL, embeddedDataDir: "", embeddedPort: 0, seed: "none", poolSize: Number(process.env.DB_POOL_SIZE ?? 10),
      // DATABASE_READ_URLS, DATABASE_STATEMENTS (bench/replicas.js sets them).
      replication: loadReplicationConfig(process.env) });
  const schema = await buildSchemaFor([]);
  const server = await startHttpServer({
    schema, dataSource: database.dataSource, reference: database.reference,
    port: Number(process.env.PORT), host: "127.0.0.1", production: true,
    // The bench reports SQL statements per request from this header (off by default in production).
    exposeSqlStatements: true, metrics: false,
    // JWT_SECRET: a random per-run secret from the bench driver (production refuses the development one).
    auth: loadAuthConfig(process.env, true),
    readReplicas: database.readReplicas,
  });
  process.send?.({ ready: true, url: server.url });
  process.on("SIGTERM", async () => { await server.stop(); await database.close(); process.exit(0); });
}

main().catch((e) => { console.error(e); process.exit(1); });
