import { ConnectionArgs, loadEntitiesByKey, loadEntityById, Organisation, organisationService, parseIntId, Role, WellbeingRegion, type YhdyspintaContext } from "@yhdyspinta/core";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { RepresentativeRole, UusimaaNomination, UusimaaNominationConnection, UusimaaRepresentative, UusimaaRepresentativeCall } from "./representative-call.entity";
import { DecideUusimaaRepresentativeCallInput, NominateUusimaaRepresentativeInput, OpenUusimaaRepresentativeCallInput } from "./representative-call.inputs";
import { representativeCallService as service } from "./representative-call.service";

@Resolver(() => UusimaaRepresentativeCall)
export class UusimaaRepresentativeCallResolver {
  @Query(() => UusimaaRepresentativeCall, { nullable: true })
  uusimaaRepresentativeCall(@Ctx() ctx: YhdyspintaContext, @Arg("id", () => ID) id: string): Promise<UusimaaRepresentativeCall | null> {
    return loadEntityById(ctx, UusimaaRepresentativeCall, parseIntId(id, UusimaaRepresentativeCall.typeName));
  }

  @FieldResolver(() => WellbeingRegion)
  region(@Root() call: UusimaaRepresentativeCall, @Ctx() ctx: YhdyspintaContext): WellbeingRegion {
    return ctx.reference.region(call.regionCode)!;
  }

  @FieldResolver(() => UusimaaNominationConnection, { description: "Nominations in the order they arrived." })
  nominations(@Root() call: UusimaaRepresentativeCall, @Ctx() ctx: YhdyspintaContext, @Args() page: ConnectionArgs) {
    return service.nominations(ctx, call.dbId, page);
  }

  @FieldResolver(() => [UusimaaRepresentative], { description: "The chosen members (each followed by its deputy); empty until decided." })
  representatives(@Root() call: UusimaaRepresentativeCall, @Ctx() ctx: YhdyspintaContext): Promise<UusimaaRepresentative[]> {
    return loadEntitiesByKey(ctx, UusimaaRepresentative, "call_id", call.dbId, "coalesce(t.deputy_of_id, t.id), t.role DESC, t.id");
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => UusimaaRepresentativeCall, { description: "Uusimaa: opens a call for NGO representatives to a county body." })
  openUusimaaRepresentativeCall(@Ctx() ctx: YhdyspintaContext, @Arg("input", () => OpenUusimaaRepresentativeCallInput) input: OpenUusimaaRepresentativeCallInput) {
    return service.open(ctx, input);
  }

  @Authorized(Role.EDITOR, Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => UusimaaNomination, { description: "Uusimaa: an NGO of the region nominates a person while the call is open." })
  nominateUusimaaRepresentative(@Ctx() ctx: YhdyspintaContext, @Arg("input", () => NominateUusimaaRepresentativeInput) input: NominateUusimaaRepresentativeInput) {
    return service.nominate(ctx, input);
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => UusimaaRepresentativeCall, { description: "Uusimaa: records the decision with the chosen members and their deputies." })
  decideUusimaaRepresentativeCall(@Ctx() ctx: YhdyspintaContext, @Arg("input", () => DecideUusimaaRepresentativeCallInput) input: DecideUusimaaRepresentativeCallInput) {
    return service.decide(ctx, input);
  }
}

@Resolver(() => UusimaaNomination)
export class UusimaaNominationResolver {
  @FieldResolver(() => Organisation, { description: "The nominating NGO." })
  async organisation(@Root() n: UusimaaNomination, @Ctx() ctx: YhdyspintaContext): Promise<Organisation> {
    return (await organisationService.findById(ctx, n.nominatingOrganisationId))!;
  }

  @FieldResolver(() => UusimaaRepresentativeCall)
  async call(@Root() n: UusimaaNomination, @Ctx() ctx: YhdyspintaContext): Promise<UusimaaRepresentativeCall> {
    return (await loadEntityById(ctx, UusimaaRepresentativeCall, n.callId))!;
  }
}

@Resolver(() => UusimaaRepresentative)
export class UusimaaRepresentativeResolver {
  @FieldResolver(() => UusimaaNomination)
  async nomination(@Root() r: UusimaaRepresentative, @Ctx() ctx: YhdyspintaContext): Promise<UusimaaNomination> {
    return (await loadEntityById(ctx, UusimaaNomination, r.nominationId))!;
  }

  @FieldResolver(() => UusimaaRepresentative, { nullable: true, description: "For a member: the deputy (varajäsen). Null for a deputy." })
  async deputy(@Root() r: UusimaaRepresentative, @Ctx() ctx: YhdyspintaContext): Promise<UusimaaRepresentative | null> {
    if (r.role === RepresentativeRole.DEPUTY) return null;
    const all = await loadEntitiesByKey(ctx, UusimaaRepresentative, "call_id", r.callId, "coalesce(t.deputy_of_id, t.id), t.role DESC, t.id");
    return all.find((d) => d.deputyOfId === r.dbId) ?? null;
  }
}

/** Adds `WellbeingRegion.uusimaaRepresentativeCalls`. */
@Resolver(() => WellbeingRegion)
export class RegionUusimaaCallsResolver {
  @FieldResolver(() => [UusimaaRepresentativeCall], { description: "Uusimaa: calls for NGO representatives to the region's bodies, the latest first." })
  uusimaaRepresentativeCalls(@Root() region: WellbeingRegion, @Ctx() ctx: YhdyspintaContext): Promise<UusimaaRepresentativeCall[]> {
    return loadEntitiesByKey(ctx, UusimaaRepresentativeCall, "region_code", region.code, "t.opens_on DESC, t.id DESC");
  }
}
