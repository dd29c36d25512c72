import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDataSource } from "@yhdyspinta/core/internal";
import { startEmbeddedPostgres } from "@yhdyspinta/server";
import { createDatabase, databaseUrl, withAdminClient } from "./database-admin";
import { freePort } from "./free-port";

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
  // Several test runs may share one server (developers, CI): each run names and drops only its own databases.
  const runId = randomBytes(4).toString("hex");
  process.env.TEST_RUN_ID = runId;
  const template = `yh_template_${runId}`;
  await createDatabase(serverUrl, template);
  const ds = createDataSource({ url: databaseUrl(serverUrl, template), poolSize: 1 });
  await ds.initialize();
  await ds.runMigrations();
  await ds.destroy();
  process.env.TEST_DATABASE_URL = serverUrl;
  process.env.TEST_TEMPLATE_DATABASE = template;
  (globalThis as Record<string, unknown>).__YH_TEMPLATE__ = { serverUrl, template, runId };
}

export async function dropRunDatabases(serverUrl: string, template: string, runId: string): Promise<void> {
  await withAdminClient(serverUrl, async (c) => {
    const { rows } = await c.query(`SELECT datname FROM pg_database WHERE starts_with(datname, $2) OR datname = $1`, [template, `yh_test_${runId}_`]);
    for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
