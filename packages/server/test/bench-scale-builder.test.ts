import { join } from "node:path";
import { isValidBusinessId } from "@yhdyspinta/core/internal";
import { createTestEnvironment, databaseUrl, testServerUrl, type TestEnvironment } from "@yhdyspinta/testing";
import { Client } from "pg";
import { repoRoot } from "./docs-markdown";

// Issue 19: `npm run bench:scale` multiplies the full demo set 5× and 10× with bench/scale-builder.js.
// Here the same builder doubles the small demo set, and the copy must be a data set the API and
// the bench can trust: every row copied once, keys intact, business ids valid and unique, search
// vectors computed, the distribution over regions unchanged.
interface ScaleBuilder {
  multiplyDataSet(client: Client, factor: number, options?: { source?: unknown }): Promise<{ counts: Record<string, number>; tables: string[]; offsets: Record<string, number> }>;
  linkTables(client: Client): Promise<string[]>;
  ENTITIES: string[];
}
// bench/ is plain JavaScript outside the workspaces (no type declarations).
const builder = require(join(repoRoot, "bench", "scale-builder.js")) as ScaleBuilder;

const scaleDatabase = require(join(repoRoot, "bench", "scale-database.js")) as { canonical(value: unknown): string };

let env: TestEnvironment;
let db: Client;
const count = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params)).rows[0].n);

beforeAll(async () => {
  env = await createTestEnvironment({ seed: "demo" });
  db = new Client({ connectionString: databaseUrl(testServerUrl(), env.databaseName) });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await env?.close();
});

/** Every single-column foreign key from a multiplied table to an entity, from the catalogue. */
async function entityKeys(tables: string[]): Promise<{ table: string; column: string; target: string }[]> {
  return (await db.query(`
    SELECT c.relname AS table, a.attname AS column, t.relname AS target FROM pg_constraint f
    JOIN pg_class c ON c.oid = f.conrelid JOIN pg_class t ON t.oid = f.confrelid
    JOIN pg_attribute a ON a.attrelid = f.conrelid AND a.attnum = f.conkey[1]
    WHERE f.contype = 'f' AND cardinality(f.conkey) = 1 AND c.relname = ANY($1) AND t.relname = ANY($2)`, [tables, builder.ENTITIES])).rows;
}

describe("the bench scale builder", () => {
  it("doubles the demo set: rows, link tables, regions, search, valid unique business ids and intact keys", async () => {
    const links = await builder.linkTables(db);
    expect(links).toEqual(expect.arrayContaining([
      "organisation_region", "organisation_municipality", "organisation_theme", "activity_municipality", "activity_region", "activity_theme", "activity_occurrence",
    ]));
    const tables = [...builder.ENTITIES, ...links];
    const before: Record<string, number> = {};
    for (const table of tables) before[table] = await count(`SELECT count(*) AS n FROM ${table}`);
    for (const table of ["organisation", "activity", "organisation_region", "activity_municipality", "activity_occurrence"]) expect(before[table]).toBeGreaterThan(0);
    const regions = (await db.query(`SELECT region_code, count(*)::int AS n FROM organisation_region GROUP BY 1 ORDER BY 1`)).rows;
    const withBusinessId = await count(`SELECT count(business_id) AS n FROM organisation`);
    expect(withBusinessId).toBeGreaterThan(0);
    // A search word and a region taken from the data, asked through the API before and after.
    const word = (await db.query(`SELECT split_part(name_fi, ' ', 1) AS w FROM activity
      WHERE numnode(websearch_to_tsquery('finnish', split_part(name_fi, ' ', 1))) > 0 ORDER BY id LIMIT 1`)).rows[0].w as string;
    const region = regions[0].region_code as string;
    const ask = async () => {
      const r = await env.query(`query($word: String!, $region: String!) {
        activities(first: 5, filter: { search: $word }) { totalCount }
        organisations(first: 5, filter: { regionCode: $region }) { totalCount }
      }`, { word, region });
      expect(r.errors).toBeUndefined();
      return r.data;
    };
    const answerBefore = await ask();
    expect(answerBefore.activities.totalCount).toBeGreaterThan(0);

    const { counts, offsets } = await builder.multiplyDataSet(db, 2, { source: { test: true } });

    for (const table of tables) expect({ table, rows: counts[table] }).toEqual({ table, rows: 2 * before[table] });
    expect((await db.query(`SELECT region_code, count(*)::int AS n FROM organisation_region GROUP BY 1 ORDER BY 1`)).rows)
      .toEqual(regions.map((r) => ({ region_code: r.region_code, n: 2 * r.n })));
    // Business ids: twice as many, all distinct, every check digit valid.
    const ids = (await db.query(`SELECT business_id FROM organisation WHERE business_id IS NOT NULL`)).rows.map((r) => r.business_id as string);
    expect(ids.length).toBe(2 * withBusinessId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !isValidBusinessId(id))).toEqual([]);
    // Search vectors (generated columns) computed for the copies, equal to their originals'.
    expect(await count(`SELECT count(*) AS n FROM activity c JOIN activity o ON o.id = c.id - $1::int
      WHERE c.id >= $1::int AND c.search_vector IS DISTINCT FROM o.search_vector`, [offsets.activity])).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM activity WHERE id >= $1::int AND search_vector IS NULL`, [offsets.activity])).toBe(0);
    // What triggers keep for other writers is copied with the rows (the builder skips triggers):
    // every theme link matches its row's themes, every partnership has its party's region.
    for (const [table, owner, column] of [["organisation_theme", "organisation", "organisation_id"], ["activity_theme", "activity", "activity_id"]]) {
      expect({ table, unlinked: await count(`SELECT count(*) AS n FROM ${owner} o, unnest(o.themes) th
        WHERE NOT EXISTS (SELECT 1 FROM ${table} l WHERE l.${column} = o.id AND l.theme = th AND l.name_fi = o.name_fi)`) }).toEqual({ table, unlinked: 0 });
    }
    expect(await count(`SELECT count(*) AS n FROM partnership p
      WHERE p.party_region_code IS DISTINCT FROM COALESCE(p.region_code, (SELECT m.region_code FROM municipality m WHERE m.code = p.municipality_code))`)).toBe(0);
    // Every key from a multiplied table to an entity points at a row (the builder skips the key triggers).
    const keys = await entityKeys(tables);
    expect(keys.map((k) => `${k.table}.${k.column}`)).toEqual(expect.arrayContaining(["activity.organisation_id", "organisation_region.organisation_id", "activity_occurrence.activity_id"]));
    for (const k of keys) {
      const dangling = await count(`SELECT count(*) AS n FROM "${k.table}" s WHERE s."${k.column}" IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM "${k.target}" t WHERE t.id = s."${k.column}")`);
      expect({ key: `${k.table}.${k.column}`, dangling }).toEqual({ key: `${k.table}.${k.column}`, dangling: 0 });
    }
    // The API sees twice the matches; the identity sequences continue after the copies.
    const answerAfter = await ask();
    expect(answerAfter.activities.totalCount).toBe(2 * answerBefore.activities.totalCount);
    expect(answerAfter.organisations.totalCount).toBe(2 * answerBefore.organisations.totalCount);
    const { rows: [created] } = await db.query(`INSERT INTO organisation(name_fi, kind) VALUES ('Uusi yhdistys ry', 'LOCAL') RETURNING id`);
    expect(created.id).toBeGreaterThan(offsets.organisation);
    // A multiplied set is not multiplied again (the bench rebuilds from the 1× copy instead).
    await expect(builder.multiplyDataSet(db, 2)).rejects.toThrow(/multiplied already/);
  });

  it("recognises its build record after jsonb reordered the keys (a copy is reused, not rebuilt, on every run)", () => {
    const fingerprint = { migrations: ["B1", "A2"], counts: { organisations: 3, activities: 2 } };
    const fromJsonb = { counts: { activities: 2, organisations: 3 }, migrations: ["B1", "A2"] };
    expect(scaleDatabase.canonical(fromJsonb)).toBe(scaleDatabase.canonical(fingerprint));
    expect(scaleDatabase.canonical({ ...fromJsonb, migrations: ["A2", "B1"] })).not.toBe(scaleDatabase.canonical(fingerprint));
  });
});
