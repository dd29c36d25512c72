import { buildYhdyspintaSchema, type RegionPlugin } from "@yhdyspinta/core";
import type { GraphQLSchema } from "graphql";
import type { ServerConfig } from "./config";
import { openDatabase, type Database } from "./database";
import { startHttpServer, type RunningServer } from "./http-server";

export interface Platform {
  url: string;
  wsUrl: string;
  database: Database;
  server: RunningServer;
  schema: GraphQLSchema;
  stop(): Promise<void>;
}

export function buildSchemaFor(plugins: RegionPlugin[]): Promise<GraphQLSchema> {
  return buildYhdyspintaSchema({ resolvers: plugins.flatMap((p) => p.resolvers ?? []) });
}

/** The composition root: database, schema (core + enabled plug-ins), HTTP and WebSocket. */
export async function startPlatform(config: ServerConfig, plugins: RegionPlugin[] = [], log: (m: string) => void = () => undefined): Promise<Platform> {
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
