import { Organisation, organisationService, Role, type YhdyspintaContext } from "@yhdyspinta/core";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { KeskiSuomiCounterpart } from "./counterpart.entity";
import { SetKeskiSuomiCounterpartInput } from "./counterpart.inputs";
import { counterparts } from "./counterpart.service";

@Resolver(() => KeskiSuomiCounterpart)
export class KeskiSuomiCounterpartResolver {
  @Query(() => [KeskiSuomiCounterpart], { description: "Keski-Suomi: the county's counterparts (vastinparit) by preparation topic." })
  keskiSuomiCounterparts(@Ctx() ctx: YhdyspintaContext): Promise<KeskiSuomiCounterpart[]> {
    return counterparts.list(ctx);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "The organisation of the NGO contact person." })
  ngoOrganisation(@Root() c: KeskiSuomiCounterpart, @Ctx() ctx: YhdyspintaContext): Promise<Organisation | null> | null {
    return c.ngoOrganisationId === null ? null : organisationService.findById(ctx, c.ngoOrganisationId);
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => KeskiSuomiCounterpart, { description: "Keski-Suomi: names or renames the counterpart for a preparation topic." })
  setKeskiSuomiCounterpart(@Ctx() ctx: YhdyspintaContext, @Arg("input", () => SetKeskiSuomiCounterpartInput) input: SetKeskiSuomiCounterpartInput): Promise<KeskiSuomiCounterpart> {
    return counterparts.set(ctx, input);
  }
}
