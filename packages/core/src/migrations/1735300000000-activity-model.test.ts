import { CoreSchema1731000000000 } from "./1731000000000-core-schema";
import { ActivityModel1735300000000 } from "./1735300000000-activity-model";
import { openMigrationTestDatabase, type MigrationTestDatabase } from "./migration-test-database";

// The activity-model migration on rows as they were before it: nothing lost, the hidden phrases
// turned into values. A throw-away database next to whatever the URL points at.

jest.setTimeout(60_000);

describe("migration 1735300000000 (activity model) on existing data", () => {
  let db: MigrationTestDatabase;
  const runner = { query: (sql: string, params?: unknown[]) => db.query(sql, params) };

  beforeAll(async () => {
    db = await openMigrationTestDatabase();
    await new CoreSchema1731000000000().up(runner as any);
    const [{ id: org }] = await runner.query(`INSERT INTO organisation (name_fi, kind) VALUES ('Vanha Yhdistys ry', 'LOCAL') RETURNING id`);
    const insert = `INSERT INTO activity (organisation_id, name_fi, kind, description_fi, schedule, address, starts_at, ends_at, free_of_charge, accessibility, online, created_at)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, '2026-08-03T12:00:00+03:00') RETURNING id`;
    const rows: unknown[][] = [
      ["Ikämiesten ryhmä", "PEER_SUPPORT", "Vertaisryhmä. Toiminta-aika: ti klo 17–19. Tila on esteetön. Maksuton.", "ti klo 17–19", "Kauppakatu 12, 80100 Joensuu", null, null, true, ["WHEELCHAIR_ACCESS"], false],
      ["Virkistyspäivä", "EVENT", "Virkistyspäivä. Ennakkoilmoittautuminen. Pieni osallistumismaksu.", "la 12.9.2026 klo 10–15", "Torikatu 3, Kuopio", "2026-09-12T10:00:00+03:00", "2026-09-12T15:00:00+03:00", false, [], false],
      ["Neuvontapuhelin", "SERVICE_ADVICE", "Soita meille.", "sopimuksen mukaan", null, null, null, false, [], true],
      ["Kerho", "RECREATION", null, "joka toinen ke klo 13–15", "Kylätie", null, null, true, [], false],
    ];
    for (const r of rows) await runner.query(insert, [org, ...r]);
    await runner.query(`INSERT INTO activity_municipality (activity_id, municipality_code) SELECT id, '167' FROM activity WHERE name_fi = 'Ikämiesten ryhmä'`);
    await new ActivityModel1735300000000().up(runner as any);
  });

  afterAll(async () => { await db?.close(); });

  const row = async (name: string) => (await runner.query(`SELECT * FROM activity WHERE name_fi = $1`, [name]))[0];

  it("maps free_of_charge to a cost type and keeps every earlier text", async () => {
    expect((await row("Ikämiesten ryhmä")).cost_type).toBe("FREE");
    const fee = await row("Virkistyspäivä");
    expect(fee).toMatchObject({ cost_type: "FEE", cost_description: "Pieni osallistumismaksu", registration: "REQUIRED" });
    expect(fee.description_fi).toContain("Ennakkoilmoittautuminen");
    expect((await row("Neuvontapuhelin")).cost_type).toBe("FEE");
    const columns = await runner.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'activity' AND column_name = 'free_of_charge'`);
    expect(columns).toEqual([]);
  });

  it("turns the hidden phrases and the address into values, keeping the address as written", async () => {
    const group = await row("Ikämiesten ryhmä");
    expect(group.accessibility).toEqual(["WHEELCHAIR_ACCESS", "STEP_FREE_ACCESS"]);
    expect(group).toMatchObject({ address: "Kauppakatu 12, 80100 Joensuu", street_address: "Kauppakatu 12", postal_code: "80100", post_office: "Joensuu", location_municipality_code: "167" });
    expect(await row("Virkistyspäivä")).toMatchObject({ street_address: "Torikatu 3", postal_code: null, post_office: "Kuopio", registration: "REQUIRED" });
    // Not an address the pattern understands: kept as text only.
    expect(await row("Kerho")).toMatchObject({ address: "Kylätie", street_address: null, post_office: null });
  });

  it("makes schedules in words into rules and one-off times into occurrences, and materialises both", async () => {
    const group = await row("Ikämiesten ryhmä");
    expect(group.recurrence).toEqual([expect.objectContaining({ frequency: "WEEKLY", weekdays: ["TUESDAY"], interval: 1, startTime: "17:00", endTime: "19:00", startDate: "2026-08-03", endDate: null })]);
    expect((await row("Kerho")).recurrence).toEqual([expect.objectContaining({ weekdays: ["WEDNESDAY"], interval: 2, startTime: "13:00", endTime: "15:00" })]);
    expect((await row("Neuvontapuhelin")).recurrence).toEqual([]);
    const event = await row("Virkistyspäivä");
    expect(event.occurrences).toEqual([{ startsAt: "2026-09-12T07:00:00+00:00", endsAt: "2026-09-12T12:00:00+00:00" }]);
    const occurrences = await runner.query(`SELECT a.name_fi, o.starts_at FROM activity_occurrence o JOIN activity a ON a.id = o.activity_id ORDER BY o.starts_at`);
    const tuesdays = occurrences.filter((o: any) => o.name_fi === "Ikämiesten ryhmä");
    expect(tuesdays[0].starts_at.toISOString()).toBe("2026-08-04T14:00:00.000Z"); // Tuesday 17:00 EEST
    expect(tuesdays.every((o: any) => o.starts_at.getUTCDay() === 2)).toBe(true);
    expect(occurrences.filter((o: any) => o.name_fi === "Virkistyspäivä").map((o: any) => o.starts_at.toISOString())).toEqual(["2026-09-12T07:00:00.000Z"]);
  });
});
