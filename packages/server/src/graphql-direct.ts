import type { IncomingMessage, ServerResponse } from "node:http";
import {
  NoSchemaIntrospectionCustomRule, execute, getOperationAST, parse, specifiedRules, validate,
  type DocumentNode, type GraphQLError, type ExecutionResult, type GraphQLFormattedError, type GraphQLSchema,
} from "graphql";
import type { Logger } from "pino";
import type { ServerContext } from "./context";
import { graphqlRequestDuration, graphqlRequests, operationLabel } from "./observability/metrics";
import { checkDocument } from "./security/check-document";
import type { SecurityLimits } from "./security/limits";
import { logUnexpectedErrors } from "./security/unexpected-errors";

export interface DirectExecutionOptions {
  schema: GraphQLSchema;
  limits: SecurityLimits;
  production: boolean;
  logger: Logger;
  /** The server's error formatter (the one Apollo is given). */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** Sets x-sql-statements as the Apollo plugin does (bench and N+1 checks only). */
  exposeSqlStatements: boolean;
}

/** Documents kept, and the longest source kept: an AST is ~20× its source, so at most ~40 MB (Apollo keeps ~30 MiB). */
const MAX_DOCUMENTS = 500;
const MAX_CACHED_SOURCE = 4_096;

type Prepared = { document: DocumentNode } | null;

/**
 * The everyday GraphQL POST (a valid query or mutation, no extensions, JSON answer) executed with
 * graphql-js directly, without Apollo's request pipeline: per request Apollo hashes the document
 * (SHA-256) for its cache, runs the media-type negotiation twice and the CSRF content-type parse,
 * and awaits every plugin hook, about 1 ms of CPU on this machine against 0.67 ms for
 * PostGraphile's whole `{ __typename }` (bench/results/2026-12-01-perf.md).
 *
 * It answers exactly what Apollo would: the same validation rules (introspection refused in
 * production), the same limits (checkDocument), the same context, error formatting (code,
 * `http` status, stack traces outside production, formatError) and logging of unexpected errors,
 * the same metrics. Everything else returns false *before anything runs* and goes to Apollo: parse and
 * validation errors, unknown operation names, subscriptions, limits exceeded, variables that do not
 * coerce, an Accept header other than JSON, persisted queries and other extensions, a failing context
 * (a bad token). A query whose result has errors is also answered by Apollo (reads can run twice);
 * a mutation's errors are formatted here, as it must not run twice.
 */
export function directExecution(options: DirectExecutionOptions) {
  const { schema, limits, production, logger } = options;
  const rules = production ? [...specifiedRules, NoSchemaIntrospectionCustomRule] : specifiedRules;
  const documents = new Map<string, Prepared>();

  function prepare(source: string): Prepared {
    const known = documents.get(source);
    if (known !== undefined) return known;
    let prepared: Prepared = null;
    try {
      const document = parse(source, { maxTokens: limits.maxTokens });
      if (validate(schema, document, rules, { maxErrors: 1 }).length === 0) prepared = { document };
    } catch {
      prepared = null; // Apollo reports the syntax error
    }
    if (source.length <= MAX_CACHED_SOURCE) {
      if (documents.size >= MAX_DOCUMENTS) documents.delete(documents.keys().next().value!);
      documents.set(source, prepared);
    }
    return prepared;
  }

  function formatErrors(errors: readonly GraphQLError[]): { errors: GraphQLFormattedError[]; status: number; headers: Array<[string, string]> } {
    // As Apollo's normalizeAndFormatErrors: a code for every error, `extensions.http` taken off into the response.
    let status = 200;
    const headers: Array<[string, string]> = [];
    const formatted = errors.map((error) => {
      try {
        const extensions: Record<string, unknown> = { ...error.extensions, code: error.extensions.code ?? "INTERNAL_SERVER_ERROR" };
        const http = extensions.http as { status?: unknown; headers?: unknown } | undefined;
        if (http && typeof http === "object") {
          if (typeof http.status === "number") status = http.status;
          if (http.headers instanceof Map) for (const [k, v] of http.headers) headers.push([k, String(v)]);
          delete extensions.http;
        }
        if (!production) extensions.stacktrace = error.stack?.split("\n");
        return options.formatError({ ...error.toJSON(), extensions }, error);
      } catch {
        return { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } };
      }
    });
    return { errors: formatted, status, headers };
  }

  /**
   * Answers the request and resolves true, or resolves false without having run anything (the
   * caller hands it to Apollo). `body` is the parsed JSON body.
   */
  return async function tryDirect(
    req: IncomingMessage, res: ServerResponse, body: unknown, context: () => Promise<ServerContext>,
  ): Promise<boolean> {
    const started = process.hrtime.bigint();
    if (body === null || typeof body !== "object" || Array.isArray(body)) return false;
    const request = body as Record<string, unknown>;
    for (const key in request) if (key !== "query" && key !== "variables" && key !== "operationName") return false;
    const { query, variables, operationName } = request;
    if (typeof query !== "string") return false;
    if (variables != null && (typeof variables !== "object" || Array.isArray(variables))) return false;
    if (operationName != null && typeof operationName !== "string") return false;
    const accept = req.headers.accept;
    if (accept !== undefined && accept !== "*/*" && accept.toLowerCase() !== "application/json") return false;

    const prepared = prepare(query);
    if (!prepared) return false;
    const { document } = prepared;
    const operation = getOperationAST(document, operationName as string | undefined);
    if (!operation || operation.operation === "subscription") return false;
    const inputs = (variables ?? {}) as Record<string, unknown>;
    if (checkDocument(schema, document, variables as Record<string, unknown> | null | undefined, limits, operationName as string | undefined).length) return false;
    let contextValue: ServerContext;
    try {
      contextValue = await context();
    } catch {
      return false;
    }

    const result = (await execute({
      schema, document, contextValue, variableValues: inputs, operationName: operationName as string | undefined,
    })) as ExecutionResult;
    // Variables that do not coerce: graphql-js answers errors without `data` before any resolver has
    // run (coercing them here first, as before, did that work twice per request).
    if (!("data" in result)) return false;
    const type = operation.operation;
    const label = operationLabel(operation.name?.value ?? (operationName as string | undefined));
    let payload: string;
    let status = 200;
    let extraHeaders: Array<[string, string]> = [];
    if (result.errors?.length) {
      if (type === "query") return false; // a read: Apollo runs it again and answers its errors
      logUnexpectedErrors(logger, result.errors, { requestId: contextValue.requestId, operationName: operation.name?.value ?? operationName, transport: "http" });
      const formatted = formatErrors(result.errors);
      status = formatted.status;
      extraHeaders = formatted.headers;
      payload = JSON.stringify(result.extensions ? { errors: formatted.errors, data: result.data, extensions: result.extensions } : { errors: formatted.errors, data: result.data });
    } else {
      payload = JSON.stringify(result.extensions ? { data: result.data, extensions: result.extensions } : { data: result.data });
    }
    graphqlRequests.inc({ operation: label, type, outcome: result.errors?.length ? "error" : "ok" });
    graphqlRequestDuration.observe({ operation: label, type }, Number(process.hrtime.bigint() - started) / 1e9);
    res.statusCode = status;
    for (const [k, v] of extraHeaders) res.setHeader(k, v);
    if (options.exposeSqlStatements) res.setHeader("x-sql-statements", String(contextValue.queryStats.statements));
    res.setHeader("content-type", "application/json; charset=utf-8");
    res.end(`${payload}\n`);
    return true;
  };
}
