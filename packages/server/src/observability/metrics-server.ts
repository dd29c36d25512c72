import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { connectionsCheckingInterval, type ConnectionLimits } from "../security/connection-limits";
import { metricsRegistry } from "./metrics";

export interface MetricsServer {
  /** http://host:port/metrics */
  url: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Prometheus metrics on a port of their own (METRICS_PORT, loopback unless METRICS_HOST says
 * otherwise): the public port and the proxy in front of it never serve them, in any spelling.
 */
export async function startMetricsServer(port: number, host: string, limits: ConnectionLimits): Promise<MetricsServer> {
  const server = createServer({
    headersTimeout: limits.headersTimeoutMs, requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs, connectionsCheckingInterval: connectionsCheckingInterval(limits),
  }, (req, res) => {
    if ((req.method === "GET" || req.method === "HEAD") && req.url?.split("?")[0] === "/metrics") {
      metricsRegistry.metrics().then((text) => {
        res.setHeader("content-type", metricsRegistry.contentType);
        res.end(req.method === "HEAD" ? undefined : text);
      }, () => {
        res.statusCode = 500;
        res.end();
      });
      return;
    }
    res.statusCode = 404;
    res.setHeader("content-type", "text/plain; charset=utf-8");
    res.end("Not found: metrics are at /metrics\n");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => { server.off("error", reject); resolve(); });
  });
  const { port: actual } = server.address() as AddressInfo;
  const shownHost = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${actual}/metrics`,
    server,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
