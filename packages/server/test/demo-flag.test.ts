import { CORE_MIGRATIONS, createDataSource, DEMO_FLAG_COLUMN } from "@yhdyspinta/core/internal";
import { loadRegionPlugins } from "@yhdyspinta/server";
import { createDatabase, createTestEnvironment, dropDatabase, testDatabaseName, testServerUrl, type TestEnvironment } from "@yhdyspinta/testing";
import { DataSource } from "typeorm";

// Issue 15: every generated record is visibly demo data (isDemo), so nobody takes invented data
// for real; entered and imported records are not.
const plugins = loadRegionPlugins(null);
let env: TestEnvironment;
let admin: string;
beforeAll(async () => {
  env = await createTestEnvironment({ plugins, seed: "demo" });
  admin = await env.token({ roles: ["admin"], subject: "admin" });
});
afterAll(async () => { await env?.close(); });

/** Every table with the flag, core and plug-ins alike, from the entities' metadata. */
function flaggedTables(): string[] {
  return env.database.dataSource.entityMetadatas.filter((m) => m.columns.some((c) => c.databaseName === DEMO_FLAG_COLUMN)).map((m) => m.tableName).sort();
}

describe("the demo flag", () => {
  it("is on every table the seeders write, core and every plug-in", () => {
    const tables = flaggedTables();
    for (const table of ["organisation", "activity", "partnership", "preparation_milestone"]) expect(tables).toContain(table);
    for (const plugin of plugins) {
      const own = env.database.dataSource.entityMetadatas.filter((m) => plugin.entities?.includes(m.target as Function)).map((m) => m.tableName);
      expect(own.length).toBeGreaterThan(0);
      expect(tables).toEqual(expect.arrayContaining(own));
    }
  });

  it("marks every seeded row, plug-in seeds included, and no national milestone", async () => {
    const q = (sql: string) => env.database.dataSource.query(sql);
    let seededPluginRows = 0;
    for (const table of flaggedTables()) {
      const [{ real }] = await q(`SELECT count(*)::int AS real FROM ${table} WHERE NOT ${DEMO_FLAG_COLUMN}${table === "preparation_milestone" ? " AND region_code IS NOT NULL" : ""}`);
      expect({ table, real }).toEqual({ table, real: 0 });
      if (!["organisation", "activity", "partnership", "preparation_milestone"].includes(table)) {
        seededPluginRows += (await q(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
      }
    }
    expect(seededPluginRows).toBeGreaterThan(0);
    const [{ national, demo }] = await q(`SELECT count(*) FILTER (WHERE region_code IS NULL)::int AS national,
      count(*) FILTER (WHERE region_code IS NULL AND is_demo)::int AS demo FROM preparation_milestone`);
    expect(national).toBeGreaterThan(0);
    expect(demo).toBe(0);
  });

  it("shows in the API: seeded records true, the real timeline and newly entered records false", async () => {
    const seeded = await env.query(`{
      organisations(first: 3) { nodes { isDemo activities(first: 2) { nodes { isDemo } } } }
      partnerships(first: 3) { nodes { isDemo } }
      milestones(first: 100) { nodes { isDemo national } }
      region(code: "14") { cooperationBodies(first: 5) { nodes { isDemo } } }
      pohjoisKarjalaOutreachProjects { nodes { isDemo } }
    }`);
    expect(seeded.errors).toBeUndefined();
    const d = seeded.data;
    expect(d.organisations.nodes.length).toBeGreaterThan(0);
    expect(d.organisations.nodes.every((o: any) => o.isDemo && o.activities.nodes.every((a: any) => a.isDemo))).toBe(true);
    expect(d.partnerships.nodes.every((p: any) => p.isDemo)).toBe(true);
    expect(d.milestones.nodes.filter((m: any) => m.national).every((m: any) => !m.isDemo)).toBe(true);
    expect(d.milestones.nodes.filter((m: any) => !m.national).every((m: any) => m.isDemo)).toBe(true);
    expect(d.region.cooperationBodies.nodes.length).toBeGreaterThan(0);
    expect(d.region.cooperationBodies.nodes.every((b: any) => b.isDemo)).toBe(true);
    expect(d.pohjoisKarjalaOutreachProjects.nodes.length).toBeGreaterThan(0);
    expect(d.pohjoisKarjalaOutreachProjects.nodes.every((p: any) => p.isDemo)).toBe(true);

    const created = await env.query(`mutation { createOrganisation(input: { nameFi: "Oikea yhdistys ry", kind: LOCAL, regionCodes: ["15"] }) { id isDemo } }`, undefined, { token: admin });
    expect(created.errors).toBeUndefined();
    expect(created.data.createOrganisation.isDemo).toBe(false);
    const milestone = await env.query(`mutation { createMilestone(input: { regionCode: "15", kind: "NGO_HEARING", titleFi: "Oikea kuuleminen", dueDate: "2027-01-10" }) { isDemo } }`, undefined, { token: admin });
    expect(milestone.data.createMilestone.isDemo).toBe(false);
  });
});

describe("a database seeded before the flag existed", () => {
  it("gets its seeded rows marked on migrate, and its entered rows not", async () => {
    const server = testServerUrl();
    const name = testDatabaseName();
    const url = await createDatabase(server, name);
    const pk = plugins.find((p) => p.name === "pohjois-karjala")!;
    const before = (m: Function) => !m.name.startsWith("DemoFlag") && !m.name.endsWith("DemoFlag1735100000003");
    try {
      const old = new DataSource({ type: "postgres", url, migrations: [...CORE_MIGRATIONS, ...(pk.migrations ?? [])].filter(before), migrationsTableName: "migrations" });
      await old.initialize();
      await old.runMigrations();
      // A seed as the old seeders wrote it: its rows and its seed_run row in one transaction.
      await old.transaction(async (m) => {
        await m.query(`INSERT INTO organisation (name_fi, kind) VALUES ('Demo ry', 'LOCAL')`);
        await m.query(`INSERT INTO seed_run (name, scale) VALUES ('demo-data', 'demo')`);
      });
      await old.transaction(async (m) => {
        await m.query(`INSERT INTO pohjois_karjala_outreach_project (organisation_id, name, starts_on, target_groups)
          SELECT id, 'Demo-hanke', '2024-01-01', '{YOUTH}' FROM organisation WHERE name_fi = 'Demo ry'`);
        await m.query(`INSERT INTO seed_run (name, scale) VALUES ('region:pohjois-karjala', 'demo')`);
      });
      await old.query(`INSERT INTO organisation (name_fi, kind) VALUES ('Oikea ry', 'LOCAL')`);
      await old.destroy();

      const now = createDataSource({ url, entities: pk.entities, migrations: pk.migrations });
      await now.initialize();
      try {
        const ran = (await now.runMigrations()).map((m) => m.name);
        expect(ran).toEqual(expect.arrayContaining(["DemoFlag1735100000001", "PohjoisKarjalaDemoFlag1735100000003"]));
        expect(await now.query(`SELECT name_fi, is_demo FROM organisation ORDER BY name_fi`)).toEqual([
          { name_fi: "Demo ry", is_demo: true }, { name_fi: "Oikea ry", is_demo: false },
        ]);
        expect(await now.query(`SELECT is_demo FROM pohjois_karjala_outreach_project`)).toEqual([{ is_demo: true }]);
      } finally {
        await now.destroy();
      }
    } finally {
      await dropDatabase(server, name);
    }
  });
});
