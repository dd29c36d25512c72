import { randomBytes } from "node:crypto";
import { Client } from "pg";

/**
 * A throw-away database next to whatever TEST_DATABASE_URL or DATABASE_URL points at, to run one
 * migration on rows as they were before it. (The core's own tests cannot use the test kit, which
 * depends on the core.) Not a migration: data-source.ts lists those by name.
 */
export interface MigrationTestDatabase {
  /** Rows of one statement; `{ query }` is all of a QueryRunner the migrations use. */
  query(sql: string, params?: unknown[]): Promise<any[]>;
  /** Drops the database. */
  close(): Promise<void>;
}

export async function openMigrationTestDatabase(): Promise<MigrationTestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const name = `yhdyspinta_migration_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  return {
    query: (sql, params) => client.query(sql, params).then((r) => r.rows),
    async close() {
      await client.end();
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    },
  };
}
