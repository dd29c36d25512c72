import type { YhdyspintaContext } from "../context/request-context";
import { UserInputError } from "../errors/errors";
import { parseIntId } from "../graphql/global-id";
import type { SqlParams } from "../query/sql";
import { uniq } from "../graphql/uniq";
import { Organisation } from "../organisation/organisation.entity";
import type { MilestoneEvent } from "./milestone-event.entity";
import type { MilestoneEventFilter } from "./milestone.inputs";
import { isKnownMilestoneKind } from "./milestone-kinds";
import { Reason } from "../errors/error-reasons";

/**
 * A validated event filter, evaluated both in SQL (history, replay) and in memory (live fan-out)
 * with the same meaning. Every given condition must hold.
 */
export interface ResolvedEventFilter {
  regionCodes: string[] | null;
  includeNational: boolean;
  kinds: string[] | null;
  /** Events of national milestones, of milestones in the organisation's regions of operation, or concerning it. */
  organisation: { id: number; regionCodes: string[] } | null;
}

export function requireKnownKinds(kinds: readonly string[], field: string): string[] {
  for (const kind of kinds) {
    if (!isKnownMilestoneKind(kind)) {
      throw new UserInputError(`Unknown milestone kind "${kind.slice(0, 64)}"`, { field, reason: Reason.UNKNOWN_MILESTONE_KIND });
    }
  }
  return uniq(kinds);
}

/** Where a bad value of the filter came from, as errors name it: GraphQL argument paths, or a feed URL's parameters. */
export type EventFilterFieldNames = Record<"regionCodes" | "kinds" | "organisationId", string>;
const ARGUMENT_FIELDS: EventFilterFieldNames = { regionCodes: "filter.regionCodes", kinds: "filter.kinds", organisationId: "filter.organisationId" };

export async function resolveEventFilter(
  ctx: YhdyspintaContext, filter: MilestoneEventFilter | null | undefined, fields: EventFilterFieldNames = ARGUMENT_FIELDS,
): Promise<ResolvedEventFilter> {
  const f = filter ?? {};
  // Subscription arguments skip class-validator, so the list limits are checked here too.
  if ((f.regionCodes?.length ?? 0) > 23) throw new UserInputError("At most 23 region codes", { field: fields.regionCodes, reason: Reason.TOO_MANY });
  if ((f.kinds?.length ?? 0) > 100) throw new UserInputError("At most 100 kinds", { field: fields.kinds, reason: Reason.TOO_MANY });
  const regionCodes = f.regionCodes == null ? null : uniq(f.regionCodes).map((c) => ctx.reference.requireRegion(c, fields.regionCodes).code);
  const kinds = f.kinds == null ? null : requireKnownKinds(f.kinds, fields.kinds);
  let organisation: ResolvedEventFilter["organisation"] = null;
  if (f.organisationId != null) {
    const id = parseIntId(f.organisationId, Organisation.typeName, fields.organisationId);
    const rows: { code: string }[] = await ctx.db.query(
      `SELECT r.region_code::text AS code FROM organisation o LEFT JOIN organisation_region r ON r.organisation_id = o.id WHERE o.id = $1`, [id]);
    if (!rows.length) throw new UserInputError("The organisation does not exist", { field: fields.organisationId, reason: Reason.UNKNOWN_ORGANISATION });
    organisation = { id, regionCodes: rows.map((r) => r.code).filter(Boolean) };
  }
  return { regionCodes, includeNational: f.includeNational ?? true, kinds, organisation };
}

type Placement = { regionCode: string | null; kind: string; organisationId: number | null };

function placementMatches(f: ResolvedEventFilter, e: Placement): boolean {
  if (f.regionCodes !== null) {
    if (e.regionCode === null ? !f.includeNational : !f.regionCodes.includes(e.regionCode)) return false;
  } else if (!f.includeNational && e.regionCode === null) {
    return false;
  }
  if (f.kinds !== null && !f.kinds.includes(e.kind)) return false;
  if (f.organisation !== null) {
    const o = f.organisation;
    if (!(e.regionCode === null || o.regionCodes.includes(e.regionCode) || e.organisationId === o.id)) return false;
  }
  return true;
}

/**
 * An event matches when the milestone matched the filter after the change or before it: a
 * milestone moved out of a region (organisation, kind) is still news to that region's subscribers.
 */
export function eventMatches(
  f: ResolvedEventFilter,
  e: Pick<MilestoneEvent, "regionCode" | "kind" | "organisationId"> & Partial<Pick<MilestoneEvent, "moved" | "oldRegionCode" | "oldKind" | "oldOrganisationId">>,
): boolean {
  if (placementMatches(f, e)) return true;
  if (!e.moved) return false;
  return placementMatches(f, { regionCode: e.oldRegionCode ?? null, kind: e.oldKind ?? e.kind, organisationId: e.oldOrganisationId ?? null });
}

function placementSql(f: ResolvedEventFilter, params: SqlParams, cols: { region: string; kind: string; organisation: string }): string[] {
  const where: string[] = [];
  if (f.regionCodes !== null) {
    const inRegions = `${cols.region} = ANY(${params.add(f.regionCodes, "text[]")})`;
    where.push(f.includeNational ? `(${cols.region} IS NULL OR ${inRegions})` : inRegions);
  } else if (!f.includeNational) {
    where.push(`${cols.region} IS NOT NULL`);
  }
  if (f.kinds !== null) where.push(`${cols.kind} = ANY(${params.add(f.kinds, "text[]")})`);
  if (f.organisation !== null) {
    where.push(`(${cols.region} IS NULL OR ${cols.region} = ANY(${params.add(f.organisation.regionCodes, "text[]")})` +
      ` OR ${cols.organisation} = ${params.add(f.organisation.id, "int")})`);
  }
  return where;
}

/** The same conditions over `milestone_event` aliased `alias` (before or after the change). */
export function eventFilterSql(f: ResolvedEventFilter, params: SqlParams, alias = "e"): string[] {
  const now = placementSql(f, params, { region: `${alias}.region_code`, kind: `${alias}.kind`, organisation: `${alias}.organisation_id` });
  if (!now.length) return [];
  const before = placementSql(f, params, { region: `${alias}.old_region_code`, kind: `${alias}.old_kind`, organisation: `${alias}.old_organisation_id` });
  return [`((${now.join(" AND ")}) OR (${alias}.moved AND ${before.join(" AND ")}))`];
}

/** The filter over milestones as they are now (`preparation_milestone` aliased `alias`): for feeds of current state. */
export function milestoneFilterSql(f: ResolvedEventFilter, params: SqlParams, alias = "m"): string[] {
  return placementSql(f, params, { region: `${alias}.region_code`, kind: `${alias}.kind`, organisation: `${alias}.organisation_id` });
}
