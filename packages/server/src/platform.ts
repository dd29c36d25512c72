import { buildSchemaWithPlugins, type RegionPlugin } from "@yhdyspinta/core";
import type { GraphQLSchema } from "graphql";
import type { ServerConfig } from "./config";
import { openDatabase, type Database } from "./database";
import { startHttpServer, type RunningServer } from "./http-server";
import { loadRegionPlugins } from "./region-plugins";

export interface Platform {
  url: string;
  wsUrl: string;
  database: Database;
  server: RunningServer;
  schema: GraphQLSchema;
  stop(): Promise<void>;
}

/** Core + enabled plug-ins, after the plug-in start-up checks (versions, regions, name clashes). */
export function buildSchemaFor(plugins: RegionPlugin[]): Promise<GraphQLSchema> {
  return buildSchemaWithPlugins(plugins);
}

/**
 * The composition root: database, schema (core + enabled plug-ins), HTTP and WebSocket.
 * Without an explicit list, the plug-ins named by REGIONS (config.regions) are loaded, or all of them.
 */
export async function startPlatform(config: ServerConfig, plugins?: RegionPlugin[], log: (m: string) => void = () => undefined): Promise<Platform> {
  plugins ??= loadRegionPlugins(config.regions);
  if (plugins.length) log(`region plug-ins: ${plugins.map((p) => p.name).join(", ")}`);
  const schema = await buildSchemaFor(plugins);
  const database = await openDatabase(config, plugins, log);
  let server: RunningServer;
  try {
    server = await startHttpServer({
      schema, dataSource: database.dataSource, reference: database.reference,
      port: config.port, host: config.host, production: config.production, auth: config.auth, limits: config.limits,
    });
  } catch (error) {
    await database.close();
    throw error;
  }
  return {
    url: server.url,
    wsUrl: server.wsUrl,
    database,
    server,
    schema,
    async stop() {
      await server.stop();
      await database.close();
    },
  };
}
