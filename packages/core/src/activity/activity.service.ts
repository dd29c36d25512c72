import type { GraphQLResolveInfo } from "graphql";
import { projectedColumns, type DerivedColumn } from "../query/projection";
import { columnsOf, hydrator, loadConnection, loadConnectionByParent } from "../query/connection-loader";
import type { YhdyspintaContext } from "../context/request-context";
import { NotFoundError, UserInputError, translateDatabaseError, violates } from "../errors/errors";
import { parseIntId, toGlobalId } from "../graphql/global-id";
import type { ConnectionValue } from "../graphql/graphql-types";
import { linkedCodesColumn, linkedCodesOf, replaceLinkedCodes } from "../query/linked-codes";
import { insertRow, lockRow, updateChangedRow, updateRow } from "../query/row-writes";
import type { ListSpec, PageArgs } from "../query/pagination";
import { columnSortKey, listOrdering, localizedSortKey, NO_TIMESTAMP, type ListOrderingOptions, type OrderItem } from "../query/ordering";
import { SqlParams, type Queryable } from "../query/sql";
import { anyOf, before, checkedCodes, compileFilter, defineFilter, equals, fullText, overlaps, since, type FilterField, type FilterScope } from "../query/filter-compiler";
import { inTransaction } from "../query/transaction";
import { activityManagerScope, authorize, requireViewer } from "../auth/policy";
import { uniq } from "../graphql/uniq";
import { Organisation } from "../organisation/organisation.entity";
import type { Municipality } from "../region/municipality.entity";
import { Activity } from "./activity.entity";
import { ActivityFacets } from "./activity.connection";
import { countFacets, type FacetSpec } from "../query/facets";
import { facetValues, selectedFacets } from "../graphql/facets";
import { ACTIVITY_KIND_LABELS, LANGUAGE_LABELS, TARGET_GROUP_LABELS, THEME_LABELS } from "../vocabulary/labels";
import type { ActivityKindValue, LanguageValue, TargetGroupValue, ThemeValue } from "../vocabulary/vocabulary";
import type { ActivityFilter, CreateActivityInput, UpdateActivityInput } from "./activity.inputs";
import { Reason } from "../errors/error-reasons";

/** What `orderBy` offers; each single key has an index on (key, id) (migration 1733000000000). */
const ORDERS: ListOrderingOptions = {
  fields: {
    NAME: localizedSortKey("name"),
    CREATED_AT: columnSortKey("t.created_at", "timestamptz"),
    UPDATED_AT: columnSortKey("t.updated_at", "timestamptz"),
    KIND: columnSortKey("t.kind", "text"),
    STARTS_AT: columnSortKey(`COALESCE(t.starts_at, ${NO_TIMESTAMP})`, "timestamptz"),
    ENDS_AT: columnSortKey(`COALESCE(t.ends_at, ${NO_TIMESTAMP})`, "timestamptz"),
  },
  defaultOrder: [{ field: "NAME", direction: "ASC" }],
};

const PARENT_CONDITIONS = {
  organisation: { keyType: "int", condition: "t.organisation_id = p.key" },
  municipality: { keyType: "text", condition: "EXISTS (SELECT 1 FROM activity_municipality pm WHERE pm.activity_id = t.id AND pm.municipality_code = p.key)" },
  region: {
    keyType: "text",
    condition: "EXISTS (SELECT 1 FROM activity_municipality pm JOIN municipality pmm ON pmm.code = pm.municipality_code WHERE pm.activity_id = t.id AND pmm.region_code = p.key)",
  },
} as const;
export type ActivityParent = keyof typeof PARENT_CONDITIONS;

const MUNICIPALITY_LINKS = ["activity_municipality", "activity_id", "municipality_code"] as const;
/** A listed activity's row carries its municipality codes when the field is selected. */
const ACTIVITY_DERIVED: Record<string, DerivedColumn> = { municipalities: linkedCodesColumn("listedMunicipalityCodes", ...MUNICIPALITY_LINKS) };

/** The activity filter as the query engine compiles it (query/filter-compiler.ts): one line per field of ActivityFilter. */
const inMunicipalities = (s: FilterScope, codes: string[]) =>
  `EXISTS (SELECT 1 FROM activity_municipality lm WHERE lm.activity_id = ${s.alias}.id AND lm.municipality_code = ANY(${s.params.add(codes, "text[]")}))`;
// Municipality codes of the regions come from memory, so a region is a plain join-table lookup.
const regionCodes = checkedCodes((c, s) => s.ctx.reference.requireRegion(c, s.path),
  (codes: string[], s) => inMunicipalities(s, codes.flatMap((code) => s.ctx.reference.municipalitiesOf(code).map((m) => m.code))));
const municipalityCodes = checkedCodes((c, s) => s.ctx.reference.requireMunicipality(c, s.path), (codes: string[], s) => inMunicipalities(s, codes));
const organisationIds: FilterField = (value: string | string[], s) => {
  const ids = (Array.isArray(value) ? value : [value]).map((id, i) => parseIntId(id, Organisation.typeName, Array.isArray(value) ? `${s.path}.${i}` : s.path));
  return `${s.alias}.organisation_id = ANY(${s.params.add(ids, "int[]")})`;
};
export const ACTIVITY_FILTER = defineFilter({
  kind: "Activity",
  fields: {
    regionCodes,
    municipalityCodes,
    organisationIds,
    kinds: anyOf("kind", "text"),
    themes: overlaps("themes"),
    targetGroups: overlaps("target_groups"),
    languages: overlaps("languages"),
    online: equals("online", "boolean"),
    startsSince: since("starts_at", "timestamptz"),
    startsBefore: before("starts_at", "timestamptz"),
    endsSince: since("ends_at", "timestamptz"),
    endsBefore: before("ends_at", "timestamptz"),
    createdSince: since("created_at", "timestamptz"),
    createdBefore: before("created_at", "timestamptz"),
    updatedSince: since("updated_at", "timestamptz"),
    updatedBefore: before("updated_at", "timestamptz"),
    search: fullText(),
    organisation: (value, s) => s.exists("Organisation", "organisation", (inner, outer) => `${inner}.id = ${outer}.organisation_id`, value),
    // Deprecated one-value forms: a list of one.
    regionCode: regionCodes,
    municipalityCode: municipalityCodes,
    organisationId: organisationIds,
    kind: anyOf("kind", "text"),
    theme: overlaps("themes"),
    targetGroup: overlaps("target_groups"),
    language: overlaps("languages"),
  },
});

/** Facets of the root list; a facet's counts leave out its own filter fields (old one-value forms included). */
const ACTIVITY_FACETS: Record<string, FacetSpec> = {
  kinds: { filterFields: ["kinds", "kind"], value: "t.kind", columns: ["kind"] },
  themes: { filterFields: ["themes", "theme"], join: "CROSS JOIN LATERAL unnest(t.themes) AS fv(v)", value: "fv.v", columns: ["themes"] },
  targetGroups: { filterFields: ["targetGroups", "targetGroup"], join: "CROSS JOIN LATERAL unnest(t.target_groups) AS fv(v)", value: "fv.v", columns: ["target_groups"] },
  languages: { filterFields: ["languages", "language"], join: "CROSS JOIN LATERAL unnest(t.languages) AS fv(v)", value: "fv.v", columns: ["languages"] },
  municipalities: { filterFields: ["municipalityCodes", "municipalityCode"], join: "JOIN activity_municipality fm ON fm.activity_id = t.id", value: "fm.municipality_code", columns: [] },
  regions: {
    filterFields: ["regionCodes", "regionCode"],
    join: "JOIN activity_municipality fm ON fm.activity_id = t.id JOIN municipality fmm ON fmm.code = fm.municipality_code",
    value: "fmm.region_code",
    columns: [],
    distinct: true,
  },
};

const hydrate = hydrator(Activity);

export class ActivityService {
  listSpec(ctx: YhdyspintaContext, filter: ActivityFilter | null | undefined, orderBy?: readonly OrderItem[] | null, info?: GraphQLResolveInfo): ListSpec {
    const params = new SqlParams();
    const where = compileFilter(ctx, "Activity", filter, params);
    // The search condition is compiled with the filter; the ordering binds the term again for the rank.
    const ordering = listOrdering(params, [], filter?.search, orderBy, ORDERS);
    return { from: "activity t", columns: projectedColumns(ctx.dataSource.getMetadata(Activity), info, "t", ACTIVITY_DERIVED), filters: where, params, ordering };
  }

  /** The selected facets of the root list under `filter` (one statement; see query/facets.ts). */
  async facets(ctx: YhdyspintaContext, filter: ActivityFilter | null | undefined, info: GraphQLResolveInfo): Promise<ActivityFacets> {
    const counts = await countFacets(ctx, "Activity", "activity", filter, ACTIVITY_FACETS, selectedFacets(info, Object.keys(ACTIVITY_FACETS)));
    const labelled = (name: string, labelOf: Parameters<typeof facetValues>[1]) => facetValues(counts.get(name) ?? [], labelOf);
    return Object.assign(new ActivityFacets(), {
      kinds: labelled("kinds", (v) => ACTIVITY_KIND_LABELS[v as ActivityKindValue]),
      themes: labelled("themes", (v) => THEME_LABELS[v as ThemeValue]),
      targetGroups: labelled("targetGroups", (v) => TARGET_GROUP_LABELS[v as TargetGroupValue]),
      languages: labelled("languages", (v) => LANGUAGE_LABELS[v as LanguageValue]),
      municipalities: labelled("municipalities", (v) => ctx.reference.municipalityLabel(v)),
      regions: labelled("regions", (v) => ctx.reference.regionLabel(v)),
    });
  }

  list(ctx: YhdyspintaContext, filter: ActivityFilter | null | undefined, args: PageArgs, orderBy?: readonly OrderItem[] | null, info?: GraphQLResolveInfo): Promise<ConnectionValue<Activity>> {
    return loadConnection(ctx, this.listSpec(ctx, filter, orderBy, info), args, hydrate, info);
  }

  listByParent(
    ctx: YhdyspintaContext, relation: ActivityParent, key: number | string,
    filter: ActivityFilter | null | undefined, args: PageArgs, orderBy?: readonly OrderItem[] | null, info?: GraphQLResolveInfo,
  ): Promise<ConnectionValue<Activity>> {
    return loadConnectionByParent(ctx, this.listSpec(ctx, filter, orderBy, info), args, hydrate, {
      cacheKey: `Activity.by.${relation}|${JSON.stringify(filter ?? {})}|${JSON.stringify(orderBy ?? [])}`,
      key,
      parent: PARENT_CONDITIONS[relation],
      info,
    });
  }

  findById(ctx: YhdyspintaContext, id: number): Promise<Activity | null> {
    return ctx.loaders
      .get<number, Activity | null>("Activity.byId", async (ids) => {
        const rows = await ctx.db.query(`SELECT ${columnsOf(ctx.dataSource.getMetadata(Activity))} FROM activity t WHERE t.id = ANY($1::int[])`, [ids]);
        const byId = new Map<number, Activity>(rows.map((r: Record<string, unknown>) => [r.dbId, hydrate(r)]));
        return ids.map((id) => byId.get(id) ?? null);
      })
      .load(id);
  }

  /** `row`: the activity as listed, which may carry its codes already (see linkedCodesColumn). */
  async municipalitiesOf(ctx: YhdyspintaContext, activityId: number, row: object = {}): Promise<Municipality[]> {
    const codes = await linkedCodesOf(ctx, row, "listedMunicipalityCodes", ...MUNICIPALITY_LINKS, activityId);
    return codes.map((c) => ctx.reference.municipality(c)).filter((m): m is Municipality => Boolean(m));
  }

  async create(ctx: YhdyspintaContext, input: CreateActivityInput): Promise<Activity> {
    const organisationId = parseIntId(input.organisationId, Organisation.typeName, "organisationId");
    const municipalityCodes = this.municipalityCodes(ctx, input.municipalityCodes ?? []);
    this.checkTimes(input.startsAt ?? null, input.endsAt ?? null);
    authorize(ctx, "activity:manage", { organisationId });
    try {
      // One statement inserts the row and its links (atomic by itself); the organisation foreign
      // key checks (and key-share locks) the organisation, so there is no separate SELECT.
      const row = await insertRow(ctx.db, ctx.dataSource.getMetadata(Activity), {
        organisationId, nameFi: input.nameFi, nameSv: input.nameSv ?? null, nameEn: input.nameEn ?? null,
        descriptionFi: input.descriptionFi ?? null, descriptionSv: input.descriptionSv ?? null, descriptionEn: input.descriptionEn ?? null,
        kind: input.kind, targetGroups: uniq(input.targetGroups), themes: uniq(input.themes), languages: uniq(input.languages),
        accessibility: uniq(input.accessibility), schedule: input.schedule ?? null, startsAt: input.startsAt ?? null,
        endsAt: input.endsAt ?? null, address: input.address ?? null, online: input.online ?? false, freeOfCharge: input.freeOfCharge ?? true,
      }, { table: "activity_municipality", ownerColumn: "activity_id", codeColumn: "municipality_code", codes: municipalityCodes });
      return hydrate(row);
    } catch (error) {
      if (violates(error, "activity_organisation_id_fkey")) {
        throw new UserInputError("The organisation does not exist", { field: "organisationId", reason: Reason.UNKNOWN_ORGANISATION });
      }
      throw translateDatabaseError(error);
    } finally {
      ctx.loaders.clearAll();
    }
  }

  async update(ctx: YhdyspintaContext, globalId: string, input: UpdateActivityInput): Promise<Activity> {
    const id = parseIntId(globalId, Activity.typeName);
    for (const required of ["nameFi", "kind", "online", "freeOfCharge"] as const) {
      if (input[required] === null) throw new UserInputError(`${required} cannot be cleared`, { field: required, reason: Reason.REQUIRED });
    }
    const municipalityCodes = input.municipalityCodes == null ? null : this.municipalityCodes(ctx, input.municipalityCodes);
    const metadata = ctx.dataSource.getMetadata(Activity);
    // The common edit (columns only, not the times, which are checked against the stored ones):
    // one statement that checks the owner, compares and writes.
    if (input.municipalityCodes === undefined && input.startsAt === undefined && input.endsAt === undefined) {
      return this.updateColumns(ctx, id, globalId, input);
    }
    try {
      const activity = await this.findById(ctx, id);
      if (!activity) throw new NotFoundError(Activity.typeName, globalId);
      authorize(ctx, "activity:manage", { organisationId: activity.organisationId });
      const changes = this.changesOf(input);
      // Only changed columns are written, and nothing (not even updated_at) when nothing changed.
      const changed = Object.fromEntries(Object.entries(changes).filter(([key, value]) => !sameValue((activity as unknown as Record<string, unknown>)[key], value)));
      const merged = Object.assign(activity, changes);
      this.checkTimes(merged.startsAt, merged.endsAt);
      // The write is guarded by the owner the authorisation saw; the table's CHECK guards the times
      // against a concurrent writer.
      const guard = { dbId: id, organisationId: activity.organisationId };
      const write = async (db: Queryable): Promise<Activity> => {
        const row = Object.keys(changed).length > 0 ? await updateRow(db, metadata, guard, changed) : await lockRow(db, metadata, guard);
        if (!row) throw new NotFoundError(Activity.typeName, globalId);
        return hydrate(row);
      };
      if (input.municipalityCodes === undefined) {
        // Columns only: the UPDATE is one atomic statement; no transaction, no lock held across round trips.
        return Object.keys(changed).length > 0 ? await write(ctx.db) : merged;
      }
      // Links too: row and links change together, the row locked against a concurrent link replacement.
      return await inTransaction(ctx, async (em) => {
        const updated = await write(em);
        await replaceLinkedCodes(em, "activity_municipality", "activity_id", "municipality_code", id, municipalityCodes ?? []);
        return updated;
      });
    } catch (error) {
      throw translateDatabaseError(error);
    } finally {
      ctx.loaders.clearAll();
    }
  }

  /**
   * One statement: the row locked and read, and written only where the viewer may manage its
   * organisation's activities (activityManagerScope) and a value differs. The authorisation then
   * runs on the row as read, so the errors are the ones of the read-then-write path.
   */
  private async updateColumns(ctx: YhdyspintaContext, id: number, globalId: string, input: UpdateActivityInput): Promise<Activity> {
    const viewer = requireViewer(ctx);
    const changes = this.changesOf(input);
    const scope = activityManagerScope(viewer);
    try {
      const result = await updateChangedRow(ctx.db, ctx.dataSource.getMetadata(Activity), id, changes,
        (params) => (scope === "all" ? null : `t.organisation_id = ANY(${params.add([...scope], "int[]")})`));
      if (!result) throw new NotFoundError(Activity.typeName, globalId);
      const before = hydrate(result.before);
      authorize(ctx, "activity:manage", { organisationId: before.organisationId });
      return result.after ? hydrate(result.after) : before;
    } catch (error) {
      throw translateDatabaseError(error);
    } finally {
      ctx.loaders.clearAll();
    }
  }

  async delete(ctx: YhdyspintaContext, globalId: string): Promise<string> {
    const id = parseIntId(globalId, Activity.typeName);
    await inTransaction(ctx, async (em) => {
      const [row] = await em.query(`SELECT organisation_id AS "organisationId" FROM activity WHERE id = $1 FOR UPDATE`, [id]);
      if (!row) throw new NotFoundError(Activity.typeName, globalId);
      authorize(ctx, "activity:manage", { organisationId: row.organisationId });
      await em.query(`DELETE FROM activity WHERE id = $1`, [id]);
    });
    return toGlobalId(Activity.typeName, id);
  }

  private municipalityCodes(ctx: YhdyspintaContext, codes: string[]): string[] {
    return uniq(codes).map((c) => ctx.reference.requireMunicipality(c, "municipalityCodes").code);
  }

  /** The columns an update sets, by property (lists de-duplicated); fields left out are not in it. */
  private changesOf(input: UpdateActivityInput): Record<string, unknown> {
    const changes: Record<string, unknown> = {};
    for (const key of ["nameFi", "nameSv", "nameEn", "descriptionFi", "descriptionSv", "descriptionEn", "kind", "schedule", "startsAt", "endsAt", "address", "online", "freeOfCharge"] as const) {
      if (input[key] !== undefined) changes[key] = input[key];
    }
    for (const key of ["targetGroups", "themes", "languages", "accessibility"] as const) {
      if (input[key] !== undefined) changes[key] = uniq(input[key]);
    }
    return changes;
  }

  private checkTimes(startsAt: Date | null, endsAt: Date | null): void {
    if (startsAt && endsAt && endsAt < startsAt) {
      throw new UserInputError("endsAt must not be before startsAt", { field: "endsAt", reason: Reason.ENDS_BEFORE_START });
    }
  }
}

/** Equality of column values as stored: dates by instant, arrays element by element. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

export const activityService = new ActivityService();
