import type { DataSource } from "typeorm";
import type { ReferenceData } from "../region/reference-data.service";
import type { NotificationSettings } from "./notification.service";

/** What the e-mail and webhook workers are both started with. */
export interface DeliveryWorkerOptions {
  dataSource: DataSource;
  reference: ReferenceData;
  settings: NotificationSettings;
  /** Subscriptions claimed per transaction (the most a crash can make re-send). */
  batchSize?: number;
  /** Events read per round, shared by every claimed subscription. */
  eventsPerRound?: number;
  /** Deliveries in flight at once. */
  concurrency?: number;
  log?: (message: string) => void;
}

/** Runs `work` over `items` with at most `limit` in flight. */
export async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(lanes);
}
