import { loadEntityById } from "../query/entity-loader";
import type { GraphQLResolveInfo } from "graphql";
import { projectedColumns } from "../query/projection";
import { columnsOf, hydrator, loadConnection, loadConnectionByParent, oncePerRequest } from "../query/connection-loader";
import type { YhdyspintaContext } from "../context/request-context";
import { NotFoundError, UserInputError } from "../errors/errors";
import { parseIntId, toGlobalId } from "../graphql/global-id";
import type { ConnectionValue } from "../graphql/graphql-types";
import type { ListSpec, PageArgs, ParentSpec } from "../query/pagination";
import { columnSortKey, listOrdering, localizedSortKey, NO_DATE, type ListOrderingOptions, type OrderItem } from "../query/ordering";
import { SqlParams } from "../query/sql";
import { anyOf, before, checkedCodes, compileFilter, defineFilter, since } from "../query/filter-compiler";
import { inTransaction } from "../query/transaction";
import { insertRow, updateRow } from "../query/row-writes";
import { organisationIdsFilter, requireOrganisation } from "../organisation/organisation.service";
import { authorize } from "../auth/policy";
import { Organisation } from "../organisation/organisation.entity";
import { Partnership } from "./partnership.entity";
import type { CreatePartnershipInput, PartnershipFilter, UpdatePartnershipInput } from "./partnership.inputs";
import { Reason } from "../errors/error-reasons";

/**
 * What `orderBy` offers; each single key has an index on (key, id) (migration 1734000000000), and on
 * (party_region_code, key, id) and (municipality_code, key, id) for one region's or municipality's
 * partnerships (migration 1736400000000).
 */
const ORDERS: ListOrderingOptions = {
  fields: {
    NAME: localizedSortKey("title"),
    CREATED_AT: columnSortKey("t.created_at", "timestamptz"),
    UPDATED_AT: columnSortKey("t.updated_at", "timestamptz"),
    KIND: columnSortKey("t.kind", "text"),
    STARTS_ON: columnSortKey(`COALESCE(t.starts_on, ${NO_DATE})`, "date"),
    ENDS_ON: columnSortKey(`COALESCE(t.ends_on, ${NO_DATE})`, "date"),
  },
  defaultOrder: [{ field: "NAME", direction: "ASC" }],
};

/**
 * A region's partnerships are those with the region or one of its municipalities: `party_region_code`,
 * the party's region kept by the database (migration 1736400000000), so that one region's list is
 * one range of an index per ordering rather than an OR of two.
 */
const PARENT_CONDITIONS = {
  organisation: { keyType: "int", condition: "t.organisation_id = p.key" },
  municipality: { keyType: "text", condition: "t.municipality_code = p.key" },
  region: { keyType: "text", condition: "t.party_region_code = p.key" },
} as const;
export type PartnershipParent = keyof typeof PARENT_CONDITIONS;

/** The partnership filter as the query engine compiles it (query/filter-compiler.ts): one line per field of PartnershipFilter. */
const regionCodes = checkedCodes((c, s) => s.ctx.reference.requireRegion(c, s.path), anyOf("party_region_code", "text"));
const municipalityCodes = checkedCodes((c, s) => s.ctx.reference.requireMunicipality(c, s.path), anyOf("municipality_code", "text"));
export const PARTNERSHIP_FILTER = defineFilter({
  kind: "Partnership",
  fields: {
    regionCodes,
    municipalityCodes,
    organisationIds: organisationIdsFilter,
    kinds: anyOf("kind", "text"),
    statuses: anyOf("status", "text"),
    startsSince: since("starts_on", "date"),
    startsBefore: before("starts_on", "date"),
    endsSince: since("ends_on", "date"),
    endsBefore: before("ends_on", "date"),
    createdSince: since("created_at", "timestamptz"),
    createdBefore: before("created_at", "timestamptz"),
    updatedSince: since("updated_at", "timestamptz"),
    updatedBefore: before("updated_at", "timestamptz"),
    // Deprecated one-value forms: a list of one.
    regionCode: regionCodes,
    municipalityCode: municipalityCodes,
    organisationId: organisationIdsFilter,
    kind: anyOf("kind", "text"),
    status: anyOf("status", "text"),
  },
});

const hydrate = hydrator(Partnership);

export class PartnershipService {
  listSpec(ctx: YhdyspintaContext, filter: PartnershipFilter | null | undefined, info?: GraphQLResolveInfo, orderBy?: readonly OrderItem[] | null): ListSpec {
    const params = new SqlParams();
    const where = compileFilter(ctx, "Partnership", filter, params);
    const ordering = listOrdering(params, where, null, orderBy, ORDERS);
    return { from: "partnership t", columns: projectedColumns(ctx.dataSource.getMetadata(Partnership), info), filters: where, params, ordering };
  }

  list(
    ctx: YhdyspintaContext, filter: PartnershipFilter | null | undefined, args: PageArgs, info?: GraphQLResolveInfo, orderBy?: readonly OrderItem[] | null,
  ): Promise<ConnectionValue<Partnership>> {
    return loadConnection(ctx, this.listSpec(ctx, filter, info, orderBy), args, hydrate, info);
  }

  listByParent(
    ctx: YhdyspintaContext, relation: PartnershipParent, key: number | string, filter: PartnershipFilter | null | undefined, args: PageArgs,
    info?: GraphQLResolveInfo, orderBy?: readonly OrderItem[] | null,
  ) {
    const cacheKey = `Partnership.by.${relation}|${JSON.stringify(filter ?? {})}|${JSON.stringify(orderBy ?? [])}`;
    const { spec, parent } = oncePerRequest(ctx, cacheKey, info, () => this.parentListSpec(ctx, relation, filter, info, orderBy));
    return loadConnectionByParent(ctx, spec, args, hydrate, {
      cacheKey,
      key,
      parent,
      info,
    });
  }

  /** The list under each parent of a relation, and how a row is tied to its parent `p.key` (also for EXPLAIN in tests). */
  parentListSpec(
    ctx: YhdyspintaContext, relation: PartnershipParent, filter: PartnershipFilter | null | undefined, info?: GraphQLResolveInfo, orderBy?: readonly OrderItem[] | null,
  ): { spec: ListSpec; parent: Omit<ParentSpec<string | number>, "keys"> } {
    return { spec: this.listSpec(ctx, filter, info, orderBy), parent: PARENT_CONDITIONS[relation] };
  }

  findById(ctx: YhdyspintaContext, id: number): Promise<Partnership | null> {
    return loadEntityById(ctx, Partnership, id);
  }

  async create(ctx: YhdyspintaContext, input: CreatePartnershipInput): Promise<Partnership> {
    const organisationId = parseIntId(input.organisationId, Organisation.typeName, "organisationId");
    if ((input.regionCode == null) === (input.municipalityCode == null)) {
      throw new UserInputError("Give exactly one public party: regionCode or municipalityCode", { field: "regionCode", reason: Reason.ONE_PUBLIC_PARTY });
    }
    const regionCode = input.regionCode != null
      ? ctx.reference.requireRegion(input.regionCode).code
      : ctx.reference.requireMunicipality(input.municipalityCode!).regionCode;
    this.checkPeriod(input.startsOn ?? null, input.endsOn ?? null);
    authorize(ctx, "partnership:manage", { regionCode });
    return inTransaction(ctx, async (em) => {
      await requireOrganisation(em, organisationId);
      const partnership = Object.assign(new Partnership(), await insertRow(em, ctx.dataSource.getMetadata(Partnership), {
        organisationId, regionCode: input.regionCode ?? null, municipalityCode: input.municipalityCode ?? null,
        kind: input.kind, status: input.status ?? "PLANNED",
        titleFi: input.titleFi, titleSv: input.titleSv ?? null, titleEn: input.titleEn ?? null,
        description: input.description ?? null, organisationRole: input.organisationRole ?? null, publicPartyRole: input.publicPartyRole ?? null,
        startsOn: input.startsOn ?? null, endsOn: input.endsOn ?? null,
      }));
      return partnership;
    });
  }

  async update(ctx: YhdyspintaContext, globalId: string, input: UpdatePartnershipInput): Promise<Partnership> {
    const id = parseIntId(globalId, Partnership.typeName);
    for (const required of ["kind", "status", "titleFi"] as const) {
      if (input[required] === null) throw new UserInputError(`${required} cannot be cleared`, { field: required, reason: Reason.REQUIRED });
    }
    return inTransaction(ctx, async (em) => {
      const partnership = await em.findOne(Partnership, { where: { dbId: id }, lock: { mode: "pessimistic_write" } });
      if (!partnership) throw new NotFoundError(Partnership.typeName, globalId);
      authorize(ctx, "partnership:manage", { regionCode: this.regionOf(ctx, partnership) });
      const changes: Record<string, unknown> = {};
      for (const key of ["kind", "status", "titleFi", "titleSv", "titleEn", "description", "organisationRole", "publicPartyRole", "startsOn", "endsOn"] as const) {
        if (input[key] !== undefined) changes[key] = input[key];
      }
      // The period is checked as it will be after the change; the row is locked above.
      const after = { ...partnership, ...changes } as Partnership;
      this.checkPeriod(after.startsOn, after.endsOn);
      if (Object.keys(changes).length === 0) return partnership;
      return Object.assign(new Partnership(), await updateRow(em, ctx.dataSource.getMetadata(Partnership), { dbId: id }, changes));
    });
  }

  async delete(ctx: YhdyspintaContext, globalId: string): Promise<string> {
    const id = parseIntId(globalId, Partnership.typeName);
    await inTransaction(ctx, async (em) => {
      const [row] = await em.query(
        `SELECT region_code AS "regionCode", municipality_code AS "municipalityCode" FROM partnership WHERE id = $1 FOR UPDATE`, [id]);
      if (!row) throw new NotFoundError(Partnership.typeName, globalId);
      authorize(ctx, "partnership:manage", { regionCode: this.regionOf(ctx, row) });
      await em.query(`DELETE FROM partnership WHERE id = $1`, [id]);
    });
    return toGlobalId(Partnership.typeName, id);
  }

  /** The wellbeing region of the public party: the region itself, or the municipality's region. */
  regionOf(ctx: YhdyspintaContext, party: { regionCode: string | null; municipalityCode: string | null }): string {
    return party.regionCode ?? ctx.reference.municipality(party.municipalityCode!)!.regionCode;
  }

  private checkPeriod(startsOn: string | null, endsOn: string | null): void {
    // ISO dates compare correctly as strings.
    if (startsOn && endsOn && endsOn < startsOn) {
      throw new UserInputError("endsOn must not be before startsOn", { field: "endsOn", reason: Reason.ENDS_BEFORE_START });
    }
  }
}

export const partnershipService = new PartnershipService();
