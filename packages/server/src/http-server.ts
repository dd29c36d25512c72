import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import { ErrorCode, type ReferenceData } from "@yhdyspinta/core";
import express from "express";
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import type { DataSource } from "typeorm";
import { WebSocketServer } from "ws";
import { createContext, type ServerContext } from "./context";

export interface HttpServerOptions {
  schema: GraphQLSchema;
  dataSource: DataSource;
  reference: ReferenceData;
  port: number;
  host?: string;
  production?: boolean;
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
  const wsServer = new WebSocketServer({ server: httpServer, path: "/graphql" });
  const wsCleanup = useServer(
    { schema: options.schema, context: () => createContext(options.dataSource, options.reference) },
    wsServer,
  );
  const apollo = new ApolloServer<ServerContext>({
    schema: options.schema,
    includeStacktraceInErrorResponses: !options.production,
    introspection: !options.production,
    formatError: formatError(Boolean(options.production)),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No schema uses @cacheControl hints; the default plugin would still wrap every field resolver (bench/: ~1/3 of CPU per request).
      ApolloServerPluginCacheControlDisabled(),
      sqlStatementsHeader,
      { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
    ],
  });
  await apollo.start();

  app.get("/healthz", (_req, res) => { res.json({ status: "ok" }); });
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    (req, _res, next) => {
      // Every SQL statement issued while answering this request is counted into its context (see createContext).
      const stats = { statements: 0 };
      (req as unknown as { queryStats: typeof stats }).queryStats = stats;
      next();
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
      await apollo.stop();
    },
  };
}
