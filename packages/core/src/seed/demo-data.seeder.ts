import {
  generateDemoData,
  type ActivitySeedRow,
  type DemoData,
  type OrganisationSeedRow,
  type PartnershipSeedRow,
  type SeedScale,
} from "./demo-data.generator";
import { seedDemoMilestones } from "../milestone/milestone.demo-data";
import { seedDemoCooperation } from "./cooperation.demo-data";
import { materialise } from "../activity/activity-timing";

/**
 * Inserts the generated demo data once. The caller provides a query function bound
 * to a single connection; the seeder owns the transaction so a failed run leaves
 * nothing behind, and the `seed_run` row makes repeated runs no-ops.
 */

export type SeedQuery = (sql: string, params?: unknown[]) => Promise<unknown>;

export interface SeedOptions {
  onProgress?: (table: string, done: number, total: number) => void;
}

const SEED_NAME = "demo-data";
/** The demo's rules all end (its seasons), so the time of seeding does not change what is stored. */
const SEED_NOW = new Date("2026-08-01T00:00:00Z");
const BATCH_SIZE = 2_000;

type SqlType = "int" | "text" | "boolean" | "timestamptz" | "date" | "text[]" | "float8" | "numeric" | "jsonb";

interface Column<Row> {
  name: string;
  type: SqlType;
  value: (row: Row) => unknown;
}

// Arrays of arrays cannot be unnested row by row (unnest flattens text[][]), so array columns
// travel as one comma-joined string per row and are split back in SQL. Vocabulary values never contain commas.
const joined = (values: readonly string[]): string => values.join(",");

/** `nameFi` → `name_fi`: the column a seed row's property is stored in. */
type Snake<S extends string> = S extends `${infer C}${infer Rest}` ? `${C extends Lowercase<C> ? C : `_${Lowercase<C>}`}${Snake<Rest>}` : S;
type ColumnName<Row> = { [K in keyof Row & string]: Snake<K> }[keyof Row & string];
const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Columns that store the row property of the same name (`name_fi` ← `nameFi`), in the order given. */
function sameNamed<Row>(types: Partial<Record<ColumnName<Row>, SqlType>>): Column<Row>[] {
  return Object.entries(types).map(([name, type]) => {
    const key = camel(name) as keyof Row;
    return { name, type: type as SqlType, value: type === "text[]" ? (r: Row) => joined(r[key] as readonly string[]) : (r: Row) => r[key] };
  });
}

/** Every generated row is marked as demo data (issue 15): invented, never to be taken for real. */
const DEMO = { name: "is_demo", type: "boolean" as const, value: () => true };

interface IdOffsets {
  organisation: number;
  activity: number;
  partnership: number;
}

function organisationColumns(o: IdOffsets, places: Map<number, string[]>): Column<OrganisationSeedRow>[] {
  return [
    { name: "id", type: "int", value: (r) => r.id + o.organisation },
    ...sameNamed<OrganisationSeedRow>({
      name_fi: "text", name_sv: "text", name_en: "text", description_fi: "text", description_sv: "text", description_en: "text",
      business_id: "text", kind: "text",
    }),
    { name: "parent_id", type: "int", value: (r) => (r.parentId === null ? null : r.parentId + o.organisation) },
    ...sameNamed<OrganisationSeedRow>({
      themes: "text[]", languages: "text[]", website: "text", email: "text", phone: "text",
    }),
    // Its region and municipality codes with the row, sorted as the trigger keeping them writes them,
    // so the links' inserts rewrite no organisation (migration 1736600000000).
    { name: "place_codes", type: "text[]", value: (r) => joined(places.get(r.id) ?? []) },
    DEMO,
  ];
}

function activityColumns(o: IdOffsets, municipalities: Map<number, string[]>): Column<ActivitySeedRow>[] {
  return [
    { name: "id", type: "int", value: (r) => r.id + o.activity },
    { name: "organisation_id", type: "int", value: (r) => r.organisationId + o.organisation },
    ...sameNamed<ActivitySeedRow>({
      name_fi: "text", name_sv: "text", name_en: "text", description_fi: "text", description_sv: "text", description_en: "text",
      kind: "text", target_groups: "text[]", themes: "text[]", languages: "text[]", accessibility: "text[]", schedule: "text",
      starts_at: "timestamptz", ends_at: "timestamptz", address: "text", online: "boolean", venue_name: "text", street_address: "text",
      postal_code: "text", post_office: "text", location_municipality_code: "text", latitude: "float8", longitude: "float8",
    }),
    { name: "occurrences", type: "jsonb", value: (r) => JSON.stringify(r.occurrences) },
    { name: "recurrence", type: "jsonb", value: (r) => JSON.stringify(r.recurrence) },
    ...sameNamed<ActivitySeedRow>({
      cost_type: "text", cost_amount: "numeric", cost_description: "text",
    }),
    { name: "registration", type: "text", value: (r) => r.registrationType },
    ...sameNamed<ActivitySeedRow>({
      registration_how: "text", registration_url: "text", registration_deadline: "timestamptz", contact_phone: "text",
      contact_email: "text", contact_web: "text", age_min: "int", age_max: "int", no_referral_needed: "boolean",
      anonymous_allowed: "boolean", low_threshold: "boolean", status: "text", valid_from: "date", valid_until: "date",
      last_verified_at: "timestamptz",
    }),
    // The links' codes with the row, sorted as the trigger keeping them writes them: the links'
    // insert then finds every row up to date and rewrites none (migration 1736100000000).
    { name: "municipality_codes", type: "text[]", value: (r) => joined(municipalities.get(r.id) ?? []) },
    DEMO,
  ];
}

function partnershipColumns(o: IdOffsets): Column<PartnershipSeedRow>[] {
  return [
    { name: "id", type: "int", value: (r) => r.id + o.partnership },
    { name: "organisation_id", type: "int", value: (r) => r.organisationId + o.organisation },
    ...sameNamed<PartnershipSeedRow>({
      region_code: "text", municipality_code: "text", kind: "text", status: "text", title_fi: "text", title_sv: "text", title_en: "text",
      description: "text", organisation_role: "text", public_party_role: "text", starts_on: "date", ends_on: "date",
    }),
    DEMO,
  ];
}

function rowsOf(result: unknown): Record<string, unknown>[] {
  // Accept both a pg QueryResult ({ rows }) and TypeORM's QueryRunner.query (rows array).
  if (Array.isArray(result)) return result as Record<string, unknown>[];
  const rows = (result as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) ? (rows as Record<string, unknown>[]) : [];
}

/**
 * A link table's copies of its owner's sort keys (migration 1736000000000): written with the link
 * rows by a join in the same statement, so the trigger that fills them for other writers stays idle.
 */
interface OwnerCopy {
  owner: "organisation" | "activity";
  columns: readonly string[];
}
const ORGANISATION_KEYS: OwnerCopy = { owner: "organisation", columns: ["name_fi", "name_sv", "name_en", "kind", "created_at", "updated_at"] };
const ACTIVITY_KEYS: OwnerCopy = { owner: "activity", columns: [...ORGANISATION_KEYS.columns, "starts_at", "ends_at", "status"] };

/** `INSERT … SELECT … FROM unnest($1::int[], …)`: one round trip and one parse per batch; `copy` joins the owner (id in the first column). */
function insertStatement<Row>(table: string, columns: Column<Row>[], copy?: OwnerCopy): string {
  const aliases = columns.map((_, i) => `c${i}`);
  const params = columns.map((c, i) => `$${i + 1}::${c.type === "text[]" ? "text" : c.type}[]`);
  const select = columns.map((c, i) => (c.type === "text[]" ? `string_to_array(${aliases[i]}, ',')` : aliases[i]));
  const names = columns.map((c) => c.name);
  if (copy) {
    names.push(...copy.columns);
    select.push(...copy.columns.map((c) => `o.${c}`));
  }
  return (
    `INSERT INTO ${table} (${names.join(", ")}) ` +
    `SELECT ${select.join(", ")} FROM unnest(${params.join(", ")}) AS t(${aliases.join(", ")})` +
    (copy ? ` JOIN ${copy.owner} o ON o.id = t.c0` : "")
  );
}

async function insertRows<Row>(
  query: SeedQuery, table: string, columns: Column<Row>[], rows: readonly Row[], onProgress?: SeedOptions["onProgress"], batchSize = BATCH_SIZE,
  copy?: OwnerCopy,
): Promise<number> {
  const sql = insertStatement(table, columns, copy);
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    await query(sql, columns.map((c) => batch.map((row) => c.value(row))));
    onProgress?.(table, start + batch.length, rows.length);
  }
  return rows.length;
}

/**
 * The tables the bulk load writes (activity_region through its trigger on activity_municipality, the
 * theme links through theirs on organisation and activity).
 */
const BULK_TABLES = [
  "organisation", "organisation_region", "organisation_municipality", "organisation_theme",
  "activity", "activity_municipality", "activity_region", "activity_theme", "partnership",
];

/**
 * Drops the indexes of `tables` that back no constraint (keys and unique constraints stay: foreign
 * key checks and ON CONFLICT use them) and returns their definitions, to run after the load.
 */
async function dropSecondaryIndexes(query: SeedQuery, tables: readonly string[]): Promise<string[]> {
  const indexes = rowsOf(await query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
      WHERE c.relname = ANY($1::text[]) AND c.relnamespace = current_schema()::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
      ORDER BY 1`, [tables])) as { name: string; definition: string }[];
  for (const index of indexes) await query(`DROP INDEX ${index.name}`);
  return indexes.map((index) => index.definition);
}

export async function seedDemoData(
  query: SeedQuery,
  scale: SeedScale,
  opts: SeedOptions = {},
): Promise<{ seeded: boolean; counts: Record<string, number> }> {
  await query("BEGIN");
  try {
    // Serialises concurrent seeders: the second one waits here and then sees the first one's seed_run row.
    await query("LOCK TABLE seed_run IN EXCLUSIVE MODE");
    const previous = rowsOf(await query("SELECT scale FROM seed_run WHERE name = $1", [SEED_NAME]));
    if (previous.length > 0) {
      await query("ROLLBACK");
      return { seeded: false, counts: {} };
    }

    // Demo ids start after any rows that already exist, so seeding works next to real data.
    const max = rowsOf(await query(
      `SELECT (SELECT coalesce(max(id), 0) FROM organisation) AS organisation,
              (SELECT coalesce(max(id), 0) FROM activity) AS activity,
              (SELECT coalesce(max(id), 0) FROM partnership) AS partnership`,
    ))[0] ?? {};
    const offsets: IdOffsets = { organisation: Number(max.organisation ?? 0), activity: Number(max.activity ?? 0), partnership: Number(max.partnership ?? 0) };

    const data: DemoData = generateDemoData(scale);
    const p = opts.onProgress;
    const counts: Record<string, number> = {};
    // At the full scale, every secondary index of the loaded tables is built once after the load (a
    // sorted build) rather than updated row by row: the ordering indexes, per region and municipality
    // too (migration 1736000000000), would otherwise cost more than the rows themselves.
    const rebuild = scale === "full" ? await dropSecondaryIndexes(query, BULK_TABLES) : [];
    const places = new Map<number, string[]>();
    for (const link of [...data.organisationRegions.map((r) => ({ id: r.organisationId, code: r.regionCode })),
      ...data.organisationMunicipalities.map((m) => ({ id: m.organisationId, code: m.municipalityCode }))]) {
      const codes = places.get(link.id) ?? [];
      places.set(link.id, codes);
      if (!codes.includes(link.code)) codes.push(link.code);
    }
    for (const codes of places.values()) codes.sort();
    counts.organisation = await insertRows(query, "organisation", organisationColumns(offsets, places), data.organisations, p);
    counts.organisation_region = await insertRows(query, "organisation_region", [
      { name: "organisation_id", type: "int", value: (r) => r.organisationId + offsets.organisation },
      { name: "region_code", type: "text", value: (r) => r.regionCode },
    ], data.organisationRegions, p, BATCH_SIZE, ORGANISATION_KEYS);
    counts.organisation_municipality = await insertRows(query, "organisation_municipality", [
      { name: "organisation_id", type: "int", value: (r) => r.organisationId + offsets.organisation },
      { name: "municipality_code", type: "text", value: (r) => r.municipalityCode },
    ], data.organisationMunicipalities, p, BATCH_SIZE, ORGANISATION_KEYS);
    const municipalities = new Map<number, string[]>();
    for (const link of data.activityMunicipalities) {
      const codes = municipalities.get(link.activityId) ?? [];
      municipalities.set(link.activityId, codes);
      codes.push(link.municipalityCode);
    }
    for (const codes of municipalities.values()) codes.sort();
    counts.activity = await insertRows(query, "activity", activityColumns(offsets, municipalities), data.activities, p);
    counts.activity_municipality = await insertRows(query, "activity_municipality", [
      { name: "activity_id", type: "int", value: (r) => r.activityId + offsets.activity },
      { name: "municipality_code", type: "text", value: (r) => r.municipalityCode },
    ], data.activityMunicipalities, p, BATCH_SIZE, ACTIVITY_KEYS);
    // What occursBetween reads: every activity's occurrences, materialised from its times.
    const occurrences = data.activities.flatMap((a) => materialise(
      a.occurrences.map((o) => ({ startsAt: new Date(o.startsAt), endsAt: new Date(o.endsAt) })), a.recurrence, SEED_NOW,
    ).map((o) => ({ activityId: a.id, startsAt: o.startsAt.toISOString(), endsAt: o.endsAt.toISOString() })));
    // Millions of narrow rows at the full scale: checked once after the load (the key and the
    // reference rebuilt in one pass each) instead of by a trigger and an index insert per row.
    // Its other indexes too (occursBetween's window index), rebuilt from their own definitions afterwards.
    const occurrenceIndexes = rowsOf(await query(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'activity_occurrence' AND indexname <> 'activity_occurrence_pkey'`)) as { name: string; definition: string }[];
    for (const index of occurrenceIndexes) await query(`DROP INDEX "${index.name}"`);
    await query(`ALTER TABLE activity_occurrence DROP CONSTRAINT activity_occurrence_pkey, DROP CONSTRAINT activity_occurrence_activity_id_fkey`);
    counts.activity_occurrence = await insertRows(query, "activity_occurrence", [
      { name: "activity_id", type: "int", value: (r) => r.activityId + offsets.activity },
      { name: "starts_at", type: "timestamptz", value: (r) => r.startsAt },
      { name: "ends_at", type: "timestamptz", value: (r) => r.endsAt },
    ], occurrences, p, 25_000); // narrow rows: bigger batches, fewer round trips for the ~2 million of the full scale
    await query(`ALTER TABLE activity_occurrence ADD CONSTRAINT activity_occurrence_pkey PRIMARY KEY (activity_id, starts_at),
      ADD CONSTRAINT activity_occurrence_activity_id_fkey FOREIGN KEY (activity_id) REFERENCES activity(id) ON DELETE CASCADE`);
    for (const index of occurrenceIndexes) await query(index.definition);
    counts.partnership = await insertRows(query, "partnership", partnershipColumns(offsets), data.partnerships, p);
    for (const definition of rebuild) await query(definition);

    // Explicit ids bypass the identity sequences; move them past the seeded rows so later inserts do not collide.
    for (const table of ["organisation", "activity", "partnership"]) {
      await query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`);
    }
    counts.preparation_milestone = await seedDemoMilestones(query);
    counts.cooperation_body = await seedDemoCooperation(query);
    await query("INSERT INTO seed_run (name, scale) VALUES ($1, $2)", [SEED_NAME, scale]);
    await query("COMMIT");
    // Statistics now, as after any bulk load: until autovacuum gets to the new rows the planner would
    // guess a region's or a kind's size from defaults and read whole lists to sort them, and would not
    // combine the search index with the municipality codes or use occursBetween's window index.
    const loaded = new Set([...BULK_TABLES, ...Object.keys(counts)].filter((t) => /^[a-z_]+$/.test(t)));
    await query(`ANALYZE ${[...loaded].join(", ")}`);
    return { seeded: true, counts };
  } catch (error) {
    await query("ROLLBACK").catch(() => undefined); // keep the original error
    throw error;
  }
}
