import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { Logger } from "pino";
import type { ServerContext } from "./context";
import { logWhenFinished, requestIdOf } from "./observability/logging";
import { applyTrustedDocument, refusalBody, type Refusal } from "./security/http-guards";
import type { TrustedDocuments } from "./security/trusted-documents";

export interface GraphQLPostOptions {
  /** The GraphQL path, e.g. "/graphql". */
  path: string;
  apollo: ApolloServer<ServerContext>;
  maxBodyBytes: number;
  trusted: TrustedDocuments | null;
  logger: Logger;
  context(req: IncomingMessage, requestId: string, stats: { statements: number }): Promise<ServerContext>;
  /** The everyday request without Apollo's pipeline (graphql-direct.ts); false: Apollo answers. */
  direct?: (req: IncomingMessage, res: ServerResponse, body: unknown, context: () => Promise<ServerContext>) => Promise<boolean>;
}

const TOO_LARGE: Refusal = { status: 413, code: "PAYLOAD_TOO_LARGE", message: "The request body is too large" };

/** `application/json`, with no parameter but an optional UTF-8 charset: what every GraphQL client sends. */
const PLAIN_JSON = /^\s*application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

function refuse(res: ServerResponse, refusal: Refusal, reason?: string): void {
  res.statusCode = refusal.status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify(refusalBody(refusal.code, refusal.message, reason)));
}

/**
 * POST requests to the GraphQL path with a plain JSON body go from node:http straight to Apollo's
 * integration API (executeHTTPGraphQLRequest), without express's router, body-parser and response
 * helpers, which cost about half the CPU of a small request (bench/cpu-per-request.js typename).
 * The answers are the ones the express chain gives (request id, access log, 413/400/415 JSON
 * errors, trusted documents). Anything else (another method, path, charset, a compressed body)
 * returns false, and express handles it as before.
 */
export function graphqlPostHandler(options: GraphQLPostOptions): (req: IncomingMessage, res: ServerResponse) => boolean {
  const { path, apollo, maxBodyBytes, trusted, logger } = options;
  return (req, res) => {
    if (req.method !== "POST") return false;
    const url = req.url ?? "";
    const q = url.indexOf("?");
    if ((q === -1 ? url : url.slice(0, q)) !== path) return false;
    const type = req.headers["content-type"];
    if (type === undefined || !PLAIN_JSON.test(type)) return false;
    const encoding = req.headers["content-encoding"];
    if (encoding !== undefined && encoding.toLowerCase() !== "identity") return false;

    const requestId = requestIdOf(req.headers["x-request-id"]);
    let operationName: unknown;
    logWhenFinished(logger, res, requestId, "POST", path, () => operationName);

    const declared = req.headers["content-length"] === undefined ? NaN : Number(req.headers["content-length"]);
    if (declared > maxBodyBytes) {
      refuse(res, TOO_LARGE, "BODY_TOO_LARGE");
      req.resume();
      return true;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on("data", (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > maxBodyBytes) {
        refused = true;
        chunks.length = 0;
        refuse(res, TOO_LARGE, "BODY_TOO_LARGE");
        return;
      }
      chunks.push(chunk);
    });
    req.on("error", () => { refused = true; });
    req.on("end", () => {
      if (refused) return;
      let body: unknown;
      let text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString("utf8");
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a UTF-8 byte order mark, as body-parser drops it
      // As express.json (strict): an empty body is {}, anything but an object or array is malformed.
      const first = text.trimStart()[0];
      if (first === undefined) body = {};
      else if (first !== "{" && first !== "[") body = undefined;
      else {
        try {
          body = JSON.parse(text);
        } catch {
          body = undefined;
        }
      }
      if (body === undefined) {
        refuse(res, { status: 400, code: "BAD_REQUEST", message: "The request body is not valid JSON" }, "MALFORMED_JSON");
        return;
      }
      operationName = (body as { operationName?: unknown }).operationName;
      if (trusted) {
        const refusal = applyTrustedDocument(trusted, "POST", body);
        if (refusal) return refuse(res, refusal);
      }
      respond(req, res, body, q === -1 ? "" : url.slice(q), requestId).catch((error: unknown) => {
        logger.error({ requestId, err: error }, "GraphQL request failed outside Apollo");
        if (!res.headersSent) refuse(res, { status: 500, code: "INTERNAL_SERVER_ERROR", message: "Internal server error" });
        else res.destroy();
      });
    });
    return true;
  };

  async function respond(req: IncomingMessage, res: ServerResponse, body: unknown, search: string, requestId: string): Promise<void> {
    if (options.direct) {
      const stats = { statements: 0 };
      if (await options.direct(req, res, body, () => options.context(req, requestId, stats))) return;
    }
    const headers = new HeaderMap();
    for (const key in req.headers) {
      const value = req.headers[key];
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const stats = { statements: 0 };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: "POST", headers, search, body },
      context: () => options.context(req, requestId, stats),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
}
