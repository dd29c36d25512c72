import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import { ErrorCode, runCountingQueries, type ReferenceData } from "@yhdyspinta/core";
import express from "express";
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import type { DataSource } from "typeorm";
import { WebSocketServer } from "ws";
import type { Logger } from "pino";
import { createContext, type ServerContext } from "./context";
import { frontRouter } from "./front/front-routes";
import { createLogger, requestIdOf, requestLogging, type RequestWithId } from "./observability/logging";
import { activeSubscriptions, metricsPlugin, metricsRegistry } from "./observability/metrics";
import { runReadinessChecks, type ReadinessCheck } from "./observability/readiness";

export interface HttpServerOptions {
  schema: GraphQLSchema;
  dataSource: DataSource;
  reference: ReferenceData;
  port: number;
  host?: string;
  production?: boolean;
  /** JSON logger (pino); by default one configured from the environment. */
  logger?: Logger;
  /** Extra /readyz checks besides the database; more can be pushed to RunningServer.readinessChecks. */
  readinessChecks?: ReadinessCheck[];
}

export interface RunningServer {
  url: string;
  wsUrl: string;
  httpServer: Server;
  logger: Logger;
  /** /readyz runs all of these; features push their own (e.g. the events LISTEN connection). */
  readinessChecks: ReadinessCheck[];
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
  const logger = options.logger ?? createLogger();
  const readinessChecks: ReadinessCheck[] = [
    { name: "database", check: async () => { await options.dataSource.query("SELECT 1"); } },
    ...(options.readinessChecks ?? []),
  ];
  let stopping = false;
  const wsServer = new WebSocketServer({ server: httpServer, path: "/graphql" });
  const openSubscriptions = new WeakMap<object, Set<string>>();
  const wsCleanup = useServer(
    {
      schema: options.schema,
      context: (ctx) => createContext(options.dataSource, options.reference, undefined, requestIdOf(ctx.extra.request.headers["x-request-id"])),
      // The gauge counts streams only; onComplete also runs when a socket drops mid-stream.
      onOperation: (ctx, id, _payload, _args, result) => {
        if (result && typeof result === "object" && Symbol.asyncIterator in result) {
          let ids = openSubscriptions.get(ctx);
          if (!ids) openSubscriptions.set(ctx, (ids = new Set()));
          ids.add(id);
          activeSubscriptions.inc();
        }
      },
      onComplete: (ctx, id) => {
        if (openSubscriptions.get(ctx)?.delete(id)) activeSubscriptions.dec();
      },
    },
    wsServer,
  );
  const apollo = new ApolloServer<ServerContext>({
    schema: options.schema,
    includeStacktraceInErrorResponses: !options.production,
    introspection: !options.production,
    formatError: formatError(Boolean(options.production)),
    // The CLI owns SIGTERM (readiness off, drain, close the database); Apollo's own handler would race it.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The explorer is served from npm packages by frontRouter; Apollo's default page loads a CDN.
      ApolloServerPluginLandingPageDisabled(),
      metricsPlugin,
      sqlStatementsHeader,
      { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
    ],
  });
  await apollo.start();

  app.use(requestLogging(logger));
  app.get("/healthz", (_req, res) => { res.json({ status: "ok" }); });
  app.get("/readyz", async (_req, res) => {
    // While shutting down, say so first: the proxy stops routing here before connections close.
    const report = stopping ? { ready: false, checks: { shutdown: "stopping" } } : await runReadinessChecks(readinessChecks);
    res.status(report.ready ? 200 : 503).json({ status: report.ready ? "ready" : "unavailable", checks: report.checks });
  });
  app.get("/metrics", async (_req, res) => {
    res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  });
  app.use(frontRouter("/graphql"));
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
        createContext(options.dataSource, options.reference, (req as unknown as { queryStats: { statements: number } }).queryStats, (req as RequestWithId).requestId),
    }),
  );

  await new Promise<void>((resolveListen) => httpServer.listen(options.port, options.host ?? "0.0.0.0", resolveListen));
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host && options.host !== "0.0.0.0" ? options.host : "localhost";
  return {
    url: `http://${host}:${port}/graphql`,
    wsUrl: `ws://${host}:${port}/graphql`,
    httpServer,
    logger,
    readinessChecks,
    async stop() {
      stopping = true;
      await apollo.stop();
    },
  };
}
