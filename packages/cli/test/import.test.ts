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

describe("import activities with service-guidance details", () => {
  it("reads location, cost, registration, contact, age, flags and status columns, and reports bad cells by line", async () => {
    const header = "organisationBusinessId,nameFi,kind,cost,costAmount,costDescription,registration,registrationUrl,registrationDeadline,contactPhone,contactEmail,streetAddress,postalCode,postOffice,locationMunicipalityCode,latitude,longitude,ageMin,ageMax,noReferralNeeded,anonymousAllowed,lowThreshold,status,validFrom,validUntil";
    const csv = [
      header,
      `1234567-1,Ikämiesten vertaisryhmä,PEER_SUPPORT,FEE,"2,50",2.50 € / kerta,REQUIRED,https://example.fi/ilmo,2026-09-01T12:00:00+03:00,+358 40 1234567,ryhma@example.fi,Kauppakatu 12,40100,Jyväskylä,179,62.2415,25.7209,60,,yes,no,yes,FULL,2026-08-17,2026-12-18`,
      `1234567-1,Lukupiiri,RECREATION,,,,,,,,,,,,,,,,,,,,,,`,
      `1234567-1,Huono rivi,EVENT,CHEAP,x,,SOMETIMES,ftp://x,tomorrow,,not-an-address,,801,,999,95,,70,60,,,,OPEN,2026-13-01,`,
    ].join("\n");
    const report = await importCsv(ctx(), "activities", csv);
    expect(report).toMatchObject({ rows: 3, inserted: 2, written: true });
    expect(report.rejected.map((r) => r.line)).toEqual([4]);
    const reasons = report.rejected[0]!.reasons.join(" | ");
    for (const problem of [/cost: unknown value CHEAP/, /costAmount must be a number/, /registration: unknown value SOMETIMES/, /registrationDeadline must be an ISO 8601 time/,
      /registrationUrl must be an http\(s\) address/, /contactEmail must be an e-mail address/, /postalCode must be five digits/, /unknown municipality code 999/,
      /give both latitude and longitude/, /ageMax must not be below ageMin/, /status: unknown value OPEN/, /validFrom must be a date/]) {
      expect(reasons).toMatch(problem);
    }
    const [group] = await env.database.dataSource.query(`SELECT cost_type, cost_amount::float8 AS cost_amount, cost_description, registration, registration_url, registration_deadline,
        contact_phone, street_address, postal_code, post_office, location_municipality_code, latitude, longitude, age_min, age_max, no_referral_needed,
        anonymous_allowed, low_threshold, status, to_char(valid_from, 'YYYY-MM-DD') AS valid_from FROM activity WHERE name_fi = 'Ikämiesten vertaisryhmä'`);
    expect(group).toMatchObject({
      cost_type: "FEE", cost_amount: 2.5, cost_description: "2.50 € / kerta", registration: "REQUIRED", registration_url: "https://example.fi/ilmo",
      contact_phone: "+358 40 1234567", street_address: "Kauppakatu 12", postal_code: "40100", post_office: "Jyväskylä", location_municipality_code: "179",
      latitude: 62.2415, longitude: 25.7209, age_min: 60, age_max: null, no_referral_needed: true, anonymous_allowed: false, low_threshold: true,
      status: "FULL", valid_from: "2026-08-17",
    });
    expect(group.registration_deadline.toISOString()).toBe("2026-09-01T09:00:00.000Z");
    // No cost given: unknown, never free.
    const [plain] = await env.database.dataSource.query(`SELECT cost_type, status FROM activity WHERE name_fi = 'Lukupiiri'`);
    expect(plain).toEqual({ cost_type: "UNKNOWN", status: "ACTIVE" });
  });
});
