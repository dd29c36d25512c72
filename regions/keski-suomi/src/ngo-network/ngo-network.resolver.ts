import { ConnectionArgs, Organisation, OrganisationConnection, organisationService, Role, type YhdyspintaContext } from "@yhdyspinta/core";
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { KeskiSuomiNgoNetwork, KeskiSuomiNgoNetworkConnection, NetworkBasis } from "./ngo-network.entity";
import { JoinKeskiSuomiNgoNetworkInput } from "./ngo-network.inputs";
import { networks } from "./ngo-network.service";

@Resolver(() => KeskiSuomiNgoNetwork)
export class KeskiSuomiNgoNetworkResolver {
  @Query(() => KeskiSuomiNgoNetworkConnection, { description: "Keski-Suomi: sector- and theme-based NGO networks, by name." })
  keskiSuomiNgoNetworks(
    @Ctx() ctx: YhdyspintaContext,
    @Args() page: ConnectionArgs,
    @Arg("basis", () => NetworkBasis, { nullable: true }) basis?: NetworkBasis | null,
  ) {
    return networks.list(ctx, page, basis ?? null);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "The organisation coordinating the network." })
  coordinator(@Root() network: KeskiSuomiNgoNetwork, @Ctx() ctx: YhdyspintaContext): Promise<Organisation | null> | null {
    return network.coordinatorId === null ? null : organisationService.findById(ctx, network.coordinatorId);
  }

  @FieldResolver(() => OrganisationConnection, { description: "Member organisations, by name." })
  members(@Root() network: KeskiSuomiNgoNetwork, @Ctx() ctx: YhdyspintaContext, @Args() page: ConnectionArgs) {
    return networks.members(ctx, network.dbId, page);
  }

  @Authorized(Role.EDITOR, Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => KeskiSuomiNgoNetwork, { description: "Keski-Suomi: adds an organisation to an NGO network (a no-op if it is already a member)." })
  joinKeskiSuomiNgoNetwork(@Ctx() ctx: YhdyspintaContext, @Arg("input", () => JoinKeskiSuomiNgoNetworkInput) input: JoinKeskiSuomiNgoNetworkInput): Promise<KeskiSuomiNgoNetwork> {
    return networks.join(ctx, input);
  }
}
