import { Ctx, FieldResolver, Resolver, Root, createUnionType } from "type-graphql";
import { Role } from "../auth/roles";
import { connectionFieldResolver, connectionQueryResolver } from "../graphql/connection-resolver";
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
import { partnershipService } from "./partnership.service";
import { Columns } from "../query/projection";

export const PublicParty = createUnionType({
  name: "PublicParty",
  description: "The public side of a partnership: a wellbeing region or a municipality.",
  types: () => [WellbeingRegion, Municipality] as const,
});

export const PartnershipsQueryResolver = connectionQueryResolver({
  field: "partnerships", connection: PartnershipConnection, filter: PartnershipFilter, order: PartnershipOrder,
  list: (ctx, _root, filter, page, orderBy, info) => partnershipService.list(ctx, filter, page, info, orderBy),
});

@Resolver(() => Partnership)
export class PartnershipResolver {
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

export const OrganisationPartnershipsResolver = connectionFieldResolver(Organisation, {
  field: "partnerships", connection: PartnershipConnection, filter: PartnershipFilter, order: PartnershipOrder, columns: [],
  list: (ctx, org, filter, page, orderBy, info) => partnershipService.listByParent(ctx, "organisation", org.dbId, filter, page, info, orderBy),
});

export const [RegionPartnershipsResolver, MunicipalityPartnershipsResolver] = regionListResolvers<PartnershipFilter>({
  field: "partnerships", connection: PartnershipConnection, filter: PartnershipFilter, order: PartnershipOrder,
  description: { region: "Partnerships with the region or its municipalities." },
  list: (ctx, parent, code, filter, page, orderBy, info) => partnershipService.listByParent(ctx, parent, code, filter, page, info, orderBy),
});
