import { createHash } from "node:crypto";
import type { DataSource, Logger, QueryRunner, ReplicationMode } from "typeorm";
import type { Queryable } from "../query/sql";

/**
 * Counts SQL statements per unit of work (one GraphQL request), so tests and benchmarks can
 * check that a page costs a constant number of statements, whatever its size.
 */
const COUNTER = Symbol("yhdyspinta.queryStats");

/**
 * A per-request view of the data source: every statement issued through it (raw queries, loaders,
 * transactions, repositories and query builders, which all obtain their query runner from it) is
 * counted into `stats`. Cheaper than AsyncLocalStorage, which on Node 20 puts a hook on every
 * promise of the request (bench/results/2026-11-23.md).
 */
export function countingDataSource(dataSource: DataSource, stats: { statements: number }): DataSource {
  // One Object.create and one property per request: the overrides live on a prototype made once per data source.
  const view = Object.create(countingPrototype(dataSource)) as DataSource & { [STATS]: { statements: number } };
  view[STATS] = stats;
  return view;
}

const STATS = Symbol("yhdyspinta.viewStats");
const MANAGER = Symbol("yhdyspinta.viewManager");
const countingPrototypes = new WeakMap<DataSource, object>();

function countingPrototype(dataSource: DataSource): object {
  let proto = countingPrototypes.get(dataSource);
  if (proto) return proto;
  const createQueryRunner = dataSource.createQueryRunner;
  type View = DataSource & { [STATS]: { statements: number }; [MANAGER]?: DataSource["manager"] };
  proto = Object.create(dataSource, {
    createQueryRunner: {
      value(this: View, mode?: ReplicationMode): QueryRunner {
        const runner = createQueryRunner.call(this, mode);
        (runner as unknown as Record<symbol, unknown>)[COUNTER] = this[STATS];
        return runner;
      },
    },
    // The shared manager would create its runners from the real data source: give each view its own,
    // made on first use (most requests only read through query() and never need one).
    manager: { get(this: View) { return (this[MANAGER] ??= dataSource.createEntityManager.call(this)); } },
  }) as object;
  countingPrototypes.set(dataSource, proto);
  return proto;
}

export class CountingLogger implements Logger {
  constructor(private readonly inner?: Logger) {}

  logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner) {
    const store = (queryRunner as unknown as Record<symbol, { statements: number } | undefined> | undefined)?.[COUNTER];
    if (store) store.statements++;
    this.inner?.logQuery(query, parameters, queryRunner);
  }
  logQueryError(error: string | Error, query: string, parameters?: unknown[], queryRunner?: QueryRunner) {
    this.inner?.logQueryError(error, query, parameters, queryRunner);
  }
  logQuerySlow(time: number, query: string, parameters?: unknown[], queryRunner?: QueryRunner) {
    this.inner?.logQuerySlow(time, query, parameters, queryRunner);
  }
  logSchemaBuild(message: string, queryRunner?: QueryRunner) {
    this.inner?.logSchemaBuild(message, queryRunner);
  }
  logMigration(message: string, queryRunner?: QueryRunner) {
    this.inner?.logMigration(message, queryRunner);
  }
  log(level: "log" | "info" | "warn", message: unknown, queryRunner?: QueryRunner) {
    this.inner?.log(level, message, queryRunner);
  }
}

/** Whether repeated statement texts become named prepared statements (see DataSourceOptions.statements). */
export type StatementNaming = "named" | "unnamed";

const namingOf = new WeakMap<DataSource, StatementNaming>();

/** Sets how ctx.db names statements on this data source's pool (every request context made from it). */
export function setStatementNaming(dataSource: DataSource, naming: StatementNaming): void {
  namingOf.set(dataSource, naming);
}

export function statementNamingOf(dataSource: DataSource): StatementNaming {
  return namingOf.get(dataSource) ?? "named";
}

/** The part of a pg pool (pg.Pool, or the driver's master pool) that ctx.db uses. */
export interface PgPoolLike {
  query(config: { text: string; values?: unknown[]; name?: string }): Promise<{ rows: unknown[] }>;
}

/** The data source's own pg pool (the primary's). */
export function primaryPool(dataSource: DataSource): PgPoolLike {
  return (dataSource.driver as unknown as { master: PgPoolLike }).master;
}

/**
 * Reads and single-statement writes of a request (`ctx.db`), straight on the driver's pg pool and
 * counted into `stats`. A statement text asked for again becomes a named prepared statement on
 * each pool connection, so PostgreSQL parses and plans it once per connection rather than on every
 * request (a page of organisations spent ~2 ms of PostgreSQL's CPU per request on planning). At most
 * MAX_PREPARED texts per process are prepared (texts carry no values, only the shape of a query, so
 * a real workload has a few dozen); the rest run unnamed, as before. With "unnamed" naming (behind
 * PgBouncer in transaction mode) nothing is prepared by name.
 */
export function pooledQueryable(dataSource: DataSource, stats: { statements: number }): Queryable {
  return poolQueryable(primaryPool(dataSource), stats, statementNamingOf(dataSource));
}

/** ctx.db on any pg pool (the server's read replicas use it too). */
export function poolQueryable(pool: PgPoolLike, stats: { statements: number }, naming: StatementNaming = "named"): Queryable {
  const named = naming === "named";
  return {
    async query(text: string, values?: unknown[]) {
      stats.statements++;
      const name = named ? preparedName(text) : undefined;
      return (await pool.query(name ? { text, values, name } : { text, values })).rows;
    },
  };
}

const MAX_PREPARED = 200;
const preparedNames = new Map<string, string>();
const seenOnce = new Set<string>();

/** A name for a text seen before (one-off texts are not worth a prepared statement), within the cap. */
function preparedName(text: string): string | undefined {
  const name = preparedNames.get(text);
  if (name !== undefined || preparedNames.size >= MAX_PREPARED) return name;
  if (!seenOnce.has(text)) {
    if (seenOnce.size >= 1_000) seenOnce.clear(); // texts are a few KB: keep this small
    seenOnce.add(text);
    return undefined;
  }
  seenOnce.delete(text);
  const created = `y_${createHash("sha1").update(text).digest("base64url")}`;
  preparedNames.set(text, created);
  return created;
}
