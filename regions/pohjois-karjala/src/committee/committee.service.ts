import {
  ConflictError, inTransaction, NotFoundError, Organisation, parseIntId, requireRegionRole, type YhdyspintaContext, requireOrganisation, insertRow, columnsOf, hydrator, loadConnectionByParent, SqlParams, type ConnectionArgs,
} from "@yhdyspinta/core";
import { PohjoisKarjalaCommittee, PohjoisKarjalaCommitteeMember, PohjoisKarjalaCommitteeTerm, PohjoisKarjalaStatement } from "./committee.entity";
import { Reason } from "../reasons";
import type { AddPohjoisKarjalaCommitteeMemberInput, GivePohjoisKarjalaStatementInput } from "./committee.inputs";

/** The writes of this feature: its SQL (the resolvers call these). */
export class CommitteeService {
  givePohjoisKarjalaStatement(ctx: YhdyspintaContext, input: GivePohjoisKarjalaStatementInput): Promise<PohjoisKarjalaStatement> {
    const committeeId = parseIntId(input.committeeId, PohjoisKarjalaCommittee.typeName, "committeeId");
    return inTransaction(ctx, async (em) => {
      const [committee] = await em.query(`SELECT region_code FROM pohjois_karjala_committee WHERE id = $1 FOR KEY SHARE`, [committeeId]);
      if (!committee) throw new NotFoundError(PohjoisKarjalaCommittee.typeName, input.committeeId);
      requireRegionRole(ctx, committee.region_code);
      const statement = Object.assign(new PohjoisKarjalaStatement(), await insertRow(em, ctx.dataSource.getMetadata(PohjoisKarjalaStatement), { committeeId, subject: input.subject, addressedTo: input.addressedTo, givenOn: input.givenOn, body: input.body }));
      return statement;
    });
  }

  addPohjoisKarjalaCommitteeMember(ctx: YhdyspintaContext, input: AddPohjoisKarjalaCommitteeMemberInput): Promise<PohjoisKarjalaCommitteeMember> {
    const termId = parseIntId(input.termId, PohjoisKarjalaCommitteeTerm.typeName, "termId");
    const organisationId = parseIntId(input.organisationId, Organisation.typeName, "organisationId");
    return inTransaction(ctx, async (em) => {
      const [term] = await em.query(
        `SELECT c.region_code FROM pohjois_karjala_committee_term t JOIN pohjois_karjala_committee c ON c.id = t.committee_id WHERE t.id = $1 FOR UPDATE OF t`,
        [termId],
      );
      if (!term) throw new NotFoundError(PohjoisKarjalaCommitteeTerm.typeName, input.termId);
      // Members are appointed for the committee (by the region), not joined by organisations themselves.
      requireRegionRole(ctx, term.region_code);
      await requireOrganisation(em, organisationId);
      const [existing] = await em.query(`SELECT role, organisation_id FROM pohjois_karjala_committee_member WHERE term_id = $1 AND (organisation_id = $2 OR (role = $3 AND role <> 'MEMBER'))`, [termId, organisationId, input.role]);
      if (existing?.organisation_id === organisationId) throw new ConflictError("The organisation is already a member for this term", { field: "organisationId", reason: Reason.ALREADY_MEMBER });
      if (existing) throw new ConflictError(`The term already has a ${input.role}`, { field: "role", reason: Reason.ROLE_TAKEN });
      const member = Object.assign(new PohjoisKarjalaCommitteeMember(), await insertRow(em, ctx.dataSource.getMetadata(PohjoisKarjalaCommitteeMember), { termId, organisationId, role: input.role, memberName: input.memberName, deputyName: input.deputyName ?? null }));
      return member;
    });
  }

  /** The committee's statements, the earliest first; every committee on the page in one statement. */
  statements(ctx: YhdyspintaContext, committeeId: number, page: ConnectionArgs) {
    return loadConnectionByParent(
      ctx,
      {
        from: "pohjois_karjala_statement t", columns: columnsOf(ctx.dataSource.getMetadata(PohjoisKarjalaStatement)), filters: [], params: new SqlParams(),
        ordering: { name: "pk-statement", keys: [{ sql: "t.given_on", type: "date" }, { sql: "t.id", type: "int" }] },
      },
      page, hydrator(PohjoisKarjalaStatement),
      { cacheKey: "PohjoisKarjalaStatement.by.committee", key: committeeId, parent: { keyType: "int", condition: "t.committee_id = p.key" } },
    );
  }
}

export const committees = new CommitteeService();
