import {
  ConflictError, inTransaction, NotFoundError, Organisation, parseIntId, requireRegionParticipant, requireRegionRole, UserInputError, type YhdyspintaContext, insertRow, columnsOf, hydrator, loadConnectionByParent, SqlParams, type ConnectionArgs,
} from "@yhdyspinta/core";
import { UUSIMAA_REGIONS } from "../regions";
import { CallStatus, UusimaaNomination, UusimaaRepresentativeCall } from "./representative-call.entity";
import type {
  DecideUusimaaRepresentativeCallInput, NominateUusimaaRepresentativeInput, OpenUusimaaRepresentativeCallInput,
} from "./representative-call.inputs";
import { Reason } from "../reasons";

/**
 * The selection of NGO representatives: open call -> nominations by NGOs -> decision -> members and deputies.
 * Opening and deciding are the region's (a coordinator of the call's region, or an admin); a
 * nomination is the nominating NGO's own act, so its editor may make it (and a coordinator may record one).
 */
export class RepresentativeCallService {
  async open(ctx: YhdyspintaContext, input: OpenUusimaaRepresentativeCallInput): Promise<UusimaaRepresentativeCall> {
    ctx.reference.requireRegion(input.regionCode);
    if (!UUSIMAA_REGIONS.includes(input.regionCode)) {
      throw new UserInputError(`Region ${input.regionCode} is not served by the Uusimaa plug-in`, { field: "regionCode", reason: Reason.REGION_NOT_SERVED });
    }
    if (input.closesOn < input.opensOn) throw new UserInputError("closesOn must not be before opensOn", { field: "closesOn", reason: Reason.ENDS_BEFORE_START });
    requireRegionRole(ctx, input.regionCode);
    return inTransaction(ctx, async (em) => {
      const call = Object.assign(new UusimaaRepresentativeCall(), await insertRow(em, ctx.dataSource.getMetadata(UusimaaRepresentativeCall), {
        regionCode: input.regionCode, bodyName: input.bodyName, memberSeats: input.memberSeats,
        opensOn: input.opensOn, closesOn: input.closesOn, status: CallStatus.OPEN, decidedOn: null, decision: null,
      }));
      return call;
    });
  }

  /** Nominations are taken while the call is open, from today's date in the database (opensOn..closesOn inclusive). */
  async nominate(ctx: YhdyspintaContext, input: NominateUusimaaRepresentativeInput): Promise<UusimaaNomination> {
    const callId = parseIntId(input.callId, UusimaaRepresentativeCall.typeName, "callId");
    const organisationId = parseIntId(input.organisationId, Organisation.typeName, "organisationId");
    return inTransaction(ctx, async (em) => {
      const [call] = await em.query(
        `SELECT status, region_code, current_date BETWEEN opens_on AND closes_on AS accepting FROM uusimaa_representative_call WHERE id = $1 FOR SHARE`,
        [callId],
      );
      if (!call) throw new NotFoundError(UusimaaRepresentativeCall.typeName, input.callId);
      requireRegionParticipant(ctx, call.region_code, organisationId);
      if (call.status !== CallStatus.OPEN) throw new ConflictError("The call has been decided", { field: "callId", reason: Reason.CALL_DECIDED });
      if (!call.accepting) throw new ConflictError("The call is not taking nominations today", { field: "callId", reason: Reason.CALL_NOT_OPEN });
      const [org] = await em.query(
        `SELECT EXISTS (SELECT 1 FROM organisation_region r WHERE r.organisation_id = o.id AND r.region_code = $2) AS in_region FROM organisation o WHERE o.id = $1`,
        [organisationId, call.region_code],
      );
      if (!org) throw new UserInputError("The organisation does not exist", { field: "organisationId", reason: Reason.UNKNOWN_ORGANISATION });
      if (!org.in_region) throw new UserInputError("The organisation does not operate in the call's region", { field: "organisationId", reason: Reason.ORGANISATION_OUTSIDE_REGION });
      const nomination = Object.assign(new UusimaaNomination(), await insertRow(em, ctx.dataSource.getMetadata(UusimaaNomination), { callId, nominatingOrganisationId: organisationId, nomineeName: input.nomineeName.trim(), note: input.note ?? null }));
      return nomination;
    });
  }

  /** Records the decision: every chosen member and deputy must be a distinct nomination of this call. */
  async decide(ctx: YhdyspintaContext, input: DecideUusimaaRepresentativeCallInput): Promise<UusimaaRepresentativeCall> {
    const callId = parseIntId(input.callId, UusimaaRepresentativeCall.typeName, "callId");
    const chosen = input.members.map((m, i) => ({
      member: parseIntId(m.nominationId, UusimaaNomination.typeName, `members.${i}.nominationId`),
      deputy: m.deputyNominationId == null ? null : parseIntId(m.deputyNominationId, UusimaaNomination.typeName, `members.${i}.deputyNominationId`),
    }));
    const all = chosen.flatMap((c) => (c.deputy === null ? [c.member] : [c.member, c.deputy]));
    if (new Set(all).size !== all.length) throw new UserInputError("A nomination is chosen twice", { field: "members", reason: Reason.NOMINATION_CHOSEN_TWICE });
    return inTransaction(ctx, async (em) => {
      const [call] = await em.query(`SELECT status, region_code, member_seats, opens_on FROM uusimaa_representative_call WHERE id = $1 FOR UPDATE`, [callId]);
      if (!call) throw new NotFoundError(UusimaaRepresentativeCall.typeName, input.callId);
      requireRegionRole(ctx, call.region_code);
      if (call.status !== CallStatus.OPEN) throw new ConflictError("The call has already been decided", { field: "callId", reason: Reason.CALL_DECIDED });
      if (chosen.length > call.member_seats) {
        throw new UserInputError(`The call has ${call.member_seats} member seats`, { field: "members", reason: Reason.TOO_MANY_MEMBERS });
      }
      if (input.decidedOn < call.opens_on) throw new UserInputError("decidedOn is before the call opened", { field: "decidedOn", reason: Reason.DECIDED_BEFORE_OPEN });
      const rows: { id: number }[] = await em.query(`SELECT id FROM uusimaa_nomination WHERE call_id = $1 AND id = ANY($2::int[])`, [callId, all]);
      if (rows.length !== all.length) throw new UserInputError("A chosen nomination is not a nomination of this call", { field: "members", reason: Reason.NOMINATION_NOT_IN_CALL });
      for (const c of chosen) {
        const [member] = await em.query(`INSERT INTO uusimaa_representative (call_id, nomination_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [callId, c.member]);
        if (c.deputy !== null) {
          await em.query(`INSERT INTO uusimaa_representative (call_id, nomination_id, role, deputy_of_id) VALUES ($1, $2, 'DEPUTY', $3)`, [callId, c.deputy, member.id]);
        }
      }
      await em.query(`UPDATE uusimaa_representative_call SET status = 'DECIDED', decided_on = $2, decision = $3 WHERE id = $1`, [callId, input.decidedOn, input.decision]);
      return (await em.findOneBy(UusimaaRepresentativeCall, { dbId: callId }))!;
    });
  }

  /** A call's nominations in the order they arrived; every call on the page in one statement. */
  nominations(ctx: YhdyspintaContext, callId: number, page: ConnectionArgs) {
    return loadConnectionByParent(
      ctx,
      {
        from: "uusimaa_nomination t", columns: columnsOf(ctx.dataSource.getMetadata(UusimaaNomination)), filters: [], params: new SqlParams(),
        ordering: { name: "uusimaa-nomination", keys: [{ sql: "t.id", type: "int" }] },
      },
      page, hydrator(UusimaaNomination),
      { cacheKey: "UusimaaNomination.by.call", key: callId, parent: { keyType: "int", condition: "t.call_id = p.key" } },
    );
  }
}

export const representativeCallService = new RepresentativeCallService();
