import { randomUUID } from "node:crypto";
import type { ServerResponse } from "node:http";
import type { NextFunction, Request, Response } from "express";
import pino, { type Logger } from "pino";

/** JSON logs on stdout. LOG_LEVEL overrides; tests are silent unless asked. */
export function createLogger(env: NodeJS.ProcessEnv = process.env): Logger {
  const level = env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "silent" : "info");
  return pino({ level, base: { service: "yhdyspinta" } });
}

/**
 * Longest client-supplied value (operation name, path, address, error message) written into a log
 * line; longer ones are cut and end with "…", so a client cannot make a line as long as its request.
 */
export const MAX_LOGGED_VALUE_LENGTH = 200;

export function clip(value: string): string {
  return value.length <= MAX_LOGGED_VALUE_LENGTH ? value : `${value.slice(0, MAX_LOGGED_VALUE_LENGTH - 1)}…`;
}

/** A caller's id is kept when it is a sane token, so a trace spans the proxy and the API. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdOf(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}

export interface RequestWithId extends Request {
  requestId: string;
  log: Logger;
}

/**
 * Echoes the request id and, when the response is finished, logs the one access line of a request:
 * shared by the express chain and the plain GraphQL POST path (graphql-post.ts).
 * `operationName` is read at the end, once the body has been parsed.
 */
export function logWhenFinished(
  logger: Logger, res: ServerResponse, requestId: string, method: string, path: string, operationName: () => unknown,
): void {
  res.setHeader("x-request-id", requestId);
  const started = process.hrtime.bigint();
  res.on("finish", () => {
    const name = operationName();
    logger.info({
      requestId, method, path: clip(path), status: res.statusCode,
      durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
      operationName: typeof name === "string" ? clip(name) : undefined,
    }, "request");
  });
}

/** Sets req.requestId (x-request-id honoured or generated), echoes it, logs one line per request. */
export function requestLogging(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const requestId = requestIdOf(req.headers["x-request-id"]);
    const r = req as RequestWithId;
    r.requestId = requestId;
    // A child logger costs more than the access line itself: made only when a handler logs.
    let child: Logger | undefined;
    Object.defineProperty(r, "log", { get: () => (child ??= logger.child({ requestId })), configurable: true });
    // The path is read now: routers mounted on a path (app.use("/graphql", ...)) rewrite req.url while they run.
    logWhenFinished(logger, res, requestId, req.method, req.path, () => (req as { body?: { operationName?: unknown } }).body?.operationName);
    next();
  };
}
