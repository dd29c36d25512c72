import { poolQueryable, type PgPoolLike, type Queryable, type StatementNaming } from "@yhdyspinta/core/internal";
import { Pool } from "pg";
import { readReplicaLagBytes, readReplicaLagSeconds, readReplicaUp, readRouting } from "../observability/metrics";
import { parseLsn } from "./consistency-token";

export interface ReadReplicaOptions {
  urls: string[];
  /** The primary's pool: its WAL position is what the replicas are measured against. */
  primary: PgPoolLike;
  maxLagMs: number;
  maxLagBytes: number | null;
  checkMs: number;
  /** Connections per replica pool (the primary's pool size). */
  poolSize: number;
  statements: StatementNaming;
  log?: (message: string) => void;
}

/** One replica as the health check last saw it. */
export interface ReplicaStatus {
  /** host:port/database, never the password (metrics label, readiness check name). */
  name: string;
  inRotation: boolean;
  /** Why it is out of rotation (null while in). */
  reason: string | null;
  /** The last WAL position it had replayed (null: never answered). */
  replayLsn: bigint | null;
  lagBytes: number | null;
  lagMs: number | null;
}

interface Replica extends ReplicaStatus {
  pool: Pool;
}

/** A primary WAL position and when it was seen: the replicas' lag in time is read off these. */
interface PrimarySample {
  at: number;
  lsn: bigint;
}

/** Replica errors after which the statement is run again on the primary (the replica is unavailable, not the statement wrong). */
export function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== "string" || !/^[0-9A-Z]{5}$/.test(code)) return true; // no SQLSTATE: the connection failed (ECONNREFUSED, reset, timeout)
  // 08: connection exception; 57P0x: shutdown or not yet accepting; 40001 on a standby: cancelled by a conflict with recovery.
  return code.startsWith("08") || code.startsWith("57P") || code === "40001";
}

function nameOf(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || "5432"}${u.pathname}`;
}

/**
 * The read replicas of one server instance: a pg pool per replica and a periodic check of each
 * one's replay position against the primary's. A replica that does not answer, is not in recovery,
 * or lags more than allowed is out of rotation until a later check finds it fine again.
 */
export class ReadReplicas {
  private readonly replicas: Replica[];
  private readonly samples: PrimarySample[] = [];
  private timer: NodeJS.Timeout | null = null;
  private next = 0;
  private checking: Promise<void> | null = null;

  constructor(private readonly options: ReadReplicaOptions) {
    this.replicas = options.urls.map((url) => {
      const pool = new Pool({
        connectionString: url, max: options.poolSize, application_name: "yhdyspinta-read",
        // A stopped replica must not hold requests up: fail fast, and the statement runs on the primary.
        connectionTimeoutMillis: Math.max(500, Math.min(options.checkMs, 3_000)),
      });
      // Idle connections a replica drops (restart, shutdown) report here; the next check notices.
      pool.on("error", () => undefined);
      return { name: nameOf(url), pool, inRotation: false, reason: "not checked yet", replayLsn: null, lagBytes: null, lagMs: null };
    });
  }

  get size(): number {
    return this.replicas.length;
  }

  /** Checks every replica once (so the first requests already use them), then every checkMs. */
  async start(): Promise<void> {
    await this.check();
    this.timer = setInterval(() => void this.check(), this.options.checkMs);
    this.timer.unref();
  }

  status(): ReplicaStatus[] {
    return this.replicas.map(({ pool: _pool, ...status }) => ({ ...status }));
  }

  /**
   * A replica in rotation that has replayed at least `minLsn` (round robin), or null: the primary answers.
   * The replay position is the one of the last check; it only grows, so a replica found far enough then is now.
   */
  pick(minLsn: bigint | null): Replica | null {
    const n = this.replicas.length;
    for (let i = 0; i < n; i++) {
      const replica = this.replicas[(this.next + i) % n]!;
      if (!replica.inRotation) continue;
      if (minLsn !== null && (replica.replayLsn === null || replica.replayLsn < minLsn)) continue;
      this.next = (this.next + i + 1) % n;
      return replica;
    }
    return null;
  }

  /**
   * ctx.db of a query: statements go to a replica, and one the replica cannot answer (stopped,
   * restarting, cancelled by recovery) runs again on the primary, which takes the replica out of
   * rotation until the next check. Reads only: running one twice changes nothing.
   */
  queryable(replica: Replica, primary: Queryable, stats: { statements: number }): Queryable {
    const onReplica = poolQueryable(replica.pool, stats, this.options.statements);
    return {
      query: async (text: string, values?: unknown[]) => {
        if (replica.inRotation) {
          try {
            const rows = await onReplica.query(text, values);
            readRouting.inc({ target: "replica" });
            return rows;
          } catch (error) {
            if (!isUnavailable(error)) throw error;
            this.takeOut(replica, `failed: ${(error as Error).message}`);
          }
        }
        readRouting.inc({ target: "primary" });
        return primary.query(text, values);
      },
    };
  }

  /** The current WAL position of the primary (a mutation's consistency token). */
  async primaryLsn(): Promise<string> {
    const { rows } = await this.options.primary.query({ text: "SELECT pg_current_wal_lsn()::text AS lsn" });
    return (rows[0] as { lsn: string }).lsn;
  }

  check(): Promise<void> {
    // A slow replica must not pile checks up.
    this.checking ??= this.checkAll().finally(() => { this.checking = null; });
    return this.checking;
  }

  private async checkAll(): Promise<void> {
    let primaryLsn: bigint | null = null;
    try {
      primaryLsn = parseLsn(await this.primaryLsn());
    } catch (error) {
      this.options.log?.(`read replicas: the primary's WAL position is unknown (${(error as Error).message})`);
    }
    const now = Date.now();
    if (primaryLsn !== null) this.remember(now, primaryLsn);
    await Promise.all(this.replicas.map((replica) => this.checkOne(replica, primaryLsn, now)));
  }

  private remember(at: number, lsn: bigint): void {
    this.samples.push({ at, lsn });
    // Enough history to measure the largest lag allowed, and a bit more.
    const keep = Math.min(10_000, Math.ceil(this.options.maxLagMs / this.options.checkMs) + 3);
    if (this.samples.length > keep) this.samples.splice(0, this.samples.length - keep);
  }

  /**
   * How long ago the primary first had WAL the replica has not replayed: the time of the oldest
   * sample beyond the replay position (0 when the replica has everything the primary had).
   */
  private lagMsOf(replayLsn: bigint, now: number): number {
    const behind = this.samples.find((s) => s.lsn > replayLsn);
    return behind ? now - behind.at : 0;
  }

  private async checkOne(replica: Replica, primaryLsn: bigint | null, now: number): Promise<void> {
    let replay: bigint | null;
    try {
      const client = await replica.pool.connect();
      // A replica shutting down ends the connection with an error event, also between statements.
      const ignore = () => undefined;
      client.on("error", ignore);
      let broken: Error | undefined;
      try {
        const { rows } = await client.query<{ recovery: boolean; lsn: string | null }>(
          "SELECT pg_is_in_recovery() AS recovery, pg_last_wal_replay_lsn()::text AS lsn");
        if (!rows[0]!.recovery) return this.takeOut(replica, "not a replica (not in recovery)");
        replay = rows[0]!.lsn === null ? null : parseLsn(rows[0]!.lsn);
      } catch (error) {
        broken = error as Error;
        throw error;
      } finally {
        client.removeListener("error", ignore);
        client.release(broken); // a failed connection is discarded, not reused
      }
    } catch (error) {
      return this.takeOut(replica, `not answering: ${(error as Error).message}`);
    }
    if (replay === null) return this.takeOut(replica, "has replayed nothing yet");
    replica.replayLsn = replay;
    replica.lagBytes = primaryLsn === null ? null : Math.max(0, Number(primaryLsn - replay));
    replica.lagMs = this.lagMsOf(replay, now);
    readReplicaLagSeconds.set({ replica: replica.name }, replica.lagMs / 1000);
    if (replica.lagBytes !== null) readReplicaLagBytes.set({ replica: replica.name }, replica.lagBytes);
    if (replica.lagMs > this.options.maxLagMs) return this.takeOut(replica, `lagging ${replica.lagMs} ms (allowed ${this.options.maxLagMs} ms)`);
    if (this.options.maxLagBytes !== null && replica.lagBytes !== null && replica.lagBytes > this.options.maxLagBytes) {
      return this.takeOut(replica, `lagging ${replica.lagBytes} bytes of WAL (allowed ${this.options.maxLagBytes})`);
    }
    if (!replica.inRotation) this.options.log?.(`read replica ${replica.name} is in rotation`);
    replica.inRotation = true;
    replica.reason = null;
    readReplicaUp.set({ replica: replica.name }, 1);
  }

  private takeOut(replica: Replica, reason: string): void {
    if (replica.inRotation) this.options.log?.(`read replica ${replica.name} is out of rotation: ${reason}`);
    replica.inRotation = false;
    replica.reason = reason;
    readReplicaUp.set({ replica: replica.name }, 0);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.checking?.catch(() => undefined);
    await Promise.all(this.replicas.map((r) => r.pool.end().catch(() => undefined)));
  }
}
