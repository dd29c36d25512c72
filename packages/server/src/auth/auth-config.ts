/**
 * JWT settings. Tokens are HS256 with `JWT_SECRET`, or verified against the keys of `JWKS_URL`
 * (an identity provider); issuer and audience are always checked.
 */
export interface AuthConfig {
  jwtSecret: string | null;
  jwksUrl: string | null;
  issuer: string;
  audience: string;
}

/**
 * Development only: used by the server and `yhdyspinta token` when neither JWT_SECRET nor JWKS_URL
 * is set and NODE_ENV is not production. It is public (it is in the source), so production refuses it.
 */
export const DEV_JWT_SECRET = "yhdyspinta-development-secret-do-not-use-in-production";
export const DEFAULT_ISSUER = "yhdyspinta";
export const DEFAULT_AUDIENCE = "yhdyspinta-api";
const MIN_SECRET_LENGTH = 32;

export function loadAuthConfig(env: NodeJS.ProcessEnv, production: boolean): AuthConfig {
  const jwtSecret = env.JWT_SECRET?.trim() || null;
  const jwksUrl = env.JWKS_URL?.trim() || null;
  if (jwksUrl) {
    let url: URL;
    try { url = new URL(jwksUrl); } catch { throw new Error(`JWKS_URL is not a URL: "${jwksUrl}"`); }
    if (production && url.protocol !== "https:") throw new Error("JWKS_URL must be https in production");
  }
  if (jwtSecret !== null && jwtSecret.length < MIN_SECRET_LENGTH) {
    throw new Error(`JWT_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
  }
  if (production && !jwksUrl && (jwtSecret === null || jwtSecret === DEV_JWT_SECRET)) {
    throw new Error("In production set JWT_SECRET (at least 32 random characters) or JWKS_URL; the development secret is refused");
  }
  return {
    jwtSecret: jwtSecret ?? (jwksUrl ? null : DEV_JWT_SECRET),
    jwksUrl,
    issuer: env.JWT_ISSUER?.trim() || DEFAULT_ISSUER,
    audience: env.JWT_AUDIENCE?.trim() || DEFAULT_AUDIENCE,
  };
}
