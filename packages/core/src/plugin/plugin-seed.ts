import type { DataSource } from "typeorm";
import { DEMO_FLAG_COLUMN, markDemoRows } from "../graphql/demo-flag";
import { RegionPluginError, type RegionPlugin } from "./region-plugin";

/** The plug-in's tables that have the demo flag column (entities declared with `DemoFlag()`). */
function demoFlaggedTables(dataSource: DataSource, plugin: RegionPlugin): string[] {
  return (plugin.entities ?? [])
    .map((entity) => dataSource.getMetadata(entity))
    .filter((m) => m.columns.some((c) => c.databaseName === DEMO_FLAG_COLUMN))
    .map((m) => m.tableName);
}

/**
 * Seeds each plug-in's demo rows once per database, after the core demo data they refer to.
 * A `seed_run` row per plug-in makes it idempotent, so enabling a plug-in later seeds it then.
 */
export async function seedRegionPlugins(
  dataSource: DataSource, plugins: readonly RegionPlugin[], scale: "demo" | "full", log: (m: string) => void = () => undefined,
): Promise<string[]> {
  const seeded: string[] = [];
  for (const plugin of plugins) {
    if (!plugin.seed) continue;
    const done = await dataSource.transaction(async (manager) => {
      await manager.query("LOCK TABLE seed_run IN EXCLUSIVE MODE");
      const core = await manager.query(`SELECT 1 FROM seed_run WHERE name = 'demo-data'`);
      if (!core.length) return false;
      const previous = await manager.query(`SELECT 1 FROM seed_run WHERE name = $1`, [`region:${plugin.name}`]);
      if (previous.length) return false;
      try {
        await plugin.seed!({ dataSource, manager, regionCodes: [...plugin.regions], scale });
        // Whatever the seed wrote into a table with the demo flag is demo data, without code in the plug-in.
        await markDemoRows(manager, demoFlaggedTables(dataSource, plugin));
      } catch (error) {
        throw new RegionPluginError(plugin.name, `seeding failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      await manager.query(`INSERT INTO seed_run (name, scale) VALUES ($1, $2)`, [`region:${plugin.name}`, scale]);
      return true;
    });
    if (done) {
      seeded.push(plugin.name);
      log(`seeded region plug-in ${plugin.name}`);
    }
  }
  return seeded;
}
