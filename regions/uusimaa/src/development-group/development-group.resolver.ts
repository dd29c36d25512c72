import {
  inTransaction, loadEntitiesByKey, loadEntityById, NotFoundError, Organisation, organisationService, parseIntId, requireRegionRole, Role, UserInputError,
  WellbeingRegion, type YhdyspintaContext,
  requireOrganisation, insertRow,
} from "@yhdyspinta/core";
import { IsOptional, Length, MaxLength } from "class-validator";
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from "type-graphql";
import { UusimaaDevelopmentGroup, UusimaaWorkstream, WorkstreamKind } from "./development-group.entity";
import { UUSIMAA_REGIONS } from "../regions";

@InputType()
export class AddUusimaaWorkstreamInput {
  @Field(() => ID)
  @MaxLength(200)
  groupId: string;

  @Field(() => WorkstreamKind)
  kind: WorkstreamKind;

  @Field()
  @Length(1, 200)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  goal?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  leadOrganisationId?: string | null;
}

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
    const groupId = parseIntId(input.groupId, UusimaaDevelopmentGroup.typeName, "groupId");
    const leadOrganisationId = input.leadOrganisationId == null ? null : parseIntId(input.leadOrganisationId, Organisation.typeName, "leadOrganisationId");
    return inTransaction(ctx, async (em) => {
      const [group] = await em.query(`SELECT region_code FROM uusimaa_development_group WHERE id = $1 FOR KEY SHARE`, [groupId]);
      if (!group) throw new NotFoundError(UusimaaDevelopmentGroup.typeName, input.groupId);
      requireRegionRole(ctx, group.region_code);
      if (leadOrganisationId !== null) {
        await requireOrganisation(em, leadOrganisationId, "leadOrganisationId");
      }
      const workstream = Object.assign(new UusimaaWorkstream(), await insertRow(em, ctx.dataSource.getMetadata(UusimaaWorkstream), { groupId, kind: input.kind, name: input.name, goal: input.goal ?? null, leadOrganisationId }));
      return workstream;
    });
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
