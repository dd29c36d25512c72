import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDataSource } from "@yhdyspinta/core";
import { startEmbeddedPostgres } from "@yhdyspinta/server";
import { createDatabase, databaseUrl, withAdminClient } from "./database-admin";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Jest global setup: uses DATABASE_URL's server when given, otherwise starts an embedded
 * PostgreSQL; then migrates a template database every test file clones (fast, isolated).
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), "yhdyspinta-test-pg-"));
    const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: "postgres" });
    serverUrl = embedded.url;
    (globalThis as Record<string, unknown>).__YH_EMBEDDED__ = { stop: embedded.stop, dataDir };
  }
  const runPrefix = `yh_test_${randomBytes(4).toString("hex")}`;
  const template = `${runPrefix}_template`;
  await createDatabase(serverUrl, template);
  const ds = createDataSource({ url: databaseUrl(serverUrl, template), poolSize: 1 });
  await ds.initialize();
  await ds.runMigrations();
  await ds.destroy();
  process.env.TEST_DATABASE_URL = serverUrl;
  process.env.TEST_TEMPLATE_DATABASE = template;
  process.env.TEST_DATABASE_PREFIX = runPrefix;
  (globalThis as Record<string, unknown>).__YH_TEMPLATE__ = { serverUrl, template, prefix: runPrefix };
}

/** Drops this run's databases only: other runs may share the server. */
export async function dropRunDatabases(serverUrl: string, template: string, prefix: string): Promise<void> {
  await withAdminClient(serverUrl, async (c) => {
    const pattern = `${prefix.replace(/_/g, "\\_")}\\_%`;
    const { rows } = await c.query(`SELECT datname FROM pg_database WHERE datname LIKE $2 OR datname = $1`, [template, pattern]);
    for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
