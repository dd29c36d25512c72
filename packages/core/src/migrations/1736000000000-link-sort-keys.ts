import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Index-bound pages under a region or municipality (issue 19). A page of a region's organisations
 * used to walk the national name index and test each row's region membership (thousands of rows
 * for a page deep in a small region); its total counted through `organisation` too. The link tables
 * now carry copies of the sort keys of the row they link, each with an index (code, key, row id),
 * so a page at any depth is a range scan of about one page of link rows and a count reads the link
 * table alone.
 *
 * The copies are kept by the database, not by the services' writes: tests, imports, plug-ins and
 * operators write these tables with plain SQL too. A BEFORE INSERT trigger fills a new link row's
 * keys from its owner only when the writer left them empty (`WHEN (NEW.name_fi IS NULL)`, checked
 * without calling the function), so the bulk seeder, which writes them itself, pays nothing per row;
 * a statement-level trigger on the owner copies changed keys to its links in one UPDATE per statement.
 *
 * Activities are linked to municipalities only; `activity_region` (one row per activity and region
 * of its municipalities) is derived from those links by statement-level triggers, so a region's
 * activities page and count the same way (an activity in two municipalities of one region is one row).
 *
 * Also: the root lists filtered by one kind walk an index (kind, key, id) per ordering.
 */
const FI = `COLLATE "fi-x-icu"`;
const NO_TIMESTAMP = `'9999-12-31 00:00:00+00'::timestamptz`;

interface Link {
  table: string;
  owner: string;
  ownerColumn: string;
  codeColumn: string;
  /** Copied columns with their types. */
  keys: [string, string][];
  /** [index suffix, expression over the copied columns] per ordering. */
  orders: [string, string][];
}

const NAME_KEYS: [string, string][] = [["name_fi", "text"], ["name_sv", "text"], ["name_en", "text"], ["kind", "text"], ["created_at", "timestamptz"], ["updated_at", "timestamptz"]];
const NAME_ORDERS: [string, string][] = [
  ["name_fi", `(name_fi ${FI})`], ["name_sv", `(COALESCE(name_sv, name_fi) ${FI})`], ["name_en", `(COALESCE(name_en, name_fi) ${FI})`],
  ["created", "created_at"], ["updated", "updated_at"], ["kind", "kind"],
];
const ACTIVITY_KEYS: [string, string][] = [...NAME_KEYS, ["starts_at", "timestamptz"], ["ends_at", "timestamptz"], ["status", "text"]];
const ACTIVITY_ORDERS: [string, string][] = [
  ...NAME_ORDERS, ["starts", `(COALESCE(starts_at, ${NO_TIMESTAMP}))`], ["ends", `(COALESCE(ends_at, ${NO_TIMESTAMP}))`],
];

const LINKS: Link[] = [
  { table: "organisation_region", owner: "organisation", ownerColumn: "organisation_id", codeColumn: "region_code", keys: NAME_KEYS, orders: NAME_ORDERS },
  { table: "organisation_municipality", owner: "organisation", ownerColumn: "organisation_id", codeColumn: "municipality_code", keys: NAME_KEYS, orders: NAME_ORDERS },
  { table: "activity_municipality", owner: "activity", ownerColumn: "activity_id", codeColumn: "municipality_code", keys: ACTIVITY_KEYS, orders: ACTIVITY_ORDERS },
  { table: "activity_region", owner: "activity", ownerColumn: "activity_id", codeColumn: "region_code", keys: ACTIVITY_KEYS, orders: ACTIVITY_ORDERS },
];

/** Root-list indexes for one kind: (kind, key, id); the (kind, id) index of migration 1734000000000 serves the KIND order. */
const KIND_ORDERS: Record<string, [string, string][]> = {
  organisation: NAME_ORDERS.filter(([suffix]) => suffix !== "kind"),
  activity: ACTIVITY_ORDERS.filter(([suffix]) => suffix !== "kind"),
};

const OWNERS = ["organisation", "activity"] as const;

export class LinkSortKeys1736000000000 implements MigrationInterface {
  name = "LinkSortKeys1736000000000";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE activity_region (
        activity_id integer NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
        region_code varchar(2) NOT NULL REFERENCES wellbeing_region(code),
        PRIMARY KEY (activity_id, region_code)
      )`);
    await q.query(`CREATE INDEX activity_region_region_idx ON activity_region(region_code, activity_id)`);
    await q.query(`INSERT INTO activity_region (activity_id, region_code)
      SELECT DISTINCT am.activity_id, m.region_code FROM activity_municipality am JOIN municipality m ON m.code = am.municipality_code`);
    for (const link of LINKS) {
      const columns = link.keys.map(([c]) => c);
      // Nullable: a link to a missing owner keeps failing on its foreign key, not on a copied column.
      await q.query(`ALTER TABLE ${link.table} ${link.keys.map(([c, type]) => `ADD COLUMN ${c} ${type}`).join(", ")}`);
      await q.query(`UPDATE ${link.table} l SET (${columns.join(", ")}) = (${columns.map((c) => `o.${c}`).join(", ")}) FROM ${link.owner} o WHERE o.id = l.${link.ownerColumn}`);
      for (const [suffix, expression] of link.orders) {
        await q.query(`CREATE INDEX ${link.table}_${suffix}_order_idx ON ${link.table}(${link.codeColumn}, ${expression}, ${link.ownerColumn})`);
      }
    }
    for (const owner of OWNERS) {
      const links = LINKS.filter((l) => l.owner === owner);
      const columns = links[0]!.keys.map(([c]) => c);
      const ownerColumn = links[0]!.ownerColumn;
      // A new link row takes its owner's keys (unless its writer gave them).
      await q.query(`
        CREATE FUNCTION ${owner}_link_sort_keys() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          SELECT ${columns.map((c) => `o.${c}`).join(", ")} INTO ${columns.map((c) => `NEW.${c}`).join(", ")}
            FROM ${owner} o WHERE o.id = NEW.${ownerColumn};
          RETURN NEW;
        END $$`);
      // Changed keys reach every link of the changed rows, once per statement. A link's copy is the
      // old value, so the written rows are compared with it, never with the old transition table: a
      // join of two transition tables spills past work_mem on a bulk update and is rescanned per row
      // (a 40,000-row UPDATE took hours). Links already equal are left alone, so a statement that
      // changed no key writes nothing, and the links' own triggers see an empty statement and stop.
      const differs = `(${columns.map((c) => `l.${c}`).join(", ")}) IS DISTINCT FROM (${columns.map((c) => `n.${c}`).join(", ")})`;
      await q.query(`
        CREATE FUNCTION ${owner}_sort_keys_to_links() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          ${links.map((l) => `UPDATE ${l.table} l SET (${columns.join(", ")}) = (${columns.map((c) => `n.${c}`).join(", ")})
            FROM new_rows n WHERE l.${ownerColumn} = n.id AND ${differs};`).join("\n          ")}
          RETURN NULL;
        END $$`);
      await q.query(`CREATE TRIGGER ${owner}_sort_keys_to_links AFTER UPDATE ON ${owner} REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION ${owner}_sort_keys_to_links()`);
      for (const l of links) {
        await q.query(`CREATE TRIGGER ${l.table}_sort_keys BEFORE INSERT ON ${l.table} FOR EACH ROW WHEN (NEW.name_fi IS NULL) EXECUTE FUNCTION ${owner}_link_sort_keys()`);
        await q.query(`CREATE TRIGGER ${l.table}_owner_changed BEFORE UPDATE OF ${ownerColumn} ON ${l.table} FOR EACH ROW
          WHEN (NEW.${ownerColumn} IS DISTINCT FROM OLD.${ownerColumn}) EXECUTE FUNCTION ${owner}_link_sort_keys()`);
      }
    }
    // An activity's regions follow its municipalities: added with the first municipality of a region
    // (keys copied in the same statement), removed with the last; set-based, once per statement.
    const keys = ACTIVITY_KEYS.map(([c]) => c);
    // Only pairs (activity, municipality) that come or go count: an update that copies sort keys changes none.
    const removeRegions = (gone: string) => `
          DELETE FROM activity_region r USING (
            SELECT DISTINCT g.activity_id, m.region_code FROM (${gone}) g JOIN municipality m ON m.code = g.municipality_code) d
          WHERE r.activity_id = d.activity_id AND r.region_code = d.region_code
            AND NOT EXISTS (SELECT 1 FROM activity_municipality am JOIN municipality mm ON mm.code = am.municipality_code
                            WHERE am.activity_id = d.activity_id AND mm.region_code = d.region_code);`;
    const addRegions = (added: string) => `
          INSERT INTO activity_region (activity_id, region_code, ${keys.join(", ")})
          SELECT a.id, n.region_code, ${keys.map((c) => `a.${c}`).join(", ")}
            FROM (SELECT DISTINCT g.activity_id, m.region_code FROM (${added}) g JOIN municipality m ON m.code = g.municipality_code) n
            JOIN activity a ON a.id = n.activity_id
          ON CONFLICT DO NOTHING;`;
    const pairs = (rows: string) => `SELECT activity_id, municipality_code FROM ${rows}`;
    await q.query(`
      CREATE FUNCTION activity_regions_from_municipalities() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN${addRegions(pairs("new_rows"))}
        ELSIF TG_OP = 'DELETE' THEN${removeRegions(pairs("old_rows"))}
        ELSE${removeRegions(`${pairs("old_rows")} EXCEPT ${pairs("new_rows")}`)}${addRegions(`${pairs("new_rows")} EXCEPT ${pairs("old_rows")}`)}
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER activity_regions_on_insert AFTER INSERT ON activity_municipality REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION activity_regions_from_municipalities()`);
    await q.query(`CREATE TRIGGER activity_regions_on_delete AFTER DELETE ON activity_municipality REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION activity_regions_from_municipalities()`);
    await q.query(`CREATE TRIGGER activity_regions_on_update AFTER UPDATE ON activity_municipality REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION activity_regions_from_municipalities()`);
    for (const [table, orders] of Object.entries(KIND_ORDERS)) {
      for (const [suffix, expression] of orders) await q.query(`CREATE INDEX ${table}_kind_${suffix}_order_idx ON ${table}(kind, ${expression}, id)`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const [table, orders] of Object.entries(KIND_ORDERS)) {
      for (const [suffix] of orders) await q.query(`DROP INDEX ${table}_kind_${suffix}_order_idx`);
    }
    for (const op of ["insert", "delete", "update"]) await q.query(`DROP TRIGGER activity_regions_on_${op} ON activity_municipality`);
    await q.query(`DROP FUNCTION activity_regions_from_municipalities()`);
    for (const link of LINKS) {
      if (link.table === "activity_region") continue;
      await q.query(`DROP TRIGGER ${link.table}_sort_keys ON ${link.table}`);
      await q.query(`DROP TRIGGER ${link.table}_owner_changed ON ${link.table}`);
      // Dropping the columns drops their indexes.
      await q.query(`ALTER TABLE ${link.table} ${link.keys.map(([c]) => `DROP COLUMN ${c}`).join(", ")}`);
    }
    await q.query(`DROP TABLE activity_region`);
    for (const owner of OWNERS) {
      await q.query(`DROP TRIGGER ${owner}_sort_keys_to_links ON ${owner}`);
      await q.query(`DROP FUNCTION ${owner}_sort_keys_to_links(), ${owner}_link_sort_keys()`);
    }
  }
}
