import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import type { Queryable } from "../query/sql";

/**
 * Per-request DataLoaders, created on first use under a key. The key carries everything that
 * changes the answer (filters, page arguments), so one loader batches only identical questions.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<any, any>>();

  get<K, V>(key: string, batch: (keys: readonly K[]) => Promise<ArrayLike<V | Error>>): DataLoader<K, V> {
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /** After a write, everything read before it may be stale. */
  clearAll(): void {
    this.loaders.clear();
  }
}

/** Who is asking. Filled in by the server's authentication; anonymous when null. */
export interface Viewer {
  subject: string;
  roles: string[];
  organisationIds: number[];
  regionCodes: string[];
}

/**
 * What every resolver gets. It knows no feature: features add their own members by declaration
 * merging (`reference` in region/reference-data.service.ts, `milestoneEvents` in
 * milestone/milestone-event.hub.ts), so the context depends on nothing and nothing cycles through it.
 */
export interface YhdyspintaContext {
  dataSource: DataSource;
  db: Queryable;
  loaders: LoaderRegistry;
  viewer: Viewer | null;
  requestId: string;
}
