import { Client } from "pg";
import { placeSearch } from "../query/filter-compiler";
import { PlaceSearch1736500000000 } from "./1736500000000-place-search";
import { migrateUpTo, openMigrationTestDatabase, type MigrationTestDatabase } from "./migration-test-database";

// The place-prefixed search index on rows written before the migration: what its two functions
// give (and refuse), that a search in some places is the plain search limited to them, that the
// index answers it and follows the activity's municipalities, and the way back. A throw-away
// database next to whatever the URL points at.

jest.setTimeout(120_000);

// Activities as they stood before the migration: name, description, schedule, municipalities.
const ACTIVITIES: [string, string, string | null, string[]][] = [
  ["Perhekahvila", "Kahvila perheille. Kahvila on avoinna aamupäivisin.", "ti klo 10–12", ["091"]],
  ["Vertaistukiryhmä omaishoitajille", "Vertaistukea ja kahvia omaishoitajille.", null, ["091", "167"]],
  ["Nuorten kerho", "Kerho ja kahvila nuorille.", "ke klo 17", ["167"]],
  ["Lukupiiri", "Luemme kirjoja, kahvila auki.", null, ["179"]],
  ["Kahvila", "Kahvila kaikille.", null, []],
  ["Perhekahvila Joensuussa", "Kahvila perheille.", null, ["167", "837"]],
];

// Searches as the API builds them (search_query) and raw tsqueries for weights: phrase, prefix,
// negation within a conjunction, OR, weights, exact stems.
const QUERIES = [
  `search_query('kahvila')`,
  `search_query('"kahvila perheille"')`,
  `search_query('kahvi')`,
  `search_query('kahvila -kerho')`,
  `search_query('kerho or lukupiiri')`,
  `search_query('vertaistuki', false)`,
  `to_tsquery('finnish', 'kahvila:A')`,
  `to_tsquery('finnish', 'kahvila:C & !perhe:*A')`,
  `to_tsquery('finnish', 'kahvila <-> perheille')`,
];
// A query that is nothing but a negation (or ORs one) matches more than the search in the places:
// a prefixed vector lacks every word prefixed with another place, so a row elsewhere, or one with
// the word in Helsinki, satisfies "not the word in Espoo". The lists check such searches again on
// the rows found (query/place-search.ts, `exact`); packages/server/test/search-relevance.test.ts
// asks them through the API.
const NEGATION_ONLY_QUERIES = [`search_query('-kerho')`, `search_query('lukupiiri or -kahvila')`];
const PLACES: string[][] = [["091"], ["167"], ["091", "167"], ["179", "837"], ["999"], []];
// Codes that would break out of the quoted lexeme or add operators if put in it.
const BAD_CODES = ["x' 'y", "a b", "a\\b", "a\\", "a:1", "'", "''", "091:*", "091 ", " 091", "091'':A", "091 & !x", "", "091)|(x", null];

describe("migration 1736500000000 (place-prefixed search index) on existing data", () => {
  let db: MigrationTestDatabase;
  const runner = { query: (sql: string, params?: unknown[]) => db.query(sql, params) };
  const migration = new PlaceSearch1736500000000();
  const ids = new Map<string, number>();

  beforeAll(async () => {
    db = await openMigrationTestDatabase();
    await migrateUpTo(db, PlaceSearch1736500000000, { before: true });
    const [{ id: org }] = await db.query(`INSERT INTO organisation (name_fi, kind) VALUES ('Kyläyhdistys ry', 'LOCAL') RETURNING id`);
    for (const [name, description, schedule, codes] of ACTIVITIES) {
      const [{ id }] = await db.query(`INSERT INTO activity (organisation_id, name_fi, description_fi, schedule, kind) VALUES ($1, $2, $3, $4, 'RECREATION') RETURNING id`,
        [org, name, description, schedule]);
      ids.set(name, id);
      if (codes.length) await db.query(`INSERT INTO activity_municipality (activity_id, municipality_code) SELECT $1, unnest($2::text[])`, [id, codes]);
    }
    await migrateUpTo(db, PlaceSearch1736500000000);
  });

  afterAll(async () => { await db?.close(); });

  /** Rows of `sql` with the planner kept off sequential scans (so off the table) or off index scans. */
  async function withPlanner<T>(use: "index" | "table", run: () => Promise<T>): Promise<T> {
    const settings = use === "index" ? ["enable_seqscan"] : ["enable_indexscan", "enable_bitmapscan"];
    for (const s of settings) await db.query(`SET ${s} = off`);
    try { return await run(); } finally { for (const s of settings) await db.query(`RESET ${s}`); }
  }

  const placeCondition = (query: string) => `place_search_vector(a.search_vector, a.municipality_codes) @@ place_search_query(${query}, $1::text[])`;
  const idsWhere = async (condition: string, places: string[]) =>
    (await db.query(`SELECT a.id FROM activity a WHERE ${condition} ORDER BY a.id`, condition.includes("$1") ? [places] : [])).map((r) => r.id as number);

  /** For each query and list of places: [place search, plain search limited to the places, plain search], by index and by table. */
  async function compare(queries: string[]) {
    const cases = [];
    for (const query of queries) {
      for (const places of PLACES) {
        const plain = await idsWhere(`a.search_vector @@ ${query}`, places);
        const expected = await idsWhere(`a.search_vector @@ ${query} AND a.municipality_codes && $1::text[]`, places);
        const byIndex = await withPlanner("index", () => idsWhere(placeCondition(query), places));
        const byTable = await withPlanner("table", () => idsWhere(placeCondition(query), places));
        cases.push({ query, places, byIndex, byTable, expected, plain });
      }
    }
    return cases;
  }

  async function expectPlaceSearchesExact(queries: string[]) {
    // "By index" is the place index's answer.
    const plan = await withPlanner("index", async () =>
      (await db.query(`EXPLAIN SELECT a.id FROM activity a WHERE ${placeCondition(queries[0])}`, [["091"]])).map((r) => r["QUERY PLAN"]).join("\n"));
    expect(plan).toContain("activity_place_search_idx");
    const cases = await compare(queries);
    for (const { query, places, byIndex, byTable, expected } of cases) {
      expect({ query, places, byIndex, byTable }).toEqual({ query, places, byIndex: expected, byTable: expected });
    }
    // The comparison says something: searches in places find rows, and fewer than nationally.
    expect(cases.filter((c) => c.expected.length > 0).length).toBeGreaterThan(cases.length / 3);
    expect(cases.some((c) => c.expected.length > 0 && c.expected.length < c.plain.length)).toBe(true);
  }

  it("prefixes each lexeme with each of the activity's municipality codes, positions and weights kept", async () => {
    const id = ids.get("Vertaistukiryhmä omaishoitajille")!;
    const [{ codes }] = await db.query(`SELECT municipality_codes AS codes FROM activity WHERE id = $1`, [id]);
    expect(codes).toEqual(["091", "167"]);
    // The rows' own vectors, and one with lexemes that need quoting, doubling or escaping in the text form.
    const vectors = [
      ...(await db.query(`SELECT search_vector::text AS v, municipality_codes AS codes FROM activity ORDER BY id`)).map((r) => [r.v, r.codes]),
      [`'it''s':1A 'a\\\\b':2B,5 'two words':3 'x:y':4C 'plain'`, ["091", "837"]],
    ];
    for (const [vector, places] of vectors) {
      const entries = await db.query(`SELECT lexeme, positions, weights FROM unnest($1::tsvector) ORDER BY lexeme`, [vector]);
      const expected = places.flatMap((p: string) => entries.map((e) => ({ ...e, lexeme: `${p} ${e.lexeme}` })))
        .sort((x: any, y: any) => (x.lexeme < y.lexeme ? -1 : x.lexeme > y.lexeme ? 1 : 0));
      const actual = await db.query(`SELECT lexeme, positions, weights FROM unnest(place_search_vector($1::tsvector, $2::text[])) ORDER BY lexeme`, [vector, places]);
      expect({ vector, actual }).toEqual({ vector, actual: expected });
    }
    const [{ lexemes }] = await db.query(`SELECT array_length(tsvector_to_array(place_search_vector(search_vector, municipality_codes)), 1) AS lexemes FROM activity WHERE id = $1`, [id]);
    expect(lexemes).toBeGreaterThan(4);
  });

  it("leaves out a code that is not alphanumeric, alone or among good ones, in the vector and the query", async () => {
    const [{ v }] = await db.query(`SELECT search_vector::text AS v FROM activity WHERE id = $1`, [ids.get("Perhekahvila")]);
    const q = `search_query('kahvila perheille')`;
    const [good] = await db.query(`SELECT place_search_vector($1::tsvector, '{091}')::text AS v, place_search_query(${q}, '{091}')::text AS q`, [v]);
    expect(good.v).toContain("'091 kahvil'");
    expect(good.q).toContain("'091 ");
    for (const code of BAD_CODES) {
      const [mixed] = await db.query(`SELECT place_search_vector($1::tsvector, ARRAY[$2, '091', $2]::text[])::text AS v, place_search_query(${q}, ARRAY[$2, '091']::text[])::text AS q`, [v, code]);
      expect({ code, ...mixed }).toEqual({ code, ...good });
      const [alone] = await db.query(`SELECT place_search_vector($1::tsvector, ARRAY[$2]::text[])::text AS v, place_search_query(${q}, ARRAY[$2]::text[])::text AS q`, [v, code]);
      expect({ code, ...alone }).toEqual({ code, v: "", q: "" });
    }
  });

  it("matches a row exactly when the plain search matches it and it lies in one of the places, by index and by table", async () => {
    await expectPlaceSearchesExact(QUERIES);
  });

  // A search with a negation finds every match in the places (the index agreeing with the table),
  // and more, which the lists' exact check removes.
  it("finds every match in the places for a query of only a negation, the index agreeing with the table", async () => {
    const cases = await compare(NEGATION_ONLY_QUERIES);
    for (const { query, places, byIndex, byTable, expected } of cases) {
      expect({ query, places, byIndex }).toEqual({ query, places, byIndex: byTable });
      expect({ query, places, missed: expected.filter((id) => !byTable.includes(id)) }).toEqual({ query, places, missed: [] });
    }
    expect(cases.some((c) => c.expected.length > 0)).toBe(true);
    // The limit is real: without the lists' check these searches would show rows they should not.
    expect(cases.some((c) => c.byTable.some((id) => !c.expected.includes(id)))).toBe(true);
  });

  it("matches nothing with no places or a query of stop words only, and sends the client no notice", async () => {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const notices: string[] = [];
    client.on("notice", (n) => notices.push(n.message ?? ""));
    try {
      for (const [query, places] of [[`search_query('ja')`, ["091"]], [`search_query('ja och the')`, ["091", "167"]], [`search_query('kahvila')`, []], [`search_query('kahvila')`, ["a b"]]] as const) {
        const { rows: [built] } = await client.query(`SELECT place_search_query(${query}, $1::text[])::text AS q`, [places]);
        expect({ query, places, ...built }).toEqual({ query, places, q: "" });
        for (const setting of ["on", "off"]) {
          await client.query(`SET enable_seqscan = ${setting}`);
          const { rows } = await client.query(`SELECT a.id FROM activity a WHERE ${placeCondition(query)}`, [places]);
          expect({ query, places, rows }).toEqual({ query, places, rows: [] });
        }
      }
      // The list's own condition (the query built once), as the API sends a search of stop words in a place.
      for (const term of ["ja", "och the"]) {
        const { rows } = await client.query(`SELECT a.id FROM activity a WHERE ${placeSearch("a", "$1", "$2::text[]")}`, [term, ["091", "167"]]);
        expect({ term, rows }).toEqual({ term, rows: [] });
      }
      expect(notices).toEqual([]);
      // The listener hears PostgreSQL's notice about an empty query where nothing keeps it back.
      await client.query(`SELECT to_tsquery('finnish', 'ja')`);
      expect(notices).toEqual([expect.stringMatching(/doesn't contain lexemes|only stop words/)]);
    } finally {
      await client.end();
    }
  });

  it("answers the list's place search from the index, for rows written before the migration", async () => {
    const plan = await withPlanner("index", async () =>
      (await db.query(`EXPLAIN SELECT a.id FROM activity a WHERE ${placeSearch("a", "$1", "$2::text[]")}`, ["kahvila", ["091"]])).map((r) => r["QUERY PLAN"]).join("\n"));
    expect(plan).toContain("activity_place_search_idx");
    const found = await withPlanner("index", async () =>
      (await db.query(`SELECT a.name_fi FROM activity a WHERE ${placeSearch("a", "$1", "$2::text[]")} ORDER BY 1`, ["kahvila", ["091"]])).map((r) => r.name_fi));
    const expected = (await db.query(`SELECT name_fi FROM activity WHERE search_vector @@ search_query($1) AND municipality_codes && $2::text[] ORDER BY 1`, ["kahvila", ["091"]]))
      .map((r) => r.name_fi);
    expect(found).toEqual(expected);
    expect(found.length).toBeGreaterThan(0);
  });

  it("keeps the index right as an activity's municipalities and texts change", async () => {
    const kerho = ids.get("Nuorten kerho")!;
    const lukupiiri = ids.get("Lukupiiri")!;
    const kahvila = ids.get("Kahvila")!;
    // Moved, gained, lost every municipality, re-coded in place, renamed.
    await db.query(`DELETE FROM activity_municipality WHERE activity_id = $1`, [kerho]);
    await db.query(`INSERT INTO activity_municipality (activity_id, municipality_code) VALUES ($1, '091'), ($2, '091')`, [kerho, kahvila]);
    await db.query(`UPDATE activity_municipality SET municipality_code = '167' WHERE activity_id = $1`, [lukupiiri]);
    await db.query(`UPDATE activity SET name_fi = 'Lukupiiri ja kerho' WHERE id = $1`, [lukupiiri]);
    expect((await db.query(`SELECT municipality_codes AS c FROM activity WHERE id = ANY($1) ORDER BY id`, [[kerho, lukupiiri, kahvila]])).map((r) => r.c))
      .toEqual([["091"], ["167"], ["091"]]);
    await expectPlaceSearchesExact(QUERIES);
    const inHelsinki = await withPlanner("index", () => idsWhere(placeCondition(`search_query('kerho')`), ["091"]));
    expect(inHelsinki).toEqual([kerho]);
  });

  it("goes back, removing the index and both functions, and comes again", async () => {
    const objects = async () => ({
      functions: (await db.query(`SELECT proname FROM pg_proc WHERE proname IN ('place_search_vector', 'place_search_query') ORDER BY 1`)).map((r) => r.proname),
      indexes: (await db.query(`SELECT indexname FROM pg_indexes WHERE indexname = 'activity_place_search_idx'`)).map((r) => r.indexname),
    });
    expect(await objects()).toEqual({ functions: ["place_search_query", "place_search_vector"], indexes: ["activity_place_search_idx"] });
    await db.query("BEGIN");
    await migration.down(runner as any);
    await db.query("COMMIT");
    expect(await objects()).toEqual({ functions: [], indexes: [] });
    await expect(db.query(`SELECT place_search_query(search_query('kahvila'), '{091}')`)).rejects.toThrow(/does not exist/);
    await db.query("BEGIN");
    await migration.up(runner as any);
    await db.query("COMMIT");
    expect(await objects()).toEqual({ functions: ["place_search_query", "place_search_vector"], indexes: ["activity_place_search_idx"] });
    await expectPlaceSearchesExact(QUERIES);
  });
});
