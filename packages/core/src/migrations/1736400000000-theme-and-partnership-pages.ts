import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Index-bound pages for one theme and for a region's or municipality's partnerships (issue 19),
 * the pattern of migration 1736000000000 carried over.
 *
 * Themes: a page of a small theme walked the national ordering index testing each row's `themes`
 * (thousands of rows deep in the list), or read every match from the GIN index and sorted them.
 * `organisation_theme` and `activity_theme` hold one row per organisation (activity) and theme,
 * with copies of its sort keys (an activity's status too) and an index (theme, key, row id) per
 * ordering, so a page at any depth is about one page of link rows and a theme's total counts the
 * link rows alone.
 *
 * The theme links are derived from the `themes` column by the database alone (nobody writes them):
 * statement-level triggers on the owner insert the links of new rows, and after an update drop the
 * themes a row lost, copy changed keys and add the themes it gained, set-based once per statement.
 * Only the written rows (the new transition table) are compared with the links, never with the old
 * transition table (see migration 1736000000000 on why). Deletes cascade.
 *
 * Partnerships: a partnership's public party is a region or a municipality, and a region's list
 * holds both its own and its municipalities' (an OR no index can walk in order). `party_region_code`
 * is the party's region, kept by a row trigger from the party (and by one on `municipality` should
 * a municipality move), and each ordering has an index (party_region_code, key, id) and, for a
 * municipality's partnerships, (municipality_code, key, id).
 */
const FI = `COLLATE "fi-x-icu"`;
const NO_TIMESTAMP = `'9999-12-31 00:00:00+00'::timestamptz`;
const NO_DATE = `'9999-12-31'::date`;

// The sort keys as migration 1736000000000 copies them into the region and municipality links.
const NAME_KEYS: [string, string][] = [["name_fi", "text"], ["name_sv", "text"], ["name_en", "text"], ["kind", "text"], ["created_at", "timestamptz"], ["updated_at", "timestamptz"]];
const NAME_ORDERS: [string, string][] = [
  ["name_fi", `(name_fi ${FI})`], ["name_sv", `(COALESCE(name_sv, name_fi) ${FI})`], ["name_en", `(COALESCE(name_en, name_fi) ${FI})`],
  ["created", "created_at"], ["updated", "updated_at"], ["kind", "kind"],
];
const ACTIVITY_KEYS: [string, string][] = [...NAME_KEYS, ["starts_at", "timestamptz"], ["ends_at", "timestamptz"], ["status", "text"]];
const ACTIVITY_ORDERS: [string, string][] = [
  ...NAME_ORDERS, ["starts", `(COALESCE(starts_at, ${NO_TIMESTAMP}))`], ["ends", `(COALESCE(ends_at, ${NO_TIMESTAMP}))`],
];

interface ThemeLink {
  table: string;
  owner: string;
  ownerColumn: string;
  keys: [string, string][];
  orders: [string, string][];
}
const THEME_LINKS: ThemeLink[] = [
  { table: "organisation_theme", owner: "organisation", ownerColumn: "organisation_id", keys: NAME_KEYS, orders: NAME_ORDERS },
  { table: "activity_theme", owner: "activity", ownerColumn: "activity_id", keys: ACTIVITY_KEYS, orders: ACTIVITY_ORDERS },
];

/** The partnership orderings (query: partnership.service.ts), as migration 1734000000000 indexes them. */
const PARTNERSHIP_ORDERS: [string, string][] = [
  ["title_fi", `(title_fi ${FI})`], ["title_sv", `(COALESCE(title_sv, title_fi) ${FI})`], ["title_en", `(COALESCE(title_en, title_fi) ${FI})`],
  ["created", "created_at"], ["updated", "updated_at"], ["kind", "kind"],
  ["starts", `(COALESCE(starts_on, ${NO_DATE}))`], ["ends", `(COALESCE(ends_on, ${NO_DATE}))`],
];

export class ThemeAndPartnershipPages1736400000000 implements MigrationInterface {
  name = "ThemeAndPartnershipPages1736400000000";

  public async up(q: QueryRunner): Promise<void> {
    for (const link of THEME_LINKS) {
      const columns = link.keys.map(([c]) => c);
      const copied = (alias: string) => columns.map((c) => `${alias}.${c}`).join(", ");
      await q.query(`
        CREATE TABLE ${link.table} (
          ${link.ownerColumn} integer NOT NULL REFERENCES ${link.owner}(id) ON DELETE CASCADE,
          theme text NOT NULL,
          ${link.keys.map(([c, type]) => `${c} ${type}`).join(", ")},
          PRIMARY KEY (${link.ownerColumn}, theme)
        )`);
      // The links of `rows` (an owner table or transition table aliased n); a theme listed twice in
      // one array is one link. New rows have none yet; updated ones only lack the themes they gained.
      const insertLinks = (rows: string, onlyMissing: boolean) => `
        INSERT INTO ${link.table} (${link.ownerColumn}, theme, ${columns.join(", ")})
        SELECT n.id, th.theme, ${copied("n")} FROM ${rows} n CROSS JOIN LATERAL unnest(n.themes) AS th(theme)
         WHERE th.theme IS NOT NULL${onlyMissing ? `
           AND NOT EXISTS (SELECT 1 FROM ${link.table} l WHERE l.${link.ownerColumn} = n.id AND l.theme = th.theme)` : ""}
        ON CONFLICT DO NOTHING;`;
      // Filled before its ordering indexes exist: one sorted build each.
      await q.query(insertLinks(link.owner, false));
      for (const [suffix, expression] of link.orders) {
        await q.query(`CREATE INDEX ${link.table}_${suffix}_order_idx ON ${link.table}(theme, ${expression}, ${link.ownerColumn})`);
      }
      const differs = `(${copied("l")}) IS DISTINCT FROM (${copied("n")})`;
      await q.query(`
        CREATE FUNCTION ${link.owner}_themes_to_links() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'UPDATE' THEN
            DELETE FROM ${link.table} l USING new_rows n WHERE l.${link.ownerColumn} = n.id AND array_position(n.themes, l.theme) IS NULL;
            -- Links already equal are left alone: a statement that changed no key writes none.
            UPDATE ${link.table} l SET (${columns.join(", ")}) = (${copied("n")})
              FROM new_rows n WHERE l.${link.ownerColumn} = n.id AND ${differs};
            ${insertLinks("new_rows", true)}
          ELSE
            ${insertLinks("new_rows", false)}
          END IF;
          RETURN NULL;
        END $$`);
      for (const op of ["INSERT", "UPDATE"]) {
        await q.query(`CREATE TRIGGER ${link.owner}_themes_on_${op.toLowerCase()} AFTER ${op} ON ${link.owner} REFERENCING NEW TABLE AS new_rows
          FOR EACH STATEMENT EXECUTE FUNCTION ${link.owner}_themes_to_links()`);
      }
    }

    // Nullable: a row without a valid party keeps failing on its check or foreign key, as before.
    await q.query(`ALTER TABLE partnership ADD COLUMN party_region_code varchar(2)`);
    await q.query(`UPDATE partnership p SET party_region_code = COALESCE(p.region_code, (SELECT m.region_code FROM municipality m WHERE m.code = p.municipality_code))`);
    await q.query(`
      CREATE FUNCTION partnership_party_region() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.party_region_code := COALESCE(NEW.region_code, (SELECT m.region_code FROM municipality m WHERE m.code = NEW.municipality_code));
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER partnership_party_region BEFORE INSERT OR UPDATE OF region_code, municipality_code, party_region_code ON partnership
      FOR EACH ROW EXECUTE FUNCTION partnership_party_region()`);
    // A municipality that moves to another region takes its partnerships along (the row trigger above recomputes them).
    await q.query(`
      CREATE FUNCTION municipality_region_to_partnerships() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE partnership p SET party_region_code = n.region_code
          FROM new_rows n WHERE p.municipality_code = n.code AND p.party_region_code IS DISTINCT FROM n.region_code;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER municipality_region_to_partnerships AFTER UPDATE ON municipality REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION municipality_region_to_partnerships()`);
    for (const [suffix, expression] of PARTNERSHIP_ORDERS) {
      await q.query(`CREATE INDEX partnership_region_${suffix}_order_idx ON partnership(party_region_code, ${expression}, id)`);
      await q.query(`CREATE INDEX partnership_municipality_${suffix}_order_idx ON partnership(municipality_code, ${expression}, id)
        WHERE municipality_code IS NOT NULL`);
    }
    // Statistics for the new tables and column now: the planner would otherwise guess a theme's or a
    // region's size and sort whole lists until autovacuum got to them.
    await q.query(`ANALYZE organisation_theme, activity_theme, partnership`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER municipality_region_to_partnerships ON municipality`);
    await q.query(`DROP FUNCTION municipality_region_to_partnerships()`);
    await q.query(`DROP TRIGGER partnership_party_region ON partnership`);
    await q.query(`DROP FUNCTION partnership_party_region()`);
    // Dropping the column drops its indexes; the municipality ones go by name.
    await q.query(`ALTER TABLE partnership DROP COLUMN party_region_code`);
    for (const [suffix] of PARTNERSHIP_ORDERS) await q.query(`DROP INDEX partnership_municipality_${suffix}_order_idx`);
    for (const link of THEME_LINKS) {
      for (const op of ["insert", "update"]) await q.query(`DROP TRIGGER ${link.owner}_themes_on_${op} ON ${link.owner}`);
      await q.query(`DROP FUNCTION ${link.owner}_themes_to_links()`);
      await q.query(`DROP TABLE ${link.table}`);
    }
  }
}
