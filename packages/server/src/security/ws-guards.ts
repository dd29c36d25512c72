import type { Viewer } from "@yhdyspinta/core/internal";
import {
  GraphQLError, NoSchemaIntrospectionCustomRule, getOperationAST, parse, specifiedRules, validate,
  type DocumentNode, type ExecutionArgs, type GraphQLFormattedError, type GraphQLSchema,
} from "graphql";
import { CloseCode, type Context, type SubscribePayload } from "graphql-ws";
import type { AuthConfig } from "../auth/auth-config";
import { authenticate, expiryOf } from "../auth/authenticate";
import { QUERY_TOO_COMPLEX, checkDocument, withoutSuggestions } from "./check-document";
import type { SecurityLimits } from "./limits";
import type { TrustedDocuments } from "./trusted-documents";

/** Error extensions over WebSocket: like HTTP, without the HTTP status hint. */
function forSocket(error: GraphQLError, code: string): GraphQLError {
  const { http: _http, ...extensions } = error.extensions as Record<string, unknown>;
  return new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...extensions, code: extensions.code ?? code } });
}

/** Close code when a connection's token expires: as for an invalid token (graphql-ws's Unauthorized). */
export const TOKEN_EXPIRED_CLOSE = { code: CloseCode.Unauthorized, reason: "Token expired" } as const;

/** setTimeout's longest delay; a later expiry is re-armed when it fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

type ClosableSocket = { close(code: number, reason: string): void; once?(event: "close", listener: () => void): unknown };

/**
 * graphql-ws authentication: the token comes in connection_init's payload (`authorization`, as
 * "Bearer ..." or bare, or `token`) and is checked with the same `authenticate` as HTTP. A bad
 * token closes the socket with 4401 Unauthorized instead of continuing anonymously. A signed-in
 * connection lasts only as long as its token: at `exp` the socket is closed with 4401 "Token expired"
 * (the client reconnects with a fresh token), and an operation that arrives after `exp` before the
 * timer fired closes it too.
 */
export function wsAuthentication(auth: AuthConfig) {
  const viewers = new WeakMap<object, { viewer: Viewer | null; expiresAt?: number }>();
  const socketOf = (ctx: Context<Record<string, unknown> | undefined, unknown>) => (ctx.extra as { socket?: ClosableSocket }).socket;
  const closeAtExpiry = (socket: ClosableSocket, expiresAt: number) => {
    const arm = (): void => {
      const wait = expiresAt - Date.now();
      if (wait <= 0) return socket.close(TOKEN_EXPIRED_CLOSE.code, TOKEN_EXPIRED_CLOSE.reason);
      const timer = setTimeout(arm, Math.min(wait, MAX_TIMER_MS));
      timer.unref?.();
      socket.once?.("close", () => clearTimeout(timer));
    };
    arm();
  };
  return {
    async onConnect(ctx: Context<Record<string, unknown> | undefined, unknown>): Promise<boolean> {
      const params = ctx.connectionParams ?? {};
      const token = params.authorization ?? params.Authorization ?? params.token;
      const socket = socketOf(ctx);
      try {
        const viewer = await authenticate(token, auth);
        const expiresAt = viewer ? expiryOf(viewer) : undefined;
        viewers.set(ctx, { viewer, expiresAt });
        if (socket && expiresAt !== undefined) closeAtExpiry(socket, expiresAt);
        return true;
      } catch (error) {
        socket?.close(CloseCode.Unauthorized, (error as Error).message.slice(0, 120));
        return false;
      }
    },
    /** False (and the socket closed) when the connection's token has expired. */
    stillValid(ctx: Context<Record<string, unknown> | undefined, unknown>): boolean {
      const expiresAt = viewers.get(ctx)?.expiresAt;
      if (expiresAt === undefined || Date.now() < expiresAt) return true;
      socketOf(ctx)?.close(TOKEN_EXPIRED_CLOSE.code, TOKEN_EXPIRED_CLOSE.reason);
      return false;
    },
    viewerOf(ctx: object): Viewer | null {
      const entry = viewers.get(ctx);
      if (!entry || (entry.expiresAt !== undefined && Date.now() >= entry.expiresAt)) return null;
      return entry.viewer;
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
  const rules = options.production ? [...specifiedRules, NoSchemaIntrospectionCustomRule] : specifiedRules;
  const document = validDocument(schema, source, rules, options);
  if (Array.isArray(document)) return document;
  // As Apollo over HTTP: an operationName the document does not hold (or none among several).
  if (!getOperationAST(document, payload.operationName)) {
    const message = payload.operationName ? `Unknown operation named "${String(payload.operationName).slice(0, 100)}"` : "Must provide operation name if query contains multiple operations";
    return [new GraphQLError(message, { extensions: { code: "OPERATION_RESOLUTION_FAILURE" } })];
  }
  const tooMuch = checkDocument(schema, document, payload.variables, options.limits, payload.operationName);
  if (tooMuch.length) return tooMuch.map((e) => forSocket(e, QUERY_TOO_COMPLEX));
  return { schema, document, variableValues: payload.variables, operationName: payload.operationName };
}

/** Parsed and validated subscription documents by source text (many subscribers send the same one). */
const VALID_DOCUMENTS = 256;
/** Longer documents are validated every time: the cache holds at most 256 × 4 KiB of source (ASTs ~20× that). */
const MAX_CACHED_SOURCE = 4_096;
const validDocuments = new WeakMap<GraphQLSchema, Map<string, DocumentNode>>();

/**
 * The document parsed and validated (standard rules), or its errors. A valid document is kept per
 * schema and production setting, so thousands of subscribers of one document parse it once; the
 * limits that depend on variables (checkDocument) still run per operation. Oldest entries go first.
 */
function validDocument(
  schema: GraphQLSchema, source: string, rules: typeof specifiedRules, options: { limits: SecurityLimits; production: boolean },
): DocumentNode | GraphQLError[] {
  let cache = validDocuments.get(schema);
  if (!cache) validDocuments.set(schema, (cache = new Map()));
  const key = `${options.production ? "p" : "d"}${options.limits.maxTokens}:${source}`;
  const known = cache.get(key);
  if (known) return known;
  let document: DocumentNode;
  try {
    document = parse(source, { maxTokens: options.limits.maxTokens });
  } catch (error) {
    const e = error as GraphQLError;
    if (/more th(?:an|at) \d+ tokens/.test(e.message)) return [new GraphQLError("The query has too many tokens", { extensions: { code: QUERY_TOO_COMPLEX, reason: "TOKENS" } })];
    return [new GraphQLError(e.message, { extensions: { code: "GRAPHQL_PARSE_FAILED" } })];
  }
  const invalid = validate(schema, document, rules, { maxErrors: 10 });
  if (invalid.length) {
    return invalid.map((e) => forSocket(options.production ? withoutSuggestions(e) : e, "GRAPHQL_VALIDATION_FAILED"));
  }
  if (source.length <= MAX_CACHED_SOURCE) {
    if (cache.size >= VALID_DOCUMENTS) cache.delete(cache.keys().next().value!);
    cache.set(key, document);
  }
  return document;
}

/**
 * An error of an execution result sent over WebSocket, with the code HTTP would give it: a request
 * error (no `data`: variable values that do not fit their types) is BAD_USER_INPUT, anything else
 * without a code is INTERNAL_SERVER_ERROR; then the server's formatError (which masks those in production).
 */
export function formatSocketError(
  error: GraphQLError, requestError: boolean,
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
): GraphQLFormattedError {
  let formatted = error.toJSON();
  if (formatted.extensions?.code === undefined) {
    formatted = { ...formatted, extensions: { ...formatted.extensions, code: requestError ? "BAD_USER_INPUT" : "INTERNAL_SERVER_ERROR" } };
  }
  return formatError(formatted, error.originalError ?? error);
}

/**
 * graphql-ws requires a subscribe message's payload to hold `query` and closes the socket (4400)
 * before any hook runs otherwise. In trusted-documents mode this JSON reviver fills `query` of a
 * subscribe message that names its document by id (`documentId` or `extensions.persistedQuery`)
 * with the registered document, or with "" for an unknown id, so that onSubscribe answers with
 * TRUSTED_DOCUMENT_NOT_FOUND / _REQUIRED like HTTP does.
 */
export function trustedDocumentReviver(trusted: TrustedDocuments): (key: string, value: unknown) => unknown {
  return (key, value) => {
    // Only the whole message (revived last, under the key "") is looked at.
    if (key !== "" || !value || typeof value !== "object") return value;
    const message = value as { type?: unknown; payload?: unknown };
    if (message.type !== "subscribe" || !message.payload || typeof message.payload !== "object") return value;
    const payload = message.payload as Record<string, unknown>;
    if (typeof payload.query === "string" && payload.query !== "") return value;
    const resolved = trusted.resolve(payload);
    payload.query = typeof resolved === "string" ? resolved : "";
    return value;
  };
}
