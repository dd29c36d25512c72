import type { RegionPlugin } from "@yhdyspinta/core/internal";
import { openDatabase } from "@yhdyspinta/server";
import { Client } from "pg";
import { createDatabase, databaseUrl, dropDatabase, testDatabaseName, testServerUrl } from "./database-admin";

/** A throw-away database to test a plug-in's data migrations on: migrate to an old shape, fill it, migrate on. */
export interface MigrationFixture {
  url: string;
  /** Runs the core's migrations and the given plug-ins' (no seeding), as a server start would. */
  migrate(plugins: RegionPlugin[]): Promise<string[]>;
  query<T = Record<string, any>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs an INSERT and returns the row it wrote (`RETURNING *` is added). */
  insert<T = Record<string, any>>(sql: string, params?: unknown[]): Promise<T>;
  /** Where a moving migration put an old row: its entry (newType, newId) in the plug-in's legacy-id table; undefined where it put it nowhere. */
  movedTo(legacyTable: string, oldType: string, oldId: number): Promise<Record<string, any>>;
  close(): Promise<void>;
}

/**
 * `plugin` as it was before `migration` was added: the same plug-in with its migrations cut just before
 * that one, so a test can build and fill the old tables that the migration then moves.
 */
export function pluginBefore(plugin: RegionPlugin, migration: Function): RegionPlugin {
  const migrations = plugin.migrations ?? [];
  const at = migrations.indexOf(migration as never);
  if (at < 0) throw new Error(`${plugin.name} has no migration ${migration.name}`);
  return { ...plugin, migrations: migrations.slice(0, at), seed: undefined };
}

export async function createMigrationFixture(): Promise<MigrationFixture> {
  const serverUrl = testServerUrl();
  const name = testDatabaseName();
  const url = await createDatabase(serverUrl, name, process.env.TEST_TEMPLATE_DATABASE);
  const client = new Client({ connectionString: url });
  await client.connect();
  const fixture: MigrationFixture = {
    url,
    async migrate(plugins) {
      const applied: string[] = [];
      const database = await openDatabase({ databaseUrl: url, embeddedDataDir: "", embeddedPort: 0, seed: "none", poolSize: 1 }, plugins, (line) => applied.push(line));
      await database.close();
      return applied;
    },
    async query(sql, params) {
      return (await client.query(sql, params as unknown[])).rows;
    },
    async insert(sql, params) {
      return (await fixture.query(`${sql} RETURNING *`, params))[0] as never;
    },
    async movedTo(legacyTable, oldType, oldId) {
      return (await fixture.query(
        `SELECT new_type AS "newType", new_id AS "newId" FROM ${legacyTable} WHERE old_type = $1 AND old_id = $2`, [oldType, oldId]))[0];
    },
    async close() {
      await client.end();
      await dropDatabase(serverUrl, name);
    },
  };
  return fixture;
}


/**
 * Declares (in the calling test file) a migration fixture made in `beforeAll` and closed after the
 * file's tests; what it returns may be used in the tests.
 */
export function migrationFixture(): MigrationFixture {
  let made: MigrationFixture | undefined;
  beforeAll(async () => { made = await createMigrationFixture(); });
  afterAll(async () => { await made?.close(); });
  const fixture = (): MigrationFixture => {
    if (!made) throw new Error("the migration fixture is made in beforeAll: use it inside a test");
    return made;
  };
  return {
    get url() { return fixture().url; },
    migrate: (plugins) => fixture().migrate(plugins),
    query: <T>(sql: string, params?: unknown[]) => fixture().query<T>(sql, params),
    insert: <T>(sql: string, params?: unknown[]) => fixture().insert<T>(sql, params),
    movedTo: (legacyTable, oldType, oldId) => fixture().movedTo(legacyTable, oldType, oldId),
    close: () => fixture().close(),
  };
}

/** What a test of a plug-in's moving migration works with (see movingMigrationTest). */
export interface MovingMigrationTest {
  db: MigrationFixture;
  /** Migrates to the plug-in as it was just before the moving migration (its old tables, to fill). */
  migrateToBefore(): Promise<string[]>;
  /** Migrates on to the plug-in as it is: the moving migration runs. */
  migrateOn(): Promise<string[]>;
  /** Where the migration put an old row: its entry (newType, newId) in the legacy-id table; undefined where it put it nowhere. */
  legacy(oldType: string, oldId: number): Promise<Record<string, any>>;
}

/**
 * Declares (in the calling test file) a migration fixture to test `plugin`'s migration `migrationName`,
 * which moves the plug-in's old rows and records each old id in `legacyTable`.
 */
export function movingMigrationTest(plugin: RegionPlugin, migrationName: string, legacyTable: string): MovingMigrationTest {
  const move = plugin.migrations?.find((m) => m.name === migrationName);
  if (!move) throw new Error(`${plugin.name} has no migration ${migrationName}`);
  const db = migrationFixture();
  return {
    db,
    migrateToBefore: () => db.migrate([pluginBefore(plugin, move)]),
    migrateOn: () => db.migrate([plugin]),
    legacy: (oldType, oldId) => db.movedTo(legacyTable, oldType, oldId),
  };
}
