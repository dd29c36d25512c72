import { gzipSync } from "node:zlib";
import { MAX_LOGGED_VALUE_LENGTH } from "../src/observability/logging";
import { createTestEnvironment, waitFor, type TestEnvironment } from "@yhdyspinta/testing";
import pino from "pino";

// Operators search the access log by request id, path and status; plain JSON POSTs (answered
// without express) and everything express answers must log the same line.
const lines: Record<string, any>[] = [];
const raw: string[] = [];
let env: TestEnvironment;
beforeAll(async () => {
  const logger = pino({ level: "info" }, { write: (line: string) => { raw.push(line); lines.push(JSON.parse(line)); } });
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

  it("cuts client-supplied values (operation name, path) to a bounded length, on both paths", async () => {
    const name = `Op${"x".repeat(100_000)}`;
    const body = JSON.stringify({ query: `query ${name} { regions { code } }`, operationName: name });
    await fetch(env.url, { method: "POST", headers: { "content-type": "application/json", "x-request-id": "long-plain" }, body });
    await fetch(env.url, { method: "POST", headers: { "content-type": "application/json", "content-encoding": "gzip", "x-request-id": "long-gzip" }, body: gzipSync(body) });
    await fetch(`${env.url.replace(/\/graphql$/, "")}/${"p".repeat(8_000)}`, { headers: { "x-request-id": "long-path" } });
    for (const id of ["long-plain", "long-gzip"]) {
      const line = await logged(id);
      expect(line.operationName.length).toBeLessThanOrEqual(MAX_LOGGED_VALUE_LENGTH);
      expect(line.operationName.startsWith("Opxxx")).toBe(true);
      expect(line.operationName.endsWith("…")).toBe(true);
    }
    const path = await logged("long-path");
    expect(path).toMatchObject({ status: 404 });
    expect(path.path.length).toBeLessThanOrEqual(MAX_LOGGED_VALUE_LENGTH);
    // The whole line stays short: a few fixed fields plus capped values.
    for (const id of ["long-plain", "long-gzip", "long-path"]) {
      const text = raw.find((l) => l.includes(`"requestId":"${id}"`) && l.includes(`"msg":"request"`))!;
      expect(text.length).toBeLessThan(4 * MAX_LOGGED_VALUE_LENGTH + 300);
    }
  });
});
