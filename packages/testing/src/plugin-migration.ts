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
  return {
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
    async close() {
      await client.end();
      await dropDatabase(serverUrl, name);
    },
  };
}

