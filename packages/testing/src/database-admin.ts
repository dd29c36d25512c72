import { randomBytes } from "node:crypto";
import { Client } from "pg";

/** The PostgreSQL the test run uses: set by the global setup (a server, or embedded PostgreSQL). */
export function testServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error("No TEST_DATABASE_URL: run the tests through jest (its global setup provides a database)");
  return url;
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl(serverUrl, "postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A name for one test database. TEST_RUN_ID is per test run (set by the global setup), so a run's
 * teardown drops only its own databases, not those of another run on the same server.
 */
export function testDatabaseName(): string {
  return uniqueDatabaseName(`yh_test_${process.env.TEST_RUN_ID ?? "adhoc"}`);
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
}

export async function createDatabase(serverUrl: string, name: string, template?: string): Promise<string> {
  await withAdminClient(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`));
  return databaseUrl(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdminClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
