import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { loadReferenceData } from "../region/reference-data";
import { materialise } from "../activity/activity-timing";
import { CORE_MIGRATIONS } from "../database/data-source";
import { generateDemoMilestones } from "../milestone/milestone.demo-data";
import { generateDemoData } from "./demo-data.generator";
import { seedDemoData } from "./demo-data.seeder";

// Self-contained: creates a throw-away database next to whatever the URL points at and drops it afterwards.
const SERVER_URL = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const DATABASE = `yhdyspinta_seed_${randomBytes(6).toString("hex")}`;

function urlFor(database: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

const TABLES = ["organisation", "organisation_region", "organisation_municipality", "activity", "activity_municipality", "partnership"] as const;

jest.setTimeout(120_000);

function demoBodyCount(): number {
  const ref = loadReferenceData();
  const regions = ref.regions.filter((r) => r.kind !== "ALAND_OUTSIDE_REFORM");
  return regions.length + regions.filter((r) => ref.municipalities.some((m) => m.regionCode === r.code)).length;
}

describe("seedDemoData (PostgreSQL)", () => {
  const admin = new Client({ connectionString: SERVER_URL });
  let client: Client;
  const query = (sql: string, params?: unknown[]) => client.query(sql, params as unknown[]);

  async function counts(): Promise<Record<string, number>> {
    const result: Record<string, number> = {};
    for (const table of TABLES) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
      result[table] = Number(rows[0].n);
    }
    // Regional milestones are demo data; the national ones come with the migration.
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM preparation_milestone WHERE region_code IS NOT NULL`);
    result.preparation_milestone = Number(rows[0].n);
    const bodies = await client.query<{ n: string }>(`SELECT count(*) AS n FROM cooperation_body WHERE is_demo`);
    result.cooperation_body = Number(bodies.rows[0].n);
    return result;
  }

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${DATABASE}`);
    client = new Client({ connectionString: urlFor(DATABASE) });
    await client.connect();
    // The migration only needs query(); a full TypeORM QueryRunner is not required here.
    const runner = { query: (sql: string, params?: unknown[]) => client.query(sql, params).then((r) => r.rows) };
    // Every core migration, each in its transaction as TypeORM runs them, so the seeder meets the
    // schema it writes into (the demo flag included).
    for (const Migration of CORE_MIGRATIONS) {
      await client.query("BEGIN");
      await new Migration().up(runner as any);
      await client.query("COMMIT");
    }
  });

  afterAll(async () => {
    await client?.end();
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE}`);
    await admin.end();
  });

  it("inserts exactly the generated rows, with progress reports", async () => {
    const expected = generateDemoData("demo");
    const progress: string[] = [];
    const result = await seedDemoData(query, "demo", { onProgress: (table, done, total) => progress.push(`${table}:${done}/${total}`) });

    const want = {
      organisation: expected.organisations.length,
      organisation_region: expected.organisationRegions.length,
      organisation_municipality: expected.organisationMunicipalities.length,
      activity: expected.activities.length,
      activity_municipality: expected.activityMunicipalities.length,
      partnership: expected.partnerships.length,
      preparation_milestone: generateDemoMilestones().length,
      // A committee per region in the reform, and a municipal one in each such region that has municipalities.
      cooperation_body: demoBodyCount(),
    };
    // Every one-off and recurring time of the generated activities, as occursBetween reads them.
    const occurrences = expected.activities.reduce((n, a) => n + materialise(
      a.occurrences.map((o) => ({ startsAt: new Date(o.startsAt), endsAt: new Date(o.endsAt) })), a.recurrence, new Date()).length, 0);
    expect(occurrences).toBeGreaterThan(expected.activities.length);
    expect(result).toEqual({ seeded: true, counts: { ...want, activity_occurrence: occurrences } });
    expect(await counts()).toEqual(want);
    expect(progress).toContain(`activity:${want.activity}/${want.activity}`);

    const { rows: seedRuns } = await client.query("SELECT name, scale FROM seed_run");
    expect(seedRuns).toEqual([{ name: "demo-data", scale: "demo" }]);
  });

  it("round-trips arrays, nulls and timestamps", async () => {
    const expected = generateDemoData("demo");
    const event = expected.activities.find((a) => a.kind === "EVENT" && a.accessibility.length > 1);
    expect(event).toBeDefined();
    const { rows } = await client.query(
      "SELECT themes, target_groups, languages, accessibility, starts_at, name_sv FROM activity WHERE id = $1",
      [event!.id],
    );
    expect(rows[0].themes).toEqual(event!.themes);
    expect(rows[0].target_groups).toEqual(event!.targetGroups);
    expect(rows[0].languages).toEqual(event!.languages);
    expect(rows[0].accessibility).toEqual(event!.accessibility);
    expect((rows[0].starts_at as Date).toISOString()).toBe(new Date(event!.startsAt!).toISOString());
    expect(rows[0].name_sv).toBe(event!.nameSv);

    // Empty arrays stay empty arrays (not NULL, not {""}).
    const { rows: empty } = await client.query("SELECT count(*)::int AS n FROM activity WHERE accessibility = '{}'");
    expect(empty[0].n).toBe(expected.activities.filter((a) => a.accessibility.length === 0).length);

    // The search vector is generated from the Finnish text.
    const { rows: hits } = await client.query(
      "SELECT count(*)::int AS n FROM activity WHERE search_vector @@ websearch_to_tsquery('finnish', 'vertaistukiryhmä')",
    );
    expect(hits[0].n).toBeGreaterThan(0);

    // Region 15 (Central Finland) has organisations to list.
    const { rows: central } = await client.query("SELECT count(*)::int AS n FROM organisation_region WHERE region_code = '15'");
    expect(central[0].n).toBeGreaterThan(0);

    // Each organisation carries its region and municipality codes, as the links give them (migration 1736600000000).
    const { rows: places } = await client.query(`
      SELECT count(*) FILTER (WHERE o.place_codes <> '{}')::int AS placed,
             count(*) FILTER (WHERE o.place_codes IS DISTINCT FROM ARRAY(
               SELECT r.region_code::text FROM organisation_region r WHERE r.organisation_id = o.id
               UNION SELECT m.municipality_code::text FROM organisation_municipality m WHERE m.organisation_id = o.id ORDER BY 1))::int AS wrong
        FROM organisation o`);
    expect(places[0].placed).toBeGreaterThan(0);
    expect(places[0].wrong).toBe(0);
  });

  it("is idempotent", async () => {
    const before = await counts();
    const result = await seedDemoData(query, "demo");
    expect(result.seeded).toBe(false);
    expect(await counts()).toEqual(before);
    // Even when asked for another scale: the demo data is seeded once.
    expect((await seedDemoData(query, "full")).seeded).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it("resets identity sequences so ordinary inserts get fresh ids", async () => {
    const { rows: max } = await client.query<{ max: number }>("SELECT max(id) AS max FROM organisation");
    const { rows } = await client.query<{ id: number }>(
      "INSERT INTO organisation (name_fi, kind) VALUES ('Uusi Testiyhdistys ry', 'INDEPENDENT') RETURNING id",
    );
    expect(rows[0].id).toBeGreaterThan(max[0].max);

    const { rows: activity } = await client.query<{ id: number }>(
      "INSERT INTO activity (organisation_id, name_fi, kind) VALUES ($1, 'Testitoiminta', 'EVENT') RETURNING id",
      [rows[0].id],
    );
    expect(activity[0].id).toBe(generateDemoData("demo").activities.length + 1);

    const { rows: partnership } = await client.query<{ id: number }>(
      "INSERT INTO partnership (organisation_id, region_code, kind, status, title_fi) VALUES ($1, '15', 'GRANT', 'ACTIVE', 'Testiavustus') RETURNING id",
      [rows[0].id],
    );
    expect(partnership[0].id).toBe(generateDemoData("demo").partnerships.length + 1);
  });

  it("rolls back everything when an insert fails", async () => {
    // Without the seed_run marker a second run is attempted; it collides on the unique business ids already present.
    await client.query("DELETE FROM seed_run");
    const before = await counts();
    await expect(seedDemoData(query, "demo")).rejects.toThrow();
    expect(await counts()).toEqual(before);
    const { rows } = await client.query("SELECT count(*)::int AS n FROM seed_run");
    expect(rows[0].n).toBe(0);
  });
});
