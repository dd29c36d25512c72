import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Kind, parse } from "graphql";
import { sha256, TrustedDocuments } from "@yhdyspinta/server";
import { createTestEnvironment, type TestEnvironment } from "@yhdyspinta/testing";
import { OPAS_DIR, opasDocuments, withOpasDocuments } from "../src/front/opas-page";

// The service-guide page's typed operations (packages/server/opas/src/opas.graphql) and how the
// server serves the page. The browser tests (opas.browser.test.ts) use it.
const root = resolve(__dirname, "..", "..", "..");

/** Operation names declared in the page's .graphql files. */
function operationNames(): string[] {
  return parse(readFileSync(join(OPAS_DIR, "src", "opas.graphql"), "utf8")).definitions
    .flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));
}

describe("service guide page: operations and serving", () => {
  it("has generated types and a manifest up to date with opas.graphql and schema.graphql", () => {
    // --check fails (status 1, throws) when regenerating would change a committed file: run `npm run opas:codegen`.
    execFileSync(join(root, "node_modules", ".bin", "graphql-codegen"), ["--config", "codegen.ts", "--check", "--silent"], { cwd: OPAS_DIR, stdio: "pipe" });
    const manifest = opasDocuments();
    const names = operationNames();
    expect(names.length).toBeGreaterThan(0);
    expect(Object.keys(manifest)).toHaveLength(names.length);
    for (const name of names) expect(Object.values(manifest).filter((d) => new RegExp(`\\b(query|mutation|subscription) ${name}\\b`).test(d))).toHaveLength(1);
    for (const [hash, document] of Object.entries(manifest)) expect(hash).toBe(`sha256:${sha256(document)}`);
  });

  it("adds the page's operations to an operator's manifest, and only those", () => {
    const operator = TrustedDocuments.fromDocuments(["query OperatorOwn { regions { code } }"]);
    const both = withOpasDocuments(operator);
    expect(both.size).toBe(operator.size + Object.keys(opasDocuments()).length);
    for (const [hash, document] of Object.entries(opasDocuments())) expect(both.resolve({ documentId: hash })).toBe(document);
    expect(both.resolve({ documentId: `sha256:${sha256("query OperatorOwn { regions { code } }")}` })).toBe("query OperatorOwn { regions { code } }");
    expect(operator.size).toBe(1); // the operator's own object is not changed
  });

  describe("served by the server", () => {
    let env: TestEnvironment;
    let base: string;
    beforeAll(async () => {
      env = await createTestEnvironment({ seed: "demo" });
      base = env.url.replace(/\/graphql$/, "");
    });
    afterAll(async () => { await env?.close(); });

    it("serves the page at /opas and at every detail URL, with its policy, and its scripts from this server", async () => {
      for (const path of ["/opas", "/opas/activity/QWN0aXZpdHk6MQ"]) {
        const res = await fetch(`${base}${path}`);
        expect(res.status).toBe(200);
        expect(res.headers.get("content-type")).toMatch(/^text\/html/);
        expect(res.headers.get("content-security-policy")).toContain("script-src 'self' 'sha256-");
        const html = await res.text();
        // No third-party origin anywhere in the markup (no CDN).
        expect(html.match(/(?:src|href)="(?!\/|#)[^"]*"/g)).toBeNull();
        expect(html).toContain(`<script type="module" src="/opas/assets/main.js"></script>`);
      }
      const main = await fetch(`${base}/opas/assets/main.js`);
      expect(main.status).toBe(200);
      expect(main.headers.get("content-type")).toMatch(/^text\/javascript/);
      // Every module main.js imports is served too (relative ES module imports, resolved as the browser does).
      const pending = [new URL(`${base}/opas/assets/main.js`)];
      const seen = new Set<string>();
      while (pending.length) {
        const url = pending.pop()!;
        if (seen.has(url.href)) continue;
        seen.add(url.href);
        const res = await fetch(url);
        expect([url.pathname, res.status]).toEqual([url.pathname, 200]);
        for (const m of (await res.text()).matchAll(/^import [^;]*?from ["'](\.[^"']+)["']/gm)) pending.push(new URL(m[1]!, url));
      }
      expect(seen.size).toBeGreaterThan(3);
      expect((await fetch(`${base}/opas/opas.css`)).headers.get("content-type")).toMatch(/^text\/css/);
      for (const missing of ["/opas/assets/nothing.js", "/opas/assets/../../package.json", "/opas/assets/main.d.ts"]) {
        expect((await fetch(`${base}${missing}`)).status).toBe(404);
      }
    });

    it("runs a page of results, with distance, next meetings and facets, in as many statements for 5 rows as for 50", async () => {
      const search = Object.values(opasDocuments()).find((d) => /query OpasSearch\b/.test(d))!;
      const point = { latitude: 62.6, longitude: 29.76 };
      const variables = {
        language: "FI", orderBy: [{ field: "DISTANCE" }], point, withDistance: true,
        filter: { near: { ...point, radiusKm: 300 }, occursBetween: { from: "2026-09-14T00:00:00+03:00", to: "2026-09-28T00:00:00+03:00" }, maxCostAmount: 10 },
      };
      const small = await env.query(search, { ...variables, first: 5 });
      const large = await env.query(search, { ...variables, first: 50 });
      expect(small.errors).toBeUndefined();
      expect(large.errors).toBeUndefined();
      expect(large.data.activities.nodes).toHaveLength(50);
      expect(large.statements).toBe(small.statements);
    });

    it("tells the page whether to send hashes: only under TRUSTED_DOCUMENTS", async () => {
      const config = (html: string) => JSON.parse(/window\.YHDYSPINTA_OPAS = (\{[^<]*\});/.exec(html)![1]!);
      expect(config(await (await fetch(`${base}/opas`)).text())).toEqual({ graphqlPath: "/graphql", trustedDocuments: false });
      const trusted = await createTestEnvironment({ databaseName: env.databaseName, trustedDocuments: TrustedDocuments.fromDocuments(["{ __typename }"]) });
      try {
        const page = await fetch(`${trusted.url.replace(/\/graphql$/, "")}/opas`);
        expect(config(await page.text())).toEqual({ graphqlPath: "/graphql", trustedDocuments: true });
        const [hash] = Object.entries(opasDocuments()).find(([, d]) => /query OpasSearch\b/.test(d))!;
        const res = await fetch(trusted.url, {
          method: "POST", headers: { "content-type": "application/json" },
          body: JSON.stringify({ documentId: hash, variables: { filter: { search: "vertaistukiryhmä" }, first: 10, language: "FI" } }),
        });
        const body = (await res.json()) as { data?: { activities: { totalCount: number } }; errors?: unknown[] };
        expect(body.errors).toBeUndefined();
        expect(body.data!.activities.totalCount).toBeGreaterThan(0);
      } finally {
        await trusted.close();
      }
    });
  });
});
