import type { IncomingMessage, Server } from "node:http";
import type { MilestoneEventHub, ReferenceData, Viewer } from "@yhdyspinta/core/internal";
import { GraphQLError, type ExecutionResult, type FormattedExecutionResult, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import { CloseCode, handleProtocols, makeServer } from "graphql-ws";
import type { Logger } from "pino";
import type { DataSource } from "typeorm";
import { WebSocketServer, type WebSocket } from "ws";
import type { AuthConfig } from "./auth/auth-config";
import { createContext } from "./context";
import { clip, requestIdOf } from "./observability/logging";
import { activeSubscriptions } from "./observability/metrics";
import { clientAddressResolver, type ConnectionLimits } from "./security/connection-limits";
import type { SecurityLimits } from "./security/limits";
import type { TrustedDocuments } from "./security/trusted-documents";
import { logUnexpectedErrors } from "./security/unexpected-errors";
import { sharedSubscriptionExecution, visibilityKey } from "./shared-subscription-execution";
import { formatSocketError, prepareWsOperation, trustedDocumentReviver, wsAuthentication } from "./security/ws-guards";

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
  /** Open connections per client address (and which proxies tell the address). */
  connections: Pick<ConnectionLimits, "maxWsConnectionsPerAddress" | "trustedProxies">;
  trusted: TrustedDocuments | null;
  /** Socket errors and failures in message handling are logged here, one JSON line each. */
  logger: Logger;
  /** The HTTP server's error formatter, so that both transports answer alike. */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** Ping interval; a client that misses a pong for as long is terminated. Default 12 s. */
  keepAliveMs?: number;
  maxSubscriptionsPerConnection?: number;
}

export interface GraphQLWebSocket {
  server: WebSocketServer;
  /** Closes every socket with 1001 "Going away" (waiting up to `graceMs` for them to go) and stops accepting. Idempotent. */
  close(graceMs?: number): Promise<void>;
}

/** What graphql-ws hands to the hooks as `ctx.extra`. */
interface Extra {
  socket: WebSocket;
  request: IncomingMessage;
}

/**
 * graphql-ws on the HTTP server's /graphql path: keep-alive pings, authentication of
 * connection_init (a bad token closes with 4401; no token is anonymous, which may still read and
 * subscribe), the HTTP query limits per operation, a per-connection subscription limit and a
 * per-address connection limit.
 *
 * graphql-ws's own `useServer` adapter is not used: it reports socket errors (e.g. a message over
 * the size limit) with console.error and a stack trace, outside the JSON log.
 */
export function attachGraphQLWebSocket(options: WebSocketOptions): GraphQLWebSocket {
  const production = Boolean(options.production);
  const { logger } = options;
  const limit = options.maxSubscriptionsPerConnection ?? MAX_SUBSCRIPTIONS_PER_CONNECTION;
  const perAddress = options.connections.maxWsConnectionsPerAddress;
  const clientAddress = clientAddressResolver(options.connections.trustedProxies);
  const openPerAddress = new Map<string, number>();
  const wsServer = new WebSocketServer({
    server: options.httpServer,
    path: "/graphql",
    maxPayload: options.limits.maxBodyBytes,
    handleProtocols: (protocols) => handleProtocols(protocols),
    // Refused at the handshake (429), before a socket or graphql-ws state exists. Synchronous, so
    // the count taken in "connection" below is current for the next handshake.
    verifyClient: (info, done) => {
      const address = clientAddress(info.req);
      if ((openPerAddress.get(address) ?? 0) >= perAddress) {
        logger.warn({ address: clip(address), limit: perAddress }, "WebSocket refused: too many connections from one address");
        done(false, 429, "Too many WebSocket connections from your address");
      } else done(true);
    },
  });
  const wsAuth = wsAuthentication(options.auth);
  const openSubscriptions = new WeakMap<object, Set<string>>();
  // One execution per event and distinct (document, variables, viewer visibility), shared by its subscribers.
  const shared = sharedSubscriptionExecution((context) => visibilityKey((context as { viewer?: Viewer | null } | undefined)?.viewer));
  const server = makeServer<Record<string, unknown> | undefined, Extra>({
    schema: options.schema,
    subscribe: shared.subscribe,
    // Trusted-documents mode: a subscribe message may name its document by id instead of `query`.
    jsonMessageReviver: options.trusted ? trustedDocumentReviver(options.trusted) : undefined,
    onConnect: wsAuth.onConnect,
    onSubscribe: (ctx, _id, payload) => {
      if (!wsAuth.stillValid(ctx)) return [new GraphQLError("The access token has expired", { extensions: { code: "UNAUTHENTICATED", reason: "INVALID_TOKEN" } })];
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
    // Every error gets a stable code, as over HTTP (variable coercion: BAD_USER_INPUT; unexpected: masked in production).
    // Unexpected errors are logged once with their cause before they are masked.
    onNext: (_ctx, _id, payload, args, result: ExecutionResult): FormattedExecutionResult | void => {
      if (!result.errors?.length) return undefined;
      logUnexpectedErrors(logger, result.errors, {
        requestId: (args.contextValue as { requestId?: string } | undefined)?.requestId, operationName: payload.operationName, transport: "websocket",
      });
      const requestError = !("data" in result);
      return { ...result, errors: result.errors.map((error) => formatSocketError(error, requestError, options.formatError)) };
    },
    onComplete: (ctx, id) => {
      if (openSubscriptions.get(ctx)?.delete(id)) activeSubscriptions.dec();
    },
    context: (ctx) => ({
      ...createContext(options.dataSource, options.reference, undefined, requestIdOf(ctx.extra.request.headers["x-request-id"]), wsAuth.viewerOf(ctx as object)),
      milestoneEvents: options.milestoneEvents,
    }),
  });
  const keepAliveMs = options.keepAliveMs ?? 12_000;

  wsServer.on("error", (error) => {
    logger.error({ err: error }, "WebSocket server error");
  });
  wsServer.on("connection", (socket, request) => {
    const address = clientAddress(request);
    openPerAddress.set(address, (openPerAddress.get(address) ?? 0) + 1);
    const requestId = requestIdOf(request.headers["x-request-id"]);
    // ws has already answered a protocol error (an oversized message: 1009) and is closing the socket.
    socket.on("error", (error: Error & { code?: string }) => {
      logger.warn({ requestId, address: clip(address), error: { type: error.name, code: error.code, message: clip(error.message) } }, "WebSocket closed on a socket error");
      if (socket.readyState === socket.OPEN) socket.close(CloseCode.InternalServerError, "Internal server error");
    });
    let pongWait: NodeJS.Timeout | null = null;
    const ping = keepAliveMs > 0 && Number.isFinite(keepAliveMs)
      ? setInterval(() => {
        if (socket.readyState !== socket.OPEN) return;
        pongWait = setTimeout(() => socket.terminate(), keepAliveMs);
        socket.once("pong", () => {
          if (pongWait) clearTimeout(pongWait);
          pongWait = null;
        });
        socket.ping();
      }, keepAliveMs)
      : null;
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) => new Promise<void>((resolve, reject) => {
          if (socket.readyState !== socket.OPEN) return resolve();
          socket.send(data, (error) => (error ? reject(error) : resolve()));
        }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) => socket.on("message", async (data) => {
          try {
            await handle(String(data));
          } catch (error) {
            logger.error({ requestId, err: error }, "WebSocket message handling failed");
            socket.close(CloseCode.InternalServerError, "Internal server error");
          }
        }),
      },
      { socket, request },
    );
    socket.once("close", (code, reason) => {
      const left = (openPerAddress.get(address) ?? 1) - 1;
      if (left > 0) openPerAddress.set(address, left);
      else openPerAddress.delete(address);
      if (pongWait) clearTimeout(pongWait);
      if (ping) clearInterval(ping);
      void closed(code, String(reason));
    });
  });

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
        for (const socket of open) socket.close(GOING_AWAY.code, GOING_AWAY.reason);
        const timer = setTimeout(() => open.forEach((s) => s.terminate()), graceMs);
        // Stops accepting; its callback runs once the open sockets are gone.
        const stopped = new Promise<void>((resolve, reject) => wsServer.close((error) => (error ? reject(error) : resolve())));
        await Promise.all([gone, stopped]);
        clearTimeout(timer);
      })();
      return closing;
    },
  };
}
