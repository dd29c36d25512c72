import {
  checkRegionPlugins, createDataSource, primaryPool, pluginMigrations, ReferenceData, seedRegionPlugins, type RegionPlugin,
} from "@yhdyspinta/core/internal";
import { seedDemoData } from "@yhdyspinta/core/internal";
import type { DataSource } from "typeorm";
import type { ReplicationConfig, ServerConfig } from "./config";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-database";
import { ReadReplicas } from "./replicas/read-replicas";

export interface Database {
  dataSource: DataSource;
  reference: ReferenceData;
  url: string;
  /** The LISTEN connection's URL: DATABASE_LISTEN_URL, else `url` (a pooler in transaction mode cannot LISTEN). */
  listenUrl: string;
  /** DATABASE_READ_URLS' replicas, checked and in rotation (null when there are none). */
  readReplicas: ReadReplicas | null;
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

/** Connects (starting embedded PostgreSQL when no DATABASE_URL is set), migrates, and seeds once. */
export async function openDatabase(
  config: Pick<ServerConfig, "databaseUrl" | "embeddedDataDir" | "embeddedPort" | "seed" | "poolSize"> & { replication?: Partial<ReplicationConfig> },
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
    statements: config.replication?.statements,
  });
  let readReplicas: ReadReplicas | null = null;
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
    const replication = config.replication;
    if (replication?.readUrls?.length) {
      readReplicas = new ReadReplicas({
        urls: replication.readUrls, primary: primaryPool(dataSource), poolSize: config.poolSize,
        maxLagMs: replication.maxLagMs ?? 5_000, maxLagBytes: replication.maxLagBytes ?? null, checkMs: replication.checkMs ?? 1_000,
        statements: replication.statements ?? "named", log,
      });
      await readReplicas.start();
      for (const status of readReplicas.status()) log(`read replica ${status.name}: ${status.inRotation ? "in rotation" : `out of rotation (${status.reason})`}`);
    }
    return {
      dataSource, reference, url, embedded, readReplicas, listenUrl: replication?.listenUrl ?? url,
      async close() {
        await readReplicas?.stop();
        await dataSource.destroy();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await readReplicas?.stop();
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
}
