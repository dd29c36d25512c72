import { AsyncLocalStorage } from "node:async_hooks";
import type { Logger, QueryRunner } from "typeorm";

/**
 * Counts SQL statements per unit of work (one GraphQL request), so tests and benchmarks can
 * check that a page costs a constant number of statements, whatever its size.
 */
const storage = new AsyncLocalStorage<{ statements: number }>();

export function withQueryCount<T>(work: () => T): { result: T; statements: () => number } {
  const store = { statements: 0 };
  const result = storage.run(store, work);
  return { result, statements: () => store.statements };
}

export function runCountingQueries<T>(store: { statements: number }, work: () => T): T {
  return storage.run(store, work);
}

export class CountingLogger implements Logger {
  constructor(private readonly inner?: Logger) {}

  logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner) {
    const store = storage.getStore();
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
