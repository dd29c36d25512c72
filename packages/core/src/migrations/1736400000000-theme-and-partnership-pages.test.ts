import { ThemeAndPartnershipPages1736400000000 } from "./1736400000000-theme-and-partnership-pages";
import { migrateUpTo, openMigrationTestDatabase, type MigrationTestDatabase } from "./migration-test-database";

// The theme links and the partnership's party region on rows written before the migration, then
// kept by the database through set-based writes of every kind, and the way back. A throw-away
// database next to whatever the URL points at.

jest.setTimeout(120_000);

describe("migration 1736400000000 (theme links, partnerships' party region) on existing data", () => {
  let db: MigrationTestDatabase;
  const runner = { query: (sql: string, params?: unknown[]) => db.query(sql, params) };
  const migration = new ThemeAndPartnershipPages1736400000000();
  let org: number;

  beforeAll(async () => {
    db = await openMigrationTestDatabase();
    await migrateUpTo(db, ThemeAndPartnershipPages1736400000000, { before: true });
    [{ id: org }] = await runner.query(`INSERT INTO organisation (name_fi, name_sv, kind, themes) VALUES
      ('Omaishoitajat ry', 'Närståendevårdarna rf', 'LOCAL', '{INFORMAL_CARE,OLDER_PEOPLE}') RETURNING id`);
    // A theme written twice is one link; no themes, no links.
    await runner.query(`INSERT INTO organisation (name_fi, kind, themes) VALUES ('Nuorisoseura ry', 'LOCAL', '{YOUTH,YOUTH}'), ('Kyläyhdistys ry', 'LOCAL', '{}')`);
    await runner.query(`INSERT INTO activity (organisation_id, name_fi, kind, themes, status, starts_at) VALUES
      ($1, 'Vertaistukiryhmä', 'PEER_SUPPORT', '{INFORMAL_CARE,LONELINESS}', 'ACTIVE', '2026-01-05T10:00:00Z'),
      ($1, 'Muistikahvila', 'LOW_THRESHOLD', '{OLDER_PEOPLE}', 'ENDED', NULL)`, [org]);
    await runner.query(`INSERT INTO partnership (organisation_id, region_code, municipality_code, kind, status, title_fi) VALUES
      ($1, '15', NULL, 'GRANT', 'ACTIVE', 'Avustus'), ($1, NULL, '091', 'JOINT_PROJECT', 'PLANNED', 'Hanke')`, [org]);
    await migration.up(runner as any);
  });

  afterAll(async () => { await db?.close(); });

  /** Each link table equals what its owners' `themes` and sort keys give, row for row. */
  async function expectThemeLinksInSync() {
    const tables = [
      { table: "organisation_theme", owner: "organisation", column: "organisation_id", keys: "name_fi, name_sv, name_en, kind, created_at, updated_at" },
      { table: "activity_theme", owner: "activity", column: "activity_id", keys: "name_fi, name_sv, name_en, kind, created_at, updated_at, starts_at, ends_at, status" },
    ];
    for (const t of tables) {
      const [{ missing, extra }] = await runner.query(`
        WITH derived AS (SELECT DISTINCT id, theme, ${t.keys} FROM ${t.owner}, unnest(themes) AS theme),
             links AS (SELECT ${t.column} AS id, theme, ${t.keys} FROM ${t.table})
        SELECT (SELECT count(*) FROM (SELECT * FROM derived EXCEPT SELECT * FROM links) x)::int AS missing,
               (SELECT count(*) FROM (SELECT * FROM links EXCEPT SELECT * FROM derived) x)::int AS extra`);
      expect({ table: t.table, missing, extra }).toEqual({ table: t.table, missing: 0, extra: 0 });
    }
  }

  const themesOf = async (table: string, column: string, name: string, owner: string) =>
    (await runner.query(`SELECT l.theme FROM ${table} l JOIN ${owner} o ON o.id = l.${column} WHERE o.name_fi = $1 ORDER BY 1`, [name])).map((r) => r.theme);

  it("links every existing row to its themes, with its sort keys", async () => {
    expect(await themesOf("organisation_theme", "organisation_id", "Omaishoitajat ry", "organisation")).toEqual(["INFORMAL_CARE", "OLDER_PEOPLE"]);
    expect(await themesOf("organisation_theme", "organisation_id", "Nuorisoseura ry", "organisation")).toEqual(["YOUTH"]);
    expect(await themesOf("organisation_theme", "organisation_id", "Kyläyhdistys ry", "organisation")).toEqual([]);
    expect(await runner.query(`SELECT status FROM activity_theme WHERE theme = 'OLDER_PEOPLE'`)).toEqual([{ status: "ENDED" }]);
    await expectThemeLinksInSync();
  });

  it("keeps the links through set-based inserts, updates of themes and keys, and deletes", async () => {
    await runner.query(`INSERT INTO activity (organisation_id, name_fi, kind, themes)
      SELECT $1, 'Kerho ' || i, 'RECREATION', CASE WHEN i % 2 = 0 THEN '{YOUTH,LONELINESS}'::text[] ELSE '{HOUSING}' END FROM generate_series(1, 50) i`, [org]);
    await expectThemeLinksInSync();
    // Themes lost, kept and gained in one statement over many rows, with a key changed on the way.
    await runner.query(`UPDATE activity SET themes = array_remove(themes, 'LONELINESS') || '{MENTAL_HEALTH}', name_fi = name_fi || ' (uusi)'
      WHERE name_fi LIKE 'Kerho %' OR name_fi = 'Vertaistukiryhmä'`);
    await expectThemeLinksInSync();
    expect(await runner.query(`SELECT count(*)::int AS n FROM activity_theme WHERE theme = 'LONELINESS'`)).toEqual([{ n: 0 }]);
    expect(await themesOf("activity_theme", "activity_id", "Vertaistukiryhmä (uusi)", "activity")).toEqual(["INFORMAL_CARE", "MENTAL_HEALTH"]);
    // Keys alone (a status the list filters on, a date it orders by), and themes emptied.
    await runner.query(`UPDATE activity SET status = 'PAUSED', starts_at = '2027-03-01T09:00:00Z' WHERE name_fi LIKE 'Kerho 1%'`);
    await runner.query(`UPDATE organisation SET themes = '{}' WHERE name_fi = 'Nuorisoseura ry'`);
    await runner.query(`UPDATE organisation SET themes = '{POVERTY,POVERTY,HOUSING}', name_sv = 'Byaföreningen rf' WHERE name_fi = 'Kyläyhdistys ry'`);
    await expectThemeLinksInSync();
    // A statement that changes no key or theme writes no link.
    const versions = async () => (await runner.query(`SELECT xmin::text AS v FROM organisation_theme ORDER BY organisation_id, theme`)).map((r) => r.v);
    const before = await versions();
    await runner.query(`UPDATE organisation SET website = 'https://example.fi'`);
    expect(await versions()).toEqual(before);
    await runner.query(`DELETE FROM activity WHERE name_fi LIKE 'Kerho 2%'`);
    await runner.query(`DELETE FROM organisation WHERE name_fi = 'Kyläyhdistys ry'`);
    await expectThemeLinksInSync();
  });

  it("keeps each partnership's party region, also when a municipality moves", async () => {
    const regions = async () => (await runner.query(`SELECT title_fi, party_region_code FROM partnership ORDER BY title_fi`)).map((r) => [r.title_fi, r.party_region_code]);
    expect(await regions()).toEqual([["Avustus", "15"], ["Hanke", "90"]]);
    await runner.query(`INSERT INTO partnership (organisation_id, municipality_code, kind, status, title_fi) VALUES ($1, '837', 'GRANT', 'ACTIVE', 'Sopimus')`, [org]);
    await runner.query(`UPDATE partnership SET municipality_code = NULL, region_code = '02' WHERE title_fi = 'Hanke'`);
    expect(await regions()).toEqual([["Avustus", "15"], ["Hanke", "02"], ["Sopimus", "08"]]);
    // A write that names the region itself is corrected from the party.
    await runner.query(`UPDATE partnership SET party_region_code = '21' WHERE title_fi = 'Sopimus'`);
    expect(await regions()).toEqual([["Avustus", "15"], ["Hanke", "02"], ["Sopimus", "08"]]);
    await runner.query(`UPDATE municipality SET region_code = '07' WHERE code = '837'`);
    expect(await regions()).toEqual([["Avustus", "15"], ["Hanke", "02"], ["Sopimus", "07"]]);
    await runner.query(`UPDATE municipality SET region_code = '08' WHERE code = '837'`);
    expect(await regions()).toEqual([["Avustus", "15"], ["Hanke", "02"], ["Sopimus", "08"]]);
    // The party's own checks still speak first.
    await expect(runner.query(`INSERT INTO partnership (organisation_id, kind, status, title_fi) VALUES ($1, 'GRANT', 'ACTIVE', 'Ei osapuolta')`, [org]))
      .rejects.toThrow(/partnership_check/);
  });

  it("goes back and comes again", async () => {
    await migration.down(runner as any);
    expect(await runner.query(`SELECT table_name FROM information_schema.tables WHERE table_name IN ('organisation_theme', 'activity_theme')`)).toEqual([]);
    expect(await runner.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'partnership' AND column_name = 'party_region_code'`)).toEqual([]);
    await runner.query(`UPDATE activity SET themes = '{EMPLOYMENT}' WHERE name_fi = 'Muistikahvila'`);
    await migration.up(runner as any);
    await expectThemeLinksInSync();
    expect(await runner.query(`SELECT count(*)::int AS n FROM partnership WHERE party_region_code IS NULL`)).toEqual([{ n: 0 }]);
  });
});
