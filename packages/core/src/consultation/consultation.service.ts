import type { GraphQLResolveInfo } from "graphql";
import type { EntityManager } from "typeorm";
import { authorize } from "../auth/policy";
import type { YhdyspintaContext } from "../context/request-context";
import { lockBodyToManage } from "../cooperation-body/cooperation-body.service";
import { CooperationBody } from "../cooperation-body/cooperation-body.entity";
import { Reason } from "../errors/error-reasons";
import { ConflictError, NotFoundError, UserInputError } from "../errors/errors";
import { parseIntId, toGlobalId } from "../graphql/global-id";
import type { ConnectionValue } from "../graphql/graphql-types";
import { uniq } from "../graphql/uniq";
import type { MilestoneStatusValue } from "../milestone/milestone.enums";
import { emitReformEvent } from "../milestone/reform-event";
import { Organisation } from "../organisation/organisation.entity";
import { requireOrganisation } from "../organisation/organisation.service";
import { columnsOf, hydrator, loadConnection, loadConnectionByParent } from "../query/connection-loader";
import { insertLinkedCodes, linkedScope, loadLinkedCodes } from "../query/linked-codes";
import { columnSortKey, listOrdering, textSortKey, type ListOrderingOptions, type OrderItem } from "../query/ordering";
import type { ListSpec, PageArgs } from "../query/pagination";
import { insertRow, updateRow } from "../query/row-writes";
import { SqlParams } from "../query/sql";
import { inTransaction } from "../query/transaction";
import { scopeConditions } from "../region/reference-data.service";
import { Consultation, ConsultationResponse, type ConsultationStatusValue } from "./consultation.entity";
import type { ConsultationFilter, CreateConsultationInput, RespondToConsultationInput, UpdateConsultationInput } from "./consultation.inputs";

/** Days are UTC days on both sides (SQL and JS), so a list filter and a row's status agree. */
const TODAY_SQL = `(now() AT TIME ZONE 'UTC')::date`;
const today = () => new Date().toISOString().slice(0, 10);
const STATUS_SQL = `(CASE WHEN t.set_status IS NOT NULL THEN t.set_status WHEN t.opens_on > ${TODAY_SQL} THEN 'UPCOMING'
  WHEN t.deadline < ${TODAY_SQL} THEN 'CLOSED' ELSE 'OPEN' END)`;

export function consultationStatus(c: Pick<Consultation, "setStatus" | "opensOn" | "deadline">, day = today()): ConsultationStatusValue {
  if (c.setStatus) return c.setStatus;
  if (c.opensOn > day) return "UPCOMING";
  return c.deadline < day ? "CLOSED" : "OPEN";
}

const MILESTONE_STATUS: Record<ConsultationStatusValue, MilestoneStatusValue> = {
  UPCOMING: "PLANNED", OPEN: "IN_PROGRESS", CLOSED: "COMPLETED", CANCELLED: "CANCELLED",
};

const SCOPE = linkedScope("consultation_region", "consultation_municipality", "cm", "consultation_id");
const PARENTS = {
  region: { keyType: "text", condition: SCOPE.regions("p.key") },
  municipality: { keyType: "text", condition: SCOPE.municipalities("p.key") },
  body: { keyType: "int", condition: "t.body_id = p.key" },
} as const;
export type ConsultationParent = keyof typeof PARENTS;

/** What `orderBy` offers; each single key has an index on (key, id) (migration 1736300000000). */
const ORDERS: ListOrderingOptions = {
  fields: {
    DEADLINE: columnSortKey("t.deadline", "date"),
    OPENS_ON: columnSortKey("t.opens_on", "date"),
    SUBJECT: textSortKey("t.subject"),
    CREATED_AT: columnSortKey("t.created_at", "timestamptz"),
    UPDATED_AT: columnSortKey("t.updated_at", "timestamptz"),
  },
  defaultOrder: [{ field: "DEADLINE", direction: "ASC" }],
};
const RESPONSE_ORDERS: ListOrderingOptions = {
  fields: { CREATED_AT: columnSortKey("t.created_at", "timestamptz"), UPDATED_AT: columnSortKey("t.updated_at", "timestamptz") },
  defaultOrder: [{ field: "CREATED_AT", direction: "ASC" }],
};
const hydrate = hydrator(Consultation);
const hydrateResponse = hydrator(ConsultationResponse);

interface ConsultationFacts extends Consultation {
  /** The regions the consultation addresses; when it names only organisations, their regions. */
  regionCodes: string[];
}

async function lockConsultation(em: EntityManager, meta: { columns: { databaseName: string; propertyName: string }[] }, id: number, globalId: string, field?: string): Promise<ConsultationFacts> {
  const [row] = await em.query(
    `SELECT ${columnsOf(meta)}, ARRAY(
        SELECT r.region_code::text FROM consultation_region r WHERE r.consultation_id = t.id
        UNION SELECT m.region_code::text FROM consultation_municipality cm JOIN municipality m ON m.code = cm.municipality_code WHERE cm.consultation_id = t.id) AS "scope",
      ARRAY(SELECT DISTINCT o.region_code::text FROM consultation_invitee i JOIN organisation_region o ON o.organisation_id = i.organisation_id
            WHERE i.consultation_id = t.id) AS "inviteeRegions"
     FROM consultation t WHERE t.id = $1 FOR NO KEY UPDATE OF t`, [id]);
  if (!row) {
    if (field) throw new UserInputError("The consultation does not exist", { field, reason: Reason.INVALID_ID });
    throw new NotFoundError(Consultation.typeName, globalId);
  }
  const { scope, inviteeRegions, ...rest } = row;
  return Object.assign(new Consultation(), rest, { regionCodes: [...(scope.length ? scope : inviteeRegions)].sort() }) as ConsultationFacts;
}

export class ConsultationService {
  spec(ctx: YhdyspintaContext, filter: ConsultationFilter | null | undefined, orderBy?: readonly OrderItem[] | null): ListSpec {
    const params = new SqlParams();
    const f = filter ?? {};
    const where = scopeConditions(ctx.reference, f, params, SCOPE);
    if (f.statuses != null) where.push(`${STATUS_SQL} = ANY(${params.add(uniq(f.statuses), "text[]")})`);
    if (f.bodyId != null) where.push(`t.body_id = ${params.add(parseIntId(f.bodyId, CooperationBody.typeName, "filter.bodyId"), "int")}`);
    const ordering = listOrdering(params, where, null, orderBy, ORDERS);
    return { from: "consultation t", columns: columnsOf(ctx.dataSource.getMetadata(Consultation)), filters: where, params, ordering };
  }

  list(
    ctx: YhdyspintaContext, filter: ConsultationFilter | null | undefined, args: PageArgs, info?: GraphQLResolveInfo, orderBy?: readonly OrderItem[] | null,
  ): Promise<ConnectionValue<Consultation>> {
    return loadConnection(ctx, this.spec(ctx, filter, orderBy), args, hydrate, info);
  }

  listByParent(
    ctx: YhdyspintaContext, relation: ConsultationParent, key: string | number, filter: ConsultationFilter | null | undefined, args: PageArgs, info?: GraphQLResolveInfo,
    orderBy?: readonly OrderItem[] | null,
  ): Promise<ConnectionValue<Consultation>> {
    return loadConnectionByParent(ctx, this.spec(ctx, filter, orderBy), args, hydrate, {
      cacheKey: `Consultation.by.${relation}|${JSON.stringify(filter ?? {})}|${JSON.stringify(orderBy ?? [])}`, key, parent: PARENTS[relation], info,
    });
  }

  responses(
    ctx: YhdyspintaContext, consultationId: number, args: PageArgs, info?: GraphQLResolveInfo, orderBy?: readonly OrderItem[] | null,
  ): Promise<ConnectionValue<ConsultationResponse>> {
    const params = new SqlParams();
    const spec: ListSpec = {
      from: "consultation_response t", columns: columnsOf(ctx.dataSource.getMetadata(ConsultationResponse)), filters: [], params,
      ordering: listOrdering(params, [], null, orderBy, RESPONSE_ORDERS),
    };
    return loadConnectionByParent(ctx, spec, args, hydrateResponse, {
      cacheKey: `ConsultationResponse.by.consultation|${JSON.stringify(orderBy ?? [])}`, key: consultationId, parent: { keyType: "int", condition: "t.consultation_id = p.key" }, info,
    });
  }

  regionCodesOf(ctx: YhdyspintaContext, id: number) {
    return loadLinkedCodes(ctx, "consultation_region", "consultation_id", "region_code", id);
  }

  municipalityCodesOf(ctx: YhdyspintaContext, id: number) {
    return loadLinkedCodes(ctx, "consultation_municipality", "consultation_id", "municipality_code", id);
  }

  invitedOrganisationIds(ctx: YhdyspintaContext, id: number): Promise<number[]> {
    return ctx.loaders
      .get<number, number[]>("Consultation.invitees", async (ids) => {
        const rows: { id: number; org: number }[] = await ctx.db.query(
          `SELECT consultation_id AS id, organisation_id AS org FROM consultation_invitee WHERE consultation_id = ANY($1::int[]) ORDER BY organisation_id`, [ids]);
        return ids.map((i) => rows.filter((r) => r.id === i).map((r) => r.org));
      })
      .load(id);
  }

  private event(em: EntityManager, c: ConsultationFacts | (Consultation & { regionCodes: string[] })) {
    return emitReformEvent(em, {
      subjectType: Consultation.typeName, subjectId: c.dbId, regionCodes: c.regionCodes, kind: "CONSULTATION",
      title: { fi: `Lausuntokierros: ${c.subject}`, sv: `Remiss: ${c.subject}`, en: `Consultation: ${c.subject}` },
      description: c.description, date: c.deadline, status: MILESTONE_STATUS[consultationStatus(c)],
    });
  }

  async create(ctx: YhdyspintaContext, input: CreateConsultationInput): Promise<Consultation> {
    const regions = uniq(input.regionCodes ?? []).map((c) => ctx.reference.requireRegion(c, "regionCodes").code);
    const municipalities = uniq(input.municipalityCodes ?? []).map((c) => ctx.reference.requireMunicipality(c, "municipalityCodes").code);
    const invited = uniq((input.invitedOrganisationIds ?? []).map((id) => parseIntId(id, Organisation.typeName, "invitedOrganisationIds")));
    if (!regions.length && !municipalities.length && !invited.length) {
      throw new UserInputError("Say who is asked: regionCodes, municipalityCodes or invitedOrganisationIds", { field: "regionCodes", reason: Reason.NO_SCOPE });
    }
    const opensOn = input.opensOn ?? today();
    if (input.deadline < opensOn) throw new UserInputError("deadline must not be before opensOn", { field: "deadline", reason: Reason.ENDS_BEFORE_START });
    const bodyId = input.bodyId == null ? null : parseIntId(input.bodyId, CooperationBody.typeName, "bodyId");
    return inTransaction(ctx, async (em) => {
      const orgRegions: string[] = [];
      if (invited.length) {
        const found: { id: number }[] = await em.query(`SELECT id FROM organisation WHERE id = ANY($1::int[]) FOR KEY SHARE`, [invited]);
        if (found.length !== invited.length) {
          throw new UserInputError("An invited organisation does not exist", { field: "invitedOrganisationIds", reason: Reason.UNKNOWN_ORGANISATION });
        }
      }
      if (!regions.length && !municipalities.length) {
        const rows: { code: string }[] = await em.query(`SELECT DISTINCT region_code::text AS code FROM organisation_region WHERE organisation_id = ANY($1::int[])`, [invited]);
        orgRegions.push(...rows.map((r) => r.code));
      }
      const reached = uniq([...regions, ...municipalities.map((c) => ctx.reference.municipality(c)!.regionCode), ...orgRegions]).sort();
      authorize(ctx, "cooperation:manage", { regionCodes: reached });
      if (bodyId !== null) {
        await lockBodyToManage(ctx, em, bodyId, input.bodyId!);
      }
      const c = Object.assign(new Consultation(), await insertRow(em, ctx.dataSource.getMetadata(Consultation), {
        subject: input.subject, description: input.description ?? null, opensOn, deadline: input.deadline, bodyId,
      }));
      await insertLinkedCodes(em, "consultation_region", "consultation_id", "region_code", c.dbId, regions);
      await insertLinkedCodes(em, "consultation_municipality", "consultation_id", "municipality_code", c.dbId, municipalities);
      if (invited.length) {
        await em.query(`INSERT INTO consultation_invitee (consultation_id, organisation_id) SELECT $1, unnest($2::int[])`, [c.dbId, invited]);
      }
      await this.event(em, Object.assign(c, { regionCodes: reached }));
      return c;
    });
  }

  async update(ctx: YhdyspintaContext, globalId: string, input: UpdateConsultationInput): Promise<Consultation> {
    const id = parseIntId(globalId, Consultation.typeName);
    for (const required of ["subject", "deadline", "opensOn"] as const) {
      if (input[required] === null) throw new UserInputError(`${required} cannot be cleared`, { field: required, reason: Reason.REQUIRED });
    }
    const meta = ctx.dataSource.getMetadata(Consultation);
    return inTransaction(ctx, async (em) => {
      const current = await lockConsultation(em, meta, id, globalId);
      authorize(ctx, "cooperation:manage", { regionCodes: current.regionCodes });
      const changes: Record<string, unknown> = {};
      for (const key of ["subject", "description", "opensOn", "deadline"] as const) if (input[key] !== undefined) changes[key] = input[key];
      const after = { ...current, ...changes };
      if (after.deadline < after.opensOn) throw new UserInputError("deadline must not be before opensOn", { field: "deadline", reason: Reason.ENDS_BEFORE_START });
      const c = Object.keys(changes).length ? Object.assign(new Consultation(), await updateRow(em, meta, { dbId: id }, changes)) : current;
      await this.event(em, Object.assign(c, { regionCodes: current.regionCodes }));
      return c;
    });
  }

  /** CLOSED or CANCELLED set the status; OPEN or UPCOMING clear a set status (the dates decide again). */
  async setStatus(ctx: YhdyspintaContext, globalId: string, status: ConsultationStatusValue): Promise<Consultation> {
    const id = parseIntId(globalId, Consultation.typeName);
    const meta = ctx.dataSource.getMetadata(Consultation);
    return inTransaction(ctx, async (em) => {
      const current = await lockConsultation(em, meta, id, globalId);
      authorize(ctx, "cooperation:manage", { regionCodes: current.regionCodes });
      const setStatus = status === "CLOSED" || status === "CANCELLED" ? status : null;
      if (current.setStatus === setStatus) throw new UserInputError(`The consultation's status is already set so`, { field: "status", reason: Reason.STATUS_UNCHANGED });
      const c = Object.assign(new Consultation(), await updateRow(em, meta, { dbId: id }, { setStatus }));
      await this.event(em, Object.assign(c, { regionCodes: current.regionCodes }));
      return c;
    });
  }

  async delete(ctx: YhdyspintaContext, globalId: string): Promise<string> {
    const id = parseIntId(globalId, Consultation.typeName);
    const meta = ctx.dataSource.getMetadata(Consultation);
    await inTransaction(ctx, async (em) => {
      const current = await lockConsultation(em, meta, id, globalId);
      authorize(ctx, "cooperation:manage", { regionCodes: current.regionCodes });
      await em.query(`DELETE FROM consultation WHERE id = $1`, [id]);
      await this.event(em, Object.assign(current, { setStatus: "CANCELLED" as const }));
    });
    return toGlobalId(Consultation.typeName, id);
  }

  async respond(ctx: YhdyspintaContext, input: RespondToConsultationInput): Promise<ConsultationResponse> {
    const id = parseIntId(input.consultationId, Consultation.typeName, "consultationId");
    const organisationId = parseIntId(input.organisationId, Organisation.typeName, "organisationId");
    const meta = ctx.dataSource.getMetadata(Consultation);
    return inTransaction(ctx, async (em) => {
      const c = await lockConsultation(em, meta, id, input.consultationId, "consultationId");
      authorize(ctx, "cooperation:participate", { regionCodes: c.regionCodes, organisationId });
      await requireOrganisation(em, organisationId);
      const status = consultationStatus(c);
      if (status !== "OPEN") throw new ConflictError(`The consultation is ${status}, not open`, { field: "consultationId", reason: Reason.CONSULTATION_NOT_OPEN });
      const [asked] = await em.query(
        `SELECT EXISTS (SELECT 1 FROM consultation_invitee WHERE consultation_id = $1 AND organisation_id = $2)
             OR EXISTS (SELECT 1 FROM organisation_region WHERE organisation_id = $2 AND region_code = ANY($3::text[])
                        AND (EXISTS (SELECT 1 FROM consultation_region WHERE consultation_id = $1)
                             OR EXISTS (SELECT 1 FROM consultation_municipality WHERE consultation_id = $1))) AS asked`,
        [id, organisationId, c.regionCodes]);
      if (!asked.asked) {
        throw new UserInputError("The organisation is not among those asked (invited, or operating in the consultation's regions)", { field: "organisationId", reason: Reason.NOT_INVITED });
      }
      const rmeta = ctx.dataSource.getMetadata(ConsultationResponse);
      const [row] = await em.query(
        `INSERT INTO consultation_response AS t (consultation_id, organisation_id, statement) VALUES ($1, $2, $3)
         ON CONFLICT (consultation_id, organisation_id) DO UPDATE SET statement = EXCLUDED.statement, updated_at = now()
         RETURNING ${columnsOf(rmeta)}`, [id, organisationId, input.statement]);
      return Object.assign(new ConsultationResponse(), row);
    });
  }
}

export const consultationService = new ConsultationService();
