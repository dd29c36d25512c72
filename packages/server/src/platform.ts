import { buildSchemaWithPlugins, configureNotifications, createMailer, EmailWorker, MilestoneEventHub, WebhookWorker, type RegionPlugin } from "@yhdyspinta/core/internal";
import type { GraphQLSchema } from "graphql";
import type { ServerConfig } from "./config";
import { openDatabase, type Database } from "./database";
import { startHttpServer, type RunningServer } from "./http-server";
import { eventFanoutLag } from "./observability/metrics";
import { loadRegionPlugins } from "./region-plugins";

export interface Platform {
  url: string;
  wsUrl: string;
  database: Database;
  server: RunningServer;
  milestoneEvents: MilestoneEventHub;
  schema: GraphQLSchema;
  /** This instance's notification delivery (null with NOTIFICATION_WORKER=off). */
  notificationWorker: NotificationDelivery | null;
  /** Shutdown, first step: /readyz answers 503 while everything is still served. */
  beginShutdown(): void;
  /** Stops accepting connections, gives open requests and WebSockets up to `graceMs`, then closes everything. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Outgoing mail and the delivery worker. Every API instance delivers unless NOTIFICATION_WORKER=off;
 * `yhdyspinta worker` runs only this. Instances share the work through row locks (email.worker.ts).
 */
export interface NotificationDelivery {
  email: EmailWorker;
  webhooks: WebhookWorker;
  stop(): Promise<void>;
}

export function startNotifications(config: ServerConfig, database: Database, publicUrl: string, log: (m: string) => void, run: boolean): NotificationDelivery | null {
  const mailer = createMailer({ smtpUrl: config.mail.smtpUrl, folder: config.mail.folder, from: config.mail.from });
  if (!config.mail.smtpUrl) log(`SMTP_URL is not set: notification mail is kept in ${config.mail.folder}${config.production ? "" : " (listed at /dev/mail)"}`);
  const settings = { mailer, publicUrl: publicUrl.replace(/\/+$/, ""), production: config.production };
  configureNotifications(settings);
  if (!run) return null;
  const email = new EmailWorker({ dataSource: database.dataSource, reference: database.reference, settings, log });
  const webhooks = new WebhookWorker({ dataSource: database.dataSource, reference: database.reference, settings, log });
  email.start();
  webhooks.start();
  return {
    email, webhooks,
    async stop() {
      await Promise.all([email.stop(), webhooks.stop()]);
      mailer.close();
    },
  };
}

/** Core + enabled plug-ins, after the plug-in start-up checks (versions, regions, name clashes). */
export function buildSchemaFor(plugins: RegionPlugin[]): Promise<GraphQLSchema> {
  return buildSchemaWithPlugins(plugins);
}

/** This instance's LISTEN connection and fan-out of milestone events (one dedicated connection, outside the pool). */
export function createMilestoneEventHub(database: Database, log: (m: string) => void = () => undefined): MilestoneEventHub {
  return new MilestoneEventHub({
    dataSource: database.dataSource, url: database.listenUrl, applicationName: "yhdyspinta-listen", log,
    onFanout: (event) => eventFanoutLag.observe(Math.max(0, Date.now() - event.occurredAt.getTime()) / 1000),
  });
}

/**
 * The composition root: database, schema (core + enabled plug-ins), HTTP and WebSocket.
 * Without an explicit list, the plug-ins named by REGIONS (config.regions) are loaded, or all of them.
 */
export async function startPlatform(config: ServerConfig, plugins?: RegionPlugin[], log: (m: string) => void = () => undefined): Promise<Platform> {
  plugins ??= loadRegionPlugins(config.regions);
  if (plugins.length) log(`region plug-ins: ${plugins.map((p) => p.name).join(", ")}`);
  const schema = await buildSchemaFor(plugins);
  const database = await openDatabase(config, plugins, log);
  let server: RunningServer;
  const milestoneEvents = createMilestoneEventHub(database, log);
  try {
    await milestoneEvents.start();
    server = await startHttpServer({
      schema, dataSource: database.dataSource, reference: database.reference,
      port: config.port, host: config.host, production: config.production, auth: config.auth, limits: config.limits,
      connections: config.connections, metrics: config.metrics, exposeSqlStatements: config.exposeSqlStatements,
      milestoneEvents, publicUrl: config.publicUrl, readReplicas: database.readReplicas,
    });
  } catch (error) {
    await milestoneEvents.stop();
    await database.close();
    throw error;
  }
  const notificationWorker = startNotifications(config, database, config.publicUrl ?? server.url.replace(/\/graphql$/, ""), log, config.notificationWorker);
  return {
    url: server.url,
    wsUrl: server.wsUrl,
    database,
    server,
    milestoneEvents,
    schema,
    notificationWorker,
    beginShutdown() {
      server.beginShutdown();
      milestoneEvents.beginShutdown();
    },
    async stop(graceMs = 0) {
      // Delivery first: the batch in flight finishes (or is re-sent later; delivery is at-least-once).
      await notificationWorker?.stop();
      milestoneEvents.beginShutdown();
      await server.stop(graceMs);
      await milestoneEvents.stop();
      await database.close();
    },
  };
}
