import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { issueToken, formatError, sha256, TrustedDocuments } from "@yhdyspinta/server";
import { createTestEnvironment, type TestEnvironment } from "@yhdyspinta/testing";
import WebSocket from "ws";

/**
 * Abusive requests: each is answered with a clear error code, the server stays up, and the
 * heap does not grow without bound while the whole corpus is sent several times.
 */
let env: TestEnvironment;
beforeAll(async () => { env = await createTestEnvironment(); });
afterAll(async () => { await env?.close(); });

interface Raw { status: number; body: any }
async function post(body: string, headers: Record<string, string> = { "content-type": "application/json" }): Promise<Raw> {
  const res = await fetch(env.url, { method: "POST", headers, body });
  const text = await res.text();
  let parsed: any;
  try { parsed = JSON.parse(text); } catch { parsed = { notJson: text.slice(0, 200) }; }
  return { status: res.status, body: parsed };
}
const gql = (query: string, variables?: unknown, headers?: Record<string, string>) =>
  post(JSON.stringify({ query, variables }), { "content-type": "application/json", ...headers });

const nest = (levels: number) => `{ organisations(first: 1) { nodes { ${"parent { ".repeat(levels)}id${" }".repeat(levels)} } } }`;
const ORG_ID = Buffer.from("Organisation:1").toString("base64url");

interface Abuse {
  name: string;
  send: () => Promise<Raw>;
  status: number;
  code: string;
  reason?: string;
}

const CORPUS: Abuse[] = [
  { name: "deep nesting", send: () => gql(nest(20)), status: 400, code: "QUERY_TOO_COMPLEX", reason: "DEPTH" },
  { name: "deep nesting through fragments", status: 400, code: "QUERY_TOO_COMPLEX", reason: "DEPTH",
    send: () => gql(`fragment P on Organisation { parent { parent { parent { parent { parent { parent { id } } } } } } }
      fragment Q on Organisation { parent { parent { parent { parent { parent { parent { ...P } } } } } } }
      { organisations(first: 1) { nodes { ...Q } } }`) },
  { name: "alias bomb", send: () => gql(`{ ${Array.from({ length: 500 }, (_, i) => `a${i}: regions { code }`).join(" ")} }`), status: 400, code: "QUERY_TOO_COMPLEX", reason: "ALIASES" },
  { name: "expensive nested pages", status: 400, code: "QUERY_TOO_COMPLEX", reason: "COST",
    send: () => gql(`{ organisations(first: 100) { nodes { children(first: 100) { nodes { activities(first: 100) { nodes { name } } } } } } }`) },
  { name: "cost grows with first given in variables", status: 400, code: "QUERY_TOO_COMPLEX", reason: "COST",
    send: () => gql(`query($n: Int) { regions { organisations(first: $n) { nodes { activities(first: $n) { nodes { name } } } } } }`, { n: 100 }) },
  { name: "fragment cycle", status: 400, code: "GRAPHQL_VALIDATION_FAILED",
    send: () => gql(`fragment A on Organisation { parent { ...B } } fragment B on Organisation { parent { ...A } } { organisations { nodes { ...A } } }`) },
  { name: "too many tokens", send: () => gql(`{ regions { ${"code ".repeat(6000)}} }`), status: 400, code: "QUERY_TOO_COMPLEX", reason: "TOKENS" },
  { name: "huge variable string", status: 200, code: "BAD_USER_INPUT",
    send: () => gql(`query($s: String) { organisations(filter: { search: $s }) { totalCount } }`, { s: "omaishoitaja ".repeat(15000) }) },
  { name: "huge list of ids", status: 200, code: "BAD_USER_INPUT", reason: "TOO_MANY_IDS",
    send: () => gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array.from({ length: 5000 }, (_, i) => Buffer.from(`Organisation:${i + 1}`).toString("base64url")) }) },
  { name: "invalid ID", send: () => gql(`{ node(id: "!!not an id!!") { id } }`), status: 200, code: "BAD_USER_INPUT", reason: "INVALID_ID" },
  { name: "ID of the wrong type", send: () => gql(`{ organisation(id: "${Buffer.from("Activity:1").toString("base64url")}") { id } }`), status: 200, code: "BAD_USER_INPUT", reason: "INVALID_ID" },
  { name: "integer overflow in an ID", send: () => gql(`{ organisation(id: "${Buffer.from("Organisation:99999999999").toString("base64url")}") { id } }`), status: 200, code: "BAD_USER_INPUT", reason: "INVALID_ID" },
  { name: "SQL injection in a region filter", send: () => gql(`{ organisations(filter: { regionCode: "1' OR '1'='1" }) { totalCount } }`), status: 200, code: "BAD_USER_INPUT" },
  { name: "SQL injection in a municipality filter", send: () => gql(`{ activities(filter: { municipalityCode: "';--" }) { totalCount } }`), status: 200, code: "BAD_USER_INPUT" },
  { name: "malformed JSON", send: () => post(`{"query": "{ regions { code } }"`), status: 400, code: "BAD_REQUEST", reason: "MALFORMED_JSON" },
  { name: "wrong content type", send: () => post(`query={regions{code}}`, { "content-type": "text/plain" }), status: 415, code: "UNSUPPORTED_MEDIA_TYPE" },
  { name: "form content type (CSRF)", send: () => post(`query={regions{code}}`, { "content-type": "application/x-www-form-urlencoded" }), status: 415, code: "UNSUPPORTED_MEDIA_TYPE" },
  { name: "oversized body", send: () => gql(`{ regions { code } }`, { pad: "x".repeat(400_000) }), status: 413, code: "PAYLOAD_TOO_LARGE" },
  { name: "garbage token", send: () => gql(`{ regions { code } }`, undefined, { authorization: "Bearer not.a.jwt" }), status: 401, code: "UNAUTHENTICATED", reason: "INVALID_TOKEN" },
  { name: "non-bearer authorization", send: () => gql(`{ regions { code } }`, undefined, { authorization: "Basic dXNlcjpwYXNz" }), status: 401, code: "UNAUTHENTICATED" },
  { name: "expired token", status: 401, code: "UNAUTHENTICATED",
    send: async () => gql(`{ regions { code } }`, undefined, { authorization: `Bearer ${await env.token({ roles: ["admin"], expiresIn: Math.floor(Date.now() / 1000) - 60 })}` }) },
  { name: "token signed with another secret", status: 401, code: "UNAUTHENTICATED",
    send: async () => gql(`{ regions { code } }`, undefined, { authorization: `Bearer ${await issueToken({ subject: "x", roles: ["admin"] }, { ...env.auth, jwtSecret: "some-other-secret-of-sufficient-length-123" })}` }) },
  { name: "token for another audience", status: 401, code: "UNAUTHENTICATED",
    send: async () => gql(`{ regions { code } }`, undefined, { authorization: `Bearer ${await issueToken({ subject: "x", roles: ["admin"] }, { ...env.auth, audience: "other-api" })}` }) },
  { name: "unsigned token (alg none)", status: 401, code: "UNAUTHENTICATED",
    send: () => {
      const part = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
      const none = `${part({ alg: "none", typ: "JWT" })}.${part({ sub: "x", roles: ["admin"], iss: env.auth.issuer, aud: env.auth.audience, exp: 4102444800 })}.`;
      return gql(`mutation { deleteOrganisation(id: "${ORG_ID}") { deletedId } }`, undefined, { authorization: `Bearer ${none}` });
    } },
];

function codeOf(raw: Raw): { code?: string; reason?: string } {
  const e = raw.body?.errors?.[0]?.extensions ?? {};
  return { code: e.code, reason: e.reason };
}

describe("abusive requests", () => {
  it.each(CORPUS.map((c) => [c.name, c] as const))("%s", async (_name, abuse) => {
    const raw = await abuse.send();
    expect({ status: raw.status, ...codeOf(raw) }).toEqual({ status: abuse.status, code: abuse.code, reason: abuse.reason ?? codeOf(raw).reason });
    expect(raw.body.notJson).toBeUndefined();
  });

  it("SQL in a search string is only searched for", async () => {
    const res = await env.query(`query($s: String) { organisations(filter: { search: $s }) { totalCount } activities(filter: { search: $s }) { totalCount } }`,
      { s: "'); DROP TABLE organisation; --" });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ organisations: { totalCount: 0 }, activities: { totalCount: 0 } });
    const [{ n }] = await env.database.dataSource.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'organisation'`);
    expect(n).toBe(1);
  });

  it("estimates the same document afresh for each page size in its variables, in any order", async () => {
    const doc = `query($n: Int, $code: String!) { organisations(first: $n, filter: { regionCode: $code }) { nodes { activities(first: $n) { nodes { name } } } } }`;
    const codes = async (n: number, code: string) => { const raw = await gql(doc, { n, code }); return raw.status === 200 ? "ok" : codeOf(raw).reason; };
    expect(await codes(5, "08")).toBe("ok");
    expect(await codes(100, "08")).toBe("COST");
    expect(await codes(5, "09")).toBe("ok");
    expect(await codes(100, "09")).toBe("COST");
  });

  it("lets ordinary queries within the limits through", async () => {
    const res = await env.query(`{ organisations(first: 100) { totalCount nodes { name activities(first: 10) { nodes { name municipalities { code } } } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.status).toBe(200);
  });

  it("survives the corpus sent repeatedly with bounded heap growth, and still answers", async () => {
    setFlagsFromString("--expose_gc");
    const gc = runInNewContext("gc") as () => void;
    for (const abuse of CORPUS) await abuse.send(); // warm up caches and lazy code
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let round = 0; round < 5; round++) {
      for (const abuse of CORPUS) await abuse.send();
    }
    gc();
    const growth = process.memoryUsage().heapUsed - before;
    if (process.env.REPORT_HEAP) process.stdout.write(`heap growth after 5 x ${CORPUS.length} abusive requests: ${(growth / 1048576).toFixed(1)} MB\n`);
    expect(growth).toBeLessThan(100 * 1024 * 1024);
    const health = await fetch(env.url.replace("/graphql", "/healthz"));
    expect(health.status).toBe(200);
    const res = await env.query(`{ regions(inReformOnly: true) { code } }`);
    expect(res.data.regions).toHaveLength(22);
  });
});

/** A minimal graphql-ws client: connection_init with params, then one operation. */
async function overWebSocket(url: string, params: Record<string, unknown>, query: string): Promise<{ closed?: number; type?: string; payload?: any }> {
  const socket = new WebSocket(url, "graphql-transport-ws");
  return new Promise((resolve, reject) => {
    socket.on("error", reject);
    socket.on("close", (code) => resolve({ closed: code }));
    socket.on("open", () => socket.send(JSON.stringify({ type: "connection_init", payload: params })));
    socket.on("message", (data) => {
      const message = JSON.parse(String(data));
      if (message.type === "connection_ack") socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query } }));
      if (message.type === "next" || message.type === "error") {
        socket.removeAllListeners("close");
        socket.close();
        resolve({ type: message.type, payload: message.payload });
      }
    });
  });
}

describe("request bodies on either HTTP path", () => {
  // Plain JSON POSTs are answered without express (graphql-post.ts); anything else falls back to
  // express. Both must give the same answers.
  const QUERY = JSON.stringify({ query: `{ regions { code } }` });

  it("answers plain JSON with or without a UTF-8 charset, and echoes the request id", async () => {
    for (const type of ["application/json", "application/json; charset=utf-8", "Application/JSON;charset=\"UTF-8\""]) {
      const res = await fetch(env.url, { method: "POST", headers: { "content-type": type, "x-request-id": "trace-123" }, body: QUERY });
      expect(res.status).toBe(200);
      expect(res.headers.get("x-request-id")).toBe("trace-123");
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      expect(((await res.json()) as any).data.regions.length).toBeGreaterThan(20);
    }
  });

  it("answers a body that starts with a UTF-8 byte order mark", async () => {
    const res = await fetch(env.url, { method: "POST", headers: { "content-type": "application/json" }, body: `\uFEFF${QUERY}` });
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).data.regions.length).toBeGreaterThan(20);
  });

  it("answers a gzip-compressed body through express, and refuses an unsupported charset", async () => {
    const zipped = await fetch(env.url, { method: "POST", headers: { "content-type": "application/json", "content-encoding": "gzip" }, body: gzipSync(QUERY) });
    expect(zipped.status).toBe(200);
    expect(((await zipped.json()) as any).data.regions.length).toBeGreaterThan(20);
    const latin = await post(QUERY, { "content-type": "application/json; charset=latin1" });
    expect({ status: latin.status, ...codeOf(latin) }).toMatchObject({ status: 415, code: "UNSUPPORTED_MEDIA_TYPE" });
  });

  it("refuses a streamed oversized body (no content-length), a JSON scalar and an empty body with JSON errors", async () => {
    const big = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 40; i++) controller.enqueue(new TextEncoder().encode("x".repeat(10_000)));
        controller.close();
      },
    });
    const streamed = await fetch(env.url, { method: "POST", headers: { "content-type": "application/json" }, body: big, duplex: "half" } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(((await streamed.json()) as any).errors[0].extensions).toMatchObject({ code: "PAYLOAD_TOO_LARGE", reason: "BODY_TOO_LARGE" });
    const scalar = await post(`"{ regions { code } }"`);
    expect({ status: scalar.status, ...codeOf(scalar) }).toEqual({ status: 400, code: "BAD_REQUEST", reason: "MALFORMED_JSON" });
    const empty = await post("");
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].message).toMatch(/POST body missing/);
  });
});

describe("a token used while valid", () => {
  it("is refused once it expires, though the server remembers it was verified", async () => {
    const exp = Math.floor(Date.now() / 1000) + 2;
    const token = await env.token({ roles: ["admin"], expiresIn: exp });
    const headers = { authorization: `Bearer ${token}` };
    const query = `{ organisations(first: 1) { nodes { contact { email } } } }`;
    expect((await gql(query, undefined, headers)).status).toBe(200);
    expect((await gql(query, undefined, headers)).status).toBe(200);
    await new Promise((r) => setTimeout(r, Math.max(0, exp * 1000 - Date.now()) + 50));
    const late = await gql(query, undefined, headers);
    expect(late.status).toBe(401);
    expect(late.body.errors[0].extensions).toMatchObject({ code: "UNAUTHENTICATED", reason: "INVALID_TOKEN" });
  });
});

describe("over WebSocket", () => {
  it("closes the connection with 4401 on an invalid token instead of going on anonymously", async () => {
    expect(await overWebSocket(env.wsUrl, { authorization: "Bearer not.a.jwt" }, `{ regions { code } }`)).toEqual({ closed: 4401 });
    const expired = await env.token({ roles: ["admin"], expiresIn: Math.floor(Date.now() / 1000) - 60 });
    expect(await overWebSocket(env.wsUrl, { token: expired }, `{ regions { code } }`)).toEqual({ closed: 4401 });
  });

  it("authenticates from connectionParams (authorization or token) with the same function as HTTP", async () => {
    const token = await env.token({ roles: ["admin"] });
    const query = `{ organisations(first: 1) { nodes { contact { email } } } }`;
    await env.database.dataSource.query(`INSERT INTO organisation (name_fi, kind, email) VALUES ('Testi ry', 'LOCAL', 'testi@example.fi')`);
    const anonymous = await overWebSocket(env.wsUrl, {}, query);
    expect(anonymous.payload.data.organisations.nodes[0].contact).toBeNull();
    for (const params of [{ authorization: `Bearer ${token}` }, { token }]) {
      const signedIn = await overWebSocket(env.wsUrl, params, query);
      expect(signedIn.payload.data.organisations.nodes[0].contact).toEqual({ email: "testi@example.fi" });
    }
  });

  it("applies the same limits as HTTP", async () => {
    const deep = await overWebSocket(env.wsUrl, {}, nest(20));
    expect(deep.type).toBe("error");
    expect(deep.payload[0].extensions).toEqual({ code: "QUERY_TOO_COMPLEX", reason: "DEPTH", maximumDepth: 12 });
    const tokens = await overWebSocket(env.wsUrl, {}, `{ regions { ${"code ".repeat(6000)}} }`);
    expect(tokens.payload[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    const cycle = await overWebSocket(env.wsUrl, {}, `fragment A on Organisation { parent { ...A } } { organisations { nodes { ...A } } }`);
    expect(cycle.payload[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("production mode", () => {
  let prod: TestEnvironment;
  beforeAll(async () => { prod = await createTestEnvironment({ production: true }); });
  afterAll(async () => { await prod?.close(); });

  it("refuses introspection and gives no field suggestions", async () => {
    const introspection = await prod.query(`{ __schema { types { name } } }`);
    expect(introspection.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const typo = await prod.query(`{ organisatios { totalCount } }`);
    expect(typo.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
    const typoWs = await overWebSocket(prod.wsUrl, {}, `{ organisatios { totalCount } }`);
    expect(typoWs.payload[0].message).not.toMatch(/Did you mean/);
    // Development keeps the hint.
    const devTypo = await env.query(`{ organisatios { totalCount } }`);
    expect(devTypo.errors?.[0].message).toMatch(/Did you mean .*"organisations"/);
  });

  it("masks unexpected errors: no SQL, no stack trace", () => {
    const masked = formatError(true)(
      { message: `relation "organisation" does not exist`, extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["QueryFailedError: ..."] } },
      new Error(`relation "organisation" does not exist`),
    );
    expect(masked).toEqual({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
  });

  it("keeps CSRF prevention on: a GET query without a preflight-forcing header is refused", async () => {
    const res = await fetch(`${prod.url}?query=${encodeURIComponent("{ regions { code } }")}`);
    expect(res.status).toBe(400);
  });
});

describe("trusted documents", () => {
  const REGIONS = `{ regions(inReformOnly: true) { code } }`;
  let trusted: TestEnvironment;
  beforeAll(async () => { trusted = await createTestEnvironment({ trustedDocuments: TrustedDocuments.fromDocuments([REGIONS]) }); });
  afterAll(async () => { await trusted?.close(); });
  const send = async (body: object) => {
    const res = await fetch(trusted.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as any };
  };

  it("runs a registered document by its hash, as documentId or persistedQuery", async () => {
    for (const body of [{ documentId: sha256(REGIONS) }, { documentId: `sha256:${sha256(REGIONS)}` }, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(REGIONS) } } }]) {
      const res = await send(body);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.regions).toHaveLength(22);
    }
  });

  it("refuses free-form documents and unknown hashes with stable codes", async () => {
    const free = await send({ query: `{ regions { code name } }` });
    expect({ status: free.status, code: free.body.errors[0].extensions.code }).toEqual({ status: 400, code: "TRUSTED_DOCUMENT_REQUIRED" });
    const unknown = await send({ documentId: sha256(`{ regions { name } }`) });
    expect(unknown.body.errors[0].extensions.code).toBe("TRUSTED_DOCUMENT_NOT_FOUND");
    const mismatch = await send({ query: `{ regions { name } }`, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(REGIONS) } } });
    expect(mismatch.body.errors[0].extensions.code).toBe("TRUSTED_DOCUMENT_NOT_FOUND");
    const ws = await overWebSocket(trusted.wsUrl, {}, `{ regions { code } }`);
    expect(ws.payload[0].extensions.code).toBe("TRUSTED_DOCUMENT_REQUIRED");
  });
});
