import { connect, type Socket } from "node:net";
import { loadConfig } from "@yhdyspinta/server";
import { createTestEnvironment, waitFor, type TestEnvironment } from "@yhdyspinta/testing";
import WebSocket from "ws";

// Slow-loris clients hold a connection by trickling bytes; the server must cut them off. Small
// timeouts keep the test short; the test polls for the close instead of timing it.
const connections = { headersTimeoutMs: 300, requestTimeoutMs: 600, keepAliveTimeoutMs: 300, maxWsConnectionsPerAddress: 2 };
let env: TestEnvironment;
let port: number;
beforeAll(async () => {
  // Pings every 100 ms: the WebSocket test below counts them to know the timeouts have passed.
  env = await createTestEnvironment({ connections, keepAliveMs: 100 });
  port = Number(new URL(env.url).port);
});
afterAll(async () => { await env?.close(); });

interface Trickle {
  socket: Socket;
  closed: boolean;
  /** Bytes written before the server closed the connection. */
  sent: number;
  /** What the server answered, if anything. */
  answer: string;
}

/** Sends `head` at once, then `tail` one byte every 20 ms until the server closes the connection. */
function trickle(head: string, tail: string): Trickle {
  const socket = connect(port, "127.0.0.1");
  const state: Trickle = { socket, closed: false, sent: 0, answer: "" };
  socket.setEncoding("utf8");
  socket.on("data", (chunk: string) => { state.answer += chunk; });
  socket.on("error", () => undefined);
  socket.on("close", () => { state.closed = true; clearInterval(timer); });
  let i = 0;
  socket.on("connect", () => { if (head) socket.write(head); state.sent += head.length; });
  const timer = setInterval(() => {
    if (i >= tail.length || state.closed || socket.destroyed) return;
    socket.write(tail[i++]!);
    state.sent++;
  }, 20);
  return state;
}

describe("slow clients", () => {
  it("disconnects a client that sends its headers one byte at a time, with 408", async () => {
    const tail = `X-Padding: ${"a".repeat(10_000)}\r\n\r\n`;
    const slow = trickle("GET /healthz HTTP/1.1\r\nHost: localhost\r\n", tail);
    await waitFor(() => slow.closed, "the server to close a connection trickling its headers");
    expect(slow.answer).toMatch(/^HTTP\/1\.1 408/);
    expect(slow.sent).toBeLessThan(tail.length);
  });

  it("disconnects a client that sends its body one byte at a time, on either GraphQL path", async () => {
    const body = JSON.stringify({ query: "{ regions { code } }", variables: { pad: "x".repeat(10_000) } });
    for (const extra of ["", "Content-Encoding: identity\r\n", "Content-Encoding: gzip\r\n"]) {
      const head = `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n${extra}Content-Length: ${body.length}\r\n\r\n`;
      const slow = trickle(head, body);
      await waitFor(() => slow.closed, `the server to close a connection trickling its body (${extra.trim() || "plain"})`);
      expect(slow.sent - head.length).toBeLessThan(body.length);
    }
  });

  it("disconnects a client that connects and sends nothing, and an idle keep-alive connection", async () => {
    const silent = trickle("", "");
    await waitFor(() => silent.closed, "the server to close a silent connection");
    const idle = trickle("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n", "");
    await waitFor(() => idle.answer.includes("\"status\":\"ok\""), "the health answer");
    expect(idle.answer).toMatch(/^HTTP\/1\.1 200/);
    await waitFor(() => idle.closed, "the server to close an idle keep-alive connection");
  });

  it("still answers a client that sends a whole request promptly", async () => {
    const res = await env.query("{ regions { code } }");
    expect(res.status).toBe(200);
    expect(res.data.regions.length).toBeGreaterThan(20);
  });

  it("reads the timeouts from the environment with defaults and refuses a headers timeout above the request timeout", () => {
    const defaults = loadConfig({}).connections!;
    expect(defaults.headersTimeoutMs).toBeLessThanOrEqual(defaults.requestTimeoutMs);
    expect(defaults.requestTimeoutMs).toBeLessThanOrEqual(30_000);
    expect(loadConfig({ HEADERS_TIMEOUT_MS: "2000", REQUEST_TIMEOUT_MS: "4000", KEEP_ALIVE_TIMEOUT_MS: "1000", MAX_WS_CONNECTIONS_PER_ADDRESS: "7" }).connections)
      .toMatchObject({ headersTimeoutMs: 2000, requestTimeoutMs: 4000, keepAliveTimeoutMs: 1000, maxWsConnectionsPerAddress: 7 });
    expect(() => loadConfig({ HEADERS_TIMEOUT_MS: "5000", REQUEST_TIMEOUT_MS: "4000" })).toThrow(/HEADERS_TIMEOUT_MS/);
    expect(() => loadConfig({ TRUSTED_PROXIES: "not-an-address" })).toThrow();
  });
});

/** Opens a graphql-ws socket (and sends connection_init so the server keeps it); resolves with the socket or the refusal's HTTP status. */
function openSocket(url: string, headers: Record<string, string> = {}): Promise<{ socket?: WebSocket; status?: number }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, "graphql-transport-ws", { headers });
    socket.on("unexpected-response", (_req, res) => { resolve({ status: res.statusCode }); socket.terminate(); });
    socket.on("error", (e) => { if (socket.readyState !== WebSocket.CLOSED) reject(e); });
    socket.on("open", () => socket.send(JSON.stringify({ type: "connection_init", payload: {} })));
    socket.on("message", (data) => { if (JSON.parse(String(data)).type === "connection_ack") resolve({ socket }); });
  });
}

async function closeAll(sockets: ({ socket?: WebSocket } | undefined)[]): Promise<void> {
  await Promise.all(sockets.map((s) => s?.socket && new Promise<void>((resolve) => {
    s.socket!.once("close", () => resolve());
    s.socket!.close();
  })));
}

describe("WebSocket connections and the HTTP timeouts", () => {
  it("keeps an upgraded connection open past the request and keep-alive timeouts", async () => {
    const { socket } = await openSocket(env.wsUrl);
    let pings = 0;
    socket!.on("ping", () => { pings++; });
    // 20 server pings, 100 ms apart: several times the request timeout (600 ms) has passed.
    await waitFor(() => pings >= 20, "20 pings from the server");
    const answer = new Promise<any>((resolve) => socket!.on("message", (data) => resolve(JSON.parse(String(data)))));
    socket!.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: "{ regions(inReformOnly: true) { code } }" } }));
    expect((await answer).payload.data.regions).toHaveLength(22);
    await closeAll([{ socket }]);
  });
});

describe("WebSocket connections per client address", () => {
  const limit = connections.maxWsConnectionsPerAddress;

  it("refuses the handshake with 429 beyond the limit and accepts again once one closes", async () => {
    const open = [];
    for (let i = 0; i < limit; i++) open.push(await openSocket(env.wsUrl));
    expect(open.every((o) => o.socket)).toBe(true);
    expect(await openSocket(env.wsUrl)).toEqual({ status: 429 });
    await closeAll([open.pop()]);
    const again = await openSocket(env.wsUrl);
    expect(again.socket).toBeDefined();
    await closeAll([...open, again]);
  });

  it("ignores X-Forwarded-For unless the peer is a trusted proxy, and counts each forwarded client apart behind one", async () => {
    const spoofed = [];
    for (let i = 0; i < limit; i++) spoofed.push(await openSocket(env.wsUrl, { "x-forwarded-for": `203.0.113.${i}` }));
    // Not trusted: every socket counts against 127.0.0.1, whatever the header says.
    expect(await openSocket(env.wsUrl, { "x-forwarded-for": "203.0.113.99" })).toEqual({ status: 429 });
    await closeAll(spoofed);

    const behindProxy = await createTestEnvironment({ databaseName: env.databaseName, auth: env.auth, connections: { ...connections, trustedProxies: ["loopback"] } });
    try {
      const clients = [];
      for (const address of ["203.0.113.1", "203.0.113.2"]) {
        for (let i = 0; i < limit; i++) clients.push(await openSocket(behindProxy.wsUrl, { "x-forwarded-for": address }));
      }
      expect(clients.every((c) => c.socket)).toBe(true);
      expect(await openSocket(behindProxy.wsUrl, { "x-forwarded-for": "203.0.113.1" })).toEqual({ status: 429 });
      // A client cannot pose as another by prepending addresses: the proxy's own entry (the last one) counts.
      expect(await openSocket(behindProxy.wsUrl, { "x-forwarded-for": "198.51.100.7, 203.0.113.2" })).toEqual({ status: 429 });
      await closeAll(clients);
    } finally {
      await behindProxy.close();
    }
  });
});
