import { randomUUID } from "node:crypto";
import { LoaderRegistry, type ReferenceData, type Viewer, type YhdyspintaContext } from "@yhdyspinta/core";
import type { DataSource } from "typeorm";

export interface ServerContext extends YhdyspintaContext {
  /** SQL statements issued while answering this request (see CountingLogger). */
  queryStats: { statements: number };
}

export function createContext(
  dataSource: DataSource, reference: ReferenceData, queryStats = { statements: 0 }, requestId: string = randomUUID(), viewer: Viewer | null = null,
): ServerContext {
  return { dataSource, db: dataSource, loaders: new LoaderRegistry(), reference, viewer, requestId, queryStats };
}
