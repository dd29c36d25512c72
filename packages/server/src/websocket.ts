import type { Server } from "node:http";
import type { MilestoneEventHub, ReferenceData } from "@yhdyspinta/core/internal";
import { GraphQLError, type GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import type { DataSource } from "typeorm";
import { WebSocketServer } from "ws";
import type { AuthConfig } from "./auth/auth-config";
import { createContext } from "./context";
import { requestIdOf } from "./observability/logging";
import { activeSubscriptions } from "./observability/metrics";
import type { SecurityLimits } from "./security/limits";
import type { TrustedDocuments } from "./security/trusted-documents";
import { prepareWsOperation, wsAuthentication } from "./security/ws-guards";

export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;
/** Close code and reason a client sees when the server shuts down (RFC 6455 "going away"). */
export const GOING_AWAY = { code: 1001, reason: "Going away" } as const;

export interface WebSocketOptions {
  httpServer: Server;
  schema: GraphQLSchema;
  dataSource: DataSource;
  reference: ReferenceData;
  milestoneEvents?: MilestoneEventHub;
  production?: boolean;
  /** The same JWT settings as HTTP: connection_init's token is checked with `authenticate`. */
  auth: AuthConfig;
  /** The same query limits as HTTP (checked per operation in onSubscribe). */
  limits: SecurityLimits;
  trusted: TrustedDocuments | null;
  /** Ping interval; a client that misses a pong for as long is terminated. Default 12 s. */
  keepAliveMs?: number;
  maxSubscriptionsPerConnection?: number;
}

export interface GraphQLWebSocket {
  server: WebSocketServer;
  /** Closes every socket with 1001 "Going away" (waiting up to `graceMs` for them to go) and stops accepting. Idempotent. */
  close(graceMs?: number): Promise<void>;
}

/**
 * graphql-ws on the HTTP server's /graphql path: keep-alive pings, authentication of
 * connection_init (a bad token closes with 4401; no token is anonymous, which may still read and
 * subscribe), the HTTP query limits per operation, and a per-connection subscription limit.
 */
export function attachGraphQLWebSocket(options: WebSocketOptions): GraphQLWebSocket {
  const production = Boolean(options.production);
  const wsServer = new WebSocketServer({ server: options.httpServer, path: "/graphql", maxPayload: options.limits.maxBodyBytes });
  const limit = options.maxSubscriptionsPerConnection ?? MAX_SUBSCRIPTIONS_PER_CONNECTION;
  const wsAuth = wsAuthentication(options.auth);
  const openSubscriptions = new WeakMap<object, Set<string>>();
  const cleanup = useServer(
    {
      isProd: production,
      onConnect: wsAuth.onConnect,
      onSubscribe: (ctx, _id, payload) => {
        // The operation being started is already counted in ctx.subscriptions.
        if (Object.keys(ctx.subscriptions).length > limit) {
          return [new GraphQLError(`At most ${limit} operations at a time on one connection: complete one or open another connection`, {
            extensions: { code: "TOO_MANY_SUBSCRIPTIONS", limit },
          })];
        }
        return prepareWsOperation(options.schema, payload, { limits: options.limits, trusted: options.trusted, production });
      },
      // The active-subscriptions gauge counts streams only; onComplete also runs when a socket drops mid-stream.
      onOperation: (ctx, id, _payload, _args, result) => {
        if (result && typeof result === "object" && Symbol.asyncIterator in result) {
          let ids = openSubscriptions.get(ctx);
          if (!ids) openSubscriptions.set(ctx, (ids = new Set()));
          ids.add(id);
          activeSubscriptions.inc();
        }
      },
      onComplete: (ctx, id) => {
        if (openSubscriptions.get(ctx)?.delete(id)) activeSubscriptions.dec();
      },
      context: (ctx) => ({
        ...createContext(options.dataSource, options.reference, undefined, requestIdOf(ctx.extra.request.headers["x-request-id"]), wsAuth.viewerOf(ctx)),
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
