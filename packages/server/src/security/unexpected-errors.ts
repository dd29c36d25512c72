import type { ApolloServerPlugin } from "@apollo/server";
import { ErrorCode } from "@yhdyspinta/core";
import { GraphQLError } from "graphql";
import type { Logger } from "pino";

/**
 * An error the client did not cause: no stable code, or INTERNAL_SERVER_ERROR (a bug, a database
 * failure). Clients see it masked in production, so the log is the only place its cause is kept.
 */
export function isUnexpected(error: unknown): boolean {
  if (!(error instanceof GraphQLError)) return true;
  const code = error.extensions?.code;
  if (code === ErrorCode.INTERNAL_SERVER_ERROR) return true;
  // A resolver threw something that is not a GraphQLError (graphql-js wraps it, without a code).
  return code === undefined && error.originalError !== undefined && !(error.originalError instanceof GraphQLError);
}

/** What a client sees of an unexpected error in production: no message, stack or SQL; where it happened. */
export function masked(error: GraphQLError): GraphQLError {
  return new GraphQLError("Internal server error", { nodes: error.nodes, path: error.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
}

/** Logs each unexpected error once, at level error, with its stack, the request id and the operation name. */
export function logUnexpectedErrors(
  logger: Logger, errors: readonly unknown[], where: { requestId?: string; operationName?: string | null; transport: "http" | "websocket" },
): void {
  for (const error of errors) {
    if (!isUnexpected(error)) continue;
    const cause = error instanceof GraphQLError && error.originalError ? error.originalError : error;
    logger.error({
      err: cause, requestId: where.requestId, operationName: where.operationName ?? undefined, transport: where.transport,
      path: error instanceof GraphQLError ? error.path : undefined,
    }, "unexpected error");
  }
}

/** Apollo calls didEncounterErrors once per request with all its errors (parse, validation, execution). */
export function unexpectedErrorLogging(logger: Logger): ApolloServerPlugin<{ requestId: string }> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName, request }) {
          logUnexpectedErrors(logger, errors, { requestId: contextValue.requestId, operationName: operationName ?? request.operationName, transport: "http" });
        },
      };
    },
  };
}
