import { Writable } from "node:stream";
import { buildSchemaFor, checkDocument, DEFAULT_LIMITS, shapeCheckWork } from "@yhdyspinta/server";
import { createTestEnvironment, waitFor, type TestEnvironment } from "@yhdyspinta/testing";
import { parse } from "graphql";
import pino from "pino";
import WebSocket from "ws";

/** Findings of the outside probe (issue 11, items 1-4 and 6), each replayed as the probe sent it. */
let env: TestEnvironment;
beforeAll(async () => { env = await createTestEnvironment(); });
afterAll(async () => { await env?.close(); });

/** `fragment F0 on Query { ...F1 ...F1 } ... fragment Fk-1 on Query { <leaf> }`: 2^(k-1) copies once expanded. */
const fanOut = (k: number, leaf = "regions { code }") => Array.from({ length: k }, (_, i) =>
  i === k - 1 ? `fragment F${i} on Query { ${leaf} }` : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join("\n") + "\nquery FanOut { ...F0 }";

async function post(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(env.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any };
}

/** Opens a graphql-transport-ws socket, sends connection_init with `params`, resolves on ack or close. */
function openSocket(url: string, params: Record<string, unknown>) {
  const socket = new WebSocket(url, "graphql-transport-ws");
  const messages: any[] = [];
  let closed: number | undefined;
  socket.on("message", (data) => messages.push(JSON.parse(String(data))));
  socket.on("close", (code) => { closed = code; });
  socket.on("open", () => socket.send(JSON.stringify({ type: "connection_init", payload: params })));
  let next = 1;
  return {
    socket,
    get closed() { return closed; },
    ready: () => waitFor(() => closed !== undefined || messages.some((m) => m.type === "connection_ack"), "connection_ack"),
    /** Sends one operation and waits for its first next/error message (or the socket closing). */
    async run(query: string, variables?: unknown): Promise<any> {
      const id = String(next++);
      socket.send(JSON.stringify({ id, type: "subscribe", payload: { query, variables } }));
      await waitFor(() => closed !== undefined || messages.some((m) => m.id === id && (m.type === "next" || m.type === "error")), `answer ${id}`);
      return messages.find((m) => m.id === id && (m.type === "next" || m.type === "error"));
    },
  };
}

describe("fragment fan-out (item 1)", () => {
  it("is refused with QUERY_TOO_COMPLEX at k=24, over HTTP and WebSocket", async () => {
    const http = await post({ query: fanOut(24) });
    expect(http.status).toBe(400);
    expect(http.body.errors[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", reason: "FIELDS" });
    // Introspection leaves (no depth) are copies to execute too.
    const typenames = await post({ query: fanOut(24, "__typename") });
    expect(typenames.status).toBe(400);
    expect(typenames.body.errors[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", reason: "FIELDS" });
    const ws = openSocket(env.wsUrl, {});
    await ws.ready();
    const answer = await ws.run(fanOut(24));
    expect(answer.type).toBe("error");
    expect(answer.payload[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", reason: "FIELDS" });
    ws.socket.close();
    // The server is still free for others.
    expect((await post({ query: "{ __typename }" })).body.data).toEqual({ __typename: "Query" });
  });

  it("checks documents with work linear in their size: nodes visited grow by a constant per fragment", async () => {
    const schema = await buildSchemaFor([]);
    const visited: number[] = [];
    for (let k = 18; k <= 24; k++) {
      shapeCheckWork.nodesVisited = 0;
      const errors = checkDocument(schema, parse(fanOut(k)), {}, DEFAULT_LIMITS);
      expect(errors[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", reason: "FIELDS" });
      visited.push(shapeCheckWork.nodesVisited);
    }
    const steps = visited.slice(1).map((n, i) => n - visited[i]!);
    // Each added fragment adds the same few selections (two spreads), not double the work.
    expect(new Set(steps).size).toBe(1);
    expect(steps[0]).toBeLessThanOrEqual(4);
  });

  it("still counts depth and aliases through fragments measured once, and lets ordinary fragments through", async () => {
    const schema = await buildSchemaFor([]);
    const ok = parse(`fragment R on WellbeingRegion { code name } query { regions { ...R municipalities { code } } }`);
    expect(checkDocument(schema, ok, {}, DEFAULT_LIMITS)).toEqual([]);
    // P is 6 levels deep; spread at the top it passes, spread again 7 levels down it is too deep.
    const six = `fragment P on Organisation { parent { parent { parent { parent { parent { parent { id } } } } } } }`;
    const shallow = parse(`${six} { organisations(first: 1) { nodes { ...P } } }`);
    expect(checkDocument(schema, shallow, {}, DEFAULT_LIMITS)).toEqual([]);
    const deep = parse(`${six} { organisations(first: 1) { nodes { ...P parent { parent { parent { parent { parent { ...P } } } } } } } }`);
    expect(checkDocument(schema, deep, {}, DEFAULT_LIMITS)[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", reason: "DEPTH" });
    // Aliases count at every spread: 4 in a fragment spread 8 times is 32 > 30.
    const aliases = parse(`fragment A on Query { a: __typename b: __typename c: __typename d: __typename } fragment B on Query { ...A ...A } fragment C on Query { ...B ...B } { ...C ...C }`);
    expect(checkDocument(schema, aliases, {}, DEFAULT_LIMITS)[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", reason: "ALIASES" });
  });
});

describe("cost limit with @include(if:) (item 2)", () => {
  const HEAVY = `query($b: Boolean!) { organisations(first: 100) @include(if: $b) { nodes { activities(first: 100) { nodes { name organisation { activities(first: 100) { nodes { name } } } } } } } }`;

  it("estimates the same text again when a Boolean variable changes what is selected", async () => {
    const off = await post({ query: HEAVY, variables: { b: false } });
    expect(off.body.errors).toBeUndefined();
    const on = await post({ query: HEAVY, variables: { b: true } });
    expect(on.status).toBe(400);
    expect(on.body.errors[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", reason: "COST" });
    const skip = HEAVY.replace("@include(if: $b)", "@skip(if: $b)");
    expect((await post({ query: skip, variables: { b: true } })).body.errors).toBeUndefined();
    expect((await post({ query: skip, variables: { b: false } })).body.errors[0].extensions.reason).toBe("COST");
  });
});

describe("token expiry on a WebSocket (item 4)", () => {
  it("closes a signed-in socket with 4401 when its token expires, and the client must reconnect", async () => {
    await env.database.dataSource.query(`INSERT INTO organisation (name_fi, kind, email) VALUES ('Vanheneva ry', 'LOCAL', 'vanheneva@example.fi')`);
    const exp = Math.floor(Date.now() / 1000) + 2;
    const token = await env.token({ roles: ["admin"], expiresIn: exp });
    const ws = openSocket(env.wsUrl, { authorization: `Bearer ${token}` });
    await ws.ready();
    const query = `{ organisations(first: 1) { nodes { contact { email } } } }`;
    const before = await ws.run(query);
    expect(before.payload.data.organisations.nodes[0].contact).toEqual({ email: "vanheneva@example.fi" });
    // The server closes the socket at exp; nothing is sent by the client meanwhile.
    await waitFor(() => ws.closed !== undefined, "the socket to close at the token's exp", 20_000);
    expect(ws.closed).toBe(4401);
    expect(Date.now()).toBeGreaterThanOrEqual(exp * 1000);
    // Reconnecting with the expired token is refused the same way.
    const again = openSocket(env.wsUrl, { authorization: `Bearer ${token}` });
    await waitFor(() => again.closed !== undefined, "the expired token's socket to close");
    expect(again.closed).toBe(4401);
  });

  it("keeps an anonymous socket and a socket with a long-lived token open", async () => {
    const token = await env.token({ roles: ["admin"] });
    const signedIn = openSocket(env.wsUrl, { token });
    const anonymous = openSocket(env.wsUrl, {});
    await signedIn.ready();
    await anonymous.ready();
    expect((await signedIn.run(`{ __typename }`)).payload.data).toEqual({ __typename: "Query" });
    expect((await anonymous.run(`{ __typename }`)).payload.data).toEqual({ __typename: "Query" });
    expect([signedIn.closed, anonymous.closed]).toEqual([undefined, undefined]);
    signedIn.socket.close();
    anonymous.socket.close();
  });
});

describe("production mode: no suggestions in variable errors (item 3)", () => {
  let prod: TestEnvironment;
  beforeAll(async () => { prod = await createTestEnvironment({ production: true }); });
  afterAll(async () => { await prod?.close(); });

  const CASES = [
    { query: `query($f: OrganisationFilter) { organisations(filter: $f) { totalCount } }`, variables: { f: { regioncode: "15" } } },
    { query: `query($f: OrganisationFilter) { organisations(filter: $f) { totalCount } }`, variables: { f: { kind: "LOCA" } } },
  ];

  it("answers input field and enum value typos without 'Did you mean' over HTTP and WebSocket", async () => {
    const ws = openSocket(prod.wsUrl, {});
    await ws.ready();
    for (const { query, variables } of CASES) {
      const res = await fetch(prod.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
      const http = (await res.json()) as any;
      expect(http.errors[0].extensions.code).toBe("BAD_USER_INPUT");
      expect(http.errors[0].message).not.toMatch(/Did you mean/);
      expect(http.errors[0].message).toMatch(/Variable "\$f"/);
      const answer = await ws.run(query, variables);
      const errors = answer.type === "error" ? answer.payload : answer.payload.errors;
      expect(errors[0].message).toMatch(/Variable "\$f"/);
      expect(errors[0].message).not.toMatch(/Did you mean/);
    }
    ws.socket.close();
    // Development keeps the hints, which is what makes the production check meaningful.
    const dev = await post(CASES[1]!);
    expect(dev.body.errors[0].message).toMatch(/Did you mean the enum value "LOCAL"\?/);
  });
});

describe("unexpected errors are logged with their cause (item 6)", () => {
  let logged: any[];
  let broken: TestEnvironment;
  beforeAll(async () => {
    logged = [];
    const sink = new Writable({ write(chunk, _enc, done) { for (const line of String(chunk).split("\n")) if (line) logged.push(JSON.parse(line)); done(); } });
    broken = await createTestEnvironment({ production: true, logger: pino({ level: "info" }, sink) });
    // A real failure below GraphQL: the table the resolver reads is gone.
    await broken.database.dataSource.query(`ALTER TABLE activity RENAME TO activity_moved_away`);
  });
  afterAll(async () => { await broken?.close(); });

  it("logs a masked error once, at level error, with stack, request id and operation name (HTTP and WebSocket)", async () => {
    const query = `query BrokenActivities { activities(first: 1) { totalCount } }`;
    const res = await fetch(broken.url, {
      method: "POST", headers: { "content-type": "application/json", "x-request-id": "probe-req-1" }, body: JSON.stringify({ query, operationName: "BrokenActivities" }),
    });
    const body = (await res.json()) as any;
    expect(body.errors[0]).toMatchObject({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
    await waitFor(() => logged.some((l) => l.requestId === "probe-req-1" && l.msg === "request"), "the access line");
    const errors = logged.filter((l) => l.level === 50 && l.requestId === "probe-req-1");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ msg: "unexpected error", operationName: "BrokenActivities" });
    expect(errors[0].err.stack).toMatch(/activity/);

    const ws = openSocket(broken.wsUrl, {});
    await ws.ready();
    const answer = await ws.run(query);
    const wsErrors = answer.type === "error" ? answer.payload : answer.payload.errors;
    expect(wsErrors).toHaveLength(1);
    // Masked over WebSocket too: no SQL, a stable code.
    expect(wsErrors[0]).toMatchObject({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
    await waitFor(() => logged.some((l) => l.level === 50 && l.transport === "websocket"), "the WebSocket error line");
    const wsLogged = logged.filter((l) => l.level === 50 && l.transport === "websocket");
    expect(wsLogged).toHaveLength(1);
    expect(wsLogged[0].requestId).toEqual(expect.any(String));
    expect(wsLogged[0].err.stack).toMatch(/activity/);
    ws.socket.close();
  });

  it("does not log client errors as unexpected", async () => {
    const before = logged.filter((l) => l.level === 50).length;
    await fetch(broken.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: `{ organisation(id: "bad") { id } }` }) });
    await fetch(broken.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: `{ nope }` }) });
    expect(logged.filter((l) => l.level === 50).length).toBe(before);
  });
});
