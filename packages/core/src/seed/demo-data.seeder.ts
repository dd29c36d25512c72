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

/** Every generated row is marked as demo data (issue 15): invented, never to be taken for real. */
const DEMO = { name: "is_demo", type: "boolean" as const, value: () => true };

interface IdOffsets {
  organisation: number;
  activity: number;
  partnership: number;
}

function organisationColumns(o: IdOffsets): Column<OrganisationSeedRow>[] {
  return [
    { name: "id", type: "int", value: (r) => r.id + o.organisation },
    { name: "name_fi", type: "text", value: (r) => r.nameFi },
    { name: "name_sv", type: "text", value: (r) => r.nameSv },
    { name: "name_en", type: "text", value: (r) => r.nameEn },
    { name: "description_fi", type: "text", value: (r) => r.descriptionFi },
    { name: "description_sv", type: "text", value: (r) => r.descriptionSv },
    { name: "description_en", type: "text", value: (r) => r.descriptionEn },
    { name: "business_id", type: "text", value: (r) => r.businessId },
    { name: "kind", type: "text", value: (r) => r.kind },
    { name: "parent_id", type: "int", value: (r) => (r.parentId === null ? null : r.parentId + o.organisation) },
    { name: "themes", type: "text[]", value: (r) => joined(r.themes) },
    { name: "languages", type: "text[]", value: (r) => joined(r.languages) },
    { name: "website", type: "text", value: (r) => r.website },
    { name: "email", type: "text", value: (r) => r.email },
    { name: "phone", type: "text", value: (r) => r.phone },
    DEMO,
  ];
}

function activityColumns(o: IdOffsets): Column<ActivitySeedRow>[] {
  return [
    { name: "id", type: "int", value: (r) => r.id + o.activity },
    { name: "organisation_id", type: "int", value: (r) => r.organisationId + o.organisation },
    { name: "name_fi", type: "text", value: (r) => r.nameFi },
    { name: "name_sv", type: "text", value: (r) => r.nameSv },
    { name: "name_en", type: "text", value: (r) => r.nameEn },
    { name: "description_fi", type: "text", value: (r) => r.descriptionFi },
    { name: "description_sv", type: "text", value: (r) => r.descriptionSv },
    { name: "description_en", type: "text", value: (r) => r.descriptionEn },
    { name: "kind", type: "text", value: (r) => r.kind },
    { name: "target_groups", type: "text[]", value: (r) => joined(r.targetGroups) },
    { name: "themes", type: "text[]", value: (r) => joined(r.themes) },
    { name: "languages", type: "text[]", value: (r) => joined(r.languages) },
    { name: "accessibility", type: "text[]", value: (r) => joined(r.accessibility) },
    { name: "schedule", type: "text", value: (r) => r.schedule },
    { name: "starts_at", type: "timestamptz", value: (r) => r.startsAt },
    { name: "ends_at", type: "timestamptz", value: (r) => r.endsAt },
    { name: "address", type: "text", value: (r) => r.address },
    { name: "online", type: "boolean", value: (r) => r.online },
    { name: "venue_name", type: "text", value: (r) => r.venueName },
    { name: "street_address", type: "text", value: (r) => r.streetAddress },
    { name: "postal_code", type: "text", value: (r) => r.postalCode },
    { name: "post_office", type: "text", value: (r) => r.postOffice },
    { name: "location_municipality_code", type: "text", value: (r) => r.locationMunicipalityCode },
    { name: "latitude", type: "float8", value: (r) => r.latitude },
    { name: "longitude", type: "float8", value: (r) => r.longitude },
    { name: "occurrences", type: "jsonb", value: (r) => JSON.stringify(r.occurrences) },
    { name: "recurrence", type: "jsonb", value: (r) => JSON.stringify(r.recurrence) },
    { name: "cost_type", type: "text", value: (r) => r.costType },
    { name: "cost_amount", type: "numeric", value: (r) => r.costAmount },
    { name: "cost_description", type: "text", value: (r) => r.costDescription },
    { name: "registration", type: "text", value: (r) => r.registrationType },
    { name: "registration_how", type: "text", value: (r) => r.registrationHow },
    { name: "registration_url", type: "text", value: (r) => r.registrationUrl },
    { name: "registration_deadline", type: "timestamptz", value: (r) => r.registrationDeadline },
    { name: "contact_phone", type: "text", value: (r) => r.contactPhone },
    { name: "contact_email", type: "text", value: (r) => r.contactEmail },
    { name: "contact_web", type: "text", value: (r) => r.contactWeb },
    { name: "age_min", type: "int", value: (r) => r.ageMin },
    { name: "age_max", type: "int", value: (r) => r.ageMax },
    { name: "no_referral_needed", type: "boolean", value: (r) => r.noReferralNeeded },
    { name: "anonymous_allowed", type: "boolean", value: (r) => r.anonymousAllowed },
    { name: "low_threshold", type: "boolean", value: (r) => r.lowThreshold },
    { name: "status", type: "text", value: (r) => r.status },
    { name: "valid_from", type: "date", value: (r) => r.validFrom },
    { name: "valid_until", type: "date", value: (r) => r.validUntil },
    { name: "last_verified_at", type: "timestamptz", value: (r) => r.lastVerifiedAt },
    DEMO,
  ];
}

function partnershipColumns(o: IdOffsets): Column<PartnershipSeedRow>[] {
  return [
    { name: "id", type: "int", value: (r) => r.id + o.partnership },
    { name: "organisation_id", type: "int", value: (r) => r.organisationId + o.organisation },
    { name: "region_code", type: "text", value: (r) => r.regionCode },
    { name: "municipality_code", type: "text", value: (r) => r.municipalityCode },
    { name: "kind", type: "text", value: (r) => r.kind },
    { name: "status", type: "text", value: (r) => r.status },
    { name: "title_fi", type: "text", value: (r) => r.titleFi },
    { name: "title_sv", type: "text", value: (r) => r.titleSv },
    { name: "title_en", type: "text", value: (r) => r.titleEn },
    { name: "description", type: "text", value: (r) => r.description },
    { name: "organisation_role", type: "text", value: (r) => r.organisationRole },
    { name: "public_party_role", type: "text", value: (r) => r.publicPartyRole },
    { name: "starts_on", type: "date", value: (r) => r.startsOn },
    { name: "ends_on", type: "date", value: (r) => r.endsOn },
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

/** The tables the bulk load writes (activity_region through its trigger on activity_municipality). */
const BULK_TABLES = ["organisation", "organisation_region", "organisation_municipality", "activity", "activity_municipality", "activity_region", "partnership"];

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
    counts.organisation = await insertRows(query, "organisation", organisationColumns(offsets), data.organisations, p);
    counts.organisation_region = await insertRows(query, "organisation_region", [
      { name: "organisation_id", type: "int", value: (r) => r.organisationId + offsets.organisation },
      { name: "region_code", type: "text", value: (r) => r.regionCode },
    ], data.organisationRegions, p, BATCH_SIZE, ORGANISATION_KEYS);
    counts.organisation_municipality = await insertRows(query, "organisation_municipality", [
      { name: "organisation_id", type: "int", value: (r) => r.organisationId + offsets.organisation },
      { name: "municipality_code", type: "text", value: (r) => r.municipalityCode },
    ], data.organisationMunicipalities, p, BATCH_SIZE, ORGANISATION_KEYS);
    counts.activity = await insertRows(query, "activity", activityColumns(offsets), data.activities, p);
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
    await query(`ALTER TABLE activity_occurrence DROP CONSTRAINT activity_occurrence_pkey, DROP CONSTRAINT activity_occurrence_activity_id_fkey`);
    counts.activity_occurrence = await insertRows(query, "activity_occurrence", [
      { name: "activity_id", type: "int", value: (r) => r.activityId + offsets.activity },
      { name: "starts_at", type: "timestamptz", value: (r) => r.startsAt },
      { name: "ends_at", type: "timestamptz", value: (r) => r.endsAt },
    ], occurrences, p, 25_000); // narrow rows: bigger batches, fewer round trips for the ~2 million of the full scale
    await query(`ALTER TABLE activity_occurrence ADD CONSTRAINT activity_occurrence_pkey PRIMARY KEY (activity_id, starts_at),
      ADD CONSTRAINT activity_occurrence_activity_id_fkey FOREIGN KEY (activity_id) REFERENCES activity(id) ON DELETE CASCADE`);
    counts.partnership = await insertRows(query, "partnership", partnershipColumns(offsets), data.partnerships, p);
    for (const definition of rebuild) await query(definition);
    // Statistics now, as after any bulk load: until autovacuum gets to the new rows the planner would
    // guess a region's or a kind's size from defaults and read whole lists to sort them.
    if (scale === "full") await query(`ANALYZE ${[...BULK_TABLES, "activity_occurrence"].join(", ")}`);

    // Explicit ids bypass the identity sequences; move them past the seeded rows so later inserts do not collide.
    for (const table of ["organisation", "activity", "partnership"]) {
      await query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}))`);
    }
    counts.preparation_milestone = await seedDemoMilestones(query);
    counts.cooperation_body = await seedDemoCooperation(query);
    await query("INSERT INTO seed_run (name, scale) VALUES ($1, $2)", [SEED_NAME, scale]);
    await query("COMMIT");
    return { seeded: true, counts };
  } catch (error) {
    await query("ROLLBACK").catch(() => undefined); // keep the original error
    throw error;
  }
}
