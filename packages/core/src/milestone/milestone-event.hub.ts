import { Client } from "pg";
import type { DataSource } from "typeorm";
import { SqlParams } from "../query/sql";
import { MilestoneEvent } from "./milestone-event.entity";
import { eventFilterSql, eventMatches, type ResolvedEventFilter } from "./milestone-event.filter";
import { MILESTONE_EVENT_CHANNEL } from "./milestone-event.outbox";
import { PreparationMilestone } from "./milestone.entity";

/** Subscribers handed one event between two turns of the event loop (see poll). */
const FANOUT_SLICE = 64;

export interface MilestoneEventHubOptions {
  /** Pool used to read event rows (the table is the source of truth, never the NOTIFY payload). */
  dataSource: DataSource;
  /** Connection string of the dedicated LISTEN connection (kept out of the pool). */
  url: string;
  /** application_name of the LISTEN connection, so operators (and tests) can find it in pg_stat_activity. */
  applicationName?: string;
  log?: (message: string) => void;
  /** Re-reads the table this often even without a notification: a backstop, not the delivery path. */
  pollIntervalMs?: number;
  /** A subscriber whose live queue grows past this falls back to replaying from the table. */
  maxQueuePerSubscriber?: number;
  /** Rows read per statement, by the hub and by each replaying subscriber. */
  batchSize?: number;
  /** Called once per event as this instance fans it out (the server records the lag as a metric). */
  onFanout?: (event: MilestoneEvent) => void;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
const backoff = (attempt: number) => Math.min(5_000, 50 * 2 ** Math.min(attempt, 10)) * (0.5 + Math.random() / 2);

/**
 * One per server instance. Holds a dedicated LISTEN connection; on every notification (and after
 * every reconnect) it reads the rows with id > lastSeen from `milestone_event`, in id order, and
 * fans them out to this instance's subscribers. Event ids commit in increasing order (see
 * milestone-event.outbox.ts), so "id > lastSeen" never skips a committed row.
 */
export class MilestoneEventHub {
  private readonly subscribers = new Set<MilestoneEventStream>();
  private lastSeen = 0n;
  private listener: Client | null = null;
  private running = false;
  private reconnecting = false;
  /** Set when the instance is shutting down: the database may go away first, which is then no news. */
  private shuttingDown = false;
  private polling: Promise<void> | null = null;
  private pollAgain = false;
  private timer: NodeJS.Timeout | null = null;
  private readonly log: (message: string) => void;
  readonly batchSize: number;
  readonly maxQueue: number;
  /** Times the LISTEN connection was re-established (for logs and tests). */
  reconnects = 0;

  constructor(private readonly options: MilestoneEventHubOptions) {
    this.log = options.log ?? (() => undefined);
    this.batchSize = options.batchSize ?? 500;
    this.maxQueue = options.maxQueuePerSubscriber ?? 10_000;
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  /** The newest event id this instance has read and fanned out. */
  get highWaterMark(): string {
    return this.lastSeen.toString();
  }

  /** True while the LISTEN connection is up (readiness: without it, live events arrive only by polling). */
  get isListening(): boolean {
    return this.running && this.listener !== null;
  }

  async start(): Promise<void> {
    this.running = true;
    this.lastSeen = await this.currentMaxId();
    await this.connectListener();
    this.timer = setInterval(() => this.poll(), this.options.pollIntervalMs ?? 15_000);
    this.timer.unref();
  }

  /** The instance is going away: a LISTEN connection lost from now on is neither reported nor re-opened. */
  beginShutdown(): void {
    this.shuttingDown = true;
  }

  async stop(): Promise<void> {
    this.shuttingDown = true;
    this.running = false;
    if (this.timer) clearInterval(this.timer);
    for (const s of [...this.subscribers]) s.close();
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
    await this.polling?.catch(() => undefined);
  }

  /**
   * A stream of the matching events after `after` (an event id), or, without it, of those that
   * happen from now on. Registered before it replays, so nothing committed meanwhile is missed.
   */
  async subscribe(filter: ResolvedEventFilter, after: bigint | null): Promise<MilestoneEventStream> {
    if (!this.running) throw new Error("The milestone event hub is not running");
    const start = after ?? (await this.currentMaxId());
    const stream = new MilestoneEventStream(this, filter, start);
    this.subscribers.add(stream);
    return stream;
  }

  /** @internal */
  remove(stream: MilestoneEventStream): void {
    this.subscribers.delete(stream);
  }

  /** Matching stored events after `after`, oldest first, with their milestones; retried until it succeeds or `stillWanted` is false. */
  async readAfter(filter: ResolvedEventFilter | null, after: bigint, limit: number, stillWanted: () => boolean = () => this.running): Promise<MilestoneEvent[]> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.queryAfter(filter, after, limit);
      } catch (error) {
        if (!stillWanted()) return [];
        this.log(`reading milestone events failed (${(error as Error).message}); retrying`);
        await sleep(backoff(attempt));
      }
    }
  }

  private async queryAfter(filter: ResolvedEventFilter | null, after: bigint, limit: number): Promise<MilestoneEvent[]> {
    const ds = this.options.dataSource;
    const params = new SqlParams();
    const where = [`e.id > ${params.add(after.toString(), "bigint")}`, ...(filter ? eventFilterSql(filter, params, "e") : [])];
    const eventCols = ds.getMetadata(MilestoneEvent).columns.map((c) => `e.${c.databaseName} AS "${c.propertyName}"`);
    const milestoneCols = ds.getMetadata(PreparationMilestone).columns.map((c) => `m.${c.databaseName} AS "m.${c.propertyName}"`);
    const rows: Record<string, unknown>[] = await ds.query(
      `SELECT ${[...eventCols, ...milestoneCols].join(", ")}
       FROM milestone_event e LEFT JOIN preparation_milestone m ON m.id = e.milestone_id
       WHERE ${where.join(" AND ")} ORDER BY e.id LIMIT ${limit}`,
      params.values);
    return rows.map((row) => {
      const event = new MilestoneEvent();
      const milestone = new PreparationMilestone();
      for (const [key, value] of Object.entries(row)) {
        if (key.startsWith("m.")) (milestone as unknown as Record<string, unknown>)[key.slice(2)] = value;
        else (event as unknown as Record<string, unknown>)[key] = value;
      }
      if (milestone.dbId != null) event.milestoneSnapshot = milestone;
      return event;
    });
  }

  private async currentMaxId(): Promise<bigint> {
    const [row] = await this.options.dataSource.query(`SELECT coalesce(max(id), 0)::text AS id FROM milestone_event`);
    return BigInt(row.id);
  }

  private async connectListener(): Promise<void> {
    const client = new Client({ connectionString: this.options.url, application_name: this.options.applicationName ?? "yhdyspinta-listen" });
    client.on("notification", (msg) => {
      if (msg.channel === MILESTONE_EVENT_CHANNEL) this.poll();
    });
    const dropped = (reason: string) => {
      if (this.listener !== client) return;
      this.listener = null;
      client.end().catch(() => undefined);
      if (this.running && !this.shuttingDown) {
        this.log(`LISTEN connection lost (${reason}); reconnecting`);
        void this.reconnect();
      }
    };
    client.on("error", (error) => dropped(error.message));
    client.on("end", () => dropped("connection ended"));
    try {
      await client.connect();
      await client.query(`LISTEN ${MILESTONE_EVENT_CHANNEL}`);
    } catch (error) {
      client.end().catch(() => undefined);
      throw error;
    }
    this.listener = client;
  }

  private async reconnect(): Promise<void> {
    if (this.reconnecting) return;
    this.reconnecting = true;
    try {
      for (let attempt = 0; this.running; attempt++) {
        await sleep(backoff(attempt));
        if (!this.running) return;
        try {
          await this.connectListener();
          this.reconnects++;
          this.log("LISTEN connection re-established; reading the gap");
          // Whatever was committed while nobody listened is read from the table.
          this.poll();
          return;
        } catch (error) {
          this.log(`reconnecting LISTEN failed (${(error as Error).message})`);
        }
      }
    } finally {
      this.reconnecting = false;
    }
  }

  /** Reads and fans out new rows; concurrent triggers coalesce into one more round. */
  poll(): void {
    if (!this.running) return;
    if (this.polling) {
      this.pollAgain = true;
      return;
    }
    this.polling = (async () => {
      try {
        do {
          this.pollAgain = false;
          for (;;) {
            const rows = await this.readAfter(null, this.lastSeen, this.batchSize);
            for (const event of rows) {
              this.lastSeen = BigInt(event.dbId);
              this.options.onFanout?.(event);
              let handed = 0;
              for (const s of this.subscribers) {
                if (!eventMatches(s.filter, event)) continue;
                s.push(event);
                // Each push runs that subscriber's GraphQL execution in microtasks; yielding to the
                // event loop now and then lets the first sockets flush before the last ones execute.
                if (++handed % FANOUT_SLICE === 0) await new Promise<void>((resolve) => setImmediate(resolve));
              }
            }
            if (rows.length < this.batchSize) break;
          }
        } while (this.pollAgain && this.running);
      } finally {
        this.polling = null;
      }
    })();
  }
}

/**
 * One subscriber's events: first the stored ones after its cursor (read from the table page by
 * page), then live ones from the hub, in id order. `lastDelivered` drops anything already sent,
 * so the switch from replay to live has neither a gap nor a duplicate.
 */
export class MilestoneEventStream implements AsyncIterableIterator<MilestoneEvent> {
  private replaying = true;
  private replayed: MilestoneEvent[] = [];
  private live: MilestoneEvent[] = [];
  private wake: (() => void) | null = null;
  private closed = false;

  constructor(private readonly hub: MilestoneEventHub, readonly filter: ResolvedEventFilter, private lastDelivered: bigint) {}

  /** Called by the hub for every matching live event, in id order. */
  push(event: MilestoneEvent): void {
    if (this.closed || BigInt(event.dbId) <= this.lastDelivered) return;
    this.live.push(event);
    if (this.live.length > this.hub.maxQueue) {
      // A slow consumer: forget the queue and re-read from the table later instead of growing without bound.
      this.live = [];
      this.replaying = true;
    }
    this.signal();
  }

  async next(): Promise<IteratorResult<MilestoneEvent>> {
    while (!this.closed) {
      const fromReplay = this.replayed.shift();
      if (fromReplay) return this.deliver(fromReplay);
      if (this.replaying) {
        const page = await this.hub.readAfter(this.filter, this.lastDelivered, this.hub.batchSize, () => !this.closed);
        if (page.length) this.replayed = page;
        else this.replaying = false;
        continue;
      }
      while (this.live.length && BigInt(this.live[0].dbId) <= this.lastDelivered) this.live.shift();
      const fromLive = this.live.shift();
      if (fromLive) return this.deliver(fromLive);
      await new Promise<void>((resolve) => { this.wake = resolve; });
    }
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<MilestoneEvent>> {
    this.close();
    return { value: undefined, done: true };
  }

  async throw(error?: unknown): Promise<IteratorResult<MilestoneEvent>> {
    this.close();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  close(): void {
    this.closed = true;
    this.live = [];
    this.replayed = [];
    this.hub.remove(this);
    this.signal();
  }

  private deliver(event: MilestoneEvent): IteratorResult<MilestoneEvent> {
    this.lastDelivered = BigInt(event.dbId);
    return { value: event, done: false };
  }

  private signal(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}

declare module "../context/request-context" {
  interface YhdyspintaContext {
    /** This server instance's milestone event fan-out; present where subscriptions are served (graphql-ws). */
    milestoneEvents?: MilestoneEventHub;
  }
}
