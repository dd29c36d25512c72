import { loadEntityById } from "../query/entity-loader";
import type { GraphQLResolveInfo } from "graphql";
import { projectedColumns, type DerivedColumn } from "../query/projection";
import type { EntityManager } from "typeorm";
import { columnsOf, hydrator, loadConnection, loadConnectionByParent, oncePerRequest } from "../query/connection-loader";
import type { YhdyspintaContext } from "../context/request-context";
import { ConflictError, NotFoundError, UserInputError } from "../errors/errors";
import { parseIntId, toGlobalId } from "../graphql/global-id";
import type { ConnectionValue } from "../graphql/graphql-types";
import { linkedCodesColumn, linkedCodesOf, mapCodes, loadLinkedCodes, replaceLinkedCodes, singleCodeLink, singleThemeLink } from "../query/linked-codes";
import type { ListSpec, PageArgs, ParentSpec } from "../query/pagination";
import { listOrdering, localizedSortKey, rowSortKey, type LinkedOrdering, type ListOrderingOptions, type OrderItem } from "../query/ordering";
import { SqlParams } from "../query/sql";
import { anyOf, before, checkedCodes, compileFilter, defineFilter, fullText, overlaps, searchFence, since, type FilterField, type FilterScope } from "../query/filter-compiler";
import { municipalityPlaces, placeFields, regionPlaces, rootSearch } from "../query/place-search";
import { inTransaction } from "../query/transaction";
import { insertRow, updateRow } from "../query/row-writes";
import { authorize } from "../auth/policy";
import { uniq } from "../graphql/uniq";
import type { Municipality } from "../region/municipality.entity";
import type { WellbeingRegion } from "../region/wellbeing-region.entity";
import { normaliseBusinessId } from "./business-id";
import { Organisation } from "./organisation.entity";
import { OrganisationFacets } from "./organisation.connection";
import { countFacets, type FacetSpec } from "../query/facets";
import { facetValues, selectedFacets } from "../graphql/facets";
import { LANGUAGE_LABELS, ORGANISATION_KIND_LABELS, THEME_LABELS } from "../vocabulary/labels";
import type { LanguageValue, OrganisationKindValue, ThemeValue } from "../vocabulary/vocabulary";
import type { CreateOrganisationInput, OrganisationFilter, UpdateOrganisationInput } from "./organisation.inputs";
import { Reason } from "../errors/error-reasons";

/**
 * What `orderBy` offers; each single key has an index on (key, id) (migration 1734000000000), on
 * (kind, key, id) and, copied into the region and municipality link tables, on (code, key,
 * organisation_id) (migration 1736000000000), and into the theme links on (theme, key,
 * organisation_id) (migration 1736400000000).
 */
const ORDERS: ListOrderingOptions = {
  fields: {
    NAME: localizedSortKey("name"),
    CREATED_AT: rowSortKey((a) => `${a}.created_at`, "timestamptz"),
    UPDATED_AT: rowSortKey((a) => `${a}.updated_at`, "timestamptz"),
    KIND: rowSortKey((a) => `${a}.kind`, "text"),
  },
  defaultOrder: [{ field: "NAME", direction: "ASC" }],
};

/** The relations under which organisations are listed per parent. */
const PARENT_CONDITIONS = {
  parent: { keyType: "int", condition: "t.parent_id = p.key" },
  region: { keyType: "text", condition: "EXISTS (SELECT 1 FROM organisation_region pr WHERE pr.organisation_id = t.id AND pr.region_code = p.key)" },
  municipality: { keyType: "text", condition: "EXISTS (SELECT 1 FROM organisation_municipality pm WHERE pm.organisation_id = t.id AND pm.municipality_code = p.key)" },
} as const;
export type OrganisationParent = keyof typeof PARENT_CONDITIONS;

/**
 * The link tables that carry copies of an organisation's sort keys: a list of one region,
 * municipality or theme walks the link's index (code, key, organisation_id), about one page of rows
 * at any depth, and its total counts the link rows alone (the LEFT JOIN to organisation is dropped
 * by the planner when nothing reads it; the foreign key makes it an inner join).
 */
const LINKS = {
  region: { from: "organisation_region l LEFT JOIN organisation t ON t.id = l.organisation_id", code: "l.region_code", fields: ["regionCodes", "regionCode"] },
  municipality: { from: "organisation_municipality l LEFT JOIN organisation t ON t.id = l.organisation_id", code: "l.municipality_code", fields: ["municipalityCodes", "municipalityCode"] },
  theme: { from: "organisation_theme l LEFT JOIN organisation t ON t.id = l.organisation_id", code: "l.theme", fields: ["themes", "theme"] },
} as const;
type Link = keyof typeof LINKS;
const LINKED_ORDERING: LinkedOrdering = { alias: "l", idColumn: "organisation_id" };

/**
 * The link a root list can walk: the filter names one municipality (else one region, else one
 * theme) in one of its own top-level fields. A search keeps the full-text index's plan.
 */
function rootLink(ctx: YhdyspintaContext, filter: OrganisationFilter | null | undefined): { link: Link; field: string; code: string } | null {
  return searches(filter) ? null : singleCodeLink(ctx, filter, LINKS) ?? singleThemeLink(filter, LINKS.theme.fields);
}

const searches = (filter: OrganisationFilter | null | undefined) => Boolean(filter?.search?.trim());

/**
 * A root list's search is read first (searchFence); with a municipality or region at the top of the
 * filter, through the place-prefixed index over the organisation's place codes, its region and
 * municipality codes in one array (migration 1736600000000): an organisation linked to a region
 * is found in it, as the region field's EXISTS finds it, and one linked to a municipality in that.
 */
const PLACE_FIELDS = placeFields(municipalityPlaces, regionPlaces());

/** Link tables a listed organisation's row carries along when the field is selected. */
const REGION_LINKS = ["organisation_region", "organisation_id", "region_code"] as const;
const MUNICIPALITY_LINKS = ["organisation_municipality", "organisation_id", "municipality_code"] as const;
const ORGANISATION_DERIVED: Record<string, DerivedColumn> = {
  regions: linkedCodesColumn("listedRegionCodes", ...REGION_LINKS),
  municipalities: linkedCodesColumn("listedMunicipalityCodes", ...MUNICIPALITY_LINKS),
};

/**
 * The organisation filter as the query engine compiles it (query/filter-compiler.ts): one line per
 * field of OrganisationFilter; relations are EXISTS subqueries over the other kind's declarations.
 */
const regionCodes = (s: FilterScope, codes: string[]) =>
  `EXISTS (SELECT 1 FROM organisation_region lr WHERE lr.organisation_id = ${s.alias}.id AND lr.region_code = ANY(${s.params.add(codes, "text[]")}))`;
const municipalityCodes = (s: FilterScope, codes: string[]) =>
  `EXISTS (SELECT 1 FROM organisation_municipality lm WHERE lm.organisation_id = ${s.alias}.id AND lm.municipality_code = ANY(${s.params.add(codes, "text[]")}))`;
const parentIds: FilterField = (value: string | string[], s) => {
  const ids = (Array.isArray(value) ? value : [value]).map((id, i) => parseIntId(id, Organisation.typeName, Array.isArray(value) ? `${s.path}.${i}` : s.path));
  return `${s.alias}.parent_id = ANY(${s.params.add(ids, "int[]")})`;
};
export const ORGANISATION_FILTER = defineFilter({
  kind: "Organisation",
  fields: {
    regionCodes: checkedCodes((c, s) => s.ctx.reference.requireRegion(c, s.path), (codes, s) => regionCodes(s, codes)),
    municipalityCodes: checkedCodes((c, s) => s.ctx.reference.requireMunicipality(c, s.path), (codes, s) => municipalityCodes(s, codes)),
    kinds: anyOf("kind", "text"),
    themes: overlaps("themes"),
    languages: overlaps("languages"),
    parentIds,
    createdSince: since("created_at", "timestamptz"),
    createdBefore: before("created_at", "timestamptz"),
    updatedSince: since("updated_at", "timestamptz"),
    updatedBefore: before("updated_at", "timestamptz"),
    search: fullText(),
    hasActivity: (value, s) => s.exists("Activity", "activity", (inner, outer) => `${inner}.organisation_id = ${outer}.id`, value),
    hasPartnership: (value, s) => s.exists("Partnership", "partnership", (inner, outer) => `${inner}.organisation_id = ${outer}.id`, value),
    // Deprecated one-value forms: a list of one.
    regionCode: checkedCodes((c, s) => s.ctx.reference.requireRegion(c, s.path), (codes, s) => regionCodes(s, codes)),
    municipalityCode: checkedCodes((c, s) => s.ctx.reference.requireMunicipality(c, s.path), (codes, s) => municipalityCodes(s, codes)),
    kind: anyOf("kind", "text"),
    theme: overlaps("themes"),
    language: overlaps("languages"),
    parentId: parentIds,
  },
});

/** Facets of the root list; a facet's counts leave out its own filter fields (old one-value forms included). */
const ORGANISATION_FACETS: Record<string, FacetSpec> = {
  kinds: { filterFields: ["kinds", "kind"], value: "t.kind", columns: ["kind"] },
  themes: { filterFields: ["themes", "theme"], join: "CROSS JOIN LATERAL unnest(t.themes) AS fv(v)", value: "fv.v", columns: ["themes"] },
  languages: { filterFields: ["languages", "language"], join: "CROSS JOIN LATERAL unnest(t.languages) AS fv(v)", value: "fv.v", columns: ["languages"] },
  municipalities: { filterFields: ["municipalityCodes", "municipalityCode"], join: "JOIN organisation_municipality fm ON fm.organisation_id = t.id", value: "fm.municipality_code", columns: [] },
  regions: { filterFields: ["regionCodes", "regionCode"], join: "JOIN organisation_region fr ON fr.organisation_id = t.id", value: "fr.region_code", columns: [] },
};

const hydrate = hydrator(Organisation);

export class OrganisationService {
  /**
   * The list as one statement reads it. `parent`: the list is paged per region or municipality
   * (the parent condition is the caller's, `l.<code> = p.key`), read through that link table.
   */
  listSpec(
    ctx: YhdyspintaContext, filter: OrganisationFilter | null | undefined, orderBy?: readonly OrderItem[] | null, info?: GraphQLResolveInfo, parent?: Link,
  ): ListSpec {
    const params = new SqlParams();
    const root = parent ? null : rootLink(ctx, filter);
    const link = parent ?? root?.link;
    const search = parent ? null : rootSearch(ctx, "Organisation", filter, params, PLACE_FIELDS, "place_codes");
    // The one code the link is read for is its condition, not the filter's EXISTS (validated above).
    const where = compileFilter(ctx, "Organisation", filter, params, { skip: root ? [root.field] : search?.skip ?? [] });
    if (root) where.unshift(`${LINKS[root.link].code} = ${params.add(root.code, "text")}`);
    if (search?.exact) where.push(search.exact);
    // The ordering binds the term again for the rank.
    const ordering = listOrdering(params, [], filter?.search, orderBy, ORDERS, link ? LINKED_ORDERING : undefined);
    const columns = projectedColumns(ctx.dataSource.getMetadata(Organisation), info, "t", ORGANISATION_DERIVED);
    if (!link) {
      return search
        // The fence's rows are the table's: cursors stay those of the plain list (as before the fence).
        ? { from: searchFence("organisation", search.condition), table: "organisation t", cursorList: "organisation t", columns, filters: where, params, ordering }
        : { from: "organisation t", columns, filters: where, params, ordering };
    }
    // Same key values as the table's own: cursors stay those of the plain list.
    return { from: LINKS[link].from, cursorList: "organisation t", columns, filters: where, params, ordering };
  }

  /** The selected facets of the root list under `filter` (one statement; see query/facets.ts). */
  async facets(ctx: YhdyspintaContext, filter: OrganisationFilter | null | undefined, info: GraphQLResolveInfo): Promise<OrganisationFacets> {
    const counts = await countFacets(ctx, "Organisation", "organisation", filter, ORGANISATION_FACETS, selectedFacets(info, Object.keys(ORGANISATION_FACETS)));
    const labelled = (name: string, labelOf: Parameters<typeof facetValues>[1]) => facetValues(counts.get(name) ?? [], labelOf);
    return Object.assign(new OrganisationFacets(), {
      kinds: labelled("kinds", (v) => ORGANISATION_KIND_LABELS[v as OrganisationKindValue]),
      themes: labelled("themes", (v) => THEME_LABELS[v as ThemeValue]),
      languages: labelled("languages", (v) => LANGUAGE_LABELS[v as LanguageValue]),
      municipalities: labelled("municipalities", (v) => ctx.reference.municipalityLabel(v)),
      regions: labelled("regions", (v) => ctx.reference.regionLabel(v)),
    });
  }

  list(ctx: YhdyspintaContext, filter: OrganisationFilter | null | undefined, args: PageArgs, orderBy?: readonly OrderItem[] | null, info?: GraphQLResolveInfo): Promise<ConnectionValue<Organisation>> {
    return loadConnection(ctx, this.listSpec(ctx, filter, orderBy, info), args, hydrate, info);
  }

  listByParent(
    ctx: YhdyspintaContext, relation: OrganisationParent, key: number | string,
    filter: OrganisationFilter | null | undefined, args: PageArgs, orderBy?: readonly OrderItem[] | null, info?: GraphQLResolveInfo,
  ): Promise<ConnectionValue<Organisation>> {
    const cacheKey = `Organisation.by.${relation}|${JSON.stringify(filter ?? {})}|${JSON.stringify(orderBy ?? [])}`;
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
    ctx: YhdyspintaContext, relation: OrganisationParent, filter: OrganisationFilter | null | undefined, orderBy?: readonly OrderItem[] | null, info?: GraphQLResolveInfo,
  ): { spec: ListSpec; parent: Omit<ParentSpec<string | number>, "keys"> } {
    // Under a region or municipality, pages walk its link table; a search keeps the full-text index's plan.
    const link = relation !== "parent" && !searches(filter) ? relation : undefined;
    return {
      spec: this.listSpec(ctx, filter, orderBy, info, link),
      parent: link ? { keyType: "text", condition: `${LINKS[link].code} = p.key` } : PARENT_CONDITIONS[relation],
    };
  }

  findById(ctx: YhdyspintaContext, id: number): Promise<Organisation | null> {
    return loadEntityById(ctx, Organisation, id);
  }

  /** `row`: the organisation as listed, which may carry its codes already (see linkedCodesColumn). */
  regionsOf(ctx: YhdyspintaContext, organisationId: number, row: object = {}): Promise<WellbeingRegion[]> | WellbeingRegion[] {
    return mapCodes(linkedCodesOf(ctx, row, "listedRegionCodes", ...REGION_LINKS, organisationId),
      (codes) => codes.map((c) => ctx.reference.region(c)).filter((r): r is WellbeingRegion => Boolean(r)));
  }

  municipalitiesOf(ctx: YhdyspintaContext, organisationId: number, row: object = {}): Promise<Municipality[]> | Municipality[] {
    return mapCodes(linkedCodesOf(ctx, row, "listedMunicipalityCodes", ...MUNICIPALITY_LINKS, organisationId),
      (codes) => codes.map((c) => ctx.reference.municipality(c)).filter((m): m is Municipality => Boolean(m)));
  }

  async require(ctx: YhdyspintaContext, globalId: string, field = "id"): Promise<Organisation> {
    const org = await this.findById(ctx, parseIntId(globalId, Organisation.typeName, field));
    if (!org) throw new NotFoundError(Organisation.typeName, globalId);
    return org;
  }

  async create(ctx: YhdyspintaContext, input: CreateOrganisationInput): Promise<Organisation> {
    const parentId = input.parentId ? parseIntId(input.parentId, Organisation.typeName, "parentId") : null;
    const { regionCodes, municipalityCodes } = this.operatingArea(ctx, input.regionCodes ?? [], input.municipalityCodes ?? []);
    const businessId = input.businessId ? normaliseBusinessId(input.businessId) : null;
    authorize(ctx, "organisation:create", { parentId, regionCodes });
    const saved = await inTransaction(ctx, async (em) => {
      if (parentId !== null) await this.requireParent(ctx, em, parentId);
      if (businessId) await this.requireFreeBusinessId(em, businessId, null);
      const org = Object.assign(new Organisation(), await insertRow(em, ctx.dataSource.getMetadata(Organisation), {
        nameFi: input.nameFi, nameSv: input.nameSv ?? null, nameEn: input.nameEn ?? null,
        descriptionFi: input.descriptionFi ?? null, descriptionSv: input.descriptionSv ?? null, descriptionEn: input.descriptionEn ?? null,
        businessId, kind: input.kind, parentId,
        themes: uniq(input.themes), languages: uniq(input.languages),
        website: input.website ?? null, email: input.email ?? null, phone: input.phone ?? null,
      }));
      await this.replaceOperatingArea(em, org.dbId, regionCodes, municipalityCodes);
      return org;
    });
    return saved;
  }

  async update(ctx: YhdyspintaContext, globalId: string, input: UpdateOrganisationInput): Promise<Organisation> {
    const id = parseIntId(globalId, Organisation.typeName);
    for (const required of ["nameFi", "kind"] as const) {
      if (input[required] === null) throw new UserInputError(`${required} cannot be cleared`, { field: required, reason: Reason.REQUIRED });
    }
    const parentId = input.parentId === undefined ? undefined : input.parentId === null ? null : parseIntId(input.parentId, Organisation.typeName, "parentId");
    return inTransaction(ctx, async (em) => {
      const org = await em.findOne(Organisation, { where: { dbId: id }, lock: { mode: "pessimistic_write" } });
      if (!org) throw new NotFoundError(Organisation.typeName, globalId);
      const current = await this.currentArea(em, id);
      const area = input.regionCodes !== undefined || input.municipalityCodes !== undefined
        ? this.operatingArea(ctx, input.regionCodes ?? current.regionCodes, input.municipalityCodes ?? current.municipalityCodes)
        : undefined;
      authorize(ctx, "organisation:update", { organisationId: id, regionCodes: current.regionCodes, newRegionCodes: area?.regionCodes, newParentId: parentId });
      // Keeping the parent it has is no new link (it may have been set by an admin).
      if (parentId !== undefined && parentId !== null && parentId !== org.parentId) {
        await this.requireParent(ctx, em, parentId);
        await this.refuseCycle(em, id, parentId);
      }
      const businessId = input.businessId === undefined ? undefined : input.businessId === null ? null : normaliseBusinessId(input.businessId);
      if (businessId) await this.requireFreeBusinessId(em, businessId, id);
      const changes: Partial<Organisation> = {};
      for (const key of ["nameFi", "nameSv", "nameEn", "descriptionFi", "descriptionSv", "descriptionEn", "kind", "website", "email", "phone"] as const) {
        if (input[key] !== undefined) (changes as Record<string, unknown>)[key] = input[key];
      }
      if (businessId !== undefined) changes.businessId = businessId;
      if (parentId !== undefined) changes.parentId = parentId;
      if (input.themes !== undefined) changes.themes = uniq(input.themes);
      if (input.languages !== undefined) changes.languages = uniq(input.languages);
      // The row is locked above, so the update finds it; nothing to write leaves updatedAt as it was.
      const updated = Object.keys(changes).length === 0 ? org
        : Object.assign(new Organisation(), await updateRow(em, ctx.dataSource.getMetadata(Organisation), { dbId: id }, changes));
      if (area) await this.replaceOperatingArea(em, id, area.regionCodes, area.municipalityCodes);
      return updated;
    });
  }

  async delete(ctx: YhdyspintaContext, globalId: string): Promise<string> {
    const id = parseIntId(globalId, Organisation.typeName);
    await inTransaction(ctx, async (em) => {
      const [{ exists, children }] = await em.query(
        `SELECT EXISTS (SELECT 1 FROM organisation WHERE id = $1) AS exists, (SELECT count(*)::int FROM organisation WHERE parent_id = $1) AS children`, [id]);
      if (!exists) throw new NotFoundError(Organisation.typeName, globalId);
      authorize(ctx, "organisation:delete", { organisationId: id, regionCodes: (await this.currentArea(em, id)).regionCodes });
      if (children > 0) {
        throw new ConflictError(`The organisation has ${children} member organisations; move or delete them first`, { reason: Reason.HAS_CHILDREN });
      }
      // Activities, partnerships and area links go with it (ON DELETE CASCADE).
      await em.query(`DELETE FROM organisation WHERE id = $1`, [id]);
    });
    return toGlobalId(Organisation.typeName, id);
  }

  /** Regions of operation always include the regions of the municipalities of operation. */
  private operatingArea(ctx: YhdyspintaContext, regionCodes: string[], municipalityCodes: string[]) {
    const municipalities = uniq(municipalityCodes).map((c) => ctx.reference.requireMunicipality(c, "municipalityCodes"));
    const regions = uniq([...regionCodes.map((c) => ctx.reference.requireRegion(c, "regionCodes").code), ...municipalities.map((m) => m.regionCode)]);
    return { regionCodes: regions, municipalityCodes: municipalities.map((m) => m.code) };
  }

  private async currentArea(em: EntityManager, id: number) {
    const [row] = await em.query(
      `SELECT ARRAY(SELECT region_code::text FROM organisation_region WHERE organisation_id = $1) AS "regionCodes",
              ARRAY(SELECT municipality_code::text FROM organisation_municipality WHERE organisation_id = $1) AS "municipalityCodes"`, [id]);
    return row as { regionCodes: string[]; municipalityCodes: string[] };
  }

  private async replaceOperatingArea(em: EntityManager, id: number, regionCodes: string[], municipalityCodes: string[]): Promise<void> {
    await replaceLinkedCodes(em, "organisation_region", "organisation_id", "region_code", id, regionCodes);
    await replaceLinkedCodes(em, "organisation_municipality", "organisation_id", "municipality_code", id, municipalityCodes);
  }

  /** The parent exists (locked until commit) and the viewer may link to it (policy `organisation:link-parent`). */
  private async requireParent(ctx: YhdyspintaContext, em: EntityManager, parentId: number): Promise<void> {
    const rows = await em.query(`SELECT 1 FROM organisation WHERE id = $1 FOR KEY SHARE`, [parentId]);
    if (!rows.length) throw new UserInputError("The parent organisation does not exist", { field: "parentId", reason: Reason.UNKNOWN_PARENT });
    authorize(ctx, "organisation:link-parent", { parentId, parentRegionCodes: (await this.currentArea(em, parentId)).regionCodes });
  }

  private async refuseCycle(em: EntityManager, id: number, parentId: number): Promise<void> {
    const rows = await em.query(
      `WITH RECURSIVE up(id, parent_id) AS (
         SELECT id, parent_id FROM organisation WHERE id = $2
         UNION SELECT o.id, o.parent_id FROM organisation o JOIN up ON o.id = up.parent_id
       ) SELECT 1 FROM up WHERE id = $1`, [id, parentId]);
    if (rows.length) throw new UserInputError("An organisation cannot be its own ancestor", { field: "parentId", reason: Reason.PARENT_CYCLE });
  }

  private async requireFreeBusinessId(em: EntityManager, businessId: string, exceptId: number | null): Promise<void> {
    const rows = await em.query(`SELECT id FROM organisation WHERE business_id = $1 AND id IS DISTINCT FROM $2`, [businessId, exceptId]);
    if (rows.length) throw new ConflictError("Another organisation already has this business ID", { field: "businessId", reason: Reason.DUPLICATE });
  }
}

export const organisationService = new OrganisationService();

/**
 * Refuses a write that names an organisation which does not exist (BAD_USER_INPUT, reason
 * UNKNOWN_ORGANISATION, on `field`). Call it inside the write's transaction: the row is locked
 * FOR KEY SHARE, so it cannot be deleted before the transaction that refers to it commits.
 */
export async function requireOrganisation(em: Pick<EntityManager, "query">, organisationId: number, field = "organisationId"): Promise<void> {
  const rows = await em.query(`SELECT 1 FROM organisation WHERE id = $1 FOR KEY SHARE`, [organisationId]);
  if (!rows.length) throw new UserInputError("The organisation does not exist", { field, reason: Reason.UNKNOWN_ORGANISATION });
}

/**
 * requireOrganisation, and the organisation operates in one of `regionCodes` (ORGANISATION_OUTSIDE_REGION
 * otherwise): for an organisation taking part in a region's structure, so that neither its own editor
 * nor a coordinator of the region can enrol an organisation of another region.
 */
export async function requireOrganisationInRegions(
  em: Pick<EntityManager, "query">, organisationId: number, regionCodes: readonly string[], field = "organisationId",
): Promise<void> {
  await requireOrganisation(em, organisationId, field);
  const [row] = await em.query(
    `SELECT EXISTS (SELECT 1 FROM organisation_region WHERE organisation_id = $1 AND region_code = ANY($2::text[])) AS ok`, [organisationId, regionCodes]);
  if (!row.ok) throw new UserInputError("The organisation does not operate in the region", { field, reason: Reason.ORGANISATION_OUTSIDE_REGION });
}

/**
 * The `organisationIds` filter field (and its one-value form `organisationId`) of lists of an
 * organisation's own rows (activities, partnerships): global IDs decoded, each error on its list index.
 */
export const organisationIdsFilter: FilterField = (value: string | string[], s) => {
  const ids = (Array.isArray(value) ? value : [value]).map((id, i) => parseIntId(id, Organisation.typeName, Array.isArray(value) ? `${s.path}.${i}` : s.path));
  return `${s.alias}.organisation_id = ANY(${s.params.add(ids, "int[]")})`;
};
