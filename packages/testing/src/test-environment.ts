import { randomBytes } from "node:crypto";
import { ReferenceData, type MilestoneEventHub, type RegionPlugin } from "@yhdyspinta/core/internal";
import {
  type HttpServerOptions, DEFAULT_AUDIENCE, DEFAULT_ISSUER, buildSchemaFor, createMilestoneEventHub, issueToken, openDatabase, startHttpServer,
  type AuthConfig, type Database, type ReplicationConfig, type RunningServer, type SecurityLimits, type TokenRequest, type TrustedDocuments,
} from "@yhdyspinta/server";
import { createDatabase, databaseUrl, dropDatabase, testDatabaseName, testServerUrl } from "./database-admin";
import { createWsClient, type WsClient } from "./graphql-ws-client";

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  /** SQL statements the server issued for this request. */
  statements: number;
  /** The answer's `extensions` (e.g. a mutation's consistencyToken with read replicas). */
  extensions?: Record<string, any>;
  headers?: Headers;
}

export interface TestEnvironment {
  url: string;
  /** The server's address without `/graphql`: where /opas, /progress, the feeds and the notification pages are. */
  origin: string;
  wsUrl: string;
  database: Database;
  server: RunningServer;
  /** Name of the throw-away database (pass it as `databaseName` to start another instance on it). */
  databaseName: string;
  /** This instance's milestone event fan-out (LISTEN connection). */
  milestoneEvents: MilestoneEventHub;
  /** A graphql-ws client connected to this instance; disposed by close() unless disposed before. */
  wsClient(options?: Parameters<typeof createWsClient>[1]): WsClient;
  /** POSTs one GraphQL operation and returns the parsed answer with the SQL statement count. */
  query<T = any>(document: string, variables?: Record<string, unknown>, options?: { headers?: Record<string, string>; token?: string }): Promise<GraphQLResponse<T>>;
  /** The JWT settings of this server (a random secret per environment). */
  auth: AuthConfig;
  /** A signed token for this server: `env.token({ roles: ["admin"] })`; subject defaults to "test-user". */
  token(request: Partial<TokenRequest> & Pick<TokenRequest, "roles">): Promise<string>;
  /** Re-reads reference data after a test changed it directly in SQL. */
  reloadReference(): Promise<ReferenceData>;
  close(): Promise<void>;
}

export interface TestEnvironmentOptions {
  plugins?: RegionPlugin[];
  /** "full": the national-scale data set (about 11 000 organisations, 40 000 activities). */
  seed?: "none" | "demo" | "full";
  /** Use this existing database (another instance's) instead of a fresh one; it is then not dropped on close. */
  databaseName?: string;
  /** graphql-ws keep-alive ping interval (ms). */
  keepAliveMs?: number;
  /** JWT settings; pass another instance's `auth` so its tokens are accepted here too. Default: a random secret. */
  auth?: AuthConfig;
  limits?: Partial<SecurityLimits>;
  trustedDocuments?: TrustedDocuments;
  /** The server's JSON logger (pino); default: silent under jest. */
  logger?: HttpServerOptions["logger"];
  production?: boolean;
  /** HTTP timeouts and WebSocket connections per address (defaults: the server's). */
  connections?: HttpServerOptions["connections"];
  /** `x-sql-statements` on answers (GraphQLResponse.statements relies on it); default on. */
  exposeSqlStatements?: boolean;
  /** Read replicas: their server URLs (e.g. a StreamingReplica's serverUrl); this environment's database on each. */
  readServers?: string[];
  /** Connect to the database through this server URL (e.g. a PgBouncer's) instead of the test server; the database is still created on the test server. */
  databaseServer?: string;
  /** Replica checks, statement naming and the LISTEN URL (see ReplicationConfig). */
  replication?: Partial<Omit<ReplicationConfig, "readUrls">>;
}

/**
 * A server on its own throw-away database (cloned from the migrated template of this test run),
 * on a free port. Every test file gets isolated data and can run in parallel with the others.
 */
export async function createTestEnvironment(options: TestEnvironmentOptions = {}): Promise<TestEnvironment> {
  const serverUrl = testServerUrl();
  const ownsDatabase = !options.databaseName;
  const name = options.databaseName ?? testDatabaseName();
  const direct = ownsDatabase ? await createDatabase(serverUrl, name, process.env.TEST_TEMPLATE_DATABASE) : databaseUrl(serverUrl, name);
  const url = options.databaseServer ? databaseUrl(options.databaseServer, name) : direct;
  const plugins = options.plugins ?? [];
  const replication = {
    // Through a pooler, LISTEN bypasses it (as README's scaling section tells deployments to).
    ...(options.databaseServer ? { listenUrl: direct } : {}),
    ...options.replication, readUrls: (options.readServers ?? []).map((server) => databaseUrl(server, name)),
  };
  const database = await openDatabase(
    { databaseUrl: url, embeddedDataDir: "", embeddedPort: 0, seed: options.seed ?? "none", poolSize: 5, replication },
    plugins,
  );
  const milestoneEvents = createMilestoneEventHub(database);
  await milestoneEvents.start();
  const auth: AuthConfig = options.auth ?? { jwtSecret: randomBytes(32).toString("hex"), jwksUrl: null, issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE };
  const server = await startHttpServer({
    schema: await buildSchemaFor(plugins), dataSource: database.dataSource, reference: database.reference, port: 0, host: "127.0.0.1",
    milestoneEvents, keepAliveMs: options.keepAliveMs,
    auth, limits: options.limits, trustedDocuments: options.trustedDocuments, production: options.production, logger: options.logger,
    connections: options.connections, exposeSqlStatements: options.exposeSqlStatements ?? true, readReplicas: database.readReplicas,
  });
  const wsClients: WsClient[] = [];
  return {
    url: server.url,
    origin: server.url.replace(/\/graphql$/, ""),
    wsUrl: server.wsUrl,
    database,
    server,
    databaseName: name,
    milestoneEvents,
    wsClient(opts) {
      const client = createWsClient(server.wsUrl, opts);
      wsClients.push(client);
      return client;
    },
    auth,
    token: (request) => issueToken({ subject: "test-user", ...request }, auth),
    async query(document, variables, opts) {
      const send = () => fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(opts?.token ? { authorization: `Bearer ${opts.token}` } : {}), ...(opts?.headers ?? {}) },
        body: JSON.stringify({ query: document, variables }),
      });
      let res: Response;
      try {
        res = await send();
      } catch (error) {
        // The server runs in this process: after a test blocked it for longer than the keep-alive
        // timeout (a schema build on a loaded machine), fetch may reuse a pooled connection the
        // server's timer closes at that moment, before reading the request. Once more on a new one.
        if (!isClosedIdleConnection(error)) throw error;
        res = await send();
      }
      const body = (await res.json()) as { data?: any; errors?: any[]; extensions?: Record<string, any> };
      return {
        status: res.status, data: body.data ?? undefined, errors: body.errors, statements: Number(res.headers.get("x-sql-statements") ?? NaN),
        extensions: body.extensions, headers: res.headers,
      };
    },
    async reloadReference() {
      return ReferenceData.load(database.dataSource);
    },
    async close() {
      // The server closes the sockets (1001 Going away), as in production; the clients are disposed after.
      await server.stop();
      await Promise.all(wsClients.map((c) => c.dispose()));
      await milestoneEvents.stop();
      await database.close();
      if (ownsDatabase) await dropDatabase(serverUrl, name);
    },
  };
}

/** fetch's error when the server closed a reused keep-alive connection (ECONNRESET, "other side closed"). */
function isClosedIdleConnection(error: unknown): boolean {
  const code = (error as { cause?: { code?: string } } | null)?.cause?.code;
  return code === "ECONNRESET" || code === "UND_ERR_SOCKET";
}
