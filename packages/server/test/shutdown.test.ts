import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createWsClient, waitFor } from "@yhdyspinta/testing";

/**
 * SIGTERM as a load balancer sees it, on a real `yhdyspinta serve` process with the embedded
 * database (what `npm start` runs): the order of events is asserted, never their timing.
 */
const repoRoot = resolve(__dirname, "..", "..", "..");
const cli = join(repoRoot, "packages", "cli", "dist", "main.js");
let child: ChildProcess | undefined;
let dataDir: string;

afterAll(() => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer().once("error", fail).listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => done(port));
    });
  });
}

/** One HTTP request on its own connection; with `holdBack`, half the body waits for finishBody(), keeping the request open. */
function send(port: number, method: string, path: string, body?: string, holdBack = false) {
  let finishBody: () => void = () => undefined;
  const answer = new Promise<{ status: number; body: string }>((done, fail) => {
    const req = request({ host: "127.0.0.1", port, method, path, agent: false, headers: body ? { "content-type": "application/json", "content-length": Buffer.byteLength(body) } : {} }, (res) => {
      let text = "";
      res.setEncoding("utf8").on("data", (c) => { text += c; }).on("end", () => done({ status: res.statusCode!, body: text }));
    });
    req.on("error", fail);
    if (!holdBack || !body) req.end(body);
    else {
      // Half the body now, the rest when asked: the server has the request open meanwhile.
      const half = Math.floor(body.length / 2);
      req.write(body.slice(0, half));
      req.flushHeaders();
      finishBody = () => req.end(body.slice(half));
    }
  });
  return { answer, finishBody: () => finishBody() };
}

const QUERY = JSON.stringify({ query: "{ regions { code } }" });

describe("SIGTERM", () => {
  it("fails readiness while still serving, then refuses connections, finishes open requests, closes WebSockets with 1001 and exits 0 quietly", async () => {
    expect(existsSync(cli)).toBe(true); // built by `npm test` (tsc -b)
    dataDir = mkdtempSync(join(tmpdir(), "yhdyspinta-shutdown-"));
    const port = await freePort();
    const metricsPort = await freePort(); // metrics are served on their own loopback port, never on PORT
    const env: NodeJS.ProcessEnv = {
      ...process.env, PORT: String(port), HOST: "127.0.0.1", EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()),
      METRICS_PORT: String(metricsPort), SEED: "none", LOG_LEVEL: "info", SHUTDOWN_DRAIN_SECONDS: "3", SHUTDOWN_GRACE_SECONDS: "8",
    };
    delete env.DATABASE_URL;
    delete env.NODE_ENV;
    child = spawn(process.execPath, [cli, "serve"], { cwd: repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout!.setEncoding("utf8").on("data", (c) => { output += c; });
    child.stderr!.setEncoding("utf8").on("data", (c) => { output += c; });
    const exited = new Promise<{ code: number | null; signal: string | null }>((done) => child!.once("exit", (code, signal) => done({ code, signal })));
    await waitFor(() => output.includes("GraphQL API at"), "the server to start", 120_000);
    expect((await send(port, "GET", "/readyz").answer).status).toBe(200);

    const events: string[] = [];
    const ws = createWsClient(`ws://127.0.0.1:${port}/graphql`);
    ws.closed.then(({ code }) => events.push(`ws closed ${code}`));
    ws.subscribe(`subscription { milestoneEvents { cursor } }`);
    await waitFor(async () => (await send(metricsPort, "GET", "/metrics").answer).body.includes("yhdyspinta_active_subscriptions 1"), "the subscription to be active");
    const open = send(port, "POST", "/graphql", QUERY, true);

    child.kill("SIGTERM");
    // Readiness fails first, while the server still answers queries on new connections.
    await waitFor(async () => (await send(port, "GET", "/readyz").answer).status === 503, "/readyz to answer 503", 30_000);
    events.push("readyz 503");
    const during = await send(port, "POST", "/graphql", QUERY).answer;
    expect(during.status).toBe(200);
    expect(JSON.parse(during.body).data.regions.length).toBeGreaterThan(0);
    events.push("served while draining");

    // Then new connections are refused, while the open request and the WebSocket are still there.
    await waitFor(() => send(port, "GET", "/healthz").answer.then(() => false, (e) => e.code === "ECONNREFUSED"), "connections to be refused", 30_000);
    events.push("refusing connections");
    open.finishBody();
    const finished = await open.answer;
    expect(finished.status).toBe(200);
    expect(JSON.parse(finished.body).data.regions.length).toBeGreaterThan(0);
    events.push("open request answered");

    const exit = await exited;
    events.push(`exit ${exit.code}`);
    await ws.closed;
    expect(events).toEqual(["readyz 503", "served while draining", "refusing connections", "open request answered", "ws closed 1001", "exit 0"]);

    // A clean stop says nothing alarming: no warnings or errors, no lost connections.
    const levels = output.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l).level as number);
    expect(levels.filter((level) => level >= 40)).toEqual([]);
    expect(output).not.toMatch(/lost|fail|error/i);
    expect(output).toMatch(/shutting down: \/readyz answers 503/);
    await ws.dispose();
  }, 180_000);
});
