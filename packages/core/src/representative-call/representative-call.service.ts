import type { GraphQLResolveInfo } from "graphql";
import type { EntityManager } from "typeorm";
import { authorize } from "../auth/policy";
import type { YhdyspintaContext } from "../context/request-context";
import { CooperationBody } from "../cooperation-body/cooperation-body.entity";
import { bodyTitle, lockBody, lockBodyToManage, type BodyFacts } from "../cooperation-body/cooperation-body.service";
import { Reason } from "../errors/error-reasons";
import { ConflictError, UserInputError } from "../errors/errors";
import { parseIntId, toGlobalId } from "../graphql/global-id";
import type { ConnectionValue } from "../graphql/graphql-types";
import { uniq } from "../graphql/uniq";
import { emitReformEvent } from "../milestone/reform-event";
import { Organisation } from "../organisation/organisation.entity";
import { requireOrganisationInRegions } from "../organisation/organisation.service";
import { columnsOf, hydrator, loadConnectionByParent } from "../query/connection-loader";
import { columnSortKey, listOrdering, type ListOrderingOptions, type OrderItem } from "../query/ordering";
import type { ListSpec, PageArgs } from "../query/pagination";
import { insertRow } from "../query/row-writes";
import { SqlParams } from "../query/sql";
import { inTransaction } from "../query/transaction";
import { RepresentativeCall, RepresentativeNomination } from "./representative-call.entity";
import type { DecideRepresentativeCallInput, NominateRepresentativeInput, OpenRepresentativeCallInput } from "./representative-call.inputs";

const hydrateNomination = hydrator(RepresentativeNomination);
const NOMINATION_ORDERS: ListOrderingOptions = {
  fields: { CREATED_AT: columnSortKey("t.created_at", "timestamptz"), UPDATED_AT: columnSortKey("t.updated_at", "timestamptz") },
  defaultOrder: [{ field: "CREATED_AT", direction: "ASC" }],
};
const today = () => new Date().toISOString().slice(0, 10);

async function lockCall(em: EntityManager, ctx: YhdyspintaContext, id: number, globalId: string): Promise<{ call: RepresentativeCall; body: BodyFacts }> {
  const [row] = await em.query(
    `SELECT ${columnsOf(ctx.dataSource.getMetadata(RepresentativeCall))} FROM representative_call t WHERE t.id = $1 FOR NO KEY UPDATE`, [id]);
  if (!row) throw new UserInputError("The representative call does not exist", { field: "callId", reason: Reason.INVALID_ID });
  const call = Object.assign(new RepresentativeCall(), row);
  return { call, body: await lockBody(em, call.bodyId, toGlobalId(CooperationBody.typeName, call.bodyId)) };
}

export class RepresentativeCallService {
  nominations(
    ctx: YhdyspintaContext, callId: number, args: PageArgs, info?: GraphQLResolveInfo, orderBy?: readonly OrderItem[] | null,
  ): Promise<ConnectionValue<RepresentativeNomination>> {
    const params = new SqlParams();
    const spec: ListSpec = {
      from: "representative_nomination t", columns: columnsOf(ctx.dataSource.getMetadata(RepresentativeNomination)), filters: [], params,
      ordering: listOrdering(params, [], null, orderBy, NOMINATION_ORDERS),
    };
    return loadConnectionByParent(ctx, spec, args, hydrateNomination, {
      cacheKey: `RepresentativeNomination.by.call|${JSON.stringify(orderBy ?? [])}`, key: callId, parent: { keyType: "int", condition: "t.call_id = p.key" }, info,
    });
  }

  private event(em: EntityManager, body: BodyFacts, call: RepresentativeCall) {
    const decided = call.decidedAt !== null;
    return emitReformEvent(em, {
      subjectType: RepresentativeCall.typeName, subjectId: call.dbId, regionCodes: body.regionCodes, kind: "REPRESENTATIVE_CALL",
      title: decided
        ? bodyTitle(body, { fi: "Edustajat valittu", sv: "Representanter valda", en: "Representatives chosen" })
        : bodyTitle(body, { fi: "Edustajahaku", sv: "Ansökan om representanter", en: "Call for representatives" }),
      description: call.description, date: decided ? new Date(call.decidedAt!).toISOString().slice(0, 10) : call.deadline,
      status: decided ? "COMPLETED" : "IN_PROGRESS",
    });
  }

  async open(ctx: YhdyspintaContext, input: OpenRepresentativeCallInput): Promise<RepresentativeCall> {
    const bodyId = parseIntId(input.bodyId, CooperationBody.typeName, "bodyId");
    return inTransaction(ctx, async (em) => {
      const body = await lockBodyToManage(ctx, em, bodyId, input.bodyId);
      const call = Object.assign(new RepresentativeCall(), await insertRow(em, ctx.dataSource.getMetadata(RepresentativeCall), {
        bodyId, seats: input.seats, deadline: input.deadline, description: input.description ?? null,
      }));
      await this.event(em, body, call);
      return call;
    });
  }

  async nominate(ctx: YhdyspintaContext, input: NominateRepresentativeInput): Promise<RepresentativeNomination> {
    const callId = parseIntId(input.callId, RepresentativeCall.typeName, "callId");
    const organisationId = parseIntId(input.organisationId, Organisation.typeName, "organisationId");
    if (input.deputyEmail && !input.deputyName) throw new UserInputError("deputyEmail needs deputyName", { field: "deputyName", reason: Reason.REQUIRED });
    return inTransaction(ctx, async (em) => {
      const { call, body } = await lockCall(em, ctx, callId, input.callId);
      authorize(ctx, "cooperation:participate", { regionCodes: body.regionCodes, organisationId });
      await requireOrganisationInRegions(em, organisationId, body.regionCodes);
      if (call.decidedAt !== null) throw new ConflictError("The call has been decided", { field: "callId", reason: Reason.CALL_DECIDED });
      if (call.deadline < today()) throw new ConflictError("The call's deadline has passed", { field: "callId", reason: Reason.CALL_CLOSED });
      const [row] = await em.query(
        `INSERT INTO representative_nomination AS t (call_id, organisation_id, member_name, member_email, deputy_name, deputy_email, motivation)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (call_id, organisation_id) DO UPDATE SET member_name = EXCLUDED.member_name, member_email = EXCLUDED.member_email,
           deputy_name = EXCLUDED.deputy_name, deputy_email = EXCLUDED.deputy_email, motivation = EXCLUDED.motivation, updated_at = now()
         RETURNING ${columnsOf(ctx.dataSource.getMetadata(RepresentativeNomination))}`,
        [callId, organisationId, input.memberName, input.memberEmail ?? null, input.deputyName ?? null, input.deputyEmail ?? null, input.motivation ?? null]);
      return Object.assign(new RepresentativeNomination(), row);
    });
  }

  /**
   * Marks the chosen nominations, records each candidate as a person (kept by the body's first
   * region) and seats them: the member as MEMBER, the deputy as DEPUTY, both for the organisation.
   */
  async decide(ctx: YhdyspintaContext, input: DecideRepresentativeCallInput): Promise<RepresentativeCall> {
    const callId = parseIntId(input.callId, RepresentativeCall.typeName, "callId");
    const chosen = uniq(input.chosenNominationIds.map((id) => parseIntId(id, RepresentativeNomination.typeName, "chosenNominationIds")));
    if (input.termStartsOn && input.termEndsOn && input.termEndsOn < input.termStartsOn) {
      throw new UserInputError("termEndsOn must not be before termStartsOn", { field: "termEndsOn", reason: Reason.ENDS_BEFORE_START });
    }
    return inTransaction(ctx, async (em) => {
      const { call, body } = await lockCall(em, ctx, callId, input.callId);
      authorize(ctx, "cooperation:manage", { regionCodes: body.regionCodes });
      if (call.decidedAt !== null) throw new ConflictError("The call has been decided", { field: "callId", reason: Reason.CALL_DECIDED });
      if (chosen.length > call.seats) {
        throw new UserInputError(`At most ${call.seats} nominations can be chosen`, { field: "chosenNominationIds", reason: Reason.TOO_MANY_CHOSEN });
      }
      const nominations: RepresentativeNomination[] = (await em.query(
        `SELECT ${columnsOf(ctx.dataSource.getMetadata(RepresentativeNomination))} FROM representative_nomination t WHERE t.id = ANY($1::int[]) FOR UPDATE`, [chosen]));
      if (nominations.length !== chosen.length || nominations.some((n) => n.callId !== callId)) {
        throw new UserInputError("Every chosen nomination must belong to this call", { field: "chosenNominationIds", reason: Reason.NOMINATION_OF_OTHER_CALL });
      }
      const keeper = body.regionCodes[0]!;
      const term = { termStartsOn: input.termStartsOn ?? null, termEndsOn: input.termEndsOn ?? null };
      for (const n of nominations) {
        const seats: [string, string | null, string | null][] = [["MEMBER", n.memberName, n.memberEmail]];
        if (n.deputyName) seats.push(["DEPUTY", n.deputyName, n.deputyEmail]);
        for (const [role, name, email] of seats) {
          await em.query(
            `WITH p AS (INSERT INTO person (name, email, organisation_id, region_code) VALUES ($1, $2, $3, $4) RETURNING id)
             INSERT INTO cooperation_body_member (body_id, side, role, person_id, organisation_id, term_starts_on, term_ends_on)
             SELECT $5, 'NGO', $6, p.id, $3, $7, $8 FROM p`,
            [name, email, n.organisationId, keeper, body.id, role, term.termStartsOn, term.termEndsOn]);
        }
      }
      await em.query(`UPDATE representative_nomination SET chosen = (id = ANY($2::int[])), updated_at = now() WHERE call_id = $1`, [callId, chosen]);
      const [row] = await em.query(
        `UPDATE representative_call t SET decided_at = now(), updated_at = now() WHERE t.id = $1 RETURNING ${columnsOf(ctx.dataSource.getMetadata(RepresentativeCall))}`, [callId]);
      const decided = Object.assign(new RepresentativeCall(), Array.isArray(row) ? row[0] : row);
      await this.event(em, body, decided);
      return decided;
    });
  }
}

export const representativeCallService = new RepresentativeCallService();
