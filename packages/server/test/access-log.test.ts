import { gzipSync } from "node:zlib";
import { createTestEnvironment, waitFor, type TestEnvironment } from "@yhdyspinta/testing";
import pino from "pino";

// Operators search the access log by request id, path and status; plain JSON POSTs (answered
// without express) and everything express answers must log the same line.
const lines: Record<string, any>[] = [];
let env: TestEnvironment;
beforeAll(async () => {
  const logger = pino({ level: "info" }, { write: (line: string) => { lines.push(JSON.parse(line)); } });
  env = await createTestEnvironment({ logger });
});
afterAll(async () => { await env?.close(); });

async function logged(requestId: string) {
  await waitFor(() => lines.some((l) => l.requestId === requestId && l.msg === "request"), `access log line of ${requestId}`);
  return lines.find((l) => l.requestId === requestId && l.msg === "request")!;
}

describe("access log", () => {
  it("logs one line per GraphQL request with id, method, path, status and operation name, on both paths", async () => {
    const body = JSON.stringify({ query: "query Regions { regions { code } }", operationName: "Regions" });
    await fetch(env.url, { method: "POST", headers: { "content-type": "application/json", "x-request-id": "plain-1" }, body });
    await fetch(env.url, { method: "POST", headers: { "content-type": "application/json", "content-encoding": "gzip", "x-request-id": "gzip-1" }, body: gzipSync(body) });
    await fetch(env.url, { method: "POST", headers: { "content-type": "application/json", "x-request-id": "bad-1" }, body: "{" });
    expect(await logged("plain-1")).toMatchObject({ method: "POST", path: "/graphql", status: 200, operationName: "Regions" });
    expect(await logged("gzip-1")).toMatchObject({ method: "POST", path: "/graphql", status: 200, operationName: "Regions" });
    expect(await logged("bad-1")).toMatchObject({ method: "POST", path: "/graphql", status: 400 });
    expect(lines.filter((l) => l.requestId === "plain-1")).toHaveLength(1);
    expect(typeof (await logged("plain-1")).durationMs).toBe("number");
  });
});
