import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import { ErrorCode, runCountingQueries, type MilestoneEventHub, type ReferenceData } from "@yhdyspinta/core";
import express from "express";
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { createContext, type ServerContext } from "./context";
import { attachGraphQLWebSocket } from "./websocket";

export interface HttpServerOptions {
  schema: GraphQLSchema;
  dataSource: DataSource;
  reference: ReferenceData;
  port: number;
  host?: string;
  production?: boolean;
  /** Fan-out of milestone events to this instance's subscribers (see platform.ts). */
  milestoneEvents?: MilestoneEventHub;
  /** graphql-ws keep-alive ping interval (ms). */
  keepAliveMs?: number;
}

export interface RunningServer {
  url: string;
  wsUrl: string;
  httpServer: Server;
  stop(): Promise<void>;
}

/** Reports how many SQL statements a request cost, for benchmarks and N+1 checks. */
const sqlStatementsHeader: ApolloServerPlugin<ServerContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        response.http.headers.set("x-sql-statements", String(contextValue.queryStats.statements));
      },
    };
  },
};

/** Unexpected errors never leak internals (SQL, stack traces) to clients in production. */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (production && (code === ErrorCode.INTERNAL_SERVER_ERROR || code === undefined)) {
      return { message: "Internal server error", locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
    }
    if (code === undefined && !(error instanceof GraphQLError)) return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.INTERNAL_SERVER_ERROR } };
    return formatted;
  };
}

/** One HTTP server carries GraphQL over HTTP (/graphql) and graphql-ws on the same path. */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const app = express();
  const httpServer = createServer(app);
  const ws = attachGraphQLWebSocket({
    httpServer, schema: options.schema, dataSource: options.dataSource, reference: options.reference,
    milestoneEvents: options.milestoneEvents, production: options.production, keepAliveMs: options.keepAliveMs,
  });
  const apollo = new ApolloServer<ServerContext>({
    schema: options.schema,
    includeStacktraceInErrorResponses: !options.production,
    introspection: !options.production,
    formatError: formatError(Boolean(options.production)),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      sqlStatementsHeader,
      { async serverWillStart() { return { async drainServer() { await ws.close(); } }; } },
    ],
  });
  await apollo.start();

  app.get("/healthz", (_req, res) => { res.json({ status: "ok" }); });
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    (req, _res, next) => {
      // Every SQL statement issued while answering this request is counted into its context.
      const stats = { statements: 0 };
      (req as unknown as { queryStats: typeof stats }).queryStats = stats;
      runCountingQueries(stats, next);
    },
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(options.dataSource, options.reference, (req as unknown as { queryStats: { statements: number } }).queryStats),
    }),
  );

  await new Promise<void>((resolveListen) => httpServer.listen(options.port, options.host ?? "0.0.0.0", resolveListen));
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host && options.host !== "0.0.0.0" ? options.host : "localhost";
  return {
    url: `http://${host}:${port}/graphql`,
    wsUrl: `ws://${host}:${port}/graphql`,
    httpServer,
    async stop() {
      // WebSockets first: subscribers get 1001 "Going away" and can resume elsewhere; then HTTP drains.
      await ws.close();
      await apollo.stop();
    },
  };
}
