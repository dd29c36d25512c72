import { resolve } from "node:path";
import { DEFAULT_MAIL_FROM } from "@yhdyspinta/core";
import { loadAuthConfig, type AuthConfig } from "./auth/auth-config";
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
  /** JWT verification (JWT_SECRET or JWKS_URL, JWT_ISSUER, JWT_AUDIENCE). */
  auth: AuthConfig;
  /** Request limits and trusted documents (MAX_QUERY_*, MAX_BODY_BYTES, TRUSTED_DOCUMENTS). */
  limits: SecurityLimits;
  /** Public base URL (PUBLIC_URL) for links in feeds and e-mail; null: each request's origin. */
  publicUrl: string | null;
  /** Outgoing mail (docs/subscriptions.md): SMTP_URL, or a local folder (MAIL_DIR) when it is unset. */
  mail: { smtpUrl: string | null; folder: string; from: string };
  /** NOTIFICATION_WORKER=off leaves delivery to `yhdyspinta worker` processes. */
  notificationWorker: boolean;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${name} must be an integer, got "${value}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  const seed = (env.SEED ?? (databaseUrl ? "none" : "demo")) as SeedSetting;
  if (!["none", "demo", "full"].includes(seed)) throw new Error(`SEED must be none, demo or full, got "${seed}"`);
  const production = env.NODE_ENV === "production";
  return {
    port: intFrom(env.PORT, 4000, "PORT"),
    host: env.HOST ?? "0.0.0.0",
    databaseUrl,
    embeddedDataDir: resolve(env.EMBEDDED_PG_DIR ?? ".yhdyspinta/pgdata"),
    embeddedPort: intFrom(env.EMBEDDED_PG_PORT, 54329, "EMBEDDED_PG_PORT"),
    seed,
    production,
    regions: env.REGIONS === undefined ? null : env.REGIONS.split(",").map((r) => r.trim()).filter(Boolean),
    poolSize: intFrom(env.DB_POOL_SIZE, 10, "DB_POOL_SIZE"),
    auth: loadAuthConfig(env, production),
    limits: loadSecurityLimits(env),
    publicUrl: env.PUBLIC_URL?.trim() || null,
    mail: {
      smtpUrl: env.SMTP_URL?.trim() || null,
      folder: resolve(env.MAIL_DIR ?? ".yhdyspinta/mail"),
      from: env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM,
    },
    notificationWorker: (env.NOTIFICATION_WORKER ?? "on") !== "off",
  };
}
