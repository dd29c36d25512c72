import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { ErrorCode, type MilestoneEventHub, type ReferenceData } from "@yhdyspinta/core/internal";
import express from "express";
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { loadAuthConfig, type AuthConfig } from "./auth/auth-config";
import { authenticate } from "./auth/authenticate";
import { createContext, type ServerContext } from "./context";
import { feedRouter } from "./feeds/feed.routes";
import { frontRouter } from "./front/front-routes";
import { notificationRouter } from "./notifications/notification.routes";
import { directExecution } from "./graphql-direct";
import { graphqlPostHandler } from "./graphql-post";
import { createLogger, requestLogging, type RequestWithId } from "./observability/logging";
import { metricsPlugin } from "./observability/metrics";
import { startMetricsServer, type MetricsServer } from "./observability/metrics-server";
import { runReadinessChecks, type ReadinessCheck } from "./observability/readiness";
import type { Logger } from "pino";
import { QUERY_TOO_COMPLEX, checkDocument, withoutSuggestionText } from "./security/check-document";
import { jsonBodyErrors, refusalBody, requireJsonBody, trustedDocumentsOnly } from "./security/http-guards";
import { checkConnectionLimits, connectionsCheckingInterval, DEFAULT_CONNECTION_LIMITS, type ConnectionLimits } from "./security/connection-limits";
import { DEFAULT_LIMITS, type SecurityLimits } from "./security/limits";
import { setSecurityHeaders } from "./security/security-headers";
import { TrustedDocuments } from "./security/trusted-documents";
import { withOpasDocuments } from "./front/opas-page";
import { unexpectedErrorLogging } from "./security/unexpected-errors";
import { attachGraphQLWebSocket } from "./websocket";
import { CONSISTENCY_HEADER, consistencyTokenOf } from "./replicas/consistency-token";
import type { ReadReplicas } from "./replicas/read-replicas";
import { replicaReadinessChecks, replicaRouting } from "./replicas/replica-routing.plugin";

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
  /** JWT settings; default: the development secret (refused in production). */
  auth?: AuthConfig;
  limits?: Partial<SecurityLimits>;
  /** HTTP timeouts and the WebSocket connections allowed per client address. */
  connections?: Partial<ConnectionLimits>;
  /**
   * Where Prometheus metrics are served (GET /metrics); never on the public port.
   * Default: a free port on 127.0.0.1 (see RunningServer.metricsUrl); `false`: not served.
   */
  metrics?: { port: number; host?: string } | false;
  /** Send each GraphQL answer's SQL statement count in `x-sql-statements` (tests, bench). Default off. */
  exposeSqlStatements?: boolean;
  /** Overrides `limits.trustedDocuments` (tests). */
  trustedDocuments?: TrustedDocuments;
  /** JSON logger (pino); by default one configured from the environment. */
  logger?: Logger;
  /** Extra /readyz checks besides the database; more can be pushed to RunningServer.readinessChecks. */
  readinessChecks?: ReadinessCheck[];
  /** Public base URL for links in feeds and messages (PUBLIC_URL); default: each request's origin. */
  publicUrl?: string | null;
  /** Streaming replicas that answer GraphQL queries (DATABASE_READ_URLS; see database.ts). */
  readReplicas?: ReadReplicas | null;
}

export interface RunningServer {
  url: string;
  wsUrl: string;
  httpServer: Server;
  /** The metrics server's URL (http://127.0.0.1:PORT/metrics), or null when metrics are not served. */
  metricsUrl: string | null;
  logger: Logger;
  /** /readyz runs all of these; features push their own (e.g. the events LISTEN connection). */
  readinessChecks: ReadinessCheck[];
  /** Shutdown, first step: /readyz answers 503 from now on; everything else is still served. */
  beginShutdown(): void;
  /**
   * Stops accepting connections, lets open HTTP requests finish and keeps WebSockets open for up to
   * `graceMs` (default 0), then closes the WebSockets with 1001 "Going away" and any remaining connection.
   */
  stop(graceMs?: number): Promise<void>;
}

/** Reports how many SQL statements a request cost, for benchmarks and N+1 checks (only when configured: it is debugging data). */
const sqlStatementsHeader: ApolloServerPlugin<ServerContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        response.http.headers.set("x-sql-statements", String(contextValue.queryStats.statements));
      },
    };
  },
};

/** Depth, alias and cost limits, checked once the operation is known (variables included). */
function operationLimits(limits: SecurityLimits): ApolloServerPlugin<ServerContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const errors = checkDocument(schema, document, request.variables, limits, request.operationName);
          if (errors.length) throw errors[0];
        },
      };
    },
  };
}

/** Unexpected errors never leak internals (SQL, stack traces) to clients in production. */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    // graphql-js's parser stops at maxTokens; that is a size limit, not a syntax error.
    if (code === "GRAPHQL_PARSE_FAILED" && /more th(?:an|at) \d+ tokens/.test(formatted.message)) {
      return { message: "The query has too many tokens", extensions: { code: QUERY_TOO_COMPLEX, reason: "TOKENS" } };
    }
    if (production && (code === ErrorCode.INTERNAL_SERVER_ERROR || code === undefined)) {
      return { message: "Internal server error", locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
    }
    if (code === undefined && !(error instanceof GraphQLError)) return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.INTERNAL_SERVER_ERROR } };
    // Variable coercion errors (input fields, enum values) carry graphql-js's hints too.
    if (production) {
      const message = withoutSuggestionText(formatted.message);
      if (message !== formatted.message) return { ...formatted, message };
    }
    return formatted;
  };
}

/** One HTTP server carries GraphQL over HTTP (/graphql) and graphql-ws on the same path. */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const production = Boolean(options.production);
  const auth = options.auth ?? loadAuthConfig({}, production);
  const limits: SecurityLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const connections: ConnectionLimits = { ...DEFAULT_CONNECTION_LIMITS, ...options.connections };
  checkConnectionLimits(connections);
  const manifest = options.trustedDocuments ?? (limits.trustedDocuments ? TrustedDocuments.load(limits.trustedDocuments) : null);
  // The server's own pages (/opas) run under any manifest: their operations are registered here.
  const trusted = manifest && withOpasDocuments(manifest);
  const app = express();
  // GraphQL answers are POST responses no cache stores: hashing each body for an ETag was wasted
  // work (the front pages carry one computed once). The framework banner helps only scanners.
  app.set("etag", false);
  app.disable("x-powered-by");
  // Plain JSON POSTs to /graphql skip express (graphql-post.ts) once Apollo has started.
  let graphqlPost: ((req: IncomingMessage, res: ServerResponse) => boolean) | null = null;
  // Open HTTP requests, so that a shutdown waits for them (WebSocket upgrades are not requests).
  let inFlight = 0;
  // Slow clients (headers or body trickled in) are answered 408 and disconnected; idle keep-alive
  // connections are closed. Node checks these on a timer, which must tick within the shortest one.
  const httpServer = createServer({
    headersTimeout: connections.headersTimeoutMs, requestTimeout: connections.requestTimeoutMs,
    keepAliveTimeout: connections.keepAliveTimeoutMs, connectionsCheckingInterval: connectionsCheckingInterval(connections),
  }, (req, res) => {
    inFlight++;
    res.once("close", () => { inFlight--; });
    setSecurityHeaders(res);
    if (graphqlPost === null || !graphqlPost(req, res)) app(req, res);
  });
  const logger = options.logger ?? createLogger();
  const readinessChecks: ReadinessCheck[] = [
    { name: "database", check: async () => { await options.dataSource.query("SELECT 1"); } },
    ...(options.readinessChecks ?? []),
  ];
  const replicas = options.readReplicas?.size ? options.readReplicas : null;
  if (replicas) readinessChecks.push(...replicaReadinessChecks(replicas));
  const hub = options.milestoneEvents;
  if (hub) readinessChecks.push({ name: "events-listener", check: async () => hub.isListening });
  let stopping = false;
  const ws = attachGraphQLWebSocket({
    httpServer, schema: options.schema, dataSource: options.dataSource, reference: options.reference,
    milestoneEvents: options.milestoneEvents, production, keepAliveMs: options.keepAliveMs, auth, limits, trusted,
    connections, logger, formatError: formatError(production),
  });
  const apollo = new ApolloServer<ServerContext>({
    schema: options.schema,
    includeStacktraceInErrorResponses: !production,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    csrfPrevention: true,
    parseOptions: { maxTokens: limits.maxTokens },
    // With trusted documents, clients must not register new ones through automatic persisted queries.
    persistedQueries: trusted ? false : undefined,
    formatError: formatError(production),
    // The CLI owns SIGTERM (readiness off, drain, close the database); Apollo's own handler would race it.
    stopOnTerminationSignals: false,
    // No drain plugin: stop() below runs the shutdown sequence itself, in the order a load balancer needs.
    plugins: [
      // No schema uses @cacheControl hints; the default plugin would still wrap every field resolver (bench/: ~1/3 of CPU per request).
      ApolloServerPluginCacheControlDisabled(),
      // The explorer is served from npm packages by frontRouter; Apollo's default page loads a CDN.
      ApolloServerPluginLandingPageDisabled(),
      metricsPlugin,
      ...(options.exposeSqlStatements ? [sqlStatementsHeader] : []),
      ...(replicas ? [replicaRouting(replicas, (message, err) => logger.warn({ err }, message))] : []),
      operationLimits(limits),
      unexpectedErrorLogging(logger),
    ],
  });
  await apollo.start();
  const contextFor = async (req: IncomingMessage, requestId: string, stats: { statements: number }) => {
    // Checked on every server, with replicas or not, so a client learns of a malformed token at once.
    const consistencyToken = consistencyTokenOf(req.headers[CONSISTENCY_HEADER]);
    return createContext(options.dataSource, options.reference, stats, requestId, await authenticate(req.headers.authorization, auth), consistencyToken);
  };
  // The direct path skips Apollo's plug-ins; with read replicas their routing and consistency tokens
  // live in one (replicaRouting), so every request then takes Apollo's pipeline.
  const direct = replicas ? undefined : directExecution({
    schema: options.schema, limits, production, logger, formatError: formatError(production), exposeSqlStatements: Boolean(options.exposeSqlStatements),
  });
  graphqlPost = graphqlPostHandler({ path: "/graphql", apollo, maxBodyBytes: limits.maxBodyBytes, trusted, logger, context: contextFor, direct });

  app.use(requestLogging(logger));
  app.get("/healthz", (_req, res) => { res.json({ status: "ok" }); });
  app.get("/readyz", async (_req, res) => {
    // While shutting down, say so first: the proxy stops routing here before connections close.
    const report = stopping ? { ready: false, checks: { shutdown: "stopping" } } : await runReadinessChecks(readinessChecks);
    res.status(report.ready ? 200 : 503).json({ status: report.ready ? "ready" : "unavailable", checks: report.checks });
  });
  app.use(frontRouter("/graphql", production, trusted !== null));
  app.use(feedRouter({ dataSource: options.dataSource, reference: options.reference, publicUrl: options.publicUrl }));
  app.use(notificationRouter({ dataSource: options.dataSource, reference: options.reference, production }));
  app.use(
    "/graphql",
    requireJsonBody,
    express.json({ limit: limits.maxBodyBytes }),
    trustedDocumentsOnly(trusted),
    (req: express.Request, _res: express.Response, next: express.NextFunction) => {
      // Every SQL statement issued while answering this request is counted into its context (see createContext).
      const stats = { statements: 0 };
      (req as unknown as { queryStats: typeof stats }).queryStats = stats;
      next();
    },
    expressMiddleware(apollo, {
      context: ({ req }) => contextFor(req, (req as RequestWithId).requestId, (req as unknown as { queryStats: { statements: number } }).queryStats),
    }),
    jsonBodyErrors,
  );
  // Express's own 404 and error pages replace the response's Content-Security-Policy: answer in JSON instead.
  app.use((_req: express.Request, res: express.Response) => { res.status(404).json(refusalBody("NOT_FOUND", "Not found")); });
  app.use((error: unknown, req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    const status = (error as { status?: number }).status;
    if (typeof status === "number" && status >= 400 && status < 500) return void res.status(status).json(refusalBody("BAD_REQUEST", "Bad request"));
    (req as RequestWithId).log.error({ err: error }, "request failed");
    res.status(500).json(refusalBody("INTERNAL_SERVER_ERROR", "Internal server error"));
  });

  await new Promise<void>((resolveListen) => httpServer.listen(options.port, options.host ?? "0.0.0.0", resolveListen));
  const metricsAt = options.metrics === undefined ? { port: 0, host: "127.0.0.1" } : options.metrics;
  let metrics: MetricsServer | null = null;
  try {
    if (metricsAt) metrics = await startMetricsServer(metricsAt.port, metricsAt.host ?? "127.0.0.1", connections);
  } catch (error) {
    // E.g. METRICS_PORT taken: fail the start as a taken PORT would, leaving nothing listening.
    await ws.close();
    await apollo.stop();
    throw error;
  }
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host && options.host !== "0.0.0.0" ? options.host : "localhost";
  return {
    url: `http://${host}:${port}/graphql`,
    wsUrl: `ws://${host}:${port}/graphql`,
    httpServer,
    metricsUrl: metrics?.url ?? null,
    logger,
    readinessChecks,
    beginShutdown() {
      stopping = true;
    },
    async stop(graceMs = 0) {
      stopping = true;
      // No new connections from here on; idle keep-alive connections are closed now.
      const closed = new Promise<void>((resolveClose) => httpServer.close(() => resolveClose()));
      httpServer.closeIdleConnections();
      const settled = () => inFlight === 0 && ws.server.clients.size === 0;
      for (const until = Date.now() + graceMs; !settled() && Date.now() < until;) {
        await new Promise((resolveTick) => setTimeout(resolveTick, Math.min(50, Math.max(1, until - Date.now()))));
      }
      // Subscribers get 1001 "Going away" and resume elsewhere with their last cursor.
      await ws.close(1_000);
      httpServer.closeAllConnections();
      await closed;
      await apollo.stop();
      await metrics?.close();
    },
  };
}
