import type { IncomingMessage } from "node:http";
import proxyaddr from "proxy-addr";
import { positiveIntFromEnv } from "./env-settings";

/** Limits on connections (not on what a request asks for): slow clients and WebSocket fan-in. */
export interface ConnectionLimits {
  /** Time to receive a request's headers; a slower client gets 408 and is disconnected. HEADERS_TIMEOUT_MS, default 10000. */
  headersTimeoutMs: number;
  /** Time to receive a whole request, body included. REQUEST_TIMEOUT_MS, default 20000. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this long. KEEP_ALIVE_TIMEOUT_MS, default 5000. */
  keepAliveTimeoutMs: number;
  /** Open WebSocket connections per client address. MAX_WS_CONNECTIONS_PER_ADDRESS, default 100. */
  maxWsConnectionsPerAddress: number;
  /**
   * Proxies whose X-Forwarded-For is believed (proxy-addr names: addresses, CIDRs, `loopback`,
   * `uniquelocal`, `linklocal`). Empty: the peer address is the client. TRUSTED_PROXIES.
   */
  trustedProxies: string[];
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 20_000,
  keepAliveTimeoutMs: 5_000,
  maxWsConnectionsPerAddress: 100,
  trustedProxies: [],
};

export function loadConnectionLimits(env: NodeJS.ProcessEnv): ConnectionLimits {
  const limits: ConnectionLimits = {
    headersTimeoutMs: positiveIntFromEnv(env, "HEADERS_TIMEOUT_MS", DEFAULT_CONNECTION_LIMITS.headersTimeoutMs),
    requestTimeoutMs: positiveIntFromEnv(env, "REQUEST_TIMEOUT_MS", DEFAULT_CONNECTION_LIMITS.requestTimeoutMs),
    keepAliveTimeoutMs: positiveIntFromEnv(env, "KEEP_ALIVE_TIMEOUT_MS", DEFAULT_CONNECTION_LIMITS.keepAliveTimeoutMs),
    maxWsConnectionsPerAddress: positiveIntFromEnv(env, "MAX_WS_CONNECTIONS_PER_ADDRESS", DEFAULT_CONNECTION_LIMITS.maxWsConnectionsPerAddress),
    trustedProxies: (env.TRUSTED_PROXIES ?? "").split(",").map((p) => p.trim()).filter(Boolean),
  };
  checkConnectionLimits(limits);
  return limits;
}

/** Node refuses a headers timeout above the request timeout; say so at start-up, in our words. */
export function checkConnectionLimits(limits: ConnectionLimits): void {
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    throw new Error(`HEADERS_TIMEOUT_MS (${limits.headersTimeoutMs}) must not exceed REQUEST_TIMEOUT_MS (${limits.requestTimeoutMs})`);
  }
  // proxy-addr throws on a name or address it does not know.
  proxyaddr.compile(limits.trustedProxies);
}

/**
 * The client's address: the peer, or, when the peer is a trusted proxy, the nearest address in
 * X-Forwarded-For that is not one (proxy-addr, the module express uses for `trust proxy`).
 */
export function clientAddressResolver(trustedProxies: string[]): (req: IncomingMessage) => string {
  if (trustedProxies.length === 0) return (req) => req.socket.remoteAddress ?? "unknown";
  const trust = proxyaddr.compile(trustedProxies);
  return (req) => proxyaddr(req, trust);
}

/** Node checks the header and request timeouts on a timer; it must tick well within the shortest one. */
export function connectionsCheckingInterval(limits: ConnectionLimits): number {
  return Math.max(1, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 2)));
}
