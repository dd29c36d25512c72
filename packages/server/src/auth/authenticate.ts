import { ErrorCode, ROLES, type Viewer, parseIntId, Organisation, type RoleValue } from "@yhdyspinta/core/internal";
import { webcrypto } from "node:crypto";
import { GraphQLError } from "graphql";
import type { AuthConfig } from "./auth-config";
import { jose, type Jose } from "./jose";

/** Claims of a Yhdyspinta token besides sub/iss/aud/exp. */
export interface YhdyspintaClaims {
  roles?: unknown;
  /** Global IDs of the organisations an editor edits. */
  organisations?: unknown;
  /** Wellbeing region codes a coordinator coordinates. */
  regions?: unknown;
}

const ASYMMETRIC_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "EdDSA"];
const MAX_TOKEN_LENGTH = 8192;

export class InvalidTokenError extends GraphQLError {
  constructor(reason: string) {
    super(`Invalid access token: ${reason}`, { extensions: { code: ErrorCode.UNAUTHENTICATED, reason: "INVALID_TOKEN", http: { status: 401 } } });
  }
}

const jwksByUrl = new Map<string, ReturnType<typeof jose.createRemoteJWKSet>>();
// jose imports a raw Uint8Array secret into WebCrypto on every verification (~10 % of a small
// request's CPU); the imported HMAC key is immutable, so it is imported once per secret.
const hmacKeys = new Map<string, Promise<webcrypto.CryptoKey>>();
function hmacKey(secret: string): Promise<webcrypto.CryptoKey> {
  let key = hmacKeys.get(secret);
  if (!key) {
    key = webcrypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
    hmacKeys.set(secret, key);
  }
  return key;
}

function keyFor(config: AuthConfig): { key: Promise<webcrypto.CryptoKey> | ReturnType<typeof jose.createRemoteJWKSet>; algorithms: string[] } {
  if (config.jwksUrl) {
    let jwks = jwksByUrl.get(config.jwksUrl);
    if (!jwks) {
      jwks = jose.createRemoteJWKSet(new URL(config.jwksUrl));
      jwksByUrl.set(config.jwksUrl, jwks);
    }
    return { key: jwks, algorithms: ASYMMETRIC_ALGORITHMS };
  }
  if (!config.jwtSecret) throw new Error("No JWT_SECRET or JWKS_URL configured");
  return { key: hmacKey(config.jwtSecret), algorithms: ["HS256"] };
}

function stringList(value: unknown, claim: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.length > 1000 || !value.every((v) => typeof v === "string" && v.length <= 200)) {
    throw new InvalidTokenError(`claim "${claim}" must be a list of strings`);
  }
  return value as string[];
}

/** Turns verified claims into a Viewer; unknown roles or malformed lists make the token invalid. */
export function viewerFromClaims(payload: Jose.JWTPayload & YhdyspintaClaims): Viewer {
  if (!payload.sub) throw new InvalidTokenError(`claim "sub" is missing`);
  const roles = stringList(payload.roles, "roles");
  const unknown = roles.filter((r) => !ROLES.includes(r as RoleValue));
  if (unknown.length) throw new InvalidTokenError(`unknown role ${unknown[0]}`);
  let organisationIds: number[];
  try {
    organisationIds = stringList(payload.organisations, "organisations").map((id) => parseIntId(id, Organisation.typeName, "organisations"));
  } catch (error) {
    if (error instanceof InvalidTokenError) throw error;
    throw new InvalidTokenError(`claim "organisations" must hold Organisation IDs`);
  }
  const regionCodes = stringList(payload.regions, "regions");
  if (!regionCodes.every((c) => /^[0-9]{2}$/.test(c))) throw new InvalidTokenError(`claim "regions" must hold two-digit region codes`);
  return { subject: payload.sub, roles, organisationIds, regionCodes };
}

/**
 * The one authentication step of HTTP and WebSocket: a bearer token (or an `Authorization` header
 * value) -> the Viewer, or null when no token was given (anonymous). A token that is present but
 * invalid, expired or wrongly signed is UNAUTHENTICATED: it is never downgraded to anonymous.
 */
export async function authenticate(tokenOrHeader: unknown, config: AuthConfig): Promise<Viewer | null> {
  if (tokenOrHeader === undefined || tokenOrHeader === null || tokenOrHeader === "") return null;
  if (typeof tokenOrHeader !== "string") throw new InvalidTokenError("not a string");
  // "Bearer <token>" (HTTP header, or connectionParams.authorization) or the bare token.
  const match = /^\s*Bearer\s+(\S*)\s*$/i.exec(tokenOrHeader);
  const token = match ? match[1] : tokenOrHeader.trim();
  if (!match && /\s/.test(token)) throw new InvalidTokenError("only Bearer tokens are accepted");
  if (token === "") throw new InvalidTokenError("empty token");
  if (token.length > MAX_TOKEN_LENGTH) throw new InvalidTokenError("too long");
  const cached = verifiedTokens.get(token);
  if (cached && cached.config === config) {
    const now = Date.now();
    if (now < cached.until && (cached.notBefore === undefined || now >= cached.notBefore)) return cached.viewer;
    verifiedTokens.delete(token);
  }
  const { key, algorithms } = keyFor(config);
  let payload: Jose.JWTPayload;
  try {
    const resolved = typeof key === "function" ? key : await key;
    ({ payload } = await jose.jwtVerify(token, resolved as unknown as Uint8Array /* picks an overload; both key kinds are accepted */, {
      issuer: config.issuer, audience: config.audience, algorithms, requiredClaims: ["exp", "sub"],
    }));
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ERR_JWT_EXPIRED") throw new InvalidTokenError("expired");
    if (code === "ERR_JWS_SIGNATURE_VERIFICATION_FAILED") throw new InvalidTokenError("signature does not verify");
    if (code === "ERR_JWT_CLAIM_VALIDATION_FAILED") throw new InvalidTokenError((error as Error).message);
    if (code === "ERR_JWKS_TIMEOUT" || code === "ERR_JOSE_GENERIC") throw new InvalidTokenError("signing keys unavailable");
    throw new InvalidTokenError("malformed or not signed with an accepted algorithm");
  }
  const viewer = freezeViewer(viewerFromClaims(payload));
  expiries.set(viewer, (payload.exp ?? 0) * 1000);
  remember(token, config, viewer, payload);
  return viewer;
}

/** When each verified token's viewer stops being valid (ms since the epoch), for long-lived connections. */
const expiries = new WeakMap<Viewer, number>();

/** The `exp` (in ms) of the token a viewer came from; undefined for a viewer not made by `authenticate`. */
export function expiryOf(viewer: Viewer): number | undefined {
  return expiries.get(viewer);
}

/**
 * A client sends the same token with every request of a session; verifying its signature each
 * time was ~10 % of a small request's CPU. A verified token's Viewer is kept until the token
 * expires, but at most VERIFIED_TTL_MS, so a signing key withdrawn from a JWKS stops being
 * honoured within a minute. Invalid tokens are never kept.
 */
const VERIFIED_TTL_MS = 60_000;
const MAX_VERIFIED = 10_000;
const verifiedTokens = new Map<string, { config: AuthConfig; viewer: Viewer; until: number; notBefore?: number }>();

function remember(token: string, config: AuthConfig, viewer: Viewer, payload: Jose.JWTPayload): void {
  if (verifiedTokens.size >= MAX_VERIFIED) verifiedTokens.delete(verifiedTokens.keys().next().value!);
  const until = Math.min(Date.now() + VERIFIED_TTL_MS, (payload.exp ?? 0) * 1000);
  verifiedTokens.set(token, { config, viewer, until, notBefore: payload.nbf === undefined ? undefined : payload.nbf * 1000 });
}

/** Shared between requests once cached: nothing may change it. */
function freezeViewer(viewer: Viewer): Viewer {
  Object.freeze(viewer.roles);
  Object.freeze(viewer.organisationIds);
  Object.freeze(viewer.regionCodes);
  return Object.freeze(viewer);
}

export interface TokenRequest {
  subject: string;
  roles: RoleValue[];
  organisations?: string[];
  regions?: string[];
  /** jose time span, e.g. "8h", "30m"; default 8h. */
  expiresIn?: string | number;
}

/** Signs an HS256 token with JWT_SECRET (development tokens, tests). */
export async function issueToken(request: TokenRequest, config: AuthConfig): Promise<string> {
  if (!config.jwtSecret) throw new Error("Issuing tokens needs JWT_SECRET (tokens from a JWKS_URL provider are issued by that provider)");
  return new jose.SignJWT({ roles: request.roles, organisations: request.organisations ?? [], regions: request.regions ?? [] })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(request.subject)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? "8h")
    .sign(new TextEncoder().encode(config.jwtSecret));
}
