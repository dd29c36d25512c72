import type { MigrationInterface, QueryRunner } from "typeorm";
import { RegionPluginError, type RegionPlugin } from "./region-plugin";

/**
 * The plug-in's migrations, each wrapped so that a failure names the plug-in and the migration.
 * TypeORM runs each migration in its own transaction, so a failed one leaves nothing behind.
 */
export function pluginMigrations(plugin: RegionPlugin): Function[] {
  return (plugin.migrations ?? []).map((migration) => {
    const Base = migration as new () => MigrationInterface;
    const Attributed = class extends Base {
      async up(queryRunner: QueryRunner): Promise<void> {
        try {
          await super.up(queryRunner);
        } catch (error) {
          throw new RegionPluginError(plugin.name, `migration ${migration.name} failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    };
    // TypeORM reads the migration's name (and timestamp) from the class name when no `name` is set.
    Object.defineProperty(Attributed, "name", { value: migration.name });
    return Attributed;
  });
}
