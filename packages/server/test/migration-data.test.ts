import { loadReferenceData, NATIONAL_TIMELINE } from "@yhdyspinta/core/internal";
import { createTestEnvironment, type TestEnvironment } from "@yhdyspinta/testing";

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

  it("gives a fresh database exactly the national timeline", async () => {
    const rows = await env.database.dataSource.query(
      `SELECT kind, to_char(due_date, 'YYYY-MM-DD') AS "dueDate", title_fi AS "titleFi", title_sv AS "titleSv", title_en AS "titleEn", description
       FROM preparation_milestone WHERE region_code IS NULL ORDER BY due_date, id`);
    expect(rows).toEqual([...NATIONAL_TIMELINE].sort((a, b) => a.dueDate.localeCompare(b.dueDate)));
  });
});
