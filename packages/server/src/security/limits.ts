import { positiveIntFromEnv } from "./env-settings";

/** Limits on what one GraphQL request may ask for; each is set from the environment (docs/security.md). */
export interface SecurityLimits {
  /** Deepest field nesting (introspection fields not counted). MAX_QUERY_DEPTH, default 12. */
  maxDepth: number;
  /** Estimated cost (connections cost `first` x their selection). MAX_QUERY_COST, default 20000. */
  maxCost: number;
  /** Aliased fields in one document. MAX_QUERY_ALIASES, default 30. */
  maxAliases: number;
  /** Lexical tokens in one document, checked while parsing. MAX_QUERY_TOKENS, default 5000. */
  maxTokens: number;
  /** Largest request body in bytes. MAX_BODY_BYTES, default 262144 (256 KiB). */
  maxBodyBytes: number;
  /** Path of a trusted-documents manifest ({ "<sha256>": "<document>" }); only those run. TRUSTED_DOCUMENTS. */
  trustedDocuments: string | null;
}

export const DEFAULT_LIMITS: SecurityLimits = {
  maxDepth: 12,
  maxCost: 20_000,
  maxAliases: 30,
  maxTokens: 5_000,
  maxBodyBytes: 256 * 1024,
  trustedDocuments: null,
};

export function loadSecurityLimits(env: NodeJS.ProcessEnv): SecurityLimits {
  return {
    maxDepth: positiveIntFromEnv(env, "MAX_QUERY_DEPTH", DEFAULT_LIMITS.maxDepth),
    maxCost: positiveIntFromEnv(env, "MAX_QUERY_COST", DEFAULT_LIMITS.maxCost),
    maxAliases: positiveIntFromEnv(env, "MAX_QUERY_ALIASES", DEFAULT_LIMITS.maxAliases),
    maxTokens: positiveIntFromEnv(env, "MAX_QUERY_TOKENS", DEFAULT_LIMITS.maxTokens),
    maxBodyBytes: positiveIntFromEnv(env, "MAX_BODY_BYTES", DEFAULT_LIMITS.maxBodyBytes),
    trustedDocuments: env.TRUSTED_DOCUMENTS?.trim() || null,
  };
}
