import type { GraphQLResolveInfo } from "graphql";
import type { EntityManager } from "typeorm";
import { authorize } from "../auth/policy";
import type { YhdyspintaContext } from "../context/request-context";
import { Reason } from "../errors/error-reasons";
import { NotFoundError, UserInputError } from "../errors/errors";
import { parseIntId, toGlobalId } from "../graphql/global-id";
import type { ConnectionValue } from "../graphql/graphql-types";
import { uniq } from "../graphql/uniq";
import { emitReformEvent } from "../milestone/reform-event";
import { Organisation } from "../organisation/organisation.entity";
import { requireOrganisation } from "../organisation/organisation.service";
import { Person } from "../person/person.entity";
import { columnsOf, hydrator, loadConnection, loadConnectionByParent } from "../query/connection-loader";
import { insertLinkedCodes, linkedScope, loadLinkedCodes, replaceLinkedCodes } from "../query/linked-codes";
import { columnSortKey, listOrdering, localizedSortKey, NO_DATE, textSortKey, type ListOrderingOptions, type OrderItem } from "../query/ordering";
import type { ListSpec, PageArgs } from "../query/pagination";
import { projectedColumns } from "../query/projection";
import { insertRow, updateRow } from "../query/row-writes";
import { SqlParams } from "../query/sql";
import { inTransaction } from "../query/transaction";
import { scopeConditions } from "../region/reference-data.service";
import { requireKnownCode } from "../vocabulary/vocabulary-registry";
import { CooperationBody, CooperationBodyMeeting, CooperationBodyMember, CooperationBodyOutput } from "./cooperation-body.entity";
import type {
  AddBodyMeetingInput, AddBodyMemberInput, AddBodyOutputInput, CooperationBodyFilter, CreateCooperationBodyInput, UpdateBodyMeetingInput,
  UpdateCooperationBodyInput,
} from "./cooperation-body.inputs";

const ORDERS: ListOrderingOptions = {
  fields: {
    NAME: localizedSortKey("name"),
    KIND: columnSortKey("t.kind", "text"),
    CREATED_AT: columnSortKey("t.created_at", "timestamptz"),
    UPDATED_AT: columnSortKey("t.updated_at", "timestamptz"),
  },
  defaultOrder: [{ field: "NAME", direction: "ASC" }],
};

/** A body reaches a region through a direct link or through one of the region's municipalities. */
const SCOPE = linkedScope("cooperation_body_region", "cooperation_body_municipality", "bm", "body_id");

const PARENT_CONDITIONS = {
  region: { keyType: "text", condition: SCOPE.regions("p.key") },
  municipality: { keyType: "text", condition: SCOPE.municipalities("p.key") },
} as const;
export type CooperationBodyParent = keyof typeof PARENT_CONDITIONS;

const CREATED_UPDATED = { CREATED_AT: columnSortKey("t.created_at", "timestamptz"), UPDATED_AT: columnSortKey("t.updated_at", "timestamptz") };

/** Seats in the order a body lists them: chair first, then vice-chair, members, deputies, secretaries; roles plug-ins add after them. */
const MEMBER_ORDERS: ListOrderingOptions = {
  fields: {
    SIDE: columnSortKey(`CASE t.side WHEN 'NGO' THEN 0 WHEN 'EXPERT_BY_EXPERIENCE' THEN 1 WHEN 'COUNTY' THEN 2 ELSE 3 END`, "int"),
    ROLE: columnSortKey(`CASE t.role WHEN 'CHAIR' THEN 0 WHEN 'VICE_CHAIR' THEN 1 WHEN 'MEMBER' THEN 2 WHEN 'DEPUTY' THEN 3 WHEN 'SECRETARY' THEN 4 ELSE 5 END`, "int"),
    TERM_STARTS_ON: columnSortKey(`COALESCE(t.term_starts_on, ${NO_DATE})`, "date"),
    TERM_ENDS_ON: columnSortKey(`COALESCE(t.term_ends_on, ${NO_DATE})`, "date"),
    ...CREATED_UPDATED,
  },
  defaultOrder: [{ field: "SIDE", direction: "ASC" }, { field: "ROLE", direction: "ASC" }],
};
const MEETING_ORDERS: ListOrderingOptions = {
  fields: { STARTS_AT: columnSortKey("t.starts_at", "timestamptz"), ...CREATED_UPDATED },
  defaultOrder: [{ field: "STARTS_AT", direction: "ASC" }],
};
const OUTPUT_ORDERS: ListOrderingOptions = {
  fields: { ISSUED_ON: columnSortKey("t.issued_on", "date"), TITLE: textSortKey("t.title"), KIND: columnSortKey("t.kind", "text"), ...CREATED_UPDATED },
  defaultOrder: [{ field: "ISSUED_ON", direction: "DESC" }],
};

/** A body's own list (members, meetings, outputs) in the requested order. */
function bodyListSpec(from: string, columns: string, filters: string[], orderBy: readonly OrderItem[] | null | undefined, options: ListOrderingOptions): ListSpec {
  const params = new SqlParams();
  return { from, columns, filters, params, ordering: listOrdering(params, [], null, orderBy, options) };
}

const hydrate = hydrator(CooperationBody);
const hydrateMember = hydrator(CooperationBodyMember);
const hydrateMeeting = hydrator(CooperationBodyMeeting);
const hydrateOutput = hydrator(CooperationBodyOutput);

/** What a write needs to know of a body: its names (for event titles) and every region it reaches (for the policy). */
export interface BodyFacts {
  id: number;
  kind: string;
  nameFi: string;
  nameSv: string | null;
  nameEn: string | null;
  regionCodes: string[];
}

/** Reads (and locks) a body with the regions it reaches; NOT_FOUND when missing. */
export async function lockBody(em: EntityManager, id: number, globalId: string, mode: "UPDATE" | "KEY SHARE" = "KEY SHARE"): Promise<BodyFacts> {
  const [row] = await em.query(
    `SELECT b.id, b.kind, b.name_fi AS "nameFi", b.name_sv AS "nameSv", b.name_en AS "nameEn",
       ARRAY(SELECT r.region_code::text FROM cooperation_body_region r WHERE r.body_id = b.id
             UNION SELECT m.region_code::text FROM cooperation_body_municipality bm JOIN municipality m ON m.code = bm.municipality_code WHERE bm.body_id = b.id) AS "regionCodes"
     FROM cooperation_body b WHERE b.id = $1 FOR ${mode === "UPDATE" ? "NO KEY UPDATE" : "KEY SHARE"} OF b`, [id]);
  if (!row) throw new NotFoundError(CooperationBody.typeName, globalId);
  return { ...row, regionCodes: [...row.regionCodes].sort() };
}

/** Locks a body (see lockBody) and checks that the viewer may manage every region it reaches: the guard of each write to a body or its parts. */
export async function lockBodyToManage(
  ctx: YhdyspintaContext, em: EntityManager, id: number, globalId = toGlobalId(CooperationBody.typeName, id), mode?: "UPDATE" | "KEY SHARE",
): Promise<BodyFacts> {
  const body = await lockBody(em, id, globalId, mode);
  authorize(ctx, "cooperation:manage", { regionCodes: body.regionCodes });
  return body;
}

/** "Kokous: <body>" in three languages, for the timeline entries of reform events. */
export function bodyTitle(body: Pick<BodyFacts, "nameFi" | "nameSv" | "nameEn">, prefix?: { fi: string; sv: string; en: string }) {
  const name = (n: string | null) => n ?? body.nameFi;
  if (!prefix) return { fi: body.nameFi, sv: name(body.nameSv), en: name(body.nameEn) };
  return { fi: `${prefix.fi}: ${body.nameFi}`, sv: `${prefix.sv}: ${name(body.nameSv)}`, en: `${prefix.en}: ${name(body.nameEn)}` };
}

/** The day a body's timeline entry shows: its term's start, else the day it was recorded. */
async function bodyDay(em: EntityManager, id: number): Promise<string> {
  const [row] = await em.query(`SELECT COALESCE(term_starts_on, (created_at AT TIME ZONE 'UTC')::date)::text AS day FROM cooperation_body WHERE id = $1`, [id]);
  return row.day;
}

function outputTitle(body: BodyFacts, title: string) {
  const names = bodyTitle(body);
  return { fi: `${title} (${names.fi})`, sv: `${title} (${names.sv})`, en: `${title} (${names.en})` };
}

function checkPeriod(startsOn: string | null | undefined, endsOn: string | null | undefined, field: string): void {
  if (startsOn && endsOn && endsOn < startsOn) {
    throw new UserInputError(`${field} must not be before the start`, { field, reason: Reason.ENDS_BEFORE_START });
  }
}

const today = () => new Date().toISOString().slice(0, 10);

/** What `insertCooperationBody` writes: a body of a registered kind with its scope. */
export interface NewCooperationBody {
  kind: string;
  nameFi: string;
  nameSv?: string | null;
  nameEn?: string | null;
  description?: string | null;
  termStartsOn?: string | null;
  termEndsOn?: string | null;
  regionCodes?: readonly string[];
  municipalityCodes?: readonly string[];
  /** Invented demo data (seeds). */
  demo?: boolean;
}

/**
 * Writes a body and its scope links in the caller's transaction, without authorisation or events:
 * for seeds and migrations (a plug-in moving its own rows into core bodies). Requests go through
 * the `createCooperationBody` mutation, which checks the viewer and tells followers.
 */
export async function insertCooperationBody(em: EntityManager, body: NewCooperationBody): Promise<CooperationBody> {
  const metadata = em.connection.getMetadata(CooperationBody);
  const row = Object.assign(new CooperationBody(), await insertRow(em, metadata, {
    kind: body.kind, nameFi: body.nameFi, nameSv: body.nameSv ?? null, nameEn: body.nameEn ?? null, description: body.description ?? null,
    termStartsOn: body.termStartsOn ?? null, termEndsOn: body.termEndsOn ?? null, isDemo: body.demo ?? false,
  }));
  await insertLinkedCodes(em, "cooperation_body_region", "body_id", "region_code", row.dbId, [...(body.regionCodes ?? [])]);
  await insertLinkedCodes(em, "cooperation_body_municipality", "body_id", "municipality_code", row.dbId, [...(body.municipalityCodes ?? [])]);
  return row;
}

export class CooperationBodyService {
  listSpec(ctx: YhdyspintaContext, filter: CooperationBodyFilter | null | undefined, info?: GraphQLResolveInfo, orderBy?: readonly OrderItem[] | null): ListSpec {
    const params = new SqlParams();
    const f = filter ?? {};
    const where = scopeConditions(ctx.reference, f, params, SCOPE);
    if (f.kinds != null) where.push(`t.kind = ANY(${params.add(uniq(f.kinds), "text[]")})`);
    const ordering = listOrdering(params, where, null, orderBy, ORDERS);
    return { from: "cooperation_body t", columns: projectedColumns(ctx.dataSource.getMetadata(CooperationBody), info), filters: where, params, ordering };
  }

  list(ctx: YhdyspintaContext, filter: CooperationBodyFilter | null | undefined, args: PageArgs, info?: GraphQLResolveInfo, orderBy?: readonly OrderItem[] | null): Promise<ConnectionValue<CooperationBody>> {
    return loadConnection(ctx, this.listSpec(ctx, filter, info, orderBy), args, hydrate, info);
  }

  listByParent(
    ctx: YhdyspintaContext, relation: CooperationBodyParent, key: string, filter: CooperationBodyFilter | null | undefined, args: PageArgs,
    info?: GraphQLResolveInfo, orderBy?: readonly OrderItem[] | null,
  ): Promise<ConnectionValue<CooperationBody>> {
    return loadConnectionByParent(ctx, this.listSpec(ctx, filter, info, orderBy), args, hydrate, {
      cacheKey: `CooperationBody.by.${relation}|${JSON.stringify(filter ?? {})}|${JSON.stringify(orderBy ?? [])}`, key, parent: PARENT_CONDITIONS[relation], info,
    });
  }

  regionCodesOf(ctx: YhdyspintaContext, bodyId: number): Promise<string[]> {
    return loadLinkedCodes(ctx, "cooperation_body_region", "body_id", "region_code", bodyId);
  }

  municipalityCodesOf(ctx: YhdyspintaContext, bodyId: number): Promise<string[]> {
    return loadLinkedCodes(ctx, "cooperation_body_municipality", "body_id", "municipality_code", bodyId);
  }

  members(
    ctx: YhdyspintaContext, bodyId: number, args: PageArgs, info?: GraphQLResolveInfo, orderBy?: readonly OrderItem[] | null,
  ): Promise<ConnectionValue<CooperationBodyMember>> {
    const spec = bodyListSpec("cooperation_body_member t", columnsOf(ctx.dataSource.getMetadata(CooperationBodyMember)), [], orderBy, MEMBER_ORDERS);
    return loadConnectionByParent(ctx, spec, args, hydrateMember, {
      cacheKey: `CooperationBodyMember.by.body|${JSON.stringify(orderBy ?? [])}`, key: bodyId, parent: { keyType: "int", condition: "t.body_id = p.key" }, info,
    });
  }

  meetings(
    ctx: YhdyspintaContext, bodyId: number, upcoming: boolean, args: PageArgs, info?: GraphQLResolveInfo, orderBy?: readonly OrderItem[] | null,
  ): Promise<ConnectionValue<CooperationBodyMeeting>> {
    const spec = bodyListSpec("cooperation_body_meeting t", columnsOf(ctx.dataSource.getMetadata(CooperationBodyMeeting)),
      upcoming ? ["t.starts_at >= now()"] : [], orderBy, MEETING_ORDERS);
    return loadConnectionByParent(ctx, spec, args, hydrateMeeting, {
      cacheKey: `CooperationBodyMeeting.by.body|${upcoming}|${JSON.stringify(orderBy ?? [])}`, key: bodyId, parent: { keyType: "int", condition: "t.body_id = p.key" }, info,
    });
  }

  /** The first meeting from now on, batched over all bodies of a request (one statement). */
  nextMeeting(ctx: YhdyspintaContext, bodyId: number): Promise<CooperationBodyMeeting | null> {
    return ctx.loaders
      .get<number, CooperationBodyMeeting | null>("CooperationBody.nextMeeting", async (ids) => {
        const rows: Record<string, unknown>[] = await ctx.db.query(
          `SELECT n.* FROM unnest($1::int[]) AS p(key) CROSS JOIN LATERAL (
             SELECT ${columnsOf(ctx.dataSource.getMetadata(CooperationBodyMeeting))} FROM cooperation_body_meeting t
             WHERE t.body_id = p.key AND t.starts_at >= now() ORDER BY t.starts_at, t.id LIMIT 1) n`, [ids]);
        const byBody = new Map(rows.map((r) => [r.bodyId as number, hydrateMeeting(r)]));
        return ids.map((id) => byBody.get(id) ?? null);
      })
      .load(bodyId);
  }

  outputs(
    ctx: YhdyspintaContext, bodyId: number, args: PageArgs, info?: GraphQLResolveInfo, orderBy?: readonly OrderItem[] | null,
  ): Promise<ConnectionValue<CooperationBodyOutput>> {
    const spec = bodyListSpec("cooperation_body_output t", columnsOf(ctx.dataSource.getMetadata(CooperationBodyOutput)), [], orderBy, OUTPUT_ORDERS);
    return loadConnectionByParent(ctx, spec, args, hydrateOutput, {
      cacheKey: `CooperationBodyOutput.by.body|${JSON.stringify(orderBy ?? [])}`, key: bodyId, parent: { keyType: "int", condition: "t.body_id = p.key" }, info,
    });
  }

  /** The scope of a new or changed body: known, de-duplicated codes, at least one in all; and every region it reaches. */
  private scope(ctx: YhdyspintaContext, regionCodes: readonly string[], municipalityCodes: readonly string[]) {
    const regions = uniq(regionCodes).map((c) => ctx.reference.requireRegion(c, "regionCodes").code);
    const municipalities = uniq(municipalityCodes).map((c) => ctx.reference.requireMunicipality(c, "municipalityCodes").code);
    if (!regions.length && !municipalities.length) {
      throw new UserInputError("Give the body's scope: at least one region or municipality code", { field: "regionCodes", reason: Reason.NO_SCOPE });
    }
    const reached = uniq([...regions, ...municipalities.map((c) => ctx.reference.municipality(c)!.regionCode)]).sort();
    return { regions, municipalities, reached };
  }

  async create(ctx: YhdyspintaContext, input: CreateCooperationBodyInput): Promise<CooperationBody> {
    const kind = requireKnownCode("cooperationBodyKinds", input.kind, "kind");
    const scope = this.scope(ctx, input.regionCodes ?? [], input.municipalityCodes ?? []);
    checkPeriod(input.termStartsOn, input.termEndsOn, "termEndsOn");
    authorize(ctx, "cooperation:manage", { regionCodes: scope.reached });
    return inTransaction(ctx, async (em) => {
      const body = Object.assign(new CooperationBody(), await insertRow(em, ctx.dataSource.getMetadata(CooperationBody), {
        kind, nameFi: input.nameFi, nameSv: input.nameSv ?? null, nameEn: input.nameEn ?? null, description: input.description ?? null,
        termStartsOn: input.termStartsOn ?? null, termEndsOn: input.termEndsOn ?? null,
      }));
      await insertLinkedCodes(em, "cooperation_body_region", "body_id", "region_code", body.dbId, scope.regions);
      await insertLinkedCodes(em, "cooperation_body_municipality", "body_id", "municipality_code", body.dbId, scope.municipalities);
      await emitReformEvent(em, {
        subjectType: CooperationBody.typeName, subjectId: body.dbId, regionCodes: scope.reached, kind: "COOPERATION_BODY",
        title: bodyTitle(body), description: body.description, date: body.termStartsOn ?? body.createdAt.toISOString().slice(0, 10), status: "COMPLETED",
      });
      return body;
    });
  }

  async update(ctx: YhdyspintaContext, globalId: string, input: UpdateCooperationBodyInput): Promise<CooperationBody> {
    const id = parseIntId(globalId, CooperationBody.typeName);
    for (const required of ["kind", "nameFi"] as const) {
      if (input[required] === null) throw new UserInputError(`${required} cannot be cleared`, { field: required, reason: Reason.REQUIRED });
    }
    if (input.kind != null) requireKnownCode("cooperationBodyKinds", input.kind, "kind");
    return inTransaction(ctx, async (em) => {
      const before = await lockBodyToManage(ctx, em, id, globalId, "UPDATE");
      const current = Object.assign(new CooperationBody(), (await em.query(`SELECT ${columnsOf(ctx.dataSource.getMetadata(CooperationBody))} FROM cooperation_body t WHERE t.id = $1`, [id]))[0]);
      let reached = before.regionCodes;
      if (input.regionCodes !== undefined || input.municipalityCodes !== undefined) {
        const scope = this.scope(ctx,
          input.regionCodes ?? await this.linked(em, "cooperation_body_region", "region_code", id),
          input.municipalityCodes ?? await this.linked(em, "cooperation_body_municipality", "municipality_code", id));
        // Moving a body into a region needs rights there too.
        authorize(ctx, "cooperation:manage", { regionCodes: scope.reached });
        await replaceLinkedCodes(em, "cooperation_body_region", "body_id", "region_code", id, scope.regions);
        await replaceLinkedCodes(em, "cooperation_body_municipality", "body_id", "municipality_code", id, scope.municipalities);
        reached = scope.reached;
      }
      const changes: Record<string, unknown> = {};
      for (const key of ["kind", "nameFi", "nameSv", "nameEn", "description", "termStartsOn", "termEndsOn"] as const) {
        if (input[key] !== undefined) changes[key] = input[key];
      }
      const after = { ...current, ...changes } as CooperationBody;
      checkPeriod(after.termStartsOn, after.termEndsOn, "termEndsOn");
      const body = Object.keys(changes).length
        ? Object.assign(new CooperationBody(), await updateRow(em, ctx.dataSource.getMetadata(CooperationBody), { dbId: id }, changes))
        : current;
      await emitReformEvent(em, {
        subjectType: CooperationBody.typeName, subjectId: id, regionCodes: reached, kind: "COOPERATION_BODY",
        title: bodyTitle(body), description: body.description, date: body.termStartsOn ?? body.createdAt.toISOString().slice(0, 10), status: "COMPLETED",
      });
      return body;
    });
  }

  async delete(ctx: YhdyspintaContext, globalId: string): Promise<string> {
    const id = parseIntId(globalId, CooperationBody.typeName);
    await inTransaction(ctx, async (em) => {
      const body = await lockBodyToManage(ctx, em, id, globalId, "UPDATE");
      await em.query(`DELETE FROM cooperation_body WHERE id = $1`, [id]);
      await emitReformEvent(em, {
        subjectType: CooperationBody.typeName, subjectId: id, regionCodes: body.regionCodes, kind: "COOPERATION_BODY",
        title: bodyTitle(body), date: today(), status: "CANCELLED", note: "removed",
      });
    });
    return toGlobalId(CooperationBody.typeName, id);
  }

  private async linked(em: EntityManager, table: string, column: string, id: number): Promise<string[]> {
    const rows: { code: string }[] = await em.query(`SELECT ${column} AS code FROM ${table} WHERE body_id = $1`, [id]);
    return rows.map((r) => r.code);
  }

  async addMember(ctx: YhdyspintaContext, input: AddBodyMemberInput): Promise<CooperationBodyMember> {
    const bodyId = parseIntId(input.bodyId, CooperationBody.typeName, "bodyId");
    const role = requireKnownCode("memberRoles", input.role, "role");
    const personId = input.personId == null ? null : parseIntId(input.personId, Person.typeName, "personId");
    const organisationId = input.organisationId == null ? null : parseIntId(input.organisationId, Organisation.typeName, "organisationId");
    const regionCode = input.regionCode == null ? null : ctx.reference.requireRegion(input.regionCode, "regionCode").code;
    const municipalityCode = input.municipalityCode == null ? null : ctx.reference.requireMunicipality(input.municipalityCode, "municipalityCode").code;
    if ([organisationId, regionCode, municipalityCode].filter((x) => x !== null).length > 1) {
      throw new UserInputError("A member represents at most one of: an organisation, a region, a municipality", { field: "organisationId", reason: Reason.ONE_OF });
    }
    checkPeriod(input.termStartsOn, input.termEndsOn, "termEndsOn");
    return inTransaction(ctx, async (em) => {
      const body = await lockBodyToManage(ctx, em, bodyId, input.bodyId);
      if (organisationId !== null) await requireOrganisation(em, organisationId);
      if (personId !== null) {
        const [person] = await em.query(`SELECT id FROM person WHERE id = $1 FOR KEY SHARE`, [personId]);
        if (!person) throw new UserInputError("The person does not exist", { field: "personId", reason: Reason.UNKNOWN_PERSON });
      }
      const member = Object.assign(new CooperationBodyMember(), await insertRow(em, ctx.dataSource.getMetadata(CooperationBodyMember), {
        bodyId, side: input.side, role, personId, organisationId, regionCode, municipalityCode,
        termStartsOn: input.termStartsOn ?? null, termEndsOn: input.termEndsOn ?? null,
      }));
      await emitReformEvent(em, {
        subjectType: CooperationBody.typeName, subjectId: bodyId, regionCodes: body.regionCodes, kind: "COOPERATION_BODY",
        title: bodyTitle(body), date: await bodyDay(em, bodyId), status: "COMPLETED", note: `member added (${role})`, always: true,
      });
      return member;
    });
  }

  async removeMember(ctx: YhdyspintaContext, globalId: string): Promise<string> {
    const id = parseIntId(globalId, CooperationBodyMember.typeName);
    await inTransaction(ctx, async (em) => {
      const [row] = await em.query(`SELECT body_id AS "bodyId" FROM cooperation_body_member WHERE id = $1 FOR UPDATE`, [id]);
      if (!row) throw new NotFoundError(CooperationBodyMember.typeName, globalId);
      const body = await lockBodyToManage(ctx, em, row.bodyId);
      await em.query(`DELETE FROM cooperation_body_member WHERE id = $1`, [id]);
      await emitReformEvent(em, {
        subjectType: CooperationBody.typeName, subjectId: body.id, regionCodes: body.regionCodes, kind: "COOPERATION_BODY",
        title: bodyTitle(body), date: await bodyDay(em, body.id), status: "COMPLETED", note: "member removed", always: true,
      });
    });
    return toGlobalId(CooperationBodyMember.typeName, id);
  }

  private meetingEvent(em: EntityManager, body: BodyFacts, meeting: CooperationBodyMeeting, removed = false) {
    return emitReformEvent(em, {
      subjectType: CooperationBodyMeeting.typeName, subjectId: meeting.dbId, regionCodes: body.regionCodes, kind: "BODY_MEETING",
      title: bodyTitle(body, { fi: "Kokous", sv: "Möte", en: "Meeting" }),
      description: [meeting.place, meeting.agenda].filter(Boolean).join("\n") || null,
      date: new Date(meeting.startsAt).toISOString().slice(0, 10), status: removed ? "CANCELLED" : undefined,
    });
  }

  async addMeeting(ctx: YhdyspintaContext, input: AddBodyMeetingInput): Promise<CooperationBodyMeeting> {
    const bodyId = parseIntId(input.bodyId, CooperationBody.typeName, "bodyId");
    return inTransaction(ctx, async (em) => {
      const body = await lockBodyToManage(ctx, em, bodyId, input.bodyId);
      const meeting = Object.assign(new CooperationBodyMeeting(), await insertRow(em, ctx.dataSource.getMetadata(CooperationBodyMeeting), {
        bodyId, startsAt: input.startsAt, place: input.place ?? null, agenda: input.agenda ?? null, minutes: input.minutes ?? null,
      }));
      await this.meetingEvent(em, body, meeting);
      return meeting;
    });
  }

  async updateMeeting(ctx: YhdyspintaContext, globalId: string, input: UpdateBodyMeetingInput): Promise<CooperationBodyMeeting> {
    const id = parseIntId(globalId, CooperationBodyMeeting.typeName);
    if (input.startsAt === null) throw new UserInputError("startsAt cannot be cleared", { field: "startsAt", reason: Reason.REQUIRED });
    return inTransaction(ctx, async (em) => {
      const [row] = await em.query(`SELECT body_id AS "bodyId" FROM cooperation_body_meeting WHERE id = $1 FOR UPDATE`, [id]);
      if (!row) throw new NotFoundError(CooperationBodyMeeting.typeName, globalId);
      const body = await lockBodyToManage(ctx, em, row.bodyId);
      const changes: Record<string, unknown> = {};
      for (const key of ["startsAt", "place", "agenda", "minutes"] as const) if (input[key] !== undefined) changes[key] = input[key];
      const meeting = Object.assign(new CooperationBodyMeeting(), Object.keys(changes).length
        ? await updateRow(em, ctx.dataSource.getMetadata(CooperationBodyMeeting), { dbId: id }, changes)
        : (await em.query(`SELECT ${columnsOf(ctx.dataSource.getMetadata(CooperationBodyMeeting))} FROM cooperation_body_meeting t WHERE t.id = $1`, [id]))[0]);
      await this.meetingEvent(em, body, meeting);
      return meeting;
    });
  }

  async deleteMeeting(ctx: YhdyspintaContext, globalId: string): Promise<string> {
    const id = parseIntId(globalId, CooperationBodyMeeting.typeName);
    await inTransaction(ctx, async (em) => {
      const [row] = await em.query(
        `DELETE FROM cooperation_body_meeting t WHERE t.id = $1 RETURNING ${columnsOf(ctx.dataSource.getMetadata(CooperationBodyMeeting))}`, [id]);
      const deleted = Array.isArray(row) ? row[0] : row;
      if (!deleted) throw new NotFoundError(CooperationBodyMeeting.typeName, globalId);
      // Checked after the delete, inside the transaction: a refusal rolls it back.
      const body = await lockBodyToManage(ctx, em, deleted.bodyId);
      await this.meetingEvent(em, body, Object.assign(new CooperationBodyMeeting(), deleted), true);
    });
    return toGlobalId(CooperationBodyMeeting.typeName, id);
  }

  async addOutput(ctx: YhdyspintaContext, input: AddBodyOutputInput): Promise<CooperationBodyOutput> {
    const bodyId = parseIntId(input.bodyId, CooperationBody.typeName, "bodyId");
    const kind = requireKnownCode("outputKinds", input.kind, "kind");
    return inTransaction(ctx, async (em) => {
      const body = await lockBodyToManage(ctx, em, bodyId, input.bodyId);
      const output = Object.assign(new CooperationBodyOutput(), await insertRow(em, ctx.dataSource.getMetadata(CooperationBodyOutput), {
        bodyId, kind, title: input.title, issuedOn: input.issuedOn, description: input.description ?? null,
      }));
      await emitReformEvent(em, {
        subjectType: CooperationBodyOutput.typeName, subjectId: output.dbId, regionCodes: body.regionCodes, kind: "BODY_OUTPUT",
        title: outputTitle(body, output.title),
        description: output.description, date: output.issuedOn,
      });
      return output;
    });
  }

  async deleteOutput(ctx: YhdyspintaContext, globalId: string): Promise<string> {
    const id = parseIntId(globalId, CooperationBodyOutput.typeName);
    await inTransaction(ctx, async (em) => {
      const [row] = await em.query(`SELECT body_id AS "bodyId", title, issued_on::text AS "issuedOn" FROM cooperation_body_output WHERE id = $1 FOR UPDATE`, [id]);
      if (!row) throw new NotFoundError(CooperationBodyOutput.typeName, globalId);
      const body = await lockBodyToManage(ctx, em, row.bodyId);
      await em.query(`DELETE FROM cooperation_body_output WHERE id = $1`, [id]);
      await emitReformEvent(em, {
        subjectType: CooperationBodyOutput.typeName, subjectId: id, regionCodes: body.regionCodes, kind: "BODY_OUTPUT",
        title: outputTitle(body, row.title), date: row.issuedOn, status: "CANCELLED",
      });
    });
    return toGlobalId(CooperationBodyOutput.typeName, id);
  }
}

export const cooperationBodyService = new CooperationBodyService();
