import { loadEntitiesByKey, loadEntityById, Organisation, organisationService, Role, WellbeingRegion, type YhdyspintaContext } from "@yhdyspinta/core";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { UusimaaDevelopmentGroup, UusimaaWorkstream } from "./development-group.entity";
import { AddUusimaaWorkstreamInput } from "./development-group.inputs";
import { developmentGroups } from "./development-group.service";
import { UUSIMAA_REGIONS } from "../regions";

@Resolver(() => UusimaaDevelopmentGroup)
export class UusimaaDevelopmentGroupResolver {
  @Query(() => [UusimaaDevelopmentGroup], { description: "Uusimaa: the NGO development groups of regions 01-04 and Helsinki (90)." })
  async uusimaaDevelopmentGroups(@Ctx() ctx: YhdyspintaContext): Promise<UusimaaDevelopmentGroup[]> {
    const groups = await Promise.all(UUSIMAA_REGIONS.map((code) => loadEntitiesByKey(ctx, UusimaaDevelopmentGroup, "region_code", code)));
    return groups.flat();
  }

  @FieldResolver(() => WellbeingRegion)
  region(@Root() group: UusimaaDevelopmentGroup, @Ctx() ctx: YhdyspintaContext): WellbeingRegion {
    return ctx.reference.region(group.regionCode)!;
  }

  @FieldResolver(() => [UusimaaWorkstream])
  workstreams(@Root() group: UusimaaDevelopmentGroup, @Ctx() ctx: YhdyspintaContext): Promise<UusimaaWorkstream[]> {
    return loadEntitiesByKey(ctx, UusimaaWorkstream, "group_id", group.dbId);
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => UusimaaWorkstream, { description: "Uusimaa: starts a workstream in a development group." })
  addUusimaaWorkstream(@Ctx() ctx: YhdyspintaContext, @Arg("input", () => AddUusimaaWorkstreamInput) input: AddUusimaaWorkstreamInput): Promise<UusimaaWorkstream> {
    return developmentGroups.addWorkstream(ctx, input);
  }
}

@Resolver(() => UusimaaWorkstream)
export class UusimaaWorkstreamResolver {
  @FieldResolver(() => Organisation, { nullable: true })
  leadOrganisation(@Root() w: UusimaaWorkstream, @Ctx() ctx: YhdyspintaContext): Promise<Organisation | null> | null {
    return w.leadOrganisationId === null ? null : organisationService.findById(ctx, w.leadOrganisationId);
  }

  @FieldResolver(() => UusimaaDevelopmentGroup)
  async group(@Root() w: UusimaaWorkstream, @Ctx() ctx: YhdyspintaContext): Promise<UusimaaDevelopmentGroup> {
    return (await loadEntityById(ctx, UusimaaDevelopmentGroup, w.groupId))!;
  }
}

/** Adds `WellbeingRegion.uusimaaDevelopmentGroup`. */
@Resolver(() => WellbeingRegion)
export class RegionUusimaaDevelopmentGroupResolver {
  @FieldResolver(() => UusimaaDevelopmentGroup, { nullable: true, description: "Uusimaa: the region's NGO development group (kehittäjäryhmä)." })
  async uusimaaDevelopmentGroup(@Root() region: WellbeingRegion, @Ctx() ctx: YhdyspintaContext): Promise<UusimaaDevelopmentGroup | null> {
    return (await loadEntitiesByKey(ctx, UusimaaDevelopmentGroup, "region_code", region.code))[0] ?? null;
  }
}
