import { validate } from "class-validator";
import type { EntityManager } from "typeorm";
import { CreateActivityInput } from "../activity/activity.inputs";
import { Activity } from "../activity/activity.entity";
import type { YhdyspintaContext } from "../context/request-context";
import { translateDatabaseError } from "../errors/errors";
import { replaceLinkedCodes } from "../query/linked-codes";
import { uniq } from "../graphql/uniq";
import {
  ACCESSIBILITY_FEATURES, ACTIVITY_KINDS, ACTIVITY_STATUSES, COST_TYPES, LANGUAGES, ORGANISATION_KINDS, REGISTRATION_TYPES, TARGET_GROUPS, THEMES,
} from "../vocabulary/vocabulary";
import { normaliseBusinessId } from "../organisation/business-id";
import { Organisation } from "../organisation/organisation.entity";
import { CreateOrganisationInput } from "../organisation/organisation.inputs";
import { csvRows, type CsvRow } from "./csv";

/**
 * Bulk import of organisations and activities from CSV, with the same validation as the GraphQL
 * inputs (the class-validator rules of CreateOrganisationInput / CreateActivityInput, the Y-tunnus
 * check digit, known municipality and region codes, closed vocabularies).
 *
 * Transactions: the whole file is one transaction. By default every valid row is written and the
 * rejected ones are reported; with `allOrNothing` nothing is written when any row is rejected.
 * A database failure rolls the whole file back either way: nothing is ever half-imported.
 *
 * Idempotent: organisations are upserted by business ID, activities by (organisation business ID,
 * Finnish name); a row describes the whole record, so an empty optional cell clears that field.
 */
export type ImportKind = "organisations" | "activities";

export interface ImportOptions {
  allOrNothing?: boolean;
  /** Validate and report, write nothing. */
  dryRun?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface RejectedRow {
  line: number;
  reasons: string[];
}

export interface ImportReport {
  kind: ImportKind;
  rows: number;
  inserted: number;
  updated: number;
  rejected: RejectedRow[];
  /** False when nothing was written: dry run, or all-or-nothing with rejected rows. */
  written: boolean;
}

export class ImportFileError extends Error {}

type ColumnType = "text" | "list" | "boolean" | "number" | "integer" | "date" | "timestamp" | { oneOf: readonly string[] } | { listOf: readonly string[] };
interface Column { field: string; type: ColumnType; required?: boolean }

/** List cells separate their items with ";" (commas already separate the columns). */
const LIST_SEPARATOR = ";";

/** Columns of one type, in the order given. */
const ofType = (type: ColumnType, ...fields: string[]): Column[] => fields.map((field) => ({ field, type }));

/** The name and description in three languages, which both kinds have (the Finnish name required). */
const NAME_AND_DESCRIPTION: Column[] = [
  { field: "nameFi", type: "text", required: true },
  ...ofType("text", "nameSv", "nameEn", "descriptionFi", "descriptionSv", "descriptionEn"),
];

const ORGANISATION_COLUMNS: Column[] = [
  { field: "businessId", type: "text", required: true },
  ...NAME_AND_DESCRIPTION,
  { field: "kind", type: { oneOf: ORGANISATION_KINDS }, required: true },
  ...ofType("list", "regionCodes", "municipalityCodes"),
  { field: "themes", type: { listOf: THEMES } },
  { field: "languages", type: { listOf: LANGUAGES } },
  ...ofType("text", "website", "email", "phone"),
];

const ACTIVITY_COLUMNS: Column[] = [
  { field: "organisationBusinessId", type: "text", required: true },
  ...NAME_AND_DESCRIPTION,
  { field: "kind", type: { oneOf: ACTIVITY_KINDS }, required: true },
  { field: "targetGroups", type: { listOf: TARGET_GROUPS } },
  { field: "themes", type: { listOf: THEMES } },
  { field: "languages", type: { listOf: LANGUAGES } },
  { field: "accessibility", type: { listOf: ACCESSIBILITY_FEATURES } },
  { field: "municipalityCodes", type: "list" },
  ...ofType("text", "schedule", "address"),
  { field: "online", type: "boolean" },
  // Deprecated: yes = cost FREE, no = FEE; give `cost` instead. Neither: UNKNOWN.
  { field: "freeOfCharge", type: "boolean" },
  ...ofType("text", "venueName", "streetAddress", "postalCode", "postOffice", "locationMunicipalityCode"),
  ...ofType("number", "latitude", "longitude"),
  { field: "cost", type: { oneOf: COST_TYPES } },
  { field: "costAmount", type: "number" },
  { field: "costDescription", type: "text" },
  { field: "registration", type: { oneOf: REGISTRATION_TYPES } },
  ...ofType("text", "registrationHow", "registrationUrl"),
  { field: "registrationDeadline", type: "timestamp" },
  ...ofType("text", "contactPhone", "contactEmail", "contactWeb"),
  ...ofType("integer", "ageMin", "ageMax"),
  ...ofType("boolean", "noReferralNeeded", "anonymousAllowed", "lowThreshold"),
  { field: "status", type: { oneOf: ACTIVITY_STATUSES } },
  ...ofType("date", "validFrom", "validUntil"),
  { field: "lastVerifiedAt", type: "timestamp" },
];

export const IMPORT_COLUMNS: Record<ImportKind, Column[]> = { organisations: ORGANISATION_COLUMNS, activities: ACTIVITY_COLUMNS };

const TRUE = new Set(["true", "1", "yes", "kyllä", "ja"]);
const FALSE = new Set(["false", "0", "no", "ei", "nej"]);

/** Turns a row's cells into typed values; empty cells become null (lists: []). */
function convertRow(row: CsvRow, columns: Column[], reasons: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const column of columns) {
    if (!(column.field in row.values)) continue;
    const raw = row.values[column.field].trim();
    const type = column.type;
    if (raw === "") {
      if (column.required) reasons.push(`${column.field} is required`);
      out[column.field] = type === "list" || (typeof type === "object" && "listOf" in type) ? [] : null;
      continue;
    }
    if (type === "text") out[column.field] = raw;
    else if (type === "number" || type === "integer") {
      const n = Number(raw.replace(",", "."));
      if (!/^-?[0-9]+([.,][0-9]+)?$/.test(raw) || (type === "integer" && !Number.isInteger(n))) reasons.push(`${column.field} must be a${type === "integer" ? "n integer" : " number"}, got "${raw}"`);
      else out[column.field] = n;
    } else if (type === "date") {
      if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(raw) || Number.isNaN(Date.parse(raw))) reasons.push(`${column.field} must be a date YYYY-MM-DD, got "${raw}"`);
      else out[column.field] = raw;
    } else if (type === "timestamp") {
      if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+(Z|[+-][0-9]{2}:[0-9]{2})$/.test(raw) || Number.isNaN(Date.parse(raw))) reasons.push(`${column.field} must be an ISO 8601 time with offset, got "${raw}"`);
      else out[column.field] = new Date(raw);
    }
    else if (type === "boolean") {
      const v = raw.toLowerCase();
      if (TRUE.has(v)) out[column.field] = true;
      else if (FALSE.has(v)) out[column.field] = false;
      else reasons.push(`${column.field} must be true or false, got "${raw}"`);
    } else {
      const items = type === "list" || "listOf" in type ? raw.split(LIST_SEPARATOR).map((s) => s.trim()).filter(Boolean) : [raw];
      const allowed = typeof type === "object" ? ("oneOf" in type ? type.oneOf : type.listOf) : null;
      const normalised = allowed ? items.map((s) => s.toUpperCase()) : items;
      const unknown = allowed ? normalised.filter((s) => !allowed.includes(s)) : [];
      if (unknown.length) reasons.push(`${column.field}: unknown value${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")} (allowed: ${allowed!.join(", ")})`);
      out[column.field] = typeof type === "object" && "oneOf" in type ? normalised[0] : normalised;
    }
  }
  return out;
}

/** The class-validator rules of the GraphQL input, with readable messages. */
async function validateInput(input: object, reasons: string[]): Promise<void> {
  const errors = await validate(input, { forbidUnknownValues: false });
  for (const e of errors) reasons.push(...Object.values(e.constraints ?? { invalid: `${e.property} is invalid` }));
}

function checkCodes(ctx: YhdyspintaContext, values: Record<string, unknown>, reasons: string[]): void {
  const municipalities = (values.municipalityCodes as string[] | undefined) ?? [];
  const unknownM = municipalities.filter((c) => !ctx.reference.municipality(c));
  if (unknownM.length) reasons.push(`municipalityCodes: unknown municipality code${unknownM.length > 1 ? "s" : ""} ${unknownM.join(", ")}`);
  const regions = (values.regionCodes as string[] | undefined) ?? [];
  const unknownR = regions.filter((c) => !ctx.reference.region(c));
  if (unknownR.length) reasons.push(`regionCodes: unknown region code${unknownR.length > 1 ? "s" : ""} ${unknownR.join(", ")}`);
}

/** The structured details' own rules (the GraphQL path checks the same in the service). */
function checkActivityDetails(ctx: YhdyspintaContext, v: Record<string, any>, reasons: string[]): void {
  if (v.postalCode != null && !/^[0-9]{5}$/.test(v.postalCode)) reasons.push("postalCode must be five digits");
  if ((v.latitude == null) !== (v.longitude == null)) reasons.push("give both latitude and longitude, or neither");
  if (v.latitude != null && Math.abs(v.latitude) > 90) reasons.push("latitude must be within -90..90");
  if (v.longitude != null && Math.abs(v.longitude) > 180) reasons.push("longitude must be within -180..180");
  if (v.locationMunicipalityCode != null && !ctx.reference.municipality(v.locationMunicipalityCode)) reasons.push(`locationMunicipalityCode: unknown municipality code ${v.locationMunicipalityCode}`);
  if (v.cost != null && v.freeOfCharge != null) reasons.push("give cost or freeOfCharge, not both");
  if (v.costAmount != null && v.costAmount < 0) reasons.push("costAmount must not be negative");
  for (const age of ["ageMin", "ageMax"]) if (v[age] != null && (v[age] < 0 || v[age] > 150)) reasons.push(`${age} must be within 0..150`);
  if (v.ageMin != null && v.ageMax != null && v.ageMin > v.ageMax) reasons.push("ageMax must not be below ageMin");
  if (v.validFrom != null && v.validUntil != null && v.validUntil < v.validFrom) reasons.push("validUntil must not be before validFrom");
  for (const url of ["registrationUrl", "contactWeb"]) if (v[url] != null && !/^https?:\/\/\S+$/.test(v[url])) reasons.push(`${url} must be an http(s) address`);
  if (v.contactEmail != null && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v.contactEmail)) reasons.push("contactEmail must be an e-mail address");
}

function readFile(kind: ImportKind, text: string): CsvRow[] {
  const { header, rows } = csvRows(text);
  const columns = IMPORT_COLUMNS[kind];
  const known = new Set(columns.map((c) => c.field));
  const unknown = header.filter((h) => !known.has(h));
  if (unknown.length) throw new ImportFileError(`unknown column${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}; the columns are: ${[...known].join(", ")}`);
  const missing = columns.filter((c) => c.required && !header.includes(c.field)).map((c) => c.field);
  if (missing.length) throw new ImportFileError(`missing required column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`);
  return rows;
}

interface Prepared { line: number; values: Record<string, unknown> }

async function prepare(
  ctx: YhdyspintaContext, kind: ImportKind, rows: CsvRow[], rejected: RejectedRow[],
  extra: (p: Prepared, reasons: string[]) => void,
): Promise<Prepared[]> {
  const valid: Prepared[] = [];
  for (const row of rows) {
    const reasons: string[] = [];
    if (row.error) reasons.push(row.error);
    const values = convertRow(row, IMPORT_COLUMNS[kind], reasons);
    if (kind === "organisations") {
      if (typeof values.businessId === "string") values.businessId = normaliseBusinessId(values.businessId);
      await validateInput(Object.assign(new CreateOrganisationInput(), values), reasons);
    } else {
      // cost and registration are nested inputs in GraphQL, plain cells here (checked in checkActivityDetails).
      await validateInput(Object.assign(new CreateActivityInput(), { ...values, cost: undefined, registration: undefined, organisationId: "-" }), reasons);
      checkActivityDetails(ctx, values, reasons);
    }
    checkCodes(ctx, values, reasons);
    const prepared = { line: row.line, values };
    if (!reasons.length) extra(prepared, reasons);
    if (reasons.length) rejected.push({ line: row.line, reasons });
    else valid.push(prepared);
  }
  return valid;
}

/** Regions of operation always include the regions of the municipalities of operation (as in the API). */
function operatingRegions(ctx: YhdyspintaContext, regionCodes: string[], municipalityCodes: string[]): string[] {
  return uniq([...regionCodes, ...municipalityCodes.map((c) => ctx.reference.municipality(c)!.regionCode)]);
}

async function writeOrganisation(ctx: YhdyspintaContext, em: EntityManager, v: Record<string, any>): Promise<"inserted" | "updated"> {
  const fields = {
    nameFi: v.nameFi, nameSv: v.nameSv ?? null, nameEn: v.nameEn ?? null,
    descriptionFi: v.descriptionFi ?? null, descriptionSv: v.descriptionSv ?? null, descriptionEn: v.descriptionEn ?? null,
    businessId: v.businessId, kind: v.kind, themes: uniq<any>(v.themes ?? []), languages: uniq<any>(v.languages ?? []),
    website: v.website ?? null, email: v.email ?? null, phone: v.phone ?? null,
  };
  let org = await em.findOne(Organisation, { where: { businessId: v.businessId }, lock: { mode: "pessimistic_write" } });
  const outcome = org ? "updated" : "inserted";
  if (org) em.merge(Organisation, org, fields);
  else org = em.create(Organisation, { ...fields, parentId: null });
  await em.save(org);
  const municipalityCodes = uniq((v.municipalityCodes ?? []) as string[]);
  await replaceLinkedCodes(em, "organisation_region", "organisation_id", "region_code", org.dbId, operatingRegions(ctx, v.regionCodes ?? [], municipalityCodes));
  await replaceLinkedCodes(em, "organisation_municipality", "organisation_id", "municipality_code", org.dbId, municipalityCodes);
  return outcome;
}

async function writeActivity(em: EntityManager, organisationId: number, v: Record<string, any>): Promise<"inserted" | "updated"> {
  const fields = {
    organisationId, nameFi: v.nameFi, nameSv: v.nameSv ?? null, nameEn: v.nameEn ?? null,
    descriptionFi: v.descriptionFi ?? null, descriptionSv: v.descriptionSv ?? null, descriptionEn: v.descriptionEn ?? null,
    kind: v.kind, targetGroups: uniq<any>(v.targetGroups ?? []), themes: uniq<any>(v.themes ?? []), languages: uniq<any>(v.languages ?? []),
    accessibility: uniq<any>(v.accessibility ?? []), schedule: v.schedule ?? null, address: v.address ?? null,
    online: v.online ?? false,
    costType: v.cost ?? (v.freeOfCharge == null ? "UNKNOWN" : v.freeOfCharge ? "FREE" : "FEE"),
    costAmount: v.cost === "FREE" ? null : v.costAmount ?? null, costDescription: v.costDescription ?? null,
    venueName: v.venueName ?? null, streetAddress: v.streetAddress ?? null, postalCode: v.postalCode ?? null, postOffice: v.postOffice ?? null,
    locationMunicipalityCode: v.locationMunicipalityCode ?? null, latitude: v.latitude ?? null, longitude: v.longitude ?? null,
    registrationType: v.registration ?? null, registrationHow: v.registrationHow ?? null, registrationUrl: v.registrationUrl ?? null,
    registrationDeadline: v.registrationDeadline ?? null, contactPhone: v.contactPhone ?? null, contactEmail: v.contactEmail ?? null,
    contactWeb: v.contactWeb ?? null, ageMin: v.ageMin ?? null, ageMax: v.ageMax ?? null, noReferralNeeded: v.noReferralNeeded ?? false,
    anonymousAllowed: v.anonymousAllowed ?? false, lowThreshold: v.lowThreshold ?? false, status: v.status ?? "ACTIVE",
    validFrom: v.validFrom ?? null, validUntil: v.validUntil ?? null, lastVerifiedAt: v.lastVerifiedAt ?? null,
  };
  let activity = await em.findOne(Activity, { where: { organisationId, nameFi: v.nameFi }, order: { dbId: "ASC" }, lock: { mode: "pessimistic_write" } });
  const outcome = activity ? "updated" : "inserted";
  if (activity) em.merge(Activity, activity, fields);
  else activity = em.create(Activity, fields as Partial<Activity>);
  await em.save(activity);
  await replaceLinkedCodes(em, "activity_municipality", "activity_id", "municipality_code", activity.dbId, uniq(v.municipalityCodes ?? []));
  return outcome;
}

/** Signals a deliberate rollback (all-or-nothing or dry run) out of the transaction callback. */
class Rollback extends Error {}

export async function importCsv(ctx: YhdyspintaContext, kind: ImportKind, text: string, options: ImportOptions = {}): Promise<ImportReport> {
  const rows = readFile(kind, text);
  const rejected: RejectedRow[] = [];
  const report: ImportReport = { kind, rows: rows.length, inserted: 0, updated: 0, rejected, written: false };
  try {
    await ctx.dataSource.transaction(async (em) => {
      let valid: Prepared[];
      let orgIds = new Map<string, number>();
      if (kind === "organisations") {
        const seen = new Map<string, number>();
        valid = await prepare(ctx, kind, rows, rejected, (p, reasons) => {
          const id = p.values.businessId as string;
          if (seen.has(id)) reasons.push(`businessId ${id} already appears on line ${seen.get(id)}`);
          else seen.set(id, p.line);
        });
      } else {
        const ids = uniq(rows.map((r) => normaliseBusinessId(r.values.organisationBusinessId ?? "")).filter(Boolean));
        const found: { id: number; business_id: string }[] = await em.query(`SELECT id, business_id FROM organisation WHERE business_id = ANY($1::text[])`, [ids]);
        orgIds = new Map(found.map((r) => [r.business_id, r.id]));
        const seen = new Map<string, number>();
        valid = await prepare(ctx, kind, rows, rejected, (p, reasons) => {
          const businessId = normaliseBusinessId(p.values.organisationBusinessId as string);
          p.values.organisationBusinessId = businessId;
          if (!orgIds.has(businessId)) { reasons.push(`organisationBusinessId: no organisation has business ID ${businessId}`); return; }
          const key = `${businessId}\u0000${p.values.nameFi}`;
          if (seen.has(key)) reasons.push(`the activity "${p.values.nameFi}" of ${businessId} already appears on line ${seen.get(key)}`);
          else seen.set(key, p.line);
        });
      }
      rejected.sort((a, b) => a.line - b.line);
      if (options.dryRun || (options.allOrNothing && rejected.length)) throw new Rollback();
      let done = 0;
      for (const p of valid) {
        const outcome = kind === "organisations"
          ? await writeOrganisation(ctx, em, p.values)
          : await writeActivity(em, orgIds.get(p.values.organisationBusinessId as string)!, p.values);
        report[outcome]++;
        options.onProgress?.(++done, valid.length);
      }
      report.written = true;
    });
  } catch (error) {
    if (error instanceof Rollback) return report;
    report.inserted = report.updated = 0;
    throw translateDatabaseError(error);
  } finally {
    ctx.loaders.clearAll();
  }
  return report;
}
