import {
  checkRegionPlugins, createDataSource, pluginMigrations, ReferenceData, seedRegionPlugins, type RegionPlugin,
} from "@yhdyspinta/core/internal";
import { seedDemoData } from "@yhdyspinta/core/internal";
import type { DataSource } from "typeorm";
import type { ServerConfig } from "./config";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-database";

export interface Database {
  dataSource: DataSource;
  reference: ReferenceData;
  url: string;
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

/** Connects (starting embedded PostgreSQL when no DATABASE_URL is set), migrates, and seeds once. */
export async function openDatabase(
  config: Pick<ServerConfig, "databaseUrl" | "embeddedDataDir" | "embeddedPort" | "seed" | "poolSize">,
  plugins: RegionPlugin[] = [],
  log: (message: string) => void = () => undefined,
): Promise<Database> {
  checkRegionPlugins(plugins);
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (!url) {
    log(`starting embedded PostgreSQL in ${config.embeddedDataDir} on port ${config.embeddedPort}`);
    embedded = await startEmbeddedPostgres({ dataDir: config.embeddedDataDir, port: config.embeddedPort, log });
    url = embedded.url;
  }
  const dataSource = createDataSource({
    url,
    entities: plugins.flatMap((p) => p.entities ?? []),
    migrations: plugins.flatMap(pluginMigrations),
    poolSize: config.poolSize,
  });
  try {
    await dataSource.initialize();
    const applied = await dataSource.runMigrations();
    if (applied.length) log(`applied migrations: ${applied.map((m) => m.name).join(", ")}`);
    if (config.seed !== "none") {
      const runner = dataSource.createQueryRunner();
      try {
        const result = await seedDemoData((sql, params) => runner.query(sql, params as unknown[]), config.seed);
        if (result.seeded) log(`seeded ${config.seed} data: ${JSON.stringify(result.counts)}`);
      } finally {
        await runner.release();
      }
      // Each plug-in once per database, after the core rows it refers to.
      await seedRegionPlugins(dataSource, plugins, config.seed, log);
    }
    const reference = await ReferenceData.load(dataSource);
    return {
      dataSource, reference, url, embedded,
      async close() {
        await dataSource.destroy();
        await embedded?.stop();
      },
    };
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
}
