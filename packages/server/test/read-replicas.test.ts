import { createTestEnvironment, startStreamingReplica, testServerUrl, waitFor, type StreamingReplica, type TestEnvironment } from "@yhdyspinta/testing";
import { Client } from "pg";

// A real streaming replica of the test server (pg_basebackup, or PostgreSQL's backup API where the
// embedded build has no pg_basebackup), on its own port: queries read from it, writes do not.
let replica: StreamingReplica;
let env: TestEnvironment;
let admin: string;

beforeAll(async () => {
  replica = await startStreamingReplica(testServerUrl());
  env = await createTestEnvironment({ readServers: [replica.serverUrl], replication: { checkMs: 100, maxLagMs: 60_000 } });
  admin = await env.token({ roles: ["admin"], subject: "admin" });
  await replica.caughtUp();
  await waitFor(() => env.database.readReplicas!.status()[0]!.inRotation, "the replica to be in rotation", 30_000);
}, 300_000);
afterAll(async () => {
  await env?.close();
  await replica?.destroy();
});

const CREATE = `mutation($title: String!) { createMilestone(input: { regionCode: "15", kind: "OTHER", titleFi: $title, dueDate: "2026-05-05" }) { id } }`;
const READ = `query($id: ID!) { node(id: $id) { ... on PreparationMilestone { title } } }`;

async function create(title: string) {
  const res = await env.query(CREATE, { title }, { token: admin });
  expect(res.errors).toBeUndefined();
  return { id: res.data.createMilestone.id as string, token: res.extensions?.consistencyToken as string, header: res.headers?.get("yhdyspinta-consistency") };
}

async function titleOf(id: string, consistency?: string): Promise<string | null> {
  const res = await env.query(READ, { id }, { headers: consistency === undefined ? {} : { "yhdyspinta-consistency": consistency } });
  expect(res.errors).toBeUndefined();
  return res.data.node?.title ?? null;
}

/** The server's own count of query statements by where they ran (Prometheus text from its metrics port). */
async function statementsOn(target: "replica" | "primary"): Promise<number> {
  const text = await (await fetch(env.server.metricsUrl!)).text();
  const line = text.split("\n").find((l) => l.startsWith(`yhdyspinta_read_statements_total{target="${target}"}`));
  return line ? Number(line.split(" ").pop()) : 0;
}

async function readiness(): Promise<{ status: number; checks: Record<string, string> }> {
  const res = await fetch(env.url.replace(/\/graphql$/, "/readyz"));
  return { status: res.status, checks: ((await res.json()) as { checks: Record<string, string> }).checks };
}

describe("read replicas", () => {
  it("queries run on the replica: its pg_stat_activity shows the server's read connections", async () => {
    const before = await statementsOn("replica");
    const res = await env.query(`{ milestones(first: 5) { totalCount nodes { title } } }`);
    expect(res.errors).toBeUndefined();
    expect(await statementsOn("replica")).toBeGreaterThan(before);
    const readers = await withReplica(async (c) => (await c.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'yhdyspinta-read' AND datname = $1`, [env.databaseName])).rows[0].n as number);
    expect(readers).toBeGreaterThan(0);
  });

  it("a mutation answers with a consistency token; a read presenting it sees the write even while the replica is behind", async () => {
    await replica.pauseReplay();
    try {
      const written = await create("Kirjoitettu ensisijaiseen");
      expect(written.token).toMatch(/^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/);
      expect(written.header).toBe(written.token);
      // Without the token the paused replica answers, as of before the write: proof the read went there.
      expect(await titleOf(written.id)).toBeNull();
      // With it, only a server that has the write may answer: the primary, as the replica is behind.
      expect(await titleOf(written.id, written.token)).toBe("Kirjoitettu ensisijaiseen");
    } finally {
      await replica.resumeReplay();
    }
  });

  it("a replica that has replayed the token answers the read itself", async () => {
    const written = await create("Toistettu replikaan");
    await replica.caughtUp();
    await waitFor(() => (env.database.readReplicas!.status()[0]!.replayLsn ?? 0n) >= lsn(written.token), "the check to see the replay");
    const [onReplica, onPrimary] = [await statementsOn("replica"), await statementsOn("primary")];
    expect(await titleOf(written.id, written.token)).toBe("Toistettu replikaan");
    expect(await statementsOn("replica")).toBeGreaterThan(onReplica);
    expect(await statementsOn("primary")).toBe(onPrimary);
  });

  it("a malformed consistency token is refused with 400 and a stable code, however long", async () => {
    for (const bad of ["", "abc", "0/0/0", "G/1", "123456789/0", "1/".padEnd(5_000, "F"), "1/1, 2/2"]) {
      const res = await env.query(`{ regions { code } }`, undefined, { headers: { "yhdyspinta-consistency": bad } });
      expect({ bad: bad.slice(0, 20), status: res.status, extensions: res.errors?.[0]?.extensions }).toMatchObject({
        bad: bad.slice(0, 20), status: 400, extensions: { code: "BAD_REQUEST", reason: "INVALID_CONSISTENCY_TOKEN" },
      });
      expect(res.data).toBeUndefined();
    }
    // Any well-formed position is fine, even one no server has reached yet (the primary then answers).
    const ahead = await env.query(`{ regions { code } }`, undefined, { headers: { "yhdyspinta-consistency": "FFFFFFFF/FFFFFFFF" } });
    expect(ahead.errors).toBeUndefined();
  });

  it("a stopped replica fails no request, leaves rotation (readiness and metrics say so) and comes back by itself", async () => {
    const written = await create("Ennen pysäytystä");
    await replica.caughtUp();
    await replica.stop();
    try {
      // At once, before any check has noticed: the statements run again on the primary.
      for (let i = 0; i < 5; i++) expect(await titleOf(written.id)).toBe("Ennen pysäytystä");
      await waitFor(async () => (await readiness()).checks[replicaCheck()]?.startsWith("out of rotation") ?? false, "readiness to report the replica out");
      const ready = await readiness();
      expect(ready.status).toBe(200); // the primary answers reads meanwhile: the instance stays ready
      expect(await metricValue("yhdyspinta_read_replica_up")).toBe(0);
      expect(await titleOf(written.id)).toBe("Ennen pysäytystä");
    } finally {
      await replica.start();
    }
    await waitFor(async () => (await readiness()).checks[replicaCheck()] === "ok", "the replica to come back", 30_000);
    expect(await metricValue("yhdyspinta_read_replica_up")).toBe(1);
    const before = await statementsOn("replica");
    expect(await titleOf(written.id)).toBe("Ennen pysäytystä");
    expect(await statementsOn("replica")).toBeGreaterThan(before);
  });

  it("a replica lagging beyond DATABASE_READ_MAX_LAG_MS leaves rotation and returns once it has caught up", async () => {
    // A second instance on the same database, with a tight lag limit.
    const strict = await createTestEnvironment({
      databaseName: env.databaseName, auth: env.auth, readServers: [replica.serverUrl], replication: { checkMs: 100, maxLagMs: 300 },
    });
    try {
      const replicas = strict.database.readReplicas!;
      await waitFor(() => replicas.status()[0]!.inRotation, "the replica in rotation");
      await replica.pauseReplay();
      try {
        const written = await create("Viive kasvaa");
        await waitFor(() => /lagging \d+ ms/.test(replicas.status()[0]!.reason ?? ""), "the replica to leave rotation for lag");
        // No token, yet the write is seen: the primary answered, not the paused replica.
        const read = await strict.query(READ, { id: written.id });
        expect(read.data.node?.title).toBe("Viive kasvaa");
      } finally {
        await replica.resumeReplay();
      }
      await waitFor(() => replicas.status()[0]!.inRotation, "the replica to come back after catching up", 30_000);
    } finally {
      await strict.close();
    }
  });
});

function lsn(text: string): bigint {
  const [hi, lo] = text.split("/");
  return (BigInt(`0x${hi}`) << 32n) | BigInt(`0x${lo}`);
}

function replicaCheck(): string {
  return `read-replica ${env.database.readReplicas!.status()[0]!.name}`;
}

async function metricValue(name: string): Promise<number> {
  const text = await (await fetch(env.server.metricsUrl!)).text();
  const line = text.split("\n").find((l) => l.startsWith(`${name}{`) && l.includes(`replica="${env.database.readReplicas!.status()[0]!.name}"`));
  return line ? Number(line.split(" ").pop()) : NaN;
}

async function withReplica<T>(work: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: replica.serverUrl });
  client.on("error", () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
