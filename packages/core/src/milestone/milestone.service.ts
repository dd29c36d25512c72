import { loadEntityById } from "../query/entity-loader";
import type { EntityManager } from "typeorm";
import type { GraphQLResolveInfo } from "graphql";
import { requireMilestoneManager } from "../auth/policy";
import { columnsOf, hydrator, loadConnection, loadConnectionByParent } from "../query/connection-loader";
import type { YhdyspintaContext } from "../context/request-context";
import { NotFoundError, UserInputError } from "../errors/errors";
import { parseIntId, toGlobalId } from "../graphql/global-id";
import type { ConnectionValue } from "../graphql/graphql-types";
import type { ListSpec, Ordering, PageArgs } from "../query/pagination";
import { columnSortKey, listOrdering, localizedSortKey, type ListOrderingOptions, type OrderItem } from "../query/ordering";
import { before, compileFilter, defineFilter, since } from "../query/filter-compiler";
import { SqlParams } from "../query/sql";
import { inTransaction } from "../query/transaction";
import { insertRow, updateRow } from "../query/row-writes";
import { uniq } from "../graphql/uniq";
import { Organisation } from "../organisation/organisation.entity";
import { requireOrganisation } from "../organisation/organisation.service";
import { BY_EVENT_ID, EVENT_LIST_FROM, eventListCursor, parseEventCursor, requireKnownEventPosition } from "./milestone-event.cursor";
import { MilestoneEvent, type MilestoneFieldChange } from "./milestone-event.entity";
import { eventFilterSql, requireKnownKinds, resolveEventFilter } from "./milestone-event.filter";
import { appendMilestoneEvent, lockMilestoneEventLog } from "./milestone-event.outbox";
import { PreparationMilestone } from "./milestone.entity";
import type { MilestoneStatusValue } from "./milestone.enums";
import type { CreateMilestoneInput, MilestoneEventFilter, MilestoneFilter, UpdateMilestoneInput } from "./milestone.inputs";
import { Reason } from "../errors/error-reasons";

/** What `orderBy` offers; each single key has an index on (key, id). */
const ORDERS: ListOrderingOptions = {
  fields: {
    DUE_DATE: columnSortKey("t.due_date", "date"),
    NAME: localizedSortKey("title"),
    CREATED_AT: columnSortKey("t.created_at", "timestamptz"),
    UPDATED_AT: columnSortKey("t.updated_at", "timestamptz"),
    KIND: columnSortKey("t.kind", "text"),
  },
  defaultOrder: [{ field: "DUE_DATE", direction: "ASC" }],
};

/** The event lists' orderings: by sequence (the event id, unique) or by when it happened. */
const EVENT_ORDERS: ListOrderingOptions = {
  fields: { SEQUENCE: columnSortKey("t.id", "bigint", { unique: true }), OCCURRED_AT: columnSortKey("t.occurred_at", "timestamptz") },
  defaultOrder: [{ field: "SEQUENCE", direction: "ASC" }],
  id: { sql: "t.id", type: "bigint" },
};

/** Sequence ascending is the history's own ordering, whose cursors the subscription also reads (milestone-event.cursor.ts). */
function eventOrdering(orderBy: readonly OrderItem[] | null | undefined): Ordering {
  const ordering = listOrdering(new SqlParams(), [], null, orderBy, EVENT_ORDERS);
  return ordering.name === "SEQUENCE:ASC" ? BY_EVENT_ID : ordering;
}

const hydrate = hydrator(PreparationMilestone);
const hydrateEvent = hydrator(MilestoneEvent);

/** A field's value as the API shows it (organisation ids global), for an event's `changes`. */
function shown(field: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (field === "organisationId") return toGlobalId(Organisation.typeName, value as number);
  return String(value);
}

/** The fields whose value `changes` would really change, with old and new values. */
function fieldChanges(milestone: PreparationMilestone, changes: Partial<PreparationMilestone>): MilestoneFieldChange[] {
  const out: MilestoneFieldChange[] = [];
  for (const [field, value] of Object.entries(changes)) {
    const oldValue = shown(field, (milestone as unknown as Record<string, unknown>)[field]);
    const newValue = shown(field, value);
    if (oldValue !== newValue) out.push({ field, oldValue, newValue });
  }
  return out;
}

defineFilter({
  kind: "Milestone",
  fields: {
    dueSince: since("due_date", "date"),
    dueBefore: before("due_date", "date"),
    createdSince: since("created_at", "timestamptz"),
    createdBefore: before("created_at", "timestamptz"),
    updatedSince: since("updated_at", "timestamptz"),
    updatedBefore: before("updated_at", "timestamptz"),
  },
});

export class MilestoneService {
  listSpec(ctx: YhdyspintaContext, filter: MilestoneFilter | null | undefined, orderBy?: readonly OrderItem[] | null): ListSpec {
    const params = new SqlParams();
    const where: string[] = [];
    const f = filter ?? {};
    const includeNational = f.includeNational ?? true;
    if (f.regionCodes != null) {
      const codes = uniq(f.regionCodes).map((c) => ctx.reference.requireRegion(c, "filter.regionCodes").code);
      const inRegions = `t.region_code = ANY(${params.add(codes, "text[]")})`;
      where.push(includeNational ? `(t.region_code IS NULL OR ${inRegions})` : inRegions);
    } else if (!includeNational) {
      where.push(`t.region_code IS NOT NULL`);
    }
    if (f.kinds != null) where.push(`t.kind = ANY(${params.add(requireKnownKinds(f.kinds, "filter.kinds"), "text[]")})`);
    if (f.status != null) where.push(`t.status = ANY(${params.add(uniq(f.status), "text[]")})`);
    // Date ranges: the engine's filter compiler (regions and kinds above keep their national-milestone rules).
    where.push(...compileFilter(ctx, "Milestone", { dueSince: f.dueSince, dueBefore: f.dueBefore, createdSince: f.createdSince,
      createdBefore: f.createdBefore, updatedSince: f.updatedSince, updatedBefore: f.updatedBefore }, params));
    const ordering = listOrdering(params, where, null, orderBy, ORDERS);
    return { from: "preparation_milestone t", columns: columnsOf(ctx.dataSource.getMetadata(PreparationMilestone)), filters: where, params, ordering };
  }

  /** With `info`, a selected `totalCount` is counted in the page's own statement. */
  list(
    ctx: YhdyspintaContext, filter: MilestoneFilter | null | undefined, args: PageArgs, orderBy?: readonly OrderItem[] | null, info?: GraphQLResolveInfo,
  ): Promise<ConnectionValue<PreparationMilestone>> {
    return loadConnection(ctx, this.listSpec(ctx, filter, orderBy), args, hydrate, info);
  }

  /** A region's milestones (and the national ones when asked), batched over all regions of a request. */
  listByRegion(ctx: YhdyspintaContext, regionCode: string, filter: MilestoneFilter | null | undefined, args: PageArgs, orderBy?: readonly OrderItem[] | null) {
    const includeNational = filter?.includeNational ?? false;
    const spec = this.listSpec(ctx, { ...filter, regionCodes: null, includeNational: true }, orderBy);
    return loadConnectionByParent(ctx, spec, args, hydrate, {
      cacheKey: `PreparationMilestone.by.region|${JSON.stringify(filter ?? {})}|${JSON.stringify(orderBy ?? [])}`,
      key: regionCode,
      parent: { keyType: "text", condition: includeNational ? "(t.region_code = p.key OR t.region_code IS NULL)" : "t.region_code = p.key" },
    });
  }

  findById(ctx: YhdyspintaContext, id: number): Promise<PreparationMilestone | null> {
    return loadEntityById(ctx, PreparationMilestone, id);
  }

  /** Stored events in id order: the history a subscriber can also replay with `after`. */
  async listEvents(
    ctx: YhdyspintaContext, filter: MilestoneEventFilter | null | undefined, args: PageArgs, orderBy?: readonly OrderItem[] | null,
  ): Promise<ConnectionValue<MilestoneEvent>> {
    const ordering = eventOrdering(orderBy);
    const resolved = await resolveEventFilter(ctx, filter);
    // In sequence order, `after` may also be an event's decimal `cursor` (the subscription's spelling).
    const after = ordering === BY_EVENT_ID ? parseEventCursor(args.after) : null;
    if (after !== null) {
      await requireKnownEventPosition(ctx.db, after);
      args = { ...args, after: eventListCursor(after) };
    }
    const params = new SqlParams();
    const where = eventFilterSql(resolved, params, "t");
    const spec: ListSpec = {
      from: EVENT_LIST_FROM, columns: columnsOf(ctx.dataSource.getMetadata(MilestoneEvent)), filters: where, params, ordering,
    };
    return loadConnection(ctx, spec, args, hydrateEvent);
  }

  /** A milestone's own events, batched over all milestones of a request. */
  listEventsOf(ctx: YhdyspintaContext, milestoneId: number, args: PageArgs, orderBy?: readonly OrderItem[] | null): Promise<ConnectionValue<MilestoneEvent>> {
    const spec: ListSpec = {
      from: EVENT_LIST_FROM, columns: columnsOf(ctx.dataSource.getMetadata(MilestoneEvent)), filters: [], params: new SqlParams(), ordering: eventOrdering(orderBy),
    };
    return loadConnectionByParent(ctx, spec, args, hydrateEvent, {
      cacheKey: `MilestoneEvent.by.milestone|${JSON.stringify(orderBy ?? [])}`, key: milestoneId, parent: { keyType: "int", condition: "t.milestone_id = p.key" },
    });
  }

  async create(ctx: YhdyspintaContext, input: CreateMilestoneInput): Promise<PreparationMilestone> {
    const regionCode = input.regionCode == null ? null : ctx.reference.requireRegion(input.regionCode, "regionCode").code;
    const [kind] = requireKnownKinds([input.kind], "kind");
    const organisationId = input.organisationId == null ? null : parseIntId(input.organisationId, Organisation.typeName, "organisationId");
    const status = input.status ?? "PLANNED";
    // National milestones: admins; regional ones: coordinators of that region (docs/security.md).
    requireMilestoneManager(ctx, regionCode);
    return inTransaction(ctx, async (em) => {
      await lockMilestoneEventLog(em);
      if (organisationId !== null) await requireOrganisation(em, organisationId);
      const milestone = Object.assign(new PreparationMilestone(), await insertRow(em, ctx.dataSource.getMetadata(PreparationMilestone), {
        regionCode, organisationId, kind, status, dueDate: input.dueDate,
        titleFi: input.titleFi, titleSv: input.titleSv ?? null, titleEn: input.titleEn ?? null, description: input.description ?? null,
      }));
      await appendMilestoneEvent(em, { milestoneId: milestone.dbId, type: "CREATED", previousStatus: null, newStatus: status, regionCode, kind, organisationId });
      return milestone;
    });
  }

  async update(ctx: YhdyspintaContext, globalId: string, input: UpdateMilestoneInput): Promise<PreparationMilestone> {
    const id = parseIntId(globalId, PreparationMilestone.typeName);
    for (const required of ["kind", "titleFi", "dueDate"] as const) {
      if (input[required] === null) throw new UserInputError(`${required} cannot be cleared`, { field: required, reason: Reason.REQUIRED });
    }
    const changes: Partial<PreparationMilestone> = {};
    if (input.regionCode !== undefined) changes.regionCode = input.regionCode === null ? null : ctx.reference.requireRegion(input.regionCode, "regionCode").code;
    if (input.kind != null) changes.kind = requireKnownKinds([input.kind], "kind")[0];
    if (input.organisationId !== undefined) {
      changes.organisationId = input.organisationId === null ? null : parseIntId(input.organisationId, Organisation.typeName, "organisationId");
    }
    for (const key of ["titleFi", "titleSv", "titleEn", "description", "dueDate"] as const) {
      if (input[key] !== undefined) (changes as Record<string, unknown>)[key] = input[key];
    }
    return inTransaction(ctx, async (em) => {
      await lockMilestoneEventLog(em);
      const milestone = await this.lockMilestone(em, id, globalId);
      // Rights over the milestone where it is, and where it moves to (to another region, or to national).
      requireMilestoneManager(ctx, milestone.regionCode);
      if (changes.regionCode !== undefined && changes.regionCode !== milestone.regionCode) requireMilestoneManager(ctx, changes.regionCode);
      if (changes.organisationId != null) await requireOrganisation(em, changes.organisationId);
      const changed = fieldChanges(milestone, changes);
      // Nothing differs: no write, no event (subscribers would get news of nothing).
      if (!changed.length) return milestone;
      const old = { regionCode: milestone.regionCode, kind: milestone.kind, organisationId: milestone.organisationId };
      const updated = Object.assign(new PreparationMilestone(), await updateRow(em, ctx.dataSource.getMetadata(PreparationMilestone), { dbId: id }, changes));
      await appendMilestoneEvent(em, {
        milestoneId: id, type: "UPDATED", previousStatus: updated.status, newStatus: updated.status,
        regionCode: updated.regionCode, kind: updated.kind, organisationId: updated.organisationId, old, changes: changed,
      });
      return updated;
    });
  }

  async changeStatus(ctx: YhdyspintaContext, globalId: string, status: MilestoneStatusValue, note: string | null | undefined): Promise<PreparationMilestone> {
    const id = parseIntId(globalId, PreparationMilestone.typeName);
    return inTransaction(ctx, async (em) => {
      await lockMilestoneEventLog(em);
      const milestone = await this.lockMilestone(em, id, globalId);
      requireMilestoneManager(ctx, milestone.regionCode);
      const previous = milestone.status;
      if (previous === status) throw new UserInputError(`The milestone is already ${status}`, { field: "status", reason: Reason.STATUS_UNCHANGED });
      Object.assign(milestone, await updateRow(em, ctx.dataSource.getMetadata(PreparationMilestone), { dbId: id }, { status }));
      await appendMilestoneEvent(em, {
        milestoneId: id, type: "STATUS_CHANGED", previousStatus: previous, newStatus: status, note: note ?? null,
        regionCode: milestone.regionCode, kind: milestone.kind, organisationId: milestone.organisationId,
        changes: [{ field: "status", oldValue: previous, newValue: status }],
      });
      return milestone;
    });
  }

  private async lockMilestone(em: EntityManager, id: number, globalId: string): Promise<PreparationMilestone> {
    const milestone = await em.findOne(PreparationMilestone, { where: { dbId: id }, lock: { mode: "pessimistic_write" } });
    if (!milestone) throw new NotFoundError(PreparationMilestone.typeName, globalId);
    return milestone;
  }

}

export const milestoneService = new MilestoneService();
