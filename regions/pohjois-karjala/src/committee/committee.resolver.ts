import { ConnectionArgs, loadEntitiesByKey, loadEntityById, Organisation, organisationService, Role, WellbeingRegion, type YhdyspintaContext } from "@yhdyspinta/core";
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { POHJOIS_KARJALA } from "../region";
import { PohjoisKarjalaCommittee, PohjoisKarjalaCommitteeMember, PohjoisKarjalaCommitteeTerm, PohjoisKarjalaStatement, PohjoisKarjalaStatementConnection } from "./committee.entity";
import { AddPohjoisKarjalaCommitteeMemberInput, GivePohjoisKarjalaStatementInput } from "./committee.inputs";
import { committees } from "./committee.service";

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
    return committees.statements(ctx, c.dbId, page);
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => PohjoisKarjalaStatement, { description: "Pohjois-Karjala: records a statement (lausunto) of the committee." })
  givePohjoisKarjalaStatement(@Ctx() ctx: YhdyspintaContext, @Arg("input", () => GivePohjoisKarjalaStatementInput) input: GivePohjoisKarjalaStatementInput): Promise<PohjoisKarjalaStatement> {
    return committees.givePohjoisKarjalaStatement(ctx, input);
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
    return committees.addPohjoisKarjalaCommitteeMember(ctx, input);
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
