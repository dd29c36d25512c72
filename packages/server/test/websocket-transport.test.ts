import { sha256, TrustedDocuments } from "@yhdyspinta/server";
import { createTestEnvironment, waitFor, type TestEnvironment } from "@yhdyspinta/testing";
import pino from "pino";
import WebSocket from "ws";

// graphql-ws must answer like HTTP: the same error codes, JSON logs only, and trusted documents by id.
const lines: string[] = [];
let env: TestEnvironment;
beforeAll(async () => {
  const logger = pino({ level: "info" }, { write: (line: string) => { lines.push(line); } });
  env = await createTestEnvironment({ logger });
});
afterAll(async () => { await env?.close(); });

interface Outcome { closed?: number; type?: string; payload?: any }

/** A minimal graphql-ws client: connection_init, then one subscribe message with `payload` as given. */
function overWebSocket(url: string, payload: Record<string, unknown>): Promise<Outcome> {
  const socket = new WebSocket(url, "graphql-transport-ws");
  return new Promise((resolve, reject) => {
    socket.on("error", reject);
    socket.on("close", (code) => resolve({ closed: code }));
    socket.on("open", () => socket.send(JSON.stringify({ type: "connection_init", payload: {} })));
    socket.on("message", (data) => {
      const message = JSON.parse(String(data));
      if (message.type === "connection_ack") socket.send(JSON.stringify({ id: "1", type: "subscribe", payload }));
      if (message.type === "next" || message.type === "error") {
        socket.removeAllListeners("close");
        socket.close();
        resolve({ type: message.type, payload: message.payload });
      }
    });
  });
}

/** The errors of an answer over WebSocket (an `error` message or a `next` with errors). */
const wsErrors = (o: Outcome): { message: string; extensions?: Record<string, unknown> }[] => (o.type === "error" ? o.payload : o.payload?.errors) ?? [];

describe("error codes over graphql-ws", () => {
  // Requests HTTP answers with a coded error; the WebSocket must give each the same code.
  const CASES: { name: string; query: string; variables?: Record<string, unknown>; operationName?: string }[] = [
    { name: "a number for a String variable", query: `query($a: String) { organisations(first: 1, after: $a) { totalCount } }`, variables: { a: 5 } },
    { name: "a missing required variable", query: `query($first: Int!) { organisations(first: $first) { totalCount } }`, variables: {} },
    { name: "an unknown enum value", query: `query($k: OrganisationKind) { organisations(filter: { kind: $k }) { totalCount } }`, variables: { k: "NO_SUCH_KIND" } },
    { name: "an unknown input field", query: `query($f: OrganisationFilter) { organisations(filter: $f) { totalCount } }`, variables: { f: { noSuchField: 1 } } },
    { name: "an operation name the document does not hold", query: `query A { regions { code } }`, operationName: "B" },
    { name: "several operations and no name", query: `query A { regions { code } } query B { regions { name } }` },
    { name: "an invalid global id", query: `{ node(id: "!!") { id } }` },
  ];

  it.each(CASES)("gives $name the code HTTP gives", async ({ query, variables, operationName }) => {
    const http = await fetch(env.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables, operationName }) });
    const httpErrors = ((await http.json()) as { errors?: { extensions?: Record<string, unknown> }[] }).errors ?? [];
    expect(httpErrors.length).toBeGreaterThan(0);
    const ws = wsErrors(await overWebSocket(env.wsUrl, { query, variables, operationName }));
    expect(ws.length).toBeGreaterThan(0);
    for (const error of ws) expect(typeof error.extensions?.code).toBe("string");
    expect(ws.map((e) => e.extensions?.code)).toEqual(httpErrors.map((e) => e.extensions?.code));
  });

  it("codes variable type errors BAD_USER_INPUT in production too", async () => {
    const prod = await createTestEnvironment({ production: true, databaseName: env.databaseName, auth: env.auth });
    try {
      const ws = wsErrors(await overWebSocket(prod.wsUrl, { query: CASES[0]!.query, variables: CASES[0]!.variables }));
      expect(ws.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    } finally {
      await prod.close();
    }
  });
});

describe("an oversized WebSocket message", () => {
  it("closes the socket with 1009 and is logged as one JSON line, with nothing on stderr", async () => {
    const consoleError = jest.spyOn(console, "error");
    const stderr = jest.spyOn(process.stderr, "write");
    try {
      const before = lines.length;
      const socket = new WebSocket(env.wsUrl, "graphql-transport-ws");
      const closed = new Promise<number>((resolve) => socket.on("close", (code) => resolve(code)));
      socket.on("error", () => undefined);
      await new Promise((resolve) => socket.on("open", resolve));
      socket.send(JSON.stringify({ type: "connection_init", payload: { pad: "x".repeat(300_000) } }));
      expect(await closed).toBe(1009);
      await waitFor(() => lines.slice(before).some((l) => l.includes("WebSocket closed on a socket error")), "the log line");
      const logged = lines.slice(before).filter((l) => l.includes("WebSocket closed on a socket error"));
      expect(logged).toHaveLength(1);
      // One line: pino's line ends with the only newline; the error is named, without a stack trace.
      expect(logged[0]!.trimEnd().includes("\n")).toBe(false);
      const entry = JSON.parse(logged[0]!);
      expect(entry).toMatchObject({ level: 40, error: { code: "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH" } });
      expect(entry.error.stack).toBeUndefined();
      expect(consoleError).not.toHaveBeenCalled();
      expect(stderr).not.toHaveBeenCalled();
    } finally {
      consoleError.mockRestore();
      stderr.mockRestore();
    }
  });
});

describe("trusted documents over graphql-ws", () => {
  const REGIONS = `query Regions { regions(inReformOnly: true) { code } }`;
  let trusted: TestEnvironment;
  beforeAll(async () => {
    trusted = await createTestEnvironment({ databaseName: env.databaseName, auth: env.auth, trustedDocuments: TrustedDocuments.fromDocuments([REGIONS]) });
  });
  afterAll(async () => { await trusted?.close(); });

  it("runs a registered document named by id instead of query, in every documented form", async () => {
    const hash = sha256(REGIONS);
    for (const payload of [
      { documentId: hash },
      { documentId: `sha256:${hash}` },
      { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
      { documentId: hash, variables: {}, operationName: "Regions" },
      // The graphql-ws client insists on a string query: an empty one goes with the id.
      { query: "", documentId: hash },
      { query: REGIONS, documentId: hash },
    ]) {
      const outcome = await overWebSocket(trusted.wsUrl, payload);
      expect({ payload, type: outcome.type, errors: outcome.payload?.errors }).toEqual({ payload, type: "next", errors: undefined });
      expect(outcome.payload.data.regions).toHaveLength(22);
    }
  });

  it("works with the graphql-ws client", async () => {
    const client = trusted.wsClient().client;
    const result = await new Promise<any>((resolve, reject) => {
      client.subscribe({ query: "", extensions: { persistedQuery: { version: 1, sha256Hash: sha256(REGIONS) } } }, { next: resolve, error: reject, complete: () => undefined });
    });
    expect(result.errors).toBeUndefined();
    expect(result.data.regions).toHaveLength(22);
  });

  it("refuses unknown ids and free-form documents with the codes HTTP gives, keeping the socket open", async () => {
    const unknown = await overWebSocket(trusted.wsUrl, { documentId: sha256(`{ regions { name } }`) });
    expect(wsErrors(unknown).map((e) => e.extensions?.code)).toEqual(["TRUSTED_DOCUMENT_NOT_FOUND"]);
    const mismatch = await overWebSocket(trusted.wsUrl, { query: `{ regions { name } }`, documentId: sha256(REGIONS) });
    expect(wsErrors(mismatch).map((e) => e.extensions?.code)).toEqual(["TRUSTED_DOCUMENT_NOT_FOUND"]);
    const free = await overWebSocket(trusted.wsUrl, { query: `{ regions { code } }` });
    expect(wsErrors(free).map((e) => e.extensions?.code)).toEqual(["TRUSTED_DOCUMENT_REQUIRED"]);
    const nothing = await overWebSocket(trusted.wsUrl, { query: "" });
    expect(wsErrors(nothing).map((e) => e.extensions?.code)).toEqual(["TRUSTED_DOCUMENT_REQUIRED"]);
  });
});
