import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importCsv, ImportFileError } from "@yhdyspinta/core/internal";
import { createContext } from "@yhdyspinta/server";
import { createTestEnvironment, type TestEnvironment } from "@yhdyspinta/testing";
import { formatReport } from "../src/import.command";

const fixture = (name: string) => readFileSync(join(__dirname, "fixtures", name), "utf8");
let env: TestEnvironment;
const ctx = () => createContext(env.database.dataSource, env.database.reference);
const count = async (sql: string, params: unknown[] = []) => Number((await env.database.dataSource.query(sql, params))[0].n);

beforeAll(async () => { env = await createTestEnvironment(); });
afterAll(async () => { await env?.close(); });

describe("import organisations", () => {
  it("with --all-or-nothing, a file with bad rows writes nothing", async () => {
    const report = await importCsv(ctx(), "organisations", fixture("organisations.csv"), { allOrNothing: true });
    expect(report).toMatchObject({ rows: 7, inserted: 0, updated: 0, written: false });
    expect(report.rejected.map((r) => r.line)).toEqual([5, 6, 7, 8, 9]);
    expect(await count(`SELECT count(*) AS n FROM organisation`)).toBe(0);
  });

  it("imports the valid rows, reports each rejected row with its line and reasons, and is idempotent", async () => {
    const report = await importCsv(ctx(), "organisations", fixture("organisations.csv"));
    expect(report).toMatchObject({ rows: 7, inserted: 2, updated: 0, written: true });
    const reasons = Object.fromEntries(report.rejected.map((r) => [r.line, r.reasons.join(" | ")]));
    // Line numbers are the file's: the second organisation's description spans lines 3-4.
    expect(Object.keys(reasons).map(Number)).toEqual([5, 6, 7, 8, 9]);
    expect(reasons[5]).toMatch(/businessId must be a valid Finnish business ID/);
    expect(reasons[6]).toMatch(/unknown municipality code 999/);
    expect(reasons[7]).toMatch(/nameFi is required/);
    expect(reasons[8]).toMatch(/businessId 2345678-0 already appears on line 3/);
    expect(reasons[9]).toMatch(/kind: unknown value FRIENDLY/);
    expect(reasons[9]).toMatch(/email must be an email/);

    const res = await env.query(`{ organisation(businessId: "1234567-1") { name nameSv: name(language: SV) description themes languages municipalities { code } regions { code } } }`);
    expect(res.data.organisation).toEqual({
      name: "Jyväskylän Omaishoitajat ry", nameSv: "Jyväskylä närståendevårdare rf",
      description: 'Vertaistukea "omaishoitajille", myös iltaisin',
      themes: ["INFORMAL_CARE", "LONELINESS"], languages: ["FI", "SV"],
      municipalities: [{ code: "179" }, { code: "182" }], regions: [{ code: "15" }],
    });
    const district = await env.query(`{ organisation(businessId: "2345678-0") { description kind } }`);
    expect(district.data.organisation).toEqual({ description: "Kaksi\nriviä kuvausta", kind: "DISTRICT" });

    const again = await importCsv(ctx(), "organisations", fixture("organisations.csv"));
    expect(again).toMatchObject({ inserted: 0, updated: 2 });
    expect(await count(`SELECT count(*) AS n FROM organisation`)).toBe(2);

    expect(formatReport(report, "orgs.csv")).toContain("orgs.csv: 7 rows, 2 inserted, 0 updated, 5 rejected\n  line 5: ");
  });

  it("refuses a file with unknown or missing columns before reading any row", async () => {
    await expect(importCsv(ctx(), "organisations", "businessId,nameFi,colour\n")).rejects.toThrow(ImportFileError);
    await expect(importCsv(ctx(), "organisations", "businessId,nameFi\n")).rejects.toThrow("missing required column kind");
  });

  it("writes nothing on a dry run", async () => {
    const before = await count(`SELECT count(*) AS n FROM organisation`);
    const report = await importCsv(ctx(), "organisations", "businessId,nameFi,kind\n5678901-2,Kuivaharjoitus ry,LOCAL\n", { dryRun: true });
    expect(report).toMatchObject({ rows: 1, rejected: [], written: false });
    expect(await count(`SELECT count(*) AS n FROM organisation`)).toBe(before);
  });
});

describe("import activities", () => {
  it("attaches activities to organisations by business ID, upserts by name, and reports bad rows", async () => {
    const progress: number[] = [];
    const report = await importCsv(ctx(), "activities", fixture("activities.csv"), { onProgress: (done) => progress.push(done) });
    expect(report).toMatchObject({ rows: 6, inserted: 3, updated: 0, written: true });
    expect(progress).toEqual([1, 2, 3]);
    const reasons = Object.fromEntries(report.rejected.map((r) => [r.line, r.reasons.join(" | ")]));
    expect(Object.keys(reasons).map(Number)).toEqual([5, 6, 7]);
    expect(reasons[5]).toMatch(/no organisation has business ID 9999999-9/);
    expect(reasons[6]).toMatch(/already appears on line 2/);
    expect(reasons[7]).toMatch(/online must be true or false, got "maybe"/);

    const res = await env.query(`{ organisation(businessId: "1234567-1") { activities(first: 10) { nodes { name schedule online freeOfCharge municipalities { code } } } } }`);
    expect(res.data.organisation.activities.nodes).toEqual([
      { name: "Omaishoitajien vertaistukiryhmä", schedule: "ti 17-19, joka toinen viikko", online: false, freeOfCharge: true, municipalities: [{ code: "179" }] },
      { name: "Omaishoitajien virkistyspäivä", schedule: null, online: false, freeOfCharge: true, municipalities: [{ code: "179" }, { code: "182" }] },
    ]);

    const again = await importCsv(ctx(), "activities", fixture("activities.csv"));
    expect(again).toMatchObject({ inserted: 0, updated: 3 });
    expect(await count(`SELECT count(*) AS n FROM activity`)).toBe(3);
  });
});
