import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Organisation search in a region or municipality at the cost of the matches there (issue 19), as
 * migration 1736500000000 did for activities. An organisation's places are its region codes and its
 * municipality codes in one array, `place_codes`: the tables' CHECKs make a region code two digits
 * and a municipality code three, so the two never collide and one place-prefixed index answers
 * both (a search in region "15" asks for lexemes prefixed "15 ", in Helsinki "091 ").
 *
 * The array is kept from organisation_region and organisation_municipality by the database, as
 * activity.municipality_codes is, by statement-level triggers over transition tables (one
 * set-based statement per written statement). An insert adds its codes to the rows that lack them,
 * rather than recomputing the array from both tables: a bulk load writes the array with the row and
 * then the two link tables one after the other, and a recomputation after the first would drop the
 * other table's codes, rewriting every row twice (two dead versions per row in every index). A
 * delete recomputes. An update of a link's code or owner is rare (the services replace links by
 * delete and insert), while the sort-key copies (migration 1736000000000) update every link of an
 * organisation whose name changes: a row trigger on those two columns only, filtered by WHEN, leaves
 * the copies' updates without any call.
 */
const TABLES = [
  { table: "organisation_region", code: "region_code" },
  { table: "organisation_municipality", code: "municipality_code" },
] as const;

/** The place codes of the organisations `ids` (a subquery of ids), as stored: sorted, no duplicates. */
const CODES_OF = (ids: string) => `
  SELECT x.id, ARRAY(SELECT r.region_code::text FROM organisation_region r WHERE r.organisation_id = x.id
                     UNION SELECT m.municipality_code::text FROM organisation_municipality m WHERE m.organisation_id = x.id
                     ORDER BY 1) AS codes
    FROM (${ids}) x`;

/** Rows already up to date are left alone, so a write that changes no place updates no organisation. */
const SYNC = (ids: string) => `
  UPDATE organisation o SET place_codes = c.codes FROM (${CODES_OF(ids)}) c
   WHERE o.id = c.id AND o.place_codes IS DISTINCT FROM c.codes;`;

export class OrganisationPlaceSearch1736600000000 implements MigrationInterface {
  name = "OrganisationPlaceSearch1736600000000";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organisation ADD COLUMN place_codes text[] NOT NULL DEFAULT '{}'`);
    await q.query(SYNC(`SELECT organisation_id AS id FROM organisation_region UNION SELECT organisation_id FROM organisation_municipality`));
    await q.query(`
      CREATE FUNCTION organisation_place_codes_sync() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        -- Statement triggers fire for zero rows too: nothing to do, and no organisation update to cascade.
        IF NOT EXISTS (SELECT 1 FROM changed_links) THEN RETURN NULL; END IF;
        ${SYNC(`SELECT DISTINCT organisation_id AS id FROM changed_links`)}
        RETURN NULL;
      END $fn$`);
    await q.query(`
      CREATE FUNCTION organisation_place_codes_moved() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        ${SYNC(`SELECT DISTINCT id FROM (VALUES (OLD.organisation_id), (NEW.organisation_id)) v(id)`)}
        RETURN NULL;
      END $fn$`);
    for (const { table, code } of TABLES) {
      await q.query(`
        CREATE FUNCTION ${table}_place_codes_added() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
          UPDATE organisation o SET place_codes = ARRAY(SELECT DISTINCT c FROM unnest(o.place_codes || n.codes) c ORDER BY 1)
            FROM (SELECT organisation_id AS id, array_agg(${code}::text) AS codes FROM added_links GROUP BY 1) n
           WHERE o.id = n.id AND NOT o.place_codes @> n.codes;
          RETURN NULL;
        END $fn$`);
      await q.query(`CREATE TRIGGER ${table}_place_codes_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS added_links
                     FOR EACH STATEMENT EXECUTE FUNCTION ${table}_place_codes_added()`);
      await q.query(`CREATE TRIGGER ${table}_place_codes_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS changed_links
                     FOR EACH STATEMENT EXECUTE FUNCTION organisation_place_codes_sync()`);
      await q.query(`CREATE TRIGGER ${table}_place_codes_update AFTER UPDATE OF organisation_id, ${code} ON ${table} FOR EACH ROW
                     WHEN (OLD.organisation_id IS DISTINCT FROM NEW.organisation_id OR OLD.${code} IS DISTINCT FROM NEW.${code})
                     EXECUTE FUNCTION organisation_place_codes_moved()`);
    }
    // place_search_vector: migration 1736500000000 (a lexeme per place code).
    await q.query(`CREATE INDEX organisation_place_search_idx ON organisation USING gin (place_search_vector(search_vector, place_codes))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX organisation_place_search_idx`);
    for (const { table } of TABLES) {
      for (const suffix of ["insert", "delete", "update"]) await q.query(`DROP TRIGGER ${table}_place_codes_${suffix} ON ${table}`);
      await q.query(`DROP FUNCTION ${table}_place_codes_added()`);
    }
    await q.query(`DROP FUNCTION organisation_place_codes_moved()`);
    await q.query(`DROP FUNCTION organisation_place_codes_sync()`);
    await q.query(`ALTER TABLE organisation DROP COLUMN place_codes`);
  }
}
