import { createTestEnvironment, waitFor, type TestEnvironment } from "@yhdyspinta/testing";
import { Kind, parse, validate } from "graphql";
import { EXAMPLE_OPERATIONS } from "../src/front/example-operations";
import { emptyParts } from "./empty-answer";
import { buildSchemaFor } from "../src/platform";

let env: TestEnvironment;
beforeAll(async () => {
  env = await createTestEnvironment({ seed: "demo" });
});
afterAll(async () => { await env?.close(); });

describe("explorer and pages", () => {
  it("serves the explorer to browsers at /graphql and GraphQL to API clients at the same URL", async () => {
    const html = await fetch(env.url, { headers: { accept: "text/html,application/xhtml+xml" } });
    expect(html.status).toBe(200);
    const page = await html.text();
    expect(page).toContain("/explorer/assets/graphiql.js");
    expect(page).not.toMatch(/unpkg|jsdelivr|cdn\.|apollographql\.com/);
    const api = await fetch(`${env.url}?query=${encodeURIComponent("{ regions { code } }")}`, {
      headers: { accept: "application/json", "apollo-require-preflight": "true" },
    });
    expect(api.status).toBe(200);
    expect(((await api.json()) as any).data.regions).toHaveLength(23);
  });

  it("serves the explorer's scripts from npm packages", async () => {
    for (const [file, type] of [["react.js", "javascript"], ["react-dom.js", "javascript"], ["graphiql.js", "javascript"], ["graphiql.css", "css"]]) {
      const res = await fetch(`${env.origin}/explorer/assets/${file}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain(type);
      expect((await res.text()).length).toBeGreaterThan(10_000);
    }
    expect((await fetch(`${env.origin}/explorer/assets/..%2Fpackage.json`)).status).toBe(404);
  });

  it("serves the progress page with its scripts", async () => {
    const res = await fetch(`${env.origin}/progress`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("/progress/progress.js");
    expect(html).toContain("LAW_PASSED");
    expect((await fetch(`${env.origin}/progress/progress.js`)).status).toBe(200);
    expect((await fetch(`${env.origin}/assets/graphql-client.js`)).status).toBe(200);
  });

  it.each(EXAMPLE_OPERATIONS.map((e) => [e.title, e] as const))("example operation %s is valid and runs without errors", async (_title, example) => {
    const document = parse(example.query);
    expect(validate(await buildSchemaFor([]), document)).toEqual([]);
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    // Subscriptions go over graphql-ws (their own tests); queries and mutations run here.
    if (operation?.kind === Kind.OPERATION_DEFINITION && operation.operation === "subscription") return;
    // The tab's placeholder token is for people; the test signs in as an administrator.
    const token = example.headers?.Authorization ? await env.token({ roles: ["admin"] }) : undefined;
    const res = await env.query(example.query, example.variables, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data).toBeDefined();
    // A tab that answers with an empty list shows a newcomer nothing (a search term the data lacks, say).
    expect(emptyParts(res.data)).toEqual([]);
  });
});

describe("operations endpoints", () => {
  it("answers /healthz and /readyz while the database answers", async () => {
    expect((await fetch(`${env.origin}/healthz`)).status).toBe(200);
    const ready = await fetch(`${env.origin}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", checks: { database: "ok", "events-listener": "ok" } });
  });

  it("reports not ready with the failing check's reason when a registered check fails", async () => {
    const failing = { name: "failing-check", check: async () => { throw new Error("LISTEN connection down"); } };
    env.server.readinessChecks.push(failing);
    try {
      const res = await fetch(`${env.origin}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: "unavailable", checks: { database: "ok", "events-listener": "ok", "failing-check": "LISTEN connection down" } });
    } finally {
      env.server.readinessChecks.splice(env.server.readinessChecks.indexOf(failing), 1);
    }
  });

  it("honours a caller's x-request-id, generates one otherwise, and returns it", async () => {
    const own = await fetch(env.url, {
      method: "POST", headers: { "content-type": "application/json", "x-request-id": "trace-abc.123" }, body: JSON.stringify({ query: "{ regions { code } }" }),
    });
    expect(own.headers.get("x-request-id")).toBe("trace-abc.123");
    const generated = await fetch(`${env.origin}/healthz`);
    expect(generated.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const hostile = await fetch(`${env.origin}/healthz`, { headers: { "x-request-id": "a b\"<script>" } });
    expect(hostile.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("counts and times GraphQL operations by name in Prometheus format", async () => {
    const metricLine = async (pattern: RegExp) => {
      const text = await (await fetch(env.server.metricsUrl!)).text();
      const line = text.split("\n").find((l) => pattern.test(l));
      return line ? Number(line.split(" ").pop()) : 0;
    };
    const before = await metricLine(/^yhdyspinta_graphql_requests_total\{operation="MetricsProbe",type="query",outcome="ok"\}/);
    await env.query("query MetricsProbe { regions { code } }");
    await env.query("query MetricsProbe { regions { code } }");
    await fetch(env.url, {
      method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "query MetricsBroken { nosuchfield }", operationName: "MetricsBroken" }),
    });
    expect(await metricLine(/^yhdyspinta_graphql_requests_total\{operation="MetricsProbe",type="query",outcome="ok"\}/)).toBe(before + 2);
    expect(await metricLine(/^yhdyspinta_graphql_request_duration_seconds_count\{operation="MetricsProbe",type="query"\}/)).toBeGreaterThanOrEqual(2);
    expect(await metricLine(/^yhdyspinta_graphql_requests_total\{operation="MetricsBroken",type="unknown",outcome="error"\}/)).toBeGreaterThanOrEqual(1);
    const text = await (await fetch(env.server.metricsUrl!)).text();
    expect(text).toContain("# TYPE yhdyspinta_active_subscriptions gauge");
    expect(text).toContain("# TYPE yhdyspinta_event_fanout_lag_seconds histogram");
  });

  it("gauges open subscriptions and records the fan-out lag of delivered events", async () => {
    const metric = async (name: string) => {
      const text = await (await fetch(env.server.metricsUrl!)).text();
      const line = text.split("\n").find((l) => l.startsWith(`${name} `));
      return line ? Number(line.split(" ").pop()) : NaN;
    };
    const openBefore = await metric("yhdyspinta_active_subscriptions");
    const lagBefore = await metric("yhdyspinta_event_fanout_lag_seconds_count");
    const ws = env.wsClient();
    const sub = ws.subscribe(`subscription($filter: MilestoneEventFilter) { milestoneEvents(filter: $filter) { cursor } }`, { filter: { regionCodes: ["15"] } });
    await waitFor(async () => (await metric("yhdyspinta_active_subscriptions")) === openBefore + 1, "the gauge to count the subscription");
    const token = await env.token({ roles: ["admin"] });
    const created = await env.query(`mutation { createMilestone(input: { regionCode: "15", kind: "NGO_HEARING", titleFi: "Mittarikuuleminen", dueDate: "2027-01-15" }) { id } }`, undefined, { token });
    expect(created.errors).toBeUndefined();
    await sub.waitForResults(1);
    expect(await metric("yhdyspinta_event_fanout_lag_seconds_count")).toBeGreaterThan(lagBefore);
    sub.unsubscribe();
    await waitFor(async () => (await metric("yhdyspinta_active_subscriptions")) === openBefore, "the gauge to drop the completed subscription");
    await ws.dispose();
  });
});
