import type { Viewer } from "@yhdyspinta/core/internal";
import {
  GraphQLError, NoSchemaIntrospectionCustomRule, parse, specifiedRules, validate,
  type DocumentNode, type ExecutionArgs, type GraphQLSchema,
} from "graphql";
import { CloseCode, type Context, type SubscribePayload } from "graphql-ws";
import type { AuthConfig } from "../auth/auth-config";
import { authenticate } from "../auth/authenticate";
import { QUERY_TOO_COMPLEX, checkDocument, withoutSuggestions } from "./check-document";
import type { SecurityLimits } from "./limits";
import type { TrustedDocuments } from "./trusted-documents";

/** Error extensions over WebSocket: like HTTP, without the HTTP status hint. */
function forSocket(error: GraphQLError, code: string): GraphQLError {
  const { http: _http, ...extensions } = error.extensions as Record<string, unknown>;
  return new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...extensions, code: extensions.code ?? code } });
}

/**
 * graphql-ws authentication: the token comes in connection_init's payload (`authorization`, as
 * "Bearer ..." or bare, or `token`) and is checked with the same `authenticate` as HTTP. A bad
 * token closes the socket with 4401 Unauthorized instead of continuing anonymously.
 */
export function wsAuthentication(auth: AuthConfig) {
  const viewers = new WeakMap<object, Viewer | null>();
  return {
    async onConnect(ctx: Context<Record<string, unknown> | undefined, unknown>): Promise<boolean> {
      const params = ctx.connectionParams ?? {};
      const token = params.authorization ?? params.Authorization ?? params.token;
      try {
        viewers.set(ctx, await authenticate(token, auth));
        return true;
      } catch (error) {
        const socket = (ctx.extra as { socket?: { close(code: number, reason: string): void } }).socket;
        socket?.close(CloseCode.Unauthorized, (error as Error).message.slice(0, 120));
        return false;
      }
    },
    viewerOf(ctx: object): Viewer | null {
      return viewers.get(ctx) ?? null;
    },
  };
}

/**
 * graphql-ws onSubscribe: the same limits as HTTP (tokens, standard validation, depth, aliases,
 * cost, trusted documents, no introspection or suggestions in production). Returning the
 * execution arguments tells graphql-ws to run exactly this validated document.
 */
export function prepareWsOperation(
  schema: GraphQLSchema, payload: SubscribePayload,
  options: { limits: SecurityLimits; trusted: TrustedDocuments | null; production: boolean },
): ExecutionArgs | GraphQLError[] {
  let source = payload.query;
  if (options.trusted) {
    const resolved = options.trusted.resolve(payload as unknown as Record<string, unknown>);
    if (typeof resolved !== "string") return [forSocket(resolved, "TRUSTED_DOCUMENT_REQUIRED")];
    source = resolved;
  }
  if (typeof source !== "string") return [new GraphQLError("The query must be a string", { extensions: { code: "BAD_REQUEST" } })];
  let document: DocumentNode;
  try {
    document = parse(source, { maxTokens: options.limits.maxTokens });
  } catch (error) {
    const e = error as GraphQLError;
    if (/more th(?:an|at) \d+ tokens/.test(e.message)) return [new GraphQLError("The query has too many tokens", { extensions: { code: QUERY_TOO_COMPLEX, reason: "TOKENS" } })];
    return [new GraphQLError(e.message, { extensions: { code: "GRAPHQL_PARSE_FAILED" } })];
  }
  const rules = options.production ? [...specifiedRules, NoSchemaIntrospectionCustomRule] : specifiedRules;
  const invalid = validate(schema, document, rules, { maxErrors: 10 });
  if (invalid.length) {
    return invalid.map((e) => forSocket(options.production ? withoutSuggestions(e) : e, "GRAPHQL_VALIDATION_FAILED"));
  }
  const tooMuch = checkDocument(schema, document, payload.variables, options.limits, payload.operationName);
  if (tooMuch.length) return tooMuch.map((e) => forSocket(e, QUERY_TOO_COMPLEX));
  return { schema, document, variableValues: payload.variables, operationName: payload.operationName };
}
