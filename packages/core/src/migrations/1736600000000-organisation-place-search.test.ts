import { OrganisationPlaceSearch1736600000000 } from "./1736600000000-organisation-place-search";
import { migrateUpTo, openMigrationTestDatabase, type MigrationTestDatabase } from "./migration-test-database";

// The organisations' place codes on rows written before the migration, then kept by the database
// through set-based writes of the region and municipality links, and the way back. A throw-away
// database next to whatever the URL points at.

jest.setTimeout(120_000);

describe("migration 1736600000000 (organisations' place codes and their search index) on existing data", () => {
  let db: MigrationTestDatabase;
  const runner = { query: (sql: string, params?: unknown[]) => db.query(sql, params) };
  const migration = new OrganisationPlaceSearch1736600000000();
  let carers: number;
  let youth: number;
  let village: number;

  beforeAll(async () => {
    db = await openMigrationTestDatabase();
    await migrateUpTo(db, OrganisationPlaceSearch1736600000000, { before: true });
    [{ id: carers }, { id: youth }, { id: village }] = await runner.query(`INSERT INTO organisation (name_fi, kind) VALUES
      ('Omaishoitajat ry', 'LOCAL'), ('Nuorisoseura ry', 'LOCAL'), ('Kyläyhdistys ry', 'LOCAL') RETURNING id`);
    await runner.query(`INSERT INTO organisation_region (organisation_id, region_code) VALUES ($1, '90'), ($1, '02'), ($2, '15')`, [carers, youth]);
    await runner.query(`INSERT INTO organisation_municipality (organisation_id, municipality_code) VALUES ($1, '091'), ($2, '179'), ($2, '837')`, [carers, youth]);
    await migration.up(runner as any);
  });

  afterAll(async () => { await db?.close(); });

  /** Every organisation's place_codes equals its region and municipality links, sorted. */
  async function expectPlaceCodesInSync() {
    const rows = await runner.query(`
      SELECT o.id FROM organisation o
       WHERE o.place_codes IS DISTINCT FROM ARRAY(SELECT c FROM (SELECT region_code::text AS c FROM organisation_region WHERE organisation_id = o.id
                                                               UNION ALL SELECT municipality_code::text FROM organisation_municipality WHERE organisation_id = o.id) x ORDER BY c)`);
    expect(rows).toEqual([]);
  }
  const codesOf = async (id: number) => (await runner.query(`SELECT place_codes FROM organisation WHERE id = $1`, [id]))[0].place_codes;

  it("fills every existing organisation's place codes from its links, regions and municipalities together", async () => {
    expect(await codesOf(carers)).toEqual(["02", "091", "90"]);
    expect(await codesOf(youth)).toEqual(["15", "179", "837"]);
    expect(await codesOf(village)).toEqual([]);
    await expectPlaceCodesInSync();
  });

  it("keeps the codes through inserts, deletes and updates of either link, and moves of a link to another organisation", async () => {
    await runner.query(`INSERT INTO organisation (name_fi, kind) SELECT 'Kerho ' || i, 'LOCAL' FROM generate_series(1, 30) i`);
    await runner.query(`INSERT INTO organisation_region (organisation_id, region_code) SELECT id, '08' FROM organisation WHERE name_fi LIKE 'Kerho %'`);
    await runner.query(`INSERT INTO organisation_municipality (organisation_id, municipality_code)
      SELECT id, CASE WHEN id % 2 = 0 THEN '179' ELSE '182' END FROM organisation WHERE name_fi LIKE 'Kerho %'`);
    await expectPlaceCodesInSync();
    await runner.query(`DELETE FROM organisation_municipality WHERE municipality_code = '179'`);
    await runner.query(`DELETE FROM organisation_region WHERE region_code = '90'`);
    await expectPlaceCodesInSync();
    expect(await codesOf(carers)).toEqual(["02", "091"]);
    expect(await codesOf(youth)).toEqual(["15", "837"]);
    // A code changed, in a set-based update over many rows; a link moved to another organisation.
    await runner.query(`UPDATE organisation_region SET region_code = '13' WHERE region_code = '08'`);
    await runner.query(`UPDATE organisation_municipality SET municipality_code = '092' WHERE municipality_code = '182'`);
    await runner.query(`UPDATE organisation_municipality SET organisation_id = $2 WHERE organisation_id = $1`, [carers, village]);
    await expectPlaceCodesInSync();
    expect(await codesOf(carers)).toEqual(["02"]);
    expect(await codesOf(village)).toEqual(["091"]);
    // An organisation's own delete takes its links with it (cascade) without an error.
    await runner.query(`DELETE FROM organisation WHERE name_fi = 'Kerho 3'`);
    await expectPlaceCodesInSync();
  });

  it("writes no organisation when a statement changes no place (the links' sort-key copies)", async () => {
    const versions = async () => (await runner.query(`SELECT xmin::text AS v FROM organisation ORDER BY id`)).map((r) => r.v);
    const before = await versions();
    // Sort keys copied to the links and a link rewritten with the same code: the place codes stay as they are.
    await runner.query(`UPDATE organisation_region SET name_fi = name_fi || '' `);
    await runner.query(`UPDATE organisation_municipality SET municipality_code = municipality_code`);
    await runner.query(`INSERT INTO organisation_region (organisation_id, region_code) SELECT id, '02' FROM organisation WHERE 1 = 0`);
    expect(await versions()).toEqual(before);
    // A bulk load writes the codes with the row, then each link table in turn: neither insert rewrites the row.
    const [{ id }] = await runner.query(`INSERT INTO organisation (name_fi, kind, place_codes) VALUES ('Ladattu ry', 'LOCAL', '{05,075,091}') RETURNING id`);
    const loaded = async () => (await runner.query(`SELECT xmin::text AS v FROM organisation WHERE id = $1`, [id]))[0].v;
    const version = await loaded();
    await runner.query(`INSERT INTO organisation_region (organisation_id, region_code) VALUES ($1, '05')`, [id]);
    await runner.query(`INSERT INTO organisation_municipality (organisation_id, municipality_code) VALUES ($1, '075'), ($1, '091')`, [id]);
    expect(await loaded()).toBe(version);
    await expectPlaceCodesInSync();
  });

  it("indexes the search vector by place code, so a place search finds the organisations there", async () => {
    await runner.query(`UPDATE organisation SET description_fi = 'Vertaistukea omaishoitajille.' WHERE id IN ($1, $2)`, [carers, youth]);
    const found = async (places: string[]) => (await runner.query(
      `SELECT id FROM organisation WHERE place_search_vector(search_vector, place_codes) @@ place_search_query(search_query('omaishoitaja'), $1::text[]) ORDER BY id`,
      [places])).map((r) => r.id);
    expect(await found(["02"])).toEqual([carers]);
    expect(await found(["15", "837"])).toEqual([youth]);
    expect(await found(["091"])).toEqual([]);
    expect(await runner.query(`SELECT indexdef FROM pg_indexes WHERE indexname = 'organisation_place_search_idx'`))
      .toEqual([{ indexdef: expect.stringContaining("place_search_vector(search_vector, place_codes)") }]);
  });

  it("goes back and comes again", async () => {
    await migration.down(runner as any);
    expect(await runner.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'organisation' AND column_name = 'place_codes'`)).toEqual([]);
    expect(await runner.query(`SELECT indexname FROM pg_indexes WHERE indexname = 'organisation_place_search_idx'`)).toEqual([]);
    expect(await runner.query(`SELECT tgname FROM pg_trigger WHERE tgname LIKE '%place_codes%'`)).toEqual([]);
    expect(await runner.query(`SELECT proname FROM pg_proc WHERE proname LIKE '%place_codes%'`)).toEqual([]);
    // Links written while the column is gone are found when it comes back.
    await runner.query(`INSERT INTO organisation_region (organisation_id, region_code) VALUES ($1, '21')`, [village]);
    await migration.up(runner as any);
    await expectPlaceCodesInSync();
    expect(await codesOf(village)).toEqual(["091", "21"]);
  });
});
