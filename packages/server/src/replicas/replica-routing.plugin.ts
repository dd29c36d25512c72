import type { ApolloServerPlugin } from "@apollo/server";
import type { ServerContext } from "../context";
import type { ReadinessCheck } from "../observability/readiness";
import { CONSISTENCY_HEADER } from "./consistency-token";
import type { ReadReplicas } from "./read-replicas";

/**
 * Queries read from a replica (one that has replayed the client's consistency token, if it sent
 * one); mutations and everything else stay on the primary. A mutation's answer carries the
 * primary's WAL position after its commit as the token, in `extensions.consistencyToken` and the
 * Yhdyspinta-Consistency header.
 */
export function replicaRouting(replicas: ReadReplicas, log: (message: string, error: unknown) => void): ApolloServerPlugin<ServerContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== "query") return;
          const replica = replicas.pick(contextValue.consistencyToken);
          // Resolvers and loaders read ctx.db when they run, which is after this.
          if (replica) contextValue.db = replicas.queryable(replica, contextValue.db, contextValue.queryStats);
        },
        async willSendResponse({ operation, response }) {
          if (operation?.operation !== "mutation") return;
          let token: string;
          try {
            token = await replicas.primaryLsn();
          } catch (error) {
            // The writes are committed: answer them, without a token (the client's next read may then be a moment behind).
            log("no consistency token: the primary's WAL position could not be read", error);
            return;
          }
          response.http.headers.set(CONSISTENCY_HEADER, token);
          if (response.body.kind === "single") {
            const result = response.body.singleResult;
            result.extensions = { ...result.extensions, consistencyToken: token };
          }
        },
      };
    },
  };
}

/** One /readyz entry per replica; advisory: the primary answers reads while replicas are out. */
export function replicaReadinessChecks(replicas: ReadReplicas): ReadinessCheck[] {
  return replicas.status().map(({ name }) => ({
    name: `read-replica ${name}`,
    advisory: true,
    async check() {
      const status = replicas.status().find((s) => s.name === name)!;
      if (!status.inRotation) throw new Error(`out of rotation: ${status.reason}`);
    },
  }));
}
