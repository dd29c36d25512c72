import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { buildSchemaFor, loadConfig, startHttpServer, type RunningServer } from "@yhdyspinta/server";
import { createTestEnvironment, type TestEnvironment } from "@yhdyspinta/testing";

// What the public port (the one behind the proxy) shows to anyone: no metrics, no debugging
// headers, and security headers on every answer.
let env: TestEnvironment;
beforeAll(async () => {
  env = await createTestEnvironment({ production: true });
});
afterAll(async () => { await env?.close(); });

const QUERY = JSON.stringify({ query: "{ regions { code } }" });

describe("metrics", () => {
  it("are not served on the public port in any spelling or method", async () => {
    const spellings = ["/metrics", "/metrics/", "/Metrics", "/METRICS", "/mEtRiCs", "/metrics?x=1", "/metrics/.", "/%6Detrics", "/metrics%2F", "//metrics", "/./metrics", "/graphql/../metrics"];
    for (const path of spellings) {
      for (const method of ["GET", "HEAD", "POST"]) {
        const res = await fetch(`${env.origin}${path}`, { method, headers: { "content-type": "application/json" }, body: method === "POST" ? QUERY : undefined });
        const text = await res.text();
        expect({ path, method, status: res.status }).toEqual({ path, method, status: 404 });
        expect(text).not.toContain("yhdyspinta_");
      }
    }
  });

  it("are served on their own port, on the loopback interface by default", async () => {
    await env.query("query MetricsPortProbe { regions { code } }");
    const url = new URL(env.server.metricsUrl!);
    expect(url.hostname).toBe("127.0.0.1");
    expect(url.port).not.toBe(new URL(env.url).port);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await res.text()).toMatch(/^yhdyspinta_graphql_requests_total\{operation="MetricsPortProbe",type="query",outcome="ok"\} \d+$/m);
    expect((await fetch(new URL("/graphql", url))).status).toBe(404);
    expect(loadConfig({}).metrics).toEqual({ port: 9464, host: "127.0.0.1" });
    // A taken metrics port fails the start, like a taken API port.
    await expect(startHttpServer({
      schema: await buildSchemaFor([]), dataSource: env.database.dataSource, reference: env.database.reference,
      port: 0, host: "127.0.0.1", auth: env.auth, metrics: { port: Number(url.port), host: "127.0.0.1" },
    })).rejects.toThrow(/EADDRINUSE/);
    expect(loadConfig({ METRICS_PORT: "9100", METRICS_HOST: "0.0.0.0" }).metrics).toEqual({ port: 9100, host: "0.0.0.0" });
  });
});

/** Every answer of the public port, pages and API alike. */
function expectSecurityHeaders(res: Response, what: string): void {
  const headers = Object.fromEntries(["x-content-type-options", "x-frame-options", "referrer-policy"].map((h) => [h, res.headers.get(h)]));
  expect({ what, ...headers }).toEqual({ what, "x-content-type-options": "nosniff", "x-frame-options": "DENY", "referrer-policy": "no-referrer" });
  const csp = res.headers.get("content-security-policy") ?? "";
  expect({ what, csp }).toEqual({ what, csp: expect.stringContaining("frame-ancestors 'none'") });
}

function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
}

describe("security headers", () => {
  it("give the HTML pages a policy that loads only this origin's files and no inline code except the page's own", async () => {
    for (const [path, headers] of [["/graphql", { accept: "text/html" }], ["/explorer", {}], ["/progress", {}]] as const) {
      const res = await fetch(`${env.origin}${path}`, { headers });
      expect(res.headers.get("content-type")).toMatch(/^text\/html/);
      expectSecurityHeaders(res, path);
      const policy = directives(res.headers.get("content-security-policy")!);
      expect(policy["default-src"]).toEqual(["'none'"]);
      expect(policy["connect-src"]).toEqual(["'self'"]);
      expect(policy["base-uri"]).toEqual(["'none'"]);
      for (const directive of ["script-src", "style-src"]) {
        // Only this origin and hashes: no hosts, no wildcards, no 'unsafe-inline' or 'unsafe-eval'.
        for (const source of policy[directive]!) expect({ path, directive, source }).toEqual({ path, directive, source: expect.stringMatching(/^'self'$|^'sha256-[A-Za-z0-9+/]+=*'$/) });
      }
      // Each inline <script> of the page is allowed by its hash, so the page works under the policy.
      const html = await res.text();
      const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      expect(inline.length).toBeGreaterThan(0);
      for (const script of inline) expect(policy["script-src"]).toContain(`'sha256-${createHash("sha256").update(script).digest("base64")}'`);
    }
  });

  it("are on API answers of both GraphQL paths, on errors and on the other endpoints", async () => {
    const plain = await fetch(env.url, { method: "POST", headers: { "content-type": "application/json" }, body: QUERY });
    expect(plain.status).toBe(200);
    expectSecurityHeaders(plain, "plain POST");
    const zipped = await fetch(env.url, { method: "POST", headers: { "content-type": "application/json", "content-encoding": "gzip" }, body: gzipSync(QUERY) });
    expect(zipped.status).toBe(200);
    expectSecurityHeaders(zipped, "gzip POST (express)");
    const malformed = await fetch(env.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{" });
    expect(malformed.status).toBe(400);
    expectSecurityHeaders(malformed, "malformed JSON");
    for (const path of ["/healthz", "/readyz", "/assets/graphql-client.js", "/no-such-page"]) expectSecurityHeaders(await fetch(`${env.origin}${path}`), path);
    expect(directives(plain.headers.get("content-security-policy")!)["default-src"]).toEqual(["'none'"]);
  });
});

describe("x-sql-statements", () => {
  it("is left out by default (production configuration and the server's default) and sent when configured", async () => {
    expect(loadConfig({ NODE_ENV: "production", JWT_SECRET: "x".repeat(40) }).exposeSqlStatements).toBe(false);
    expect(loadConfig({ EXPOSE_SQL_STATEMENTS: "1" }).exposeSqlStatements).toBe(true);
    let server: RunningServer | undefined;
    try {
      server = await startHttpServer({
        schema: await buildSchemaFor([]), dataSource: env.database.dataSource, reference: env.database.reference,
        port: 0, host: "127.0.0.1", production: true, auth: env.auth, metrics: false,
      });
      for (const url of [server.url, env.url]) {
        const organisations = JSON.stringify({ query: "{ organisations(first: 2) { totalCount } }" });
        const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: organisations });
        expect(res.status).toBe(200);
        if (url === env.url) expect(res.headers.get("x-sql-statements")).toMatch(/^[1-9]\d*$/);
        else expect(res.headers.get("x-sql-statements")).toBeNull();
      }
    } finally {
      await server?.stop();
    }
  });
});
