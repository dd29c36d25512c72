import { resolve } from "node:path";
import { DEFAULT_MAIL_FROM } from "@yhdyspinta/core/internal";
import { loadAuthConfig, type AuthConfig } from "./auth/auth-config";
import { loadConnectionLimits, type ConnectionLimits } from "./security/connection-limits";
import { loadSecurityLimits, type SecurityLimits } from "./security/limits";

export type SeedSetting = "none" | "demo" | "full";

/** Everything the server reads from the environment, in one place (documented in README.md). */
export interface ServerConfig {
  port: number;
  host: string;
  /** PostgreSQL server to use; when absent an embedded PostgreSQL is started. */
  databaseUrl: string | null;
  embeddedDataDir: string;
  embeddedPort: number;
  /** Demo data seeded once into an empty database. */
  seed: SeedSetting;
  production: boolean;
  /** Region plug-ins to enable; null means every plug-in found under regions/. */
  regions: string[] | null;
  poolSize: number;
  /** Read replicas, statement naming and the LISTEN connection (DATABASE_READ_URLS, DATABASE_STATEMENTS, ...). */
  replication: ReplicationConfig;
  /** JWT verification (JWT_SECRET or JWKS_URL, JWT_ISSUER, JWT_AUDIENCE). */
  auth: AuthConfig;
  /** Request limits and trusted documents (MAX_QUERY_*, MAX_BODY_BYTES, TRUSTED_DOCUMENTS). */
  limits: SecurityLimits;
  /** HTTP timeouts, WebSocket connections per address, trusted proxies (HEADERS_TIMEOUT_MS, ...). */
  connections?: ConnectionLimits;
  /** Prometheus metrics: METRICS_PORT (default 9464) on METRICS_HOST (default 127.0.0.1). */
  metrics?: { port: number; host: string };
  /** EXPOSE_SQL_STATEMENTS=1: answers carry `x-sql-statements` (debugging; off by default). */
  exposeSqlStatements?: boolean;
  /** On SIGTERM: seconds /readyz answers 503 while everything is still served, so the load balancer stops routing here. */
  shutdownDrainSeconds: number;
  /** Then: seconds open requests and WebSockets get before the WebSockets are closed (1001) and the process exits. */
  shutdownGraceSeconds: number;
  /** Public base URL (PUBLIC_URL) for links in feeds and e-mail; null: each request's origin. */
  publicUrl: string | null;
  /** Outgoing mail (docs/subscriptions.md): SMTP_URL, or a local folder (MAIL_DIR) when it is unset. */
  mail: { smtpUrl: string | null; folder: string; from: string };
  /** NOTIFICATION_WORKER=off leaves delivery to `yhdyspinta worker` processes. */
  notificationWorker: boolean;
}

/** How the server spreads its PostgreSQL work (README "Read replicas and PgBouncer"). */
export interface ReplicationConfig {
  /** DATABASE_READ_URLS: streaming replicas that answer queries (empty: the primary answers everything). */
  readUrls: string[];
  /** DATABASE_READ_MAX_LAG_MS: a replica further behind the primary than this is out of rotation. */
  maxLagMs: number;
  /** DATABASE_READ_MAX_LAG_BYTES: the same in WAL bytes (null: only the time counts). */
  maxLagBytes: number | null;
  /** DATABASE_READ_CHECK_MS: how often each replica's replay position is checked. */
  checkMs: number;
  /** DATABASE_STATEMENTS: "unnamed" behind a pooler in transaction mode (PgBouncer). */
  statements: "named" | "unnamed";
  /** DATABASE_LISTEN_URL: the LISTEN connection's own URL (straight to PostgreSQL when DATABASE_URL is a pooler). */
  listenUrl: string | null;
}

function flag(value: string | undefined, name: string): boolean {
  if (value === undefined || value === "" || value === "0" || value === "false") return false;
  if (value === "1" || value === "true") return true;
  throw new Error(`${name} must be 1 or 0, got "${value}"`);
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${name} must be an integer, got "${value}"`);
  return n;
}

function boundedInt(value: string | undefined, fallback: number, name: string, min: number, max: number): number {
  if (value === undefined || value.trim() === "") return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new Error(`${name} must be an integer from ${min} to ${max}, got "${value}"`);
  return n;
}

function postgresUrl(value: string, name: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} must hold postgres:// URLs, got one that is not a URL`);
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") throw new Error(`${name} must hold postgres:// URLs, got ${url.protocol}//...`);
  return value;
}

export function loadReplicationConfig(env: NodeJS.ProcessEnv = process.env): ReplicationConfig {
  const readUrls = (env.DATABASE_READ_URLS ?? "").split(",").map((u) => u.trim()).filter(Boolean).map((u) => postgresUrl(u, "DATABASE_READ_URLS"));
  const statements = env.DATABASE_STATEMENTS?.trim() || "named";
  if (statements !== "named" && statements !== "unnamed") throw new Error(`DATABASE_STATEMENTS must be named or unnamed, got "${statements}"`);
  const listen = env.DATABASE_LISTEN_URL?.trim();
  return {
    readUrls,
    maxLagMs: boundedInt(env.DATABASE_READ_MAX_LAG_MS, 5_000, "DATABASE_READ_MAX_LAG_MS", 0, 86_400_000),
    maxLagBytes: env.DATABASE_READ_MAX_LAG_BYTES?.trim() ? boundedInt(env.DATABASE_READ_MAX_LAG_BYTES, 0, "DATABASE_READ_MAX_LAG_BYTES", 0, Number.MAX_SAFE_INTEGER) : null,
    checkMs: boundedInt(env.DATABASE_READ_CHECK_MS, 1_000, "DATABASE_READ_CHECK_MS", 50, 60_000),
    statements,
    listenUrl: listen ? postgresUrl(listen, "DATABASE_LISTEN_URL") : null,
  };
}

/** The settings of commands that only use the database (migrate, seed, import): no token or HTTP settings. */
export type DatabaseConfig = Pick<ServerConfig, "databaseUrl" | "embeddedDataDir" | "embeddedPort" | "seed" | "production" | "regions" | "poolSize" | "replication">;

export function loadDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  const seed = (env.SEED ?? (databaseUrl ? "none" : "demo")) as SeedSetting;
  if (!["none", "demo", "full"].includes(seed)) throw new Error(`SEED must be none, demo or full, got "${seed}"`);
  return {
    databaseUrl,
    embeddedDataDir: resolve(env.EMBEDDED_PG_DIR ?? ".yhdyspinta/pgdata"),
    embeddedPort: intFrom(env.EMBEDDED_PG_PORT, 54329, "EMBEDDED_PG_PORT"),
    seed,
    production: env.NODE_ENV === "production",
    regions: env.REGIONS === undefined ? null : env.REGIONS.split(",").map((r) => r.trim()).filter(Boolean),
    poolSize: intFrom(env.DB_POOL_SIZE, 10, "DB_POOL_SIZE"),
    replication: loadReplicationConfig(env),
  };
}

/** Everything `serve` needs; token settings are checked here, so production refuses to serve without them. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const database = loadDatabaseConfig(env);
  return {
    ...database,
    port: intFrom(env.PORT, 4000, "PORT"),
    host: env.HOST ?? "0.0.0.0",
    auth: loadAuthConfig(env, database.production),
    limits: loadSecurityLimits(env),
    connections: loadConnectionLimits(env),
    metrics: { port: intFrom(env.METRICS_PORT, 9464, "METRICS_PORT"), host: env.METRICS_HOST?.trim() || "127.0.0.1" },
    exposeSqlStatements: flag(env.EXPOSE_SQL_STATEMENTS, "EXPOSE_SQL_STATEMENTS"),
    shutdownDrainSeconds: intFrom(env.SHUTDOWN_DRAIN_SECONDS, 5, "SHUTDOWN_DRAIN_SECONDS"),
    shutdownGraceSeconds: intFrom(env.SHUTDOWN_GRACE_SECONDS, 10, "SHUTDOWN_GRACE_SECONDS"),
    publicUrl: env.PUBLIC_URL?.trim() || null,
    mail: {
      smtpUrl: env.SMTP_URL?.trim() || null,
      folder: resolve(env.MAIL_DIR ?? ".yhdyspinta/mail"),
      from: env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM,
    },
    notificationWorker: (env.NOTIFICATION_WORKER ?? "on") !== "off",
  };
}
