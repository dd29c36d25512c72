import type { ErrorRequestHandler, RequestHandler } from "express";
import type { GraphQLError } from "graphql";
import type { TrustedDocuments } from "./trusted-documents";

/** The GraphQL-shaped JSON error of a request refused before GraphQL sees it. */
export function refusalBody(code: string, message: string, reason?: string): { errors: { message: string; extensions: Record<string, string> }[] } {
  return { errors: [{ message, extensions: { code, ...(reason ? { reason } : {}) } }] };
}

function sendError(res: Parameters<RequestHandler>[1], status: number, code: string, message: string, reason?: string): void {
  res.status(status).json(refusalBody(code, message, reason));
}

/** POST bodies must be JSON; anything else is refused before it is read (415, JSON answer). */
export const requireJsonBody: RequestHandler = (req, res, next) => {
  if (req.method === "POST" && !req.is("application/json")) {
    sendError(res, 415, "UNSUPPORTED_MEDIA_TYPE", "Send GraphQL requests as application/json");
    return;
  }
  next();
};

/** express.json failures (oversized or malformed bodies) answered as JSON, not express's HTML page. */
export const jsonBodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
  const type = (error as { type?: string }).type;
  if (type === "entity.too.large") return sendError(res, 413, "PAYLOAD_TOO_LARGE", "The request body is too large", "BODY_TOO_LARGE");
  if (type === "entity.parse.failed") return sendError(res, 400, "BAD_REQUEST", "The request body is not valid JSON", "MALFORMED_JSON");
  if (type === "encoding.unsupported" || type === "charset.unsupported") return sendError(res, 415, "UNSUPPORTED_MEDIA_TYPE", "Unsupported body encoding");
  const status = (error as { status?: number }).status;
  if (typeof status === "number" && status >= 400 && status < 500) return sendError(res, status, "BAD_REQUEST", "Bad request");
  next(error);
};

/** A refusal before GraphQL runs: HTTP status, stable code, message. */
export interface Refusal {
  status: number;
  code: string;
  message: string;
}

/**
 * In trusted-documents mode the body's hash is replaced by the registered document (in place), or
 * the request is refused. Shared by the express chain and the plain POST path (graphql-post.ts).
 */
export function applyTrustedDocument(trusted: TrustedDocuments, method: string, body: unknown): Refusal | null {
  if (method !== "POST" || !body || typeof body !== "object" || Array.isArray(body)) {
    return { status: 400, code: "TRUSTED_DOCUMENT_REQUIRED", message: "This server runs only registered operations, sent by POST" };
  }
  const request = body as Record<string, unknown>;
  const resolved = trusted.resolve(request);
  if (typeof resolved !== "string") {
    const error = resolved as GraphQLError;
    return { status: 400, code: String(error.extensions.code), message: error.message };
  }
  request.query = resolved;
  // Apollo's automatic persisted queries must not see (and cache) the hash.
  if (request.extensions && typeof request.extensions === "object") delete (request.extensions as Record<string, unknown>).persistedQuery;
  return null;
}

/** In trusted-documents mode the body's hash is replaced by the registered document, or refused. */
export function trustedDocumentsOnly(trusted: TrustedDocuments | null): RequestHandler {
  if (!trusted) return (_req, _res, next) => next();
  return (req, res, next) => {
    const refusal = applyTrustedDocument(trusted, req.method, req.body);
    if (refusal) return sendError(res, refusal.status, refusal.code, refusal.message);
    next();
  };
}
