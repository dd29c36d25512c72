import { randomBytes } from "node:crypto";
import { Client } from "pg";
import type { MigrationInterface, QueryRunner } from "typeorm";
import { CORE_MIGRATIONS } from "../database/data-source";

/**
 * A throw-away database next to whatever TEST_DATABASE_URL or DATABASE_URL points at, to run one
 * migration on rows as they were before it. (The core's own tests cannot use the test kit, which
 * depends on the core.) Not a migration: data-source.ts lists those by name.
 */
export interface MigrationTestDatabase {
  /** Rows of one statement; `{ query }` is all of a QueryRunner the migrations use. */
  query(sql: string, params?: unknown[]): Promise<any[]>;
  /** The scratch database's connection string, for a connection of a test's own (notices, settings). */
  url: string;
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
    url: url.toString(),
    async close() {
      await client.end();
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    },
  };
}

/** A migration as data-source.ts lists it: its class, or its `name` ("PlaceSearch1736500000000"). */
export type MigrationRef = (new () => MigrationInterface) | string;

// The core migrations each scratch database has been taken through by migrateUpTo, in order.
const migrated = new WeakMap<MigrationTestDatabase, number>();

/**
 * Runs the core migrations in their order (CORE_MIGRATIONS) up to and including `target`, each in
 * its own transaction as TypeORM runs them, starting after the last one an earlier call ran on
 * this database. So a test can stop before a migration, write rows as they were then, and call
 * again for the migration itself. `{ before: true }` stops just short of `target`.
 */
export async function migrateUpTo(db: MigrationTestDatabase, target: MigrationRef, options: { before?: boolean } = {}): Promise<void> {
  const index = CORE_MIGRATIONS.findIndex((m) => m === target || m.name === target);
  if (index < 0) throw new Error(`migrateUpTo: ${typeof target === "string" ? target : target.name} is not a core migration`);
  const end = options.before ? index : index + 1;
  const done = migrated.get(db) ?? 0;
  if (end < done) throw new Error(`migrateUpTo: this database is already past ${CORE_MIGRATIONS[end].name}`);
  const runner = { query: (sql: string, params?: unknown[]) => db.query(sql, params) } as unknown as QueryRunner;
  for (let i = done; i < end; i++) {
    await db.query("BEGIN");
    try {
      await new CORE_MIGRATIONS[i]().up(runner);
    } catch (error) {
      await db.query("ROLLBACK");
      throw error;
    }
    await db.query("COMMIT");
    migrated.set(db, i + 1);
  }
}
