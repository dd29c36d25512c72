import { CORE_MIGRATIONS, createDataSource, loadMunicipalityCentres, loadReferenceData, NATIONAL_TIMELINE } from "@yhdyspinta/core/internal";
import { createDatabase, createTestEnvironment, dropDatabase, testDatabaseName, testServerUrl, type TestEnvironment } from "@yhdyspinta/testing";
import { DataSource } from "typeorm";

// Migrations carry frozen copies of the data they insert (migrations/*.data.ts), so an edit of the live
// CSVs or timeline changes no fresh database behind the back of existing ones. This test (on a database
// migrated from scratch for this run) fails when the live data moved on without a migration that
// brings every database along.
let env: TestEnvironment;
beforeAll(async () => { env = await createTestEnvironment(); });
afterAll(async () => { await env?.close(); });

const byCode = <T extends { code: string }>(rows: T[]) => [...rows].sort((a, b) => a.code.localeCompare(b.code));

describe("data inserted by migrations", () => {
  it("gives a fresh database exactly the reference CSVs' regions and municipalities", async () => {
    const live = loadReferenceData();
    const q = (sql: string) => env.database.dataSource.query(sql);
    const regions = await q(`SELECT code, name_fi AS "nameFi", name_sv AS "nameSv", name_en AS "nameEn", kind FROM wellbeing_region ORDER BY code`);
    const municipalities = await q(`SELECT code, name_fi AS "nameFi", name_sv AS "nameSv", region_code AS "regionCode" FROM municipality ORDER BY code`);
    expect(regions).toEqual(byCode(live.regions));
    expect(municipalities).toEqual(byCode(live.municipalities));
  });

  it("gives a fresh database exactly the reference CSV's municipality centres, and none where it has none", async () => {
    const rows: { code: string; latitude: number | null; longitude: number | null }[] = await env.database.dataSource.query(
      `SELECT code, centre_latitude AS latitude, centre_longitude AS longitude FROM municipality ORDER BY code`);
    const live = loadMunicipalityCentres();
    expect(live.size).toBeGreaterThan(300);
    expect(rows.map((r) => [r.code, r.latitude, r.longitude])).toEqual(
      rows.map((r) => [r.code, live.get(r.code)?.latitude ?? null, live.get(r.code)?.longitude ?? null]));
    expect([...live.keys()].every((code) => rows.some((r) => r.code === code))).toBe(true);
  });

  it("gives a fresh database exactly the national timeline", async () => {
    const rows = await env.database.dataSource.query(
      `SELECT kind, to_char(due_date, 'YYYY-MM-DD') AS "dueDate", status, title_fi AS "titleFi", title_sv AS "titleSv", title_en AS "titleEn", description,
              source_url AS "sourceUrl", source_title AS "sourceTitle"
       FROM preparation_milestone WHERE region_code IS NULL ORDER BY due_date, id`);
    expect(rows).toEqual([...NATIONAL_TIMELINE].sort((a, b) => a.dueDate.localeCompare(b.dueDate)));
  });

  it("gives a database migrated before the 2025 steps existed the same timeline, keeping what it had", async () => {
    const server = testServerUrl();
    const name = testDatabaseName();
    const url = await createDatabase(server, name);
    const [timeline2025] = CORE_MIGRATIONS.filter((m) => m.name === "NationalTimeline20251735100000000");
    const steps2025 = NATIONAL_TIMELINE.filter((m) => m.dueDate >= "2024-01-01");
    try {
      // The database as it stood before: every earlier migration, a regional milestone, and one of the
      // new steps already typed in by hand.
      const before = new DataSource({ type: "postgres", url, migrations: CORE_MIGRATIONS.filter((m) => m !== timeline2025), migrationsTableName: "migrations" });
      await before.initialize();
      await before.runMigrations();
      const typed = steps2025[0];
      await before.query(
        `INSERT INTO preparation_milestone (region_code, kind, title_fi, due_date, status) VALUES ('15', 'NGO_HEARING', 'Kuuleminen', '2025-02-01', 'PLANNED'),
         (NULL, $1, $2, $3, 'COMPLETED')`, [typed.kind, typed.titleFi, typed.dueDate]);
      const [{ lastEvent }] = await before.query(`SELECT coalesce(max(id), 0)::int AS "lastEvent" FROM milestone_event`);
      await before.destroy();

      const after = createDataSource({ url });
      await after.initialize();
      try {
        expect((await after.runMigrations()).map((m) => m.name)).toEqual(["NationalTimeline20251735100000000"]);
        const national: { kind: string; dueDate: string; titleFi: string; sourceUrl: string | null }[] = await after.query(
          `SELECT kind, to_char(due_date, 'YYYY-MM-DD') AS "dueDate", title_fi AS "titleFi", source_url AS "sourceUrl"
           FROM preparation_milestone WHERE region_code IS NULL ORDER BY due_date, id`);
        // Every step once; the hand-typed one kept as it was (no source), the others with theirs.
        expect(national.map((m) => [m.kind, m.dueDate, m.titleFi])).toEqual(NATIONAL_TIMELINE.map((m) => [m.kind, m.dueDate, m.titleFi]));
        expect(national.find((m) => m.dueDate === typed.dueDate)!.sourceUrl).toBeNull();
        const added = steps2025.slice(1);
        expect(national.filter((m) => m.sourceUrl !== null).map((m) => m.sourceUrl)).toEqual(added.map((m) => m.sourceUrl));
        expect(await after.query(`SELECT title_fi FROM preparation_milestone WHERE region_code = '15'`)).toEqual([{ title_fi: "Kuuleminen" }]);
        // Followers hear of each added step: one CREATED event each, after the events they had.
        const events: { dueDate: string }[] = await after.query(
          `SELECT to_char(m.due_date, 'YYYY-MM-DD') AS "dueDate" FROM milestone_event e JOIN preparation_milestone m ON m.id = e.milestone_id
           WHERE e.id > $1 AND e.type = 'CREATED' AND m.region_code IS NULL ORDER BY e.id`, [lastEvent]);
        expect(events.map((e) => e.dueDate)).toEqual(added.map((m) => m.dueDate));
      } finally {
        await after.destroy();
      }
    } finally {
      await dropDatabase(server, name);
    }
  });

  it("cites an official page for every national step added since 2025", () => {
    for (const step of NATIONAL_TIMELINE.filter((m) => m.dueDate >= "2024-01-01")) {
      expect(step.sourceUrl).toMatch(/^https:\/\/([a-z-]+\.)?(vaalit|vm|stm|valtioneuvosto|finlex|soteuudistus|eduskunta|harjavalta)\.fi\//);
      expect(step.sourceTitle).toBeTruthy();
    }
  });
});
