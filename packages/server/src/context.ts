import { randomUUID } from "node:crypto";
import { countingDataSource, pooledQueryable, LoaderRegistry, type ReferenceData, type Viewer, type YhdyspintaContext } from "@yhdyspinta/core/internal";
import type { DataSource } from "typeorm";

export interface ServerContext extends YhdyspintaContext {
  /** SQL statements issued while answering this request (see countingDataSource). */
  queryStats: { statements: number };
  /** The WAL position the client asked to see (Yhdyspinta-Consistency header), or null. */
  consistencyToken: bigint | null;
}

export function createContext(
  dataSource: DataSource, reference: ReferenceData, queryStats = { statements: 0 }, requestId: string = randomUUID(), viewer: Viewer | null = null,
  consistencyToken: bigint | null = null,
): ServerContext {
  // Statements go through a per-request view of the data source that counts them into queryStats.
  const counted = countingDataSource(dataSource, queryStats);
  return { dataSource: counted, db: pooledQueryable(dataSource, queryStats), loaders: new LoaderRegistry(), reference, viewer, requestId, queryStats, consistencyToken };
}
