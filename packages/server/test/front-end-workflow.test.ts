import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { Kind, parse } from "graphql";
import { TrustedDocuments } from "@yhdyspinta/server";
import { createTestEnvironment, type TestEnvironment } from "@yhdyspinta/testing";

// The workflow docs/querying.md gives front-end teams (issue 13, item 7), run on examples/front-end:
// GraphQL Code Generator's client preset reads schema.graphql and the app's operations, writes typed
// documents and a sha256 manifest; the app type-checks; a server started with that manifest runs an
// operation by its id and refuses any other document.
const root = resolve(__dirname, "..", "..", "..");
const app = join(root, "examples", "front-end");
const generated = join(app, "src", "gql");
const bin = (name: string) => join(root, "node_modules", ".bin", name);

let env: TestEnvironment;
afterAll(async () => { await env?.close(); });

/** The app's operations by name, read from its .graphql files (not listed here). */
function operationNames(): string[] {
  return readdirSync(join(app, "src")).filter((f) => f.endsWith(".graphql"))
    .flatMap((f) => parse(readFileSync(join(app, "src", f), "utf8")).definitions)
    .flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));
}

describe("typed front-end workflow", () => {
  it("generates types and a manifest, type-checks the app, and serves only the manifest's operations", async () => {
    rmSync(generated, { recursive: true, force: true });
    execFileSync(bin("graphql-codegen"), ["--config", "codegen.ts", "--silent"], { cwd: app, stdio: "pipe" });
    // The app uses the generated types; a type error would throw here with tsc's output.
    execFileSync(bin("tsc"), ["-p", "tsconfig.json"], { cwd: app, stdio: "pipe" });

    const manifestPath = join(generated, "persisted-documents.json");
    const manifest: Record<string, string> = JSON.parse(readFileSync(manifestPath, "utf8"));
    const names = operationNames();
    expect(names.length).toBeGreaterThan(1);
    expect(Object.keys(manifest)).toHaveLength(names.length);
    // The server's own loader accepts the file (it checks every hash against its document).
    const trustedDocuments = TrustedDocuments.load(manifestPath);
    expect(trustedDocuments.size).toBe(names.length);

    env = await createTestEnvironment({ seed: "demo", trustedDocuments });
    // The id the generated document carries is what the front end sends.
    const typed = readFileSync(join(generated, "graphql.ts"), "utf8");
    const documentId = new RegExp(`OrganisationsInRegionDocument = \\{"__meta__":\\{"hash":"([^"]+)"`).exec(typed)?.[1];
    expect(documentId).toMatch(/^sha256:[0-9a-f]{64}$/);
    const post = (body: object) => fetch(env.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })
      .then(async (res) => ({ status: res.status, body: (await res.json()) as { data?: any; errors?: any[] } }));

    const byId = await post({ documentId, variables: { regionCode: "15", first: 3 } });
    expect(byId.body.errors).toBeUndefined();
    expect(byId.body.data.organisations.totalCount).toBeGreaterThan(3);
    expect(byId.body.data.organisations.nodes).toHaveLength(3);
    for (const node of byId.body.data.organisations.nodes) expect(node.nameIn).toMatchObject({ text: expect.any(String) });

    // Not in the manifest: the same query written by hand is refused, with or without an id.
    const unlisted = await post({ query: `{ organisations(first: 3) { nodes { id } } }` });
    expect(unlisted.body.errors?.[0].extensions.code).toBe("TRUSTED_DOCUMENT_REQUIRED");
    const unknownId = await post({ documentId: `sha256:${"0".repeat(64)}` });
    expect(unknownId.body.errors?.[0].extensions.code).toBe("TRUSTED_DOCUMENT_NOT_FOUND");
    const otherText = await post({ documentId, query: `{ organisations(first: 3) { nodes { id } } }` });
    expect(otherText.body.errors?.[0].extensions.code).toBe("TRUSTED_DOCUMENT_NOT_FOUND");
  });
});
