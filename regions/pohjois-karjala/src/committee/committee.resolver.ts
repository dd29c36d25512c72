import {
  columnsOf, ConflictError, ConnectionArgs, hydrator, inTransaction, loadConnectionByParent, loadEntitiesByKey, loadEntityById, NotFoundError,
  Organisation, organisationService, parseIntId, requireRegionRole, Role, SqlParams, UserInputError, WellbeingRegion, type YhdyspintaContext,
  requireOrganisation, insertRow,
} from "@yhdyspinta/core";
import { IsOptional, Length, MaxLength } from "class-validator";
import { LocalDateResolver } from "graphql-scalars";
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from "type-graphql";
import { POHJOIS_KARJALA } from "../region";
import {
  CommitteeRole, PohjoisKarjalaCommittee, PohjoisKarjalaCommitteeMember, PohjoisKarjalaCommitteeTerm, PohjoisKarjalaStatement,
  PohjoisKarjalaStatementConnection,
} from "./committee.entity";
import { Reason } from "../reasons";

@InputType()
export class AddPohjoisKarjalaCommitteeMemberInput {
  @Field(() => ID)
  @MaxLength(200)
  termId: string;

  @Field(() => ID)
  @MaxLength(200)
  organisationId: string;

  @Field(() => CommitteeRole, { defaultValue: CommitteeRole.MEMBER })
  role: CommitteeRole;

  @Field()
  @Length(1, 200)
  memberName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  deputyName?: string | null;
}

@InputType()
export class GivePohjoisKarjalaStatementInput {
  @Field(() => ID)
  @MaxLength(200)
  committeeId: string;

  @Field()
  @Length(1, 300)
  subject: string;

  @Field()
  @Length(1, 300)
  addressedTo: string;

  @Field(() => LocalDateResolver)
  givenOn: string;

  @Field()
  @Length(1, 20000)
  body: string;
}

const committeeOf = async (ctx: YhdyspintaContext, regionCode: string) => (await loadEntitiesByKey(ctx, PohjoisKarjalaCommittee, "region_code", regionCode))[0] ?? null;

@Resolver(() => PohjoisKarjalaCommittee)
export class PohjoisKarjalaCommitteeResolver {
  @Query(() => PohjoisKarjalaCommittee, { nullable: true, description: "Pohjois-Karjala: the NGO consultative committee (järjestöneuvottelukunta)." })
  pohjoisKarjalaCommittee(@Ctx() ctx: YhdyspintaContext): Promise<PohjoisKarjalaCommittee | null> {
    return committeeOf(ctx, POHJOIS_KARJALA);
  }

  @FieldResolver(() => WellbeingRegion)
  region(@Root() c: PohjoisKarjalaCommittee, @Ctx() ctx: YhdyspintaContext): WellbeingRegion {
    return ctx.reference.region(c.regionCode)!;
  }

  @FieldResolver(() => [PohjoisKarjalaCommitteeTerm], { description: "Terms, the latest first." })
  terms(@Root() c: PohjoisKarjalaCommittee, @Ctx() ctx: YhdyspintaContext): Promise<PohjoisKarjalaCommitteeTerm[]> {
    return loadEntitiesByKey(ctx, PohjoisKarjalaCommitteeTerm, "committee_id", c.dbId, "t.starts_on DESC, t.id");
  }

  @FieldResolver(() => PohjoisKarjalaStatementConnection, { description: "Statements, the earliest first." })
  statements(@Root() c: PohjoisKarjalaCommittee, @Ctx() ctx: YhdyspintaContext, @Args() page: ConnectionArgs) {
    return loadConnectionByParent(
      ctx,
      {
        from: "pohjois_karjala_statement t", columns: columnsOf(ctx.dataSource.getMetadata(PohjoisKarjalaStatement)), filters: [], params: new SqlParams(),
        ordering: { name: "pk-statement", keys: [{ sql: "t.given_on", type: "date" }, { sql: "t.id", type: "int" }] },
      },
      page, hydrator(PohjoisKarjalaStatement),
      { cacheKey: "PohjoisKarjalaStatement.by.committee", key: c.dbId, parent: { keyType: "int", condition: "t.committee_id = p.key" } },
    );
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => PohjoisKarjalaStatement, { description: "Pohjois-Karjala: records a statement (lausunto) of the committee." })
  givePohjoisKarjalaStatement(@Ctx() ctx: YhdyspintaContext, @Arg("input", () => GivePohjoisKarjalaStatementInput) input: GivePohjoisKarjalaStatementInput): Promise<PohjoisKarjalaStatement> {
    const committeeId = parseIntId(input.committeeId, PohjoisKarjalaCommittee.typeName, "committeeId");
    return inTransaction(ctx, async (em) => {
      const [committee] = await em.query(`SELECT region_code FROM pohjois_karjala_committee WHERE id = $1 FOR KEY SHARE`, [committeeId]);
      if (!committee) throw new NotFoundError(PohjoisKarjalaCommittee.typeName, input.committeeId);
      requireRegionRole(ctx, committee.region_code);
      const statement = Object.assign(new PohjoisKarjalaStatement(), await insertRow(em, ctx.dataSource.getMetadata(PohjoisKarjalaStatement), { committeeId, subject: input.subject, addressedTo: input.addressedTo, givenOn: input.givenOn, body: input.body }));
      return statement;
    });
  }
}

@Resolver(() => PohjoisKarjalaCommitteeTerm)
export class PohjoisKarjalaCommitteeTermResolver {
  @FieldResolver(() => [PohjoisKarjalaCommitteeMember], { description: "Chair, vice-chair, then members." })
  members(@Root() term: PohjoisKarjalaCommitteeTerm, @Ctx() ctx: YhdyspintaContext): Promise<PohjoisKarjalaCommitteeMember[]> {
    return loadEntitiesByKey(ctx, PohjoisKarjalaCommitteeMember, "term_id", term.dbId, "array_position(ARRAY['CHAIR','VICE_CHAIR','MEMBER'], t.role), t.id");
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => PohjoisKarjalaCommitteeMember, { description: "Pohjois-Karjala: adds a member organisation for a term; one chair and one vice-chair per term." })
  addPohjoisKarjalaCommitteeMember(@Ctx() ctx: YhdyspintaContext, @Arg("input", () => AddPohjoisKarjalaCommitteeMemberInput) input: AddPohjoisKarjalaCommitteeMemberInput): Promise<PohjoisKarjalaCommitteeMember> {
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
}

@Resolver(() => PohjoisKarjalaCommitteeMember)
export class PohjoisKarjalaCommitteeMemberResolver {
  @FieldResolver(() => Organisation)
  async organisation(@Root() m: PohjoisKarjalaCommitteeMember, @Ctx() ctx: YhdyspintaContext): Promise<Organisation> {
    return (await organisationService.findById(ctx, m.organisationId))!;
  }

  @FieldResolver(() => PohjoisKarjalaCommitteeTerm)
  async term(@Root() m: PohjoisKarjalaCommitteeMember, @Ctx() ctx: YhdyspintaContext): Promise<PohjoisKarjalaCommitteeTerm> {
    return (await loadEntityById(ctx, PohjoisKarjalaCommitteeTerm, m.termId))!;
  }
}

/** Adds `WellbeingRegion.pohjoisKarjalaCommittee`. */
@Resolver(() => WellbeingRegion)
export class RegionPohjoisKarjalaCommitteeResolver {
  @FieldResolver(() => PohjoisKarjalaCommittee, { nullable: true, description: "Pohjois-Karjala: the region's NGO consultative committee." })
  pohjoisKarjalaCommittee(@Root() region: WellbeingRegion, @Ctx() ctx: YhdyspintaContext): Promise<PohjoisKarjalaCommittee | null> {
    return committeeOf(ctx, region.code);
  }
}
