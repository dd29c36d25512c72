import type { Server } from "node:http";
import type { MilestoneEventHub, ReferenceData, Viewer } from "@yhdyspinta/core";
import { GraphQLError, type GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import type { DataSource } from "typeorm";
import { WebSocketServer } from "ws";
import { createContext } from "./context";

export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;
/** Close code and reason a client sees when the server shuts down (RFC 6455 "going away"). */
export const GOING_AWAY = { code: 1001, reason: "Going away" } as const;

/**
 * The viewer of a graphql-ws connection, from its `connection_init` payload (connectionParams).
 * Anonymous for now: authentication plugs in here (e.g. verify `connectionParams.authorization`
 * and return the viewer, or throw to refuse the connection).
 */
export async function viewerFromConnectionParams(_connectionParams: Readonly<Record<string, unknown>> | undefined): Promise<Viewer | null> {
  return null;
}

export interface WebSocketOptions {
  httpServer: Server;
  schema: GraphQLSchema;
  dataSource: DataSource;
  reference: ReferenceData;
  milestoneEvents?: MilestoneEventHub;
  production?: boolean;
  /** Ping interval; a client that misses a pong for as long is terminated. Default 12 s. */
  keepAliveMs?: number;
  maxSubscriptionsPerConnection?: number;
}

export interface GraphQLWebSocket {
  server: WebSocketServer;
  /** Closes every socket with 1001 "Going away" (waiting up to `graceMs` for them to go) and stops accepting. Idempotent. */
  close(graceMs?: number): Promise<void>;
}

/** graphql-ws on the HTTP server's /graphql path: keep-alive pings, connection_init hook, a per-connection subscription limit. */
export function attachGraphQLWebSocket(options: WebSocketOptions): GraphQLWebSocket {
  const wsServer = new WebSocketServer({ server: options.httpServer, path: "/graphql" });
  const limit = options.maxSubscriptionsPerConnection ?? MAX_SUBSCRIPTIONS_PER_CONNECTION;
  const viewers = new WeakMap<object, Viewer | null>();
  const cleanup = useServer(
    {
      isProd: options.production,
      onConnect: async (ctx) => {
        viewers.set(ctx.extra, await viewerFromConnectionParams(ctx.connectionParams));
        return true;
      },
      onSubscribe: (ctx) => {
        // The operation being started is already counted in ctx.subscriptions.
        if (Object.keys(ctx.subscriptions).length > limit) {
          return [new GraphQLError(`At most ${limit} operations at a time on one connection: complete one or open another connection`, {
            extensions: { code: "TOO_MANY_SUBSCRIPTIONS", limit },
          })];
        }
      },
      context: (ctx) => ({
        ...createContext(options.dataSource, options.reference),
        viewer: viewers.get(ctx.extra) ?? null,
        milestoneEvents: options.milestoneEvents,
      }),
      schema: options.schema,
    },
    wsServer,
    options.keepAliveMs ?? 12_000,
  );
  let closing: Promise<void> | null = null;
  return {
    server: wsServer,
    close(graceMs = 5_000) {
      closing ??= (async () => {
        const open = [...wsServer.clients];
        const gone = Promise.all(open.map((socket) => new Promise<void>((resolve) => {
          if (socket.readyState === socket.CLOSED) resolve();
          else socket.once("close", () => resolve());
        })));
        await cleanup.dispose(); // sends 1001 "Going away" to every client, stops accepting
        const timer = setTimeout(() => open.forEach((s) => s.terminate()), graceMs);
        await gone;
        clearTimeout(timer);
      })();
      return closing;
    },
  };
}
