import type { ApolloServerPlugin } from "@apollo/server";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

/**
 * Prometheus metrics of this process, served at /metrics. One registry per process: several
 * servers in one process (tests) share it, as several instances behind a proxy share a dashboard.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: "yhdyspinta_" });

export const graphqlRequests = new Counter({
  name: "yhdyspinta_graphql_requests_total",
  help: "GraphQL operations answered over HTTP, by operation name, type and outcome (ok, error).",
  labelNames: ["operation", "type", "outcome"] as const,
  registers: [metricsRegistry],
});

export const graphqlRequestDuration = new Histogram({
  name: "yhdyspinta_graphql_request_duration_seconds",
  help: "Time from receiving a GraphQL operation to sending its response, by operation name.",
  labelNames: ["operation", "type"] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

/** Open graphql-ws subscriptions on this instance (kept by the WebSocket server, see http-server.ts). */
export const activeSubscriptions = new Gauge({
  name: "yhdyspinta_active_subscriptions",
  help: "GraphQL subscriptions currently open on this instance.",
  registers: [metricsRegistry],
});

/**
 * For the events code: seconds from an event's commit (occurredAt) until this instance handed it
 * to its subscribers. `eventFanoutLag.observe(seconds)` per delivered event.
 */
export const eventFanoutLag = new Histogram({
  name: "yhdyspinta_event_fanout_lag_seconds",
  help: "Delay from a milestone event's commit until this instance fanned it out to subscribers.",
  buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [metricsRegistry],
});

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_DISTINCT_NAMES = 200;
const seenNames = new Set<string>();

/**
 * Operation names come from clients: keep the label set bounded so a client inventing names
 * cannot grow the metrics without limit.
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return "anonymous";
  if (!NAME.test(name)) return "invalid";
  if (seenNames.has(name)) return name;
  if (seenNames.size >= MAX_DISTINCT_NAMES) return "other";
  seenNames.add(name);
  return name;
}

/** Counts and times every GraphQL operation answered over HTTP. */
export const metricsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    const stopTimer = process.hrtime.bigint();
    return {
      async willSendResponse({ operationName, operation, errors, request, response }) {
        // Before validation passes only the client's stated name is known.
        const operationLabelValue = operationLabel(operationName ?? request.operationName);
        const type = operation?.operation ?? "unknown";
        const failed = Boolean(errors?.length) || (response.body.kind === "single" && Boolean(response.body.singleResult.errors?.length));
        graphqlRequests.inc({ operation: operationLabelValue, type, outcome: failed ? "error" : "ok" });
        graphqlRequestDuration.observe({ operation: operationLabelValue, type }, Number(process.hrtime.bigint() - stopTimer) / 1e9);
      },
    };
  },
};

/** A gauge per read replica (DATABASE_READ_URLS), labelled with the replica, set at each check. */
const replicaGauge = (name: string, help: string) => new Gauge({ name, help, labelNames: ["replica"] as const, registers: [metricsRegistry] });

/** Read replicas: 1 while a replica is in rotation, 0 while it is out. */
export const readReplicaUp = replicaGauge("yhdyspinta_read_replica_up",
  "1 while the read replica is in rotation, 0 while it is out (not answering, not in recovery or lagging too far).");
export const readReplicaLagSeconds = replicaGauge("yhdyspinta_read_replica_lag_seconds",
  "How long ago the primary had WAL the read replica has not replayed yet, at the last check.");
export const readReplicaLagBytes = replicaGauge("yhdyspinta_read_replica_lag_bytes",
  "WAL bytes between the primary's position and the read replica's replay position, at the last check.");

/** Statements of GraphQL queries by where they ran: a replica, or the primary (no replica in rotation, far enough, or answering). */
export const readRouting = new Counter({
  name: "yhdyspinta_read_statements_total",
  help: "SQL statements of GraphQL queries on a server with read replicas, by where they ran (replica or primary).",
  labelNames: ["target"] as const,
  registers: [metricsRegistry],
});
