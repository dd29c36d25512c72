import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import { ErrorCode, runCountingQueries, type ReferenceData } from "@yhdyspinta/core";
import express from "express";
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import type { DataSource } from "typeorm";
import { WebSocketServer } from "ws";
import { loadAuthConfig, type AuthConfig } from "./auth/auth-config";
import { authenticate } from "./auth/authenticate";
import { createContext, type ServerContext } from "./context";
import { QUERY_TOO_COMPLEX, checkDocument } from "./security/check-document";
import { jsonBodyErrors, requireJsonBody, trustedDocumentsOnly } from "./security/http-guards";
import { DEFAULT_LIMITS, type SecurityLimits } from "./security/limits";
import { TrustedDocuments } from "./security/trusted-documents";
import { prepareWsOperation, wsAuthentication } from "./security/ws-guards";

export interface HttpServerOptions {
  schema: GraphQLSchema;
  dataSource: DataSource;
  reference: ReferenceData;
  port: number;
  host?: string;
  production?: boolean;
  /** JWT settings; default: the development secret (refused in production). */
  auth?: AuthConfig;
  limits?: Partial<SecurityLimits>;
  /** Overrides `limits.trustedDocuments` (tests). */
  trustedDocuments?: TrustedDocuments;
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
    return formatted;
  };
}

/** One HTTP server carries GraphQL over HTTP (/graphql) and graphql-ws on the same path. */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningServer> {
  const production = Boolean(options.production);
  const auth = options.auth ?? loadAuthConfig({}, production);
  const limits: SecurityLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const trusted = options.trustedDocuments ?? (limits.trustedDocuments ? TrustedDocuments.load(limits.trustedDocuments) : null);
  const app = express();
  const httpServer = createServer(app);
  const wsServer = new WebSocketServer({ server: httpServer, path: "/graphql", maxPayload: limits.maxBodyBytes });
  const wsAuth = wsAuthentication(auth);
  const wsCleanup = useServer(
    {
      schema: options.schema,
      onConnect: wsAuth.onConnect,
      onSubscribe: (_ctx, _id, payload) => prepareWsOperation(options.schema, payload, { limits, trusted, production }),
      context: (ctx) => createContext(options.dataSource, options.reference, undefined, undefined, wsAuth.viewerOf(ctx)),
    },
    wsServer,
  );
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
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      sqlStatementsHeader,
      operationLimits(limits),
      { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
    ],
  });
  await apollo.start();

  app.get("/healthz", (_req, res) => { res.json({ status: "ok" }); });
  app.use(
    "/graphql",
    requireJsonBody,
    express.json({ limit: limits.maxBodyBytes }),
    trustedDocumentsOnly(trusted),
    (req: express.Request, _res: express.Response, next: express.NextFunction) => {
      // Every SQL statement issued while answering this request is counted into its context.
      const stats = { statements: 0 };
      (req as unknown as { queryStats: typeof stats }).queryStats = stats;
      runCountingQueries(stats, next);
    },
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(
          options.dataSource, options.reference, (req as unknown as { queryStats: { statements: number } }).queryStats, undefined,
          await authenticate(req.headers.authorization, auth),
        ),
    }),
    jsonBodyErrors,
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
