import { createTestEnvironment, startPgBouncer, testServerUrl, waitFor, type TestEnvironment, type TestPgBouncer } from "@yhdyspinta/testing";
import { Client } from "pg";

// A real PgBouncer (Debian's package) in transaction mode with three server connections: each
// transaction may run on any of them, so nothing may rely on session state between transactions.
let bouncer: TestPgBouncer;
let env: TestEnvironment;
let admin: string;

beforeAll(async () => {
  bouncer = await startPgBouncer(testServerUrl(), { serverConnections: 3 });
  // As README's scaling section says: DATABASE_STATEMENTS=unnamed, and LISTEN straight to PostgreSQL.
  env = await createTestEnvironment({ databaseServer: bouncer.serverUrl, replication: { statements: "unnamed" } });
  admin = await env.token({ roles: ["admin"], subject: "admin" });
}, 120_000);
afterAll(async () => {
  await env?.close();
  await bouncer?.stop();
});

const SUBSCRIBE = `subscription($after: String) { milestoneEvents(filter: { regionCodes: ["15"] }, after: $after) { type milestone { title } } }`;

/** PgBouncer's own view (admin console, simple protocol): its server connections to this test's database. */
async function serverConnections(database: string): Promise<number> {
  const console = new Client({ connectionString: new URL("/pgbouncer", bouncer.serverUrl).toString() });
  await console.connect();
  try {
    const { rows } = await console.query("SHOW SERVERS");
    return rows.filter((r: { database: string }) => r.database === database).length;
  } finally {
    await console.end();
  }
}

describe(`behind PgBouncer in transaction mode (DATABASE_STATEMENTS=unnamed)`, () => {
  it("serves queries, mutations and subscriptions concurrently over several server connections", async () => {
    const ws = env.wsClient();
    const [{ head }] = await env.database.dataSource.query(`SELECT coalesce(max(id), 0)::text AS head FROM milestone_event`);
    const sub = ws.subscribe<{ milestoneEvents: { type: string; milestone: { title: string } } }>(SUBSCRIBE, { after: head });
    await waitFor(() => env.milestoneEvents.subscriberCount > 0, "the subscription to register");

    const titles = Array.from({ length: 12 }, (_, i) => `Pooler ${i}`);
    // Mutations and queries at once: the pool's five connections share PgBouncer's three server connections.
    const results = await Promise.all([
      ...titles.map((title) => env.query(
        `mutation($t: String!) { createMilestone(input: { regionCode: "15", kind: "OTHER", titleFi: $t, dueDate: "2026-05-05" }) { id title } }`,
        { t: title }, { token: admin })),
      ...Array.from({ length: 24 }, (_, i) => env.query(i % 2
        ? `{ regions(inReformOnly: true) { code name municipalities { code } } }`
        : `{ milestones(first: 20, filter: { regionCodes: ["15"] }) { totalCount nodes { title status } } }`)),
    ]);
    for (const res of results) expect(res.errors).toBeUndefined();
    const created = results.slice(0, titles.length).map((r) => r.data.createMilestone);
    expect(created.map((m) => m.title).sort()).toEqual([...titles].sort());

    // Each created milestone is readable by id (the same statements again: unnamed, so any server connection can run them).
    for (const { id, title } of created) {
      const read = await env.query(`query($id: ID!) { node(id: $id) { ... on PreparationMilestone { title status } } }`, { id });
      expect(read.data.node).toEqual({ title, status: "PLANNED" });
    }
    const changed = await env.query(`mutation($id: ID!) { changeMilestoneStatus(id: $id, status: IN_PROGRESS, note: "alkoi") { status } }`, { id: created[0].id }, { token: admin });
    expect(changed.data?.changeMilestoneStatus).toEqual({ status: "IN_PROGRESS" });

    // The events reach the subscriber (LISTEN on its own direct connection, the event table read through PgBouncer).
    const events = await sub.waitForResults(titles.length + 1);
    expect(events.filter((e) => e.milestoneEvents.type === "CREATED").map((e) => e.milestoneEvents.milestone.title).sort()).toEqual([...titles].sort());
    expect(events.some((e) => e.milestoneEvents.type === "STATUS_CHANGED")).toBe(true);
    await ws.dispose();

    expect(await serverConnections(env.databaseName)).toBeGreaterThan(1);
  });

  it("the default (named prepared statements) fails behind it, which is why the setting exists", async () => {
    const named = await createTestEnvironment({ databaseName: env.databaseName, databaseServer: bouncer.serverUrl, auth: env.auth });
    try {
      const document = `{ milestones(first: 5, filter: { regionCodes: ["15"] }) { nodes { title } } }`;
      const results = [];
      for (let round = 0; round < 5; round++) results.push(...await Promise.all(Array.from({ length: 20 }, () => named.query(document))));
      const failures = results.filter((r) => r.errors?.length);
      expect(failures.length).toBeGreaterThan(0);
      // A name prepared on one server connection and used on another, or prepared again on one that has it.
      expect(failures[0]!.errors![0]!.message).toMatch(/prepared statement "y_[^"]+" (does not exist|already exists)/);
    } finally {
      await named.close();
    }
  });
});
