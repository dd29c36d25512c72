import { Arg, Args, Info, Ctx, FieldResolver, Query, Resolver, Root, createUnionType } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { Role } from "../auth/roles";
import { connectionComplexity } from "../graphql/complexity";
import { ConnectionArgs } from "../graphql/args";
import type { YhdyspintaContext } from "../context/request-context";
import { deleteMutation, inputMutation, mutationResolver, updateMutation } from "../graphql/mutation-resolver";
import { Organisation } from "../organisation/organisation.entity";
import { organisationService } from "../organisation/organisation.service";
import { Municipality } from "../region/municipality.entity";
import { regionListResolvers } from "../region/region-lists.resolver";
import { WellbeingRegion } from "../region/wellbeing-region.entity";
import { PartnershipConnection } from "./partnership.connection";
import { Partnership } from "./partnership.entity";
import { CreatePartnershipInput, PartnershipFilter, PartnershipOrder, UpdatePartnershipInput } from "./partnership.inputs";
import type { OrderItem } from "../query/ordering";
import { partnershipService } from "./partnership.service";
import { Columns } from "../query/projection";

export const PublicParty = createUnionType({
  name: "PublicParty",
  description: "The public side of a partnership: a wellbeing region or a municipality.",
  types: () => [WellbeingRegion, Municipality] as const,
});

@Resolver(() => Partnership)
export class PartnershipResolver {
  @Query(() => PartnershipConnection, { complexity: connectionComplexity })
  partnerships(
    @Ctx() ctx: YhdyspintaContext,
    @Args() page: ConnectionArgs,
    @Arg("filter", () => PartnershipFilter, { nullable: true }) filter?: PartnershipFilter | null,
    @Arg("orderBy", () => [PartnershipOrder], { nullable: true, description: "Sort keys, first the most significant; ties are broken by id." }) orderBy?: OrderItem[] | null,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return partnershipService.list(ctx, filter, page, info, orderBy);
  }

  @Columns("organisationId")
  @FieldResolver(() => Organisation)
  async organisation(@Root() partnership: Partnership, @Ctx() ctx: YhdyspintaContext): Promise<Organisation> {
    return (await organisationService.findById(ctx, partnership.organisationId))!;
  }

  @Columns("regionCode", "municipalityCode")
  @FieldResolver(() => PublicParty)
  publicParty(@Root() partnership: Partnership, @Ctx() ctx: YhdyspintaContext): WellbeingRegion | Municipality {
    return partnership.regionCode ? ctx.reference.region(partnership.regionCode)! : ctx.reference.municipality(partnership.municipalityCode!)!;
  }

  @Columns("regionCode", "municipalityCode")
  @FieldResolver(() => WellbeingRegion, { description: "The wellbeing region involved: the party itself, or the region of the party municipality." })
  region(@Root() partnership: Partnership, @Ctx() ctx: YhdyspintaContext): WellbeingRegion {
    const code = partnership.regionCode ?? ctx.reference.municipality(partnership.municipalityCode!)!.regionCode;
    return ctx.reference.region(code)!;
  }
}

export const PartnershipMutationResolver = mutationResolver("PartnershipMutationResolver", [Role.COORDINATOR, Role.ADMIN], {
  createPartnership: inputMutation(Partnership, CreatePartnershipInput, (ctx, input) => partnershipService.create(ctx, input)),
  updatePartnership: updateMutation(Partnership, UpdatePartnershipInput, (ctx, id, input) => partnershipService.update(ctx, id, input)),
  deletePartnership: deleteMutation((ctx, id) => partnershipService.delete(ctx, id)),
});

@Resolver(() => Organisation)
export class OrganisationPartnershipsResolver {
  @Columns()
  @FieldResolver(() => PartnershipConnection, { complexity: connectionComplexity })
  partnerships(
    @Root() org: Organisation,
    @Ctx() ctx: YhdyspintaContext,
    @Args() page: ConnectionArgs,
    @Arg("filter", () => PartnershipFilter, { nullable: true }) filter?: PartnershipFilter | null,
    @Arg("orderBy", () => [PartnershipOrder], { nullable: true, description: "Sort keys, first the most significant; ties are broken by id." }) orderBy?: OrderItem[] | null,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return partnershipService.listByParent(ctx, "organisation", org.dbId, filter, page, info, orderBy);
  }
}

export const [RegionPartnershipsResolver, MunicipalityPartnershipsResolver] = regionListResolvers<PartnershipFilter>({
  field: "partnerships", connection: PartnershipConnection, filter: PartnershipFilter, order: PartnershipOrder,
  description: { region: "Partnerships with the region or its municipalities." },
  list: (ctx, parent, code, filter, page, orderBy, info) => partnershipService.listByParent(ctx, parent, code, filter, page, info, orderBy),
});
