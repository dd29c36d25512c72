import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { GraphQLError } from "graphql";

export const TRUSTED_DOCUMENT_REQUIRED = "TRUSTED_DOCUMENT_REQUIRED";
export const TRUSTED_DOCUMENT_NOT_FOUND = "TRUSTED_DOCUMENT_NOT_FOUND";

/**
 * Trusted documents ("persisted queries" registered at build time): a manifest maps the sha256 of
 * each document the front-ends use to the document. With a manifest, clients send only the hash
 * (`extensions.persistedQuery.sha256Hash`, or `documentId`, optionally "sha256:"-prefixed);
 * any other document is refused.
 */
export class TrustedDocuments {
  private constructor(private readonly byHash: ReadonlyMap<string, string>) {}

  static load(path: string): TrustedDocuments {
    let manifest: unknown;
    try {
      manifest = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      throw new Error(`TRUSTED_DOCUMENTS: cannot read ${path}: ${(error as Error).message}`);
    }
    if (!manifest || typeof manifest !== "object" || Array.isArray(manifest)) throw new Error(`TRUSTED_DOCUMENTS: ${path} must be an object of sha256 -> document`);
    const byHash = new Map<string, string>();
    for (const [hash, document] of Object.entries(manifest as Record<string, unknown>)) {
      if (typeof document !== "string") throw new Error(`TRUSTED_DOCUMENTS: the value of ${hash} is not a string`);
      const actual = sha256(document);
      if (actual !== hash.toLowerCase().replace(/^sha256:/, "")) throw new Error(`TRUSTED_DOCUMENTS: ${hash} is not the sha256 of its document (${actual})`);
      byHash.set(actual, document);
    }
    return new TrustedDocuments(byHash);
  }

  static fromDocuments(documents: string[]): TrustedDocuments {
    return new TrustedDocuments(new Map(documents.map((d) => [sha256(d), d])));
  }

  /** These documents and `documents` (e.g. the server's own pages' operations). */
  including(documents: readonly string[]): TrustedDocuments {
    const byHash = new Map(this.byHash);
    for (const document of documents) byHash.set(sha256(document), document);
    return new TrustedDocuments(byHash);
  }

  get size(): number {
    return this.byHash.size;
  }

  /** The registered document a request names, or a GraphQLError with a stable code. */
  resolve(request: { query?: unknown; documentId?: unknown; extensions?: unknown }): string | GraphQLError {
    const extensions = request.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined;
    const id = request.documentId ?? extensions?.persistedQuery?.sha256Hash;
    if (typeof id !== "string" || id === "") {
      return new GraphQLError("This server runs only registered operations: send documentId or extensions.persistedQuery.sha256Hash", {
        extensions: { code: TRUSTED_DOCUMENT_REQUIRED, http: { status: 400 } },
      });
    }
    const document = this.byHash.get(id.toLowerCase().replace(/^sha256:/, ""));
    // An empty query is no query: graphql-ws clients must send a string, so they send "" with the id.
    if (document === undefined || (typeof request.query === "string" && request.query !== "" && request.query !== document)) {
      return new GraphQLError("Unknown operation: it is not registered with this server", {
        extensions: { code: TRUSTED_DOCUMENT_NOT_FOUND, http: { status: 400 } },
      });
    }
    return document;
  }
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
