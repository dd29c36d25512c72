import { tokenCommand } from "@yhdyspinta/cli";
import { DEV_JWT_SECRET, authenticate, loadAuthConfig } from "@yhdyspinta/server";

const orgA = Buffer.from("Organisation:7").toString("base64url");

describe("yhdyspinta token", () => {
  it("issues a token the server accepts, with the roles and scopes asked for", async () => {
    const env = { JWT_SECRET: "a-test-secret-that-is-long-enough-0123456789" };
    const token = await tokenCommand(["--role", "editor,coordinator", "--organisations", orgA, "--regions", "15,14", "--subject", "maija"], env);
    expect(await authenticate(`Bearer ${token}`, loadAuthConfig(env, false))).toEqual({
      subject: "maija", roles: ["editor", "coordinator"], organisationIds: [7], regionCodes: ["15", "14"],
    });
    // Another secret: the same token is refused.
    await expect(authenticate(token, loadAuthConfig({ JWT_SECRET: "another-secret-that-is-long-enough-0123456789" }, false)))
      .rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" } });
  });

  it("uses the development secret outside production and refuses to in production", async () => {
    const token = await tokenCommand(["--role", "admin"], {});
    expect(await authenticate(token, { jwtSecret: DEV_JWT_SECRET, jwksUrl: null, issuer: "yhdyspinta", audience: "yhdyspinta-api" }))
      .toMatchObject({ roles: ["admin"] });
    await expect(tokenCommand(["--role", "admin"], { NODE_ENV: "production" })).rejects.toThrow(/JWT_SECRET/);
    expect(() => loadAuthConfig({ NODE_ENV: "production", JWT_SECRET: DEV_JWT_SECRET }, true)).toThrow(/development secret/);
  });

  it("refuses unknown roles and scoped roles without their scope", async () => {
    await expect(tokenCommand(["--role", "root"], {})).rejects.toThrow(/unknown role/);
    await expect(tokenCommand(["--role", "editor"], {})).rejects.toThrow(/--organisations/);
    await expect(tokenCommand(["--role", "coordinator"], {})).rejects.toThrow(/--regions/);
    await expect(tokenCommand(["--role", "coordinator", "--regions", "15,99"], {})).rejects.toThrow(/unknown wellbeing region code "99"/);
  });

  it("honours --expires", async () => {
    const token = await tokenCommand(["--role", "admin", "--expires", "90s"], {});
    const payload = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString());
    expect(payload.exp - payload.iat).toBe(90);
  });
});
