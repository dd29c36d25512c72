import { loadEntityById } from "../query/entity-loader";
import type { GraphQLResolveInfo } from "graphql";
import { projectedColumns, type DerivedColumn } from "../query/projection";
import { columnsOf, hydrator, loadConnection, loadConnectionByParent, oncePerRequest } from "../query/connection-loader";
import type { YhdyspintaContext } from "../context/request-context";
import { NotFoundError, UserInputError, translateDatabaseError, violates } from "../errors/errors";
import { parseIntId, toGlobalId } from "../graphql/global-id";
import type { ConnectionValue } from "../graphql/graphql-types";
import { linkedCodesColumn, linkedCodesOf, mapCodes, replaceLinkedCodes, singleCodeLink, singleThemeLink } from "../query/linked-codes";
import { insertRow, lockRow, updateChangedRow, updateRow } from "../query/row-writes";
import type { ListSpec, PageArgs, ParentSpec } from "../query/pagination";
import { columnSortKey, listOrdering, localizedSortKey, NO_TIMESTAMP, rowSortKey, type LinkedOrdering, type ListOrderingOptions, type OrderField, type OrderItem } from "../query/ordering";
import { SqlParams, type Queryable } from "../query/sql";
import { anyOf, before, checkedCodes, compileFilter, defineFilter, equals, fullText, overlaps, searchFence, since, type FilterScope } from "../query/filter-compiler";
import { municipalityPlaces, placeFields, regionPlaces, rootSearch } from "../query/place-search";
import { inTransaction } from "../query/transaction";
import { activityManagerScope, authorize, requireViewer } from "../auth/policy";
import { uniq } from "../graphql/uniq";
import { Organisation } from "../organisation/organisation.entity";
import { organisationIdsFilter } from "../organisation/organisation.service";
import type { Municipality } from "../region/municipality.entity";
import { Activity } from "./activity.entity";
import { ActivityFacets } from "./activity.connection";
import { countFacets, type FacetSpec } from "../query/facets";
import { facetValues, selectedFacets } from "../graphql/facets";
import { ACTIVITY_KIND_LABELS, LANGUAGE_LABELS, TARGET_GROUP_LABELS, THEME_LABELS } from "../vocabulary/labels";
import { ACTIVITY_STATUSES, type ActivityKindValue, type LanguageValue, type TargetGroupValue, type ThemeValue } from "../vocabulary/vocabulary";
import type { ActivityFilter, CreateActivityInput, UpdateActivityInput } from "./activity.inputs";
import { Reason } from "../errors/error-reasons";
import {
  accessibilityCondition, ageCondition, costCondition, distanceSql, flagCondition, maxCostCondition, nearCondition, occursBetweenCondition,
  registrationCondition, statusCondition,
} from "./activity.filters";
import { materialise, normaliseRule, ruleProblem, type OccurrenceValue, type RecurrenceRuleValue } from "./activity-timing";

/**
 * What `orderBy` offers; each single key has an index on (key, id) (migration 1734000000000), on
 * (kind, key, id) and, copied into activity_municipality and activity_region, on (code, key,
 * activity_id) (migration 1736000000000), and into activity_theme on (theme, key, activity_id)
 * (migration 1736400000000).
 */
const ORDERS: ListOrderingOptions = {
  fields: {
    NAME: localizedSortKey("name"),
    CREATED_AT: rowSortKey((a) => `${a}.created_at`, "timestamptz"),
    UPDATED_AT: rowSortKey((a) => `${a}.updated_at`, "timestamptz"),
    KIND: rowSortKey((a) => `${a}.kind`, "text"),
    STARTS_AT: rowSortKey((a) => `COALESCE(${a}.starts_at, ${NO_TIMESTAMP})`, "timestamptz"),
    ENDS_AT: rowSortKey((a) => `COALESCE(${a}.ends_at, ${NO_TIMESTAMP})`, "timestamptz"),
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

/**
 * activity_municipality, activity_region (derived from it by triggers) and activity_theme (derived
 * from `themes`, migration 1736400000000) carry copies of the activity's sort keys and status: a
 * list of one municipality, region or theme walks its link's index (code, key, activity_id), about
 * one page of rows at any depth, and counts the link rows alone (the LEFT JOIN is dropped when
 * nothing reads activity).
 */
const LINKS = {
  municipality: { from: "activity_municipality l LEFT JOIN activity t ON t.id = l.activity_id", code: "l.municipality_code", fields: ["municipalityCodes", "municipalityCode"] },
  region: { from: "activity_region l LEFT JOIN activity t ON t.id = l.activity_id", code: "l.region_code", fields: ["regionCodes", "regionCode"] },
  theme: { from: "activity_theme l LEFT JOIN activity t ON t.id = l.activity_id", code: "l.theme", fields: ["themes", "theme"] },
} as const;
type Link = keyof typeof LINKS;
const LINKED_ORDERING: LinkedOrdering = { alias: "l", idColumn: "activity_id" };
const searches = (filter: ActivityFilter | null | undefined) => Boolean(filter?.search?.trim());

/** The one municipality (else region, else theme) a root list's own top-level field names; not with a search, which keeps the full-text plan. */
function rootLink(ctx: YhdyspintaContext, filter: ActivityFilter | null | undefined): { link: Link; field: string; code: string } | null {
  return searches(filter) ? null : singleCodeLink(ctx, filter, LINKS) ?? singleThemeLink(filter, LINKS.theme.fields);
}

/** The municipality codes of (valid) region codes: they come from memory, so a region is a condition on municipalities. */
function municipalitiesOfRegions(ctx: YhdyspintaContext, regions: readonly string[]): string[] {
  return regions.flatMap((code) => ctx.reference.municipalitiesOf(code).map((m) => m.code));
}

/**
 * A root list's search is read first (searchFence); with a municipality or region at the top of the
 * filter, through the place-prefixed index over the activity's municipality codes (query/place-search.ts):
 * a region stands for its municipalities.
 */
const PLACE_FIELDS = placeFields(municipalityPlaces, regionPlaces(municipalitiesOfRegions));

const MUNICIPALITY_LINKS = ["activity_municipality", "activity_id", "municipality_code"] as const;
/** A listed activity's row carries its municipality codes when the field is selected. */
const ACTIVITY_DERIVED: Record<string, DerivedColumn> = { municipalities: linkedCodesColumn("listedMunicipalityCodes", ...MUNICIPALITY_LINKS) };

/** The activity filter as the query engine compiles it (query/filter-compiler.ts): one line per field of ActivityFilter. */
// The activity's own array of codes (kept from activity_municipality by a trigger, migration
// 1736100000000) has a GIN index. A root list's search in a place does not come here (rootSearch
// reads it from the place-prefixed index); inside nested filters the planner can still combine
// this index with the text index (a BitmapAnd).
const inMunicipalities = (s: FilterScope, codes: string[]) => `${s.alias}.municipality_codes && ${s.params.add(codes, "text[]")}`;
const regionCodes = checkedCodes((c, s) => s.ctx.reference.requireRegion(c, s.path), (codes: string[], s) => inMunicipalities(s, municipalitiesOfRegions(s.ctx, codes)));
const municipalityCodes = checkedCodes((c, s) => s.ctx.reference.requireMunicipality(c, s.path), (codes: string[], s) => inMunicipalities(s, codes));

export const ACTIVITY_FILTER = defineFilter({
  kind: "Activity",
  fields: {
    regionCodes,
    municipalityCodes,
    organisationIds: organisationIdsFilter,
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
    organisationId: organisationIdsFilter,
    kind: anyOf("kind", "text"),
    theme: overlaps("themes"),
    targetGroup: overlaps("target_groups"),
    language: overlaps("languages"),
    // Service guidance (issue 14), over the scope's row alias (inside relation subqueries too).
    cost: (v, s) => costCondition(v, s.params, s.alias),
    maxCostAmount: (v, s) => maxCostCondition(v, s.params, s.alias),
    registration: (v, s) => registrationCondition(v, s.params, s.alias),
    age: (v, s) => ageCondition(v, s.params, s.alias),
    noReferralNeeded: (v, s) => flagCondition("no_referral_needed", v, s.params, s.alias),
    anonymousAllowed: (v, s) => flagCondition("anonymous_allowed", v, s.params, s.alias),
    lowThreshold: (v, s) => flagCondition("low_threshold", v, s.params, s.alias),
    accessibility: (v, s) => accessibilityCondition(v, s.params, s.alias),
    status: (v, s) => statusCondition(v, s.params, s.alias),
    occursBetween: (v, s) => occursBetweenCondition(v, s.params, s.alias),
    near: (v, s) => nearCondition(v, s.params, s.alias),
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
  /** `parent`: paged per municipality or region (the caller's condition `l.<code> = p.key`), read through that link table. */
  listSpec(
    ctx: YhdyspintaContext, filter: ActivityFilter | null | undefined, orderBy?: readonly OrderItem[] | null, info?: GraphQLResolveInfo, parent?: Link,
  ): ListSpec {
    const params = new SqlParams();
    const root = parent ? null : rootLink(ctx, filter);
    const link = parent ?? root?.link;
    const linked = link !== undefined;
    // The one code the link is read for is its condition, not the filter's EXISTS (validated above).
    const search = parent ? null : rootSearch(ctx, "Activity", filter, params, PLACE_FIELDS, "municipality_codes");
    const where = compileFilter(ctx, "Activity", filter, params, { skip: root ? [root.field] : search?.skip ?? [] });
    if (root) where.unshift(`${LINKS[root.link].code} = ${params.add(root.code, "text")}`);
    if (search?.exact) where.push(search.exact);
    const f = filter ?? {};
    // The service advisor's conditions (cost, registration, age, flags, accessibility, status, occursBetween, near)
    // apply at the top level of the filter; the search condition is compiled with the filter and the ordering
    // binds the term again for the rank.
    // ENDED activities are hidden unless the filter asks for statuses (the link's copy of the status, when read through it).
    if (!f.status?.length) where.push(statusCondition(null, params, linked ? "l" : "t"));
    let orders = ORDERS;
    if (f.near) {
      // Distance as real, so a cursor's value binds back to exactly the value compared. Its point is
      // bound only when the ordering uses it: a parameter the statement never reads has no type.
      const near = f.near;
      const distance: OrderField = { sql: () => `(${distanceSql(near, params, "t")})::real`, type: "real" };
      orders = { ...ORDERS, fields: { ...ORDERS.fields, DISTANCE: distance } };
    } else if (orderBy?.some((o) => o.field === "DISTANCE")) {
      throw new UserInputError("DISTANCE ordering needs filter.near", { field: "orderBy", reason: Reason.DISTANCE_WITHOUT_NEAR });
    }
    const ordering = listOrdering(params, [], f.search, orderBy, orders, linked ? LINKED_ORDERING : undefined);
    const columns = projectedColumns(ctx.dataSource.getMetadata(Activity), info, "t", ACTIVITY_DERIVED);
    if (!link) return search ? { from: searchFence("activity", search.condition), table: "activity t", columns, filters: where, params, ordering } : { from: "activity t", columns, filters: where, params, ordering };
    // Same key values as the table's own: cursors stay those of the plain list.
    return { from: LINKS[link].from, cursorList: "activity t", columns, filters: where, params, ordering };
  }

  /** The selected facets of the root list under `filter` (one statement; see query/facets.ts). */
  async facets(ctx: YhdyspintaContext, filter: ActivityFilter | null | undefined, info: GraphQLResolveInfo): Promise<ActivityFacets> {
    // Counted over the rows the list shows: without a status filter, every status but ENDED (as listSpec).
    const shown = filter?.status?.length ? filter : { ...filter, status: ACTIVITY_STATUSES.filter((s) => s !== "ENDED") };
    const counts = await countFacets(ctx, "Activity", "activity", shown, ACTIVITY_FACETS, selectedFacets(info, Object.keys(ACTIVITY_FACETS)));
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
    const cacheKey = `Activity.by.${relation}|${JSON.stringify(filter ?? {})}|${JSON.stringify(orderBy ?? [])}`;
    const { spec, parent } = oncePerRequest(ctx, cacheKey, info, () => this.parentListSpec(ctx, relation, filter, orderBy, info));
    return loadConnectionByParent(ctx, spec, args, hydrate, {
      cacheKey,
      key,
      parent,
      info,
    });
  }

  /** The list under each parent of a relation, and how a row is tied to its parent `p.key` (also for EXPLAIN in tests). */
  parentListSpec(
    ctx: YhdyspintaContext, relation: ActivityParent, filter: ActivityFilter | null | undefined, orderBy?: readonly OrderItem[] | null, info?: GraphQLResolveInfo,
  ): { spec: ListSpec; parent: Omit<ParentSpec<string | number>, "keys"> } {
    // Under a municipality or region, pages walk its link table; a search keeps the full-text index's plan.
    const link = relation !== "organisation" && !searches(filter) ? relation : undefined;
    return {
      spec: this.listSpec(ctx, filter, orderBy, info, link),
      parent: link ? { keyType: "text", condition: `${LINKS[link].code} = p.key` } : PARENT_CONDITIONS[relation],
    };
  }

  findById(ctx: YhdyspintaContext, id: number): Promise<Activity | null> {
    return loadEntityById(ctx, Activity, id);
  }

  /** `row`: the activity as listed, which may carry its codes already (see linkedCodesColumn). */
  municipalitiesOf(ctx: YhdyspintaContext, activityId: number, row: object = {}): Promise<Municipality[]> | Municipality[] {
    return mapCodes(linkedCodesOf(ctx, row, "listedMunicipalityCodes", ...MUNICIPALITY_LINKS, activityId),
      (codes) => codes.map((c) => ctx.reference.municipality(c)).filter((m): m is Municipality => Boolean(m)));
  }

  async create(ctx: YhdyspintaContext, input: CreateActivityInput): Promise<Activity> {
    const organisationId = parseIntId(input.organisationId, Organisation.typeName, "organisationId");
    const municipalityCodes = this.municipalityCodes(ctx, input.municipalityCodes ?? []);
    this.checkTimes(input.startsAt ?? null, input.endsAt ?? null);
    const details = this.detailsOf(ctx, input, true);
    authorize(ctx, "activity:manage", { organisationId });
    try {
      const values = {
        organisationId, nameFi: input.nameFi, nameSv: input.nameSv ?? null, nameEn: input.nameEn ?? null,
        descriptionFi: input.descriptionFi ?? null, descriptionSv: input.descriptionSv ?? null, descriptionEn: input.descriptionEn ?? null,
        kind: input.kind, targetGroups: uniq(input.targetGroups), themes: uniq(input.themes), languages: uniq(input.languages),
        accessibility: uniq(input.accessibility), schedule: input.schedule ?? null, startsAt: input.startsAt ?? null,
        endsAt: input.endsAt ?? null, address: input.address ?? null, online: input.online ?? false, ...details.columns,
      };
      const links = { table: "activity_municipality", ownerColumn: "activity_id", codeColumn: "municipality_code", codes: municipalityCodes };
      const metadata = ctx.dataSource.getMetadata(Activity);
      if (!details.timing) {
        // One statement inserts the row and its links (atomic by itself); the organisation foreign
        // key checks (and key-share locks) the organisation, so there is no separate SELECT.
        return hydrate(await insertRow(ctx.db, metadata, values, links));
      }
      // With times: the row and its materialised occurrences together.
      return await inTransaction(ctx, async (em) => {
        const row = hydrate(await insertRow(em, metadata, values, links));
        await writeOccurrences(em, row.dbId, details.timing!);
        return row;
      });
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
    for (const required of ["nameFi", "kind", "online", "freeOfCharge", "cost", "noReferralNeeded", "anonymousAllowed", "lowThreshold", "status"] as const) {
      if (input[required] === null) throw new UserInputError(`${required} cannot be cleared`, { field: required, reason: Reason.REQUIRED });
    }
    const details = this.detailsOf(ctx, input, false);
    const municipalityCodes = input.municipalityCodes == null ? null : this.municipalityCodes(ctx, input.municipalityCodes);
    const metadata = ctx.dataSource.getMetadata(Activity);
    // The common edit (columns only, not the times, which are checked against the stored ones):
    // one statement that checks the owner, compares and writes.
    if (input.municipalityCodes === undefined && input.startsAt === undefined && input.endsAt === undefined && !details.timing) {
      return this.updateColumns(ctx, id, globalId, input, details.columns);
    }
    try {
      const activity = await this.findById(ctx, id);
      if (!activity) throw new NotFoundError(Activity.typeName, globalId);
      authorize(ctx, "activity:manage", { organisationId: activity.organisationId });
      const changes = { ...this.changesOf(input), ...details.columns };
      let timing = details.timing;
      if ((input.startsAt !== undefined || input.endsAt !== undefined) && input.occurrences === undefined) {
        // The deprecated single time: it is the one-off occurrence.
        const startsAt = input.startsAt !== undefined ? input.startsAt : activity.startsAt;
        const endsAt = input.endsAt !== undefined ? input.endsAt : activity.endsAt;
        const oneOff = startsAt ? [{ startsAt, endsAt: endsAt && endsAt >= startsAt ? endsAt : startsAt }] : [];
        changes.occurrences = JSON.stringify(oneOff);
        timing = { oneOff, rules: input.recurrence !== undefined ? details.timing!.rules : activity.recurrence };
      }
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
      if (input.municipalityCodes === undefined && !timing) {
        // Columns only: the UPDATE is one atomic statement; no transaction, no lock held across round trips.
        return Object.keys(changed).length > 0 ? await write(ctx.db) : merged;
      }
      // Links or times too: they change with the row, the row locked against a concurrent replacement.
      return await inTransaction(ctx, async (em) => {
        const updated = await write(em);
        if (input.municipalityCodes !== undefined) {
          await replaceLinkedCodes(em, "activity_municipality", "activity_id", "municipality_code", id, municipalityCodes ?? []);
        }
        if (timing) {
          // A rule or list given alone keeps the other as stored.
          if (input.occurrences === undefined && input.startsAt === undefined && input.endsAt === undefined) timing = { ...timing, oneOff: storedOccurrences(activity) };
          if (input.recurrence === undefined) timing = { ...timing, rules: activity.recurrence };
          await em.query(`DELETE FROM activity_occurrence WHERE activity_id = $1`, [id]);
          await writeOccurrences(em, id, timing);
        }
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
  private async updateColumns(ctx: YhdyspintaContext, id: number, globalId: string, input: UpdateActivityInput, details: Record<string, unknown>): Promise<Activity> {
    const viewer = requireViewer(ctx);
    const changes = { ...this.changesOf(input), ...details };
    const scope = activityManagerScope(viewer);
    try {
      const result = await updateChangedRow(ctx.db, ctx.dataSource.getMetadata(Activity), id, changes,
        (params) => (scope === "all" ? null : `t.organisation_id = ANY(${params.add([...scope], "int[]")})`));
      if (!result) throw new NotFoundError(Activity.typeName, globalId);
      authorize(ctx, "activity:manage", { organisationId: result.before.organisationId as number });
      // One entity made: the row as written, else as read (nothing changed, or the guard refused it above).
      return hydrate(result.after ?? result.before);
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
    for (const key of [
      "nameFi", "nameSv", "nameEn", "descriptionFi", "descriptionSv", "descriptionEn", "kind", "schedule", "startsAt", "endsAt", "address", "online",
      "ageMin", "ageMax", "noReferralNeeded", "anonymousAllowed", "lowThreshold", "status", "validFrom", "validUntil", "lastVerifiedAt",
    ] as const) {
      if (input[key] !== undefined) changes[key] = input[key];
    }
    for (const key of ["targetGroups", "themes", "languages", "accessibility"] as const) {
      if (input[key] !== undefined) changes[key] = uniq(input[key]);
    }
    return changes;
  }

  /**
   * The columns of the structured details the input gives (a nested input replaces all its columns),
   * checked; and, when occurrences or rules are given, the timing to materialise. On create, the
   * cost defaults to UNKNOWN (or follows the deprecated freeOfCharge), never to free.
   */
  private detailsOf(ctx: YhdyspintaContext, input: CreateActivityInput | UpdateActivityInput, creating: boolean): { columns: Record<string, unknown>; timing: Timing | null } {
    const columns: Record<string, unknown> = {};
    if (input.location !== undefined) {
      const l = input.location;
      if (l && (l.latitude == null) !== (l.longitude == null)) {
        throw new UserInputError("Give both latitude and longitude, or neither", { field: "location.longitude", reason: Reason.REQUIRED });
      }
      if (l?.municipalityCode != null) ctx.reference.requireMunicipality(l.municipalityCode, "location.municipalityCode");
      Object.assign(columns, {
        venueName: l?.venueName ?? null, streetAddress: l?.streetAddress ?? null, postalCode: l?.postalCode ?? null, postOffice: l?.postOffice ?? null,
        locationMunicipalityCode: l?.municipalityCode ?? null, latitude: l?.latitude ?? null, longitude: l?.longitude ?? null,
      });
    }
    if (input.cost != null && input.freeOfCharge != null) {
      throw new UserInputError(`Give "cost" or the deprecated "freeOfCharge", not both`, { field: "freeOfCharge", reason: Reason.ONE_OF });
    }
    if (input.cost) {
      Object.assign(columns, { costType: input.cost.type, costAmount: input.cost.type === "FREE" ? null : input.cost.amount ?? null, costDescription: input.cost.description ?? null });
    } else if (input.freeOfCharge != null) {
      Object.assign(columns, { costType: input.freeOfCharge ? "FREE" : "FEE" });
    } else if (creating) {
      columns.costType = "UNKNOWN";
    }
    if (input.registration !== undefined) {
      const r = input.registration;
      Object.assign(columns, { registrationType: r?.type ?? null, registrationHow: r?.how ?? null, registrationUrl: r?.url ?? null, registrationDeadline: r?.deadline ?? null });
    }
    if (input.contact !== undefined) {
      const c = input.contact;
      Object.assign(columns, { contactPhone: c?.phone ?? null, contactEmail: c?.email ?? null, contactWeb: c?.web ?? null });
    }
    if (input.ageMin != null && input.ageMax != null && input.ageMin > input.ageMax) {
      throw new UserInputError("ageMax must not be below ageMin", { field: "ageMax", reason: Reason.OUT_OF_RANGE });
    }
    if (input.validFrom != null && input.validUntil != null && input.validUntil < input.validFrom) {
      throw new UserInputError("validUntil must not be before validFrom", { field: "validUntil", reason: Reason.ENDS_BEFORE_START });
    }
    let timing: Timing | null = null;
    if (input.occurrences !== undefined || input.recurrence !== undefined || (creating && input.startsAt != null)) {
      if (input.occurrences != null && (input.startsAt != null || input.endsAt != null)) {
        throw new UserInputError(`Give "occurrences" or startsAt/endsAt, not both`, { field: "occurrences", reason: Reason.ONE_OF });
      }
      const oneOff: OccurrenceValue[] = input.occurrences != null
        ? input.occurrences.map((o) => ({ startsAt: o.startsAt, endsAt: o.endsAt }))
        : input.startsAt != null ? [{ startsAt: input.startsAt, endsAt: input.endsAt ?? input.startsAt }] : [];
      oneOff.forEach((o, i) => {
        if (o.endsAt < o.startsAt) throw new UserInputError("endsAt must not be before startsAt", { field: `occurrences.${i}.endsAt`, reason: Reason.ENDS_BEFORE_START });
        if (o.endsAt.getTime() - o.startsAt.getTime() > 2 * 86_400_000) {
          throw new UserInputError("An occurrence can last at most two days; give a rule or several occurrences", { field: `occurrences.${i}.endsAt`, reason: Reason.OUT_OF_RANGE });
        }
      });
      const rules = (input.recurrence ?? []).map((r, i) => {
        const rule = normaliseRule({ ...r, frequency: r.frequency ?? undefined, interval: r.interval ?? undefined, weekOfMonth: r.weekOfMonth, endDate: r.endDate ?? null, exceptHolidays: r.exceptHolidays ?? undefined, exceptDates: r.exceptDates ?? undefined });
        const problem = ruleProblem(rule);
        if (problem) throw new UserInputError(problem.message, { field: `recurrence.${i}.${problem.field}`, reason: Reason.INVALID_RECURRENCE });
        return rule;
      });
      oneOff.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
      if (input.occurrences !== undefined) {
        Object.assign(columns, {
          occurrences: JSON.stringify(oneOff),
          startsAt: oneOff[0]?.startsAt ?? null,
          endsAt: oneOff.length ? new Date(Math.max(...oneOff.map((o) => o.endsAt.getTime()))) : null,
        });
      } else if (input.startsAt != null) {
        // The deprecated single time: the columns as given, the occurrence lasting at least a moment.
        columns.occurrences = JSON.stringify(oneOff);
      }
      if (input.recurrence !== undefined) columns.recurrence = JSON.stringify(rules);
      timing = { oneOff, rules };
    }
    return { columns, timing };
  }

  private checkTimes(startsAt: Date | null, endsAt: Date | null): void {
    if (startsAt && endsAt && endsAt < startsAt) {
      throw new UserInputError("endsAt must not be before startsAt", { field: "endsAt", reason: Reason.ENDS_BEFORE_START });
    }
  }
}

interface Timing {
  oneOff: OccurrenceValue[];
  rules: RecurrenceRuleValue[];
}

function storedOccurrences(activity: Activity): OccurrenceValue[] {
  return (activity.occurrences ?? []).map((o) => ({ startsAt: new Date(o.startsAt), endsAt: new Date(o.endsAt) }));
}

/** The occurrences `occursBetween` reads, in one statement (see materialise for how far ahead). */
async function writeOccurrences(db: Queryable, activityId: number, timing: Timing): Promise<void> {
  const all = materialise(timing.oneOff, timing.rules, new Date());
  if (all.length === 0) return;
  await db.query(`INSERT INTO activity_occurrence (activity_id, starts_at, ends_at) SELECT $1, s, e FROM unnest($2::timestamptz[], $3::timestamptz[]) AS u(s, e)`,
    [activityId, all.map((o) => o.startsAt.toISOString()), all.map((o) => o.endsAt.toISOString())]);
}

/** Equality of column values as stored: dates by instant, arrays element by element, jsonb (given as text) by its JSON. */
function sameValue(a: unknown, b: unknown): boolean {
  if (typeof b === "string" && a !== null && typeof a === "object" && !(a instanceof Date)) return JSON.stringify(a) === b;
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

export const activityService = new ActivityService();
