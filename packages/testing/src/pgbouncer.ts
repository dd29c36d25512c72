import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { databaseUrl } from "./database-admin";
import { freePort } from "./free-port";

/** A PgBouncer process of this test (never the system service), in front of the test server. */
export interface TestPgBouncer {
  /** Like the test server's URL, with PgBouncer's port: every database of the server is reachable through it. */
  serverUrl: string;
  port: number;
  version: string;
  stop(): Promise<void>;
}

/** Debian's pgbouncer package (`apt-get install pgbouncer`; .ci/run installs it when missing). */
export function pgbouncerBinary(): string {
  for (const path of ["/usr/sbin/pgbouncer", "/usr/bin/pgbouncer", "/usr/local/bin/pgbouncer"]) if (existsSync(path)) return path;
  throw new Error("pgbouncer is not installed: `apt-get install -y pgbouncer` (Debian's package; .ci/run installs it)");
}

/**
 * Starts PgBouncer in transaction mode on a free port with a generated ini: any database name is
 * passed on to the test server, with at most `serverConnections` server connections per database,
 * so consecutive transactions of one client land on different server connections.
 */
export async function startPgBouncer(testServerUrl: string, options: { serverConnections?: number } = {}): Promise<TestPgBouncer> {
  const binary = pgbouncerBinary();
  const server = new URL(testServerUrl);
  const user = decodeURIComponent(server.username) || "postgres";
  const password = decodeURIComponent(server.password);
  const dir = mkdtempSync(join(tmpdir(), "yhdyspinta-pgbouncer-"));
  const port = await freePort();
  const quote = (v: string) => `'${v.replace(/'/g, "''")}'`;
  const target = [`host=${server.hostname}`, `port=${server.port || "5432"}`, `user=${user}`, ...(password ? [`password=${quote(password)}`] : [])].join(" ");
  writeFileSync(join(dir, "userlist.txt"), `"${user}" ""\n`);
  writeFileSync(join(dir, "pgbouncer.ini"), [
    "[databases]",
    `* = ${target}`,
    "[pgbouncer]",
    "listen_addr = 127.0.0.1",
    `listen_port = ${port}`,
    "unix_socket_dir =",
    "auth_type = trust",
    `auth_file = ${join(dir, "userlist.txt")}`,
    "pool_mode = transaction",
    // The admin console (database "pgbouncer"): tests read SHOW SERVERS there.
    `admin_users = ${user}`,
    `default_pool_size = ${options.serverConnections ?? 3}`,
    "max_client_conn = 500",
    // node-postgres sends no other start-up parameters than these.
    "ignore_startup_parameters = extra_float_digits,options",
    `pidfile = ${join(dir, "pgbouncer.pid")}`,
    "",
  ].join("\n"));
  // PgBouncer refuses to run as root: as root, it runs as the "postgres" user (-u).
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync("chown", ["-R", "postgres:postgres", dir]);
  const version = execFileSync(binary, ["--version"], { encoding: "utf8" }).split("\n")[0]!.trim();
  const proc = spawn(binary, [...(asRoot ? ["-u", "postgres"] : []), join(dir, "pgbouncer.ini")], { stdio: ["ignore", "ignore", "pipe"] });
  const output: string[] = [];
  proc.stderr!.on("data", (chunk: Buffer) => { output.push(chunk.toString("utf8").trim()); if (output.length > 30) output.shift(); });
  const url = new URL(testServerUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  const serverUrl = url.toString();
  const stop = async () => {
    if (proc.exitCode === null && proc.signalCode === null) {
      await new Promise<void>((resolve) => { proc.once("exit", () => resolve()); proc.kill("SIGINT"); });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (const until = Date.now() + 15_000; ;) {
    if (proc.exitCode !== null) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`pgbouncer exited at start: ${output.join(" | ")}`);
    }
    const client = new Client({ connectionString: databaseUrl(serverUrl, "postgres"), connectionTimeoutMillis: 1_000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
      await client.end();
      return { serverUrl, port, version, stop };
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > until) {
        await stop();
        throw new Error(`pgbouncer did not answer: ${(error as Error).message}; ${output.join(" | ")}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
