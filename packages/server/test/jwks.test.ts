import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { authenticate, type AuthConfig } from "@yhdyspinta/server";
import { jose } from "../src/auth/jose";

type Key = Awaited<ReturnType<typeof jose.generateKeyPair>>["privateKey"];

// Production deployments verify tokens with an identity provider's published keys (JWKS_URL):
// a token signed with a published key is accepted, anything else is UNAUTHENTICATED.
let server: Server;
let config: AuthConfig;
let signingKey: Key;
let strangerKey: Key;
let jwksRequests = 0;

beforeAll(async () => {
  const pair = await jose.generateKeyPair("ES256", { extractable: true });
  signingKey = pair.privateKey;
  strangerKey = (await jose.generateKeyPair("ES256")).privateKey;
  const jwk = { ...(await jose.exportJWK(pair.publicKey)), kid: "key-1", alg: "ES256", use: "sig" };
  server = createServer((req, res) => {
    jwksRequests++;
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  config = { jwtSecret: null, jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json`, issuer: "https://idp.example.fi", audience: "yhdyspinta-api" };
});
afterAll(async () => { await new Promise((resolve) => server?.close(resolve)); });

function sign(key: Key, claims: Record<string, unknown>, kid = "key-1", expires: string | number = "5m") {
  return new jose.SignJWT(claims).setProtectedHeader({ alg: "ES256", kid }).setSubject("user-1").setIssuer(config.issuer)
    .setAudience(config.audience).setIssuedAt().setExpirationTime(expires).sign(key);
}

describe("tokens verified with JWKS_URL", () => {
  it("accepts a token signed with a published key, with its roles", async () => {
    const viewer = await authenticate(`Bearer ${await sign(signingKey, { roles: ["coordinator"], regions: ["15"] })}`, config);
    expect(viewer).toMatchObject({ subject: "user-1", roles: ["coordinator"], regionCodes: ["15"] });
    expect(jwksRequests).toBeGreaterThan(0);
  });

  it("refuses a token signed with another key, an HS256 token and an expired one", async () => {
    await expect(authenticate(await sign(strangerKey, { roles: ["admin"] }), config)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    const hs = await new jose.SignJWT({ roles: ["admin"] }).setProtectedHeader({ alg: "HS256" }).setSubject("x").setIssuer(config.issuer)
      .setAudience(config.audience).setExpirationTime("5m").sign(new TextEncoder().encode("guessed-secret-guessed-secret-32b"));
    await expect(authenticate(hs, config)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
    const expired = await sign(signingKey, { roles: ["admin"] }, "key-1", Math.floor(Date.now() / 1000) - 10);
    await expect(authenticate(expired, config)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED", reason: "INVALID_TOKEN" } });
  });
});
