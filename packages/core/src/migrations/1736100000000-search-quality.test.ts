import { CoreSchema1731000000000 } from "./1731000000000-core-schema";
import { SearchQuality1736100000000 } from "./1736100000000-search-quality";
import { openMigrationTestDatabase, type MigrationTestDatabase } from "./migration-test-database";

// The search-quality migration on rows written before it, then the triggers keeping its derived
// stores as rows are written, and its way back. A throw-away database next to whatever the URL points at.

jest.setTimeout(60_000);

describe("migration 1736100000000 (search quality) on existing data", () => {
  let db: MigrationTestDatabase;
  const runner = { query: (sql: string, params?: unknown[]) => db.query(sql, params) };
  const migration = new SearchQuality1736100000000();
  let org: number;

  beforeAll(async () => {
    db = await openMigrationTestDatabase();
    await new CoreSchema1731000000000().up(runner as any);
    [{ id: org }] = await runner.query(`INSERT INTO organisation (name_fi, name_sv, kind) VALUES ('Omaishoitajat ry', 'Närståendevårdarna rf', 'LOCAL') RETURNING id`);
    const rows = await runner.query(`INSERT INTO activity (organisation_id, name_fi, name_sv, kind, description_fi)
      VALUES ($1, 'Vertaistukiryhmä omaishoitajille', 'Kamratstödsgrupp för närståendevårdare', 'PEER_SUPPORT', 'Vertaistukea omaishoitajille.'),
             ($1, 'Perhekahvila', 'Familjecafé', 'LOW_THRESHOLD', 'Kahvila perheille.') RETURNING id`, [org]);
    await runner.query(`INSERT INTO activity_municipality (activity_id, municipality_code) VALUES ($1, '167'), ($1, '091'), ($2, '091')`, [rows[0].id, rows[1].id]);
    await migration.up(runner as any);
  });

  afterAll(async () => { await db?.close(); });

  const names = async (search: string) =>
    (await runner.query(`SELECT name_fi FROM activity WHERE search_vector @@ search_query($1) ORDER BY name_fi`, [search])).map((r) => r.name_fi);

  it("stems Swedish with Swedish and finds compounds by their heads and parts, and one-letter typos", async () => {
    expect(await names("kamratstödsgrupper")).toEqual(["Vertaistukiryhmä omaishoitajille"]);
    expect(await names("kamratstöd")).toEqual(["Vertaistukiryhmä omaishoitajille"]);
    expect(await names("vertaistuki")).toEqual(["Vertaistukiryhmä omaishoitajille"]);
    expect(await names("ryhmä")).toEqual(["Vertaistukiryhmä omaishoitajille"]);
    expect(await names("vertaistukirymä")).toEqual(["Vertaistukiryhmä omaishoitajille"]);
    expect(await names("perhekahvla or familjecafe")).toEqual(["Perhekahvila"]);
    expect(await names("-perhekahvila")).toEqual(["Vertaistukiryhmä omaishoitajille"]);
    expect(await names("ja")).toEqual([]);
  });

  it("fills the municipality codes from the links and keeps them as links are written", async () => {
    const codes = async () => (await runner.query(`SELECT name_fi, municipality_codes FROM activity ORDER BY name_fi`)).map((r) => [r.name_fi, r.municipality_codes]);
    expect(await codes()).toEqual([["Perhekahvila", ["091"]], ["Vertaistukiryhmä omaishoitajille", ["091", "167"]]]);
    await runner.query(`DELETE FROM activity_municipality WHERE municipality_code = '091'`);
    await runner.query(`INSERT INTO activity_municipality (activity_id, municipality_code) SELECT id, '179' FROM activity`);
    expect(await codes()).toEqual([["Perhekahvila", ["179"]], ["Vertaistukiryhmä omaishoitajille", ["167", "179"]]]);
  });

  it("collects the lexemes of inserted and changed rows", async () => {
    await runner.query(`INSERT INTO activity (organisation_id, name_fi, kind) VALUES ($1, 'Kirjoituspiiri', 'RECREATION')`, [org]);
    await runner.query(`UPDATE organisation SET description_fi = 'Järjestämme lukupiirejä.' WHERE id = $1`, [org]);
    const lexemes = (await runner.query(`SELECT lexeme FROM search_lexeme WHERE lexeme IN ('kirjoituspiir', 'lukupiir')`)).map((r) => r.lexeme);
    expect(lexemes.sort()).toEqual(["kirjoituspiir", "lukupiir"]);
    const words = (await runner.query(`SELECT word FROM search_word WHERE word IN ('kirjoituspiiri', 'lukupiirejä')`)).map((r) => r.word);
    expect(words.sort()).toEqual(["kirjoituspiiri", "lukupiirejä"]);
    expect(await names("kirjoituspiri")).toEqual(["Kirjoituspiiri"]);
  });

  it("goes back to the earlier search vectors", async () => {
    await migration.down(runner as any);
    const [{ found }] = await runner.query(`SELECT count(*)::int AS found FROM activity WHERE search_vector @@ websearch_to_tsquery('finnish', 'vertaistukiryhmässä')`);
    expect(found).toBe(1);
    const gone = await runner.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'search_lexeme'`);
    expect(gone).toEqual([]);
    await migration.up(runner as any);
    expect(await names("vertaistuki")).toEqual(["Vertaistukiryhmä omaishoitajille"]);
  });
});
