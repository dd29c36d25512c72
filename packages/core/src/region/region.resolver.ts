import { IsOptional, MaxLength } from "class-validator";
import { Arg, Args, Ctx, Field, FieldResolver, InputType, Query, Resolver, Root } from "type-graphql";
import { connectionComplexity, listComplexity } from "../graphql/complexity";
import { connectionFromArray } from "../query/array-connection";
import { ConnectionArgs } from "../graphql/args";
import type { YhdyspintaContext } from "../context/request-context";
import { ConnectionType } from "../graphql/graphql-types";
import type { Ordering } from "../query/pagination";
import { Municipality } from "./municipality.entity";
import { WellbeingRegion } from "./wellbeing-region.entity";

export const MunicipalityConnection = ConnectionType(Municipality, "Municipality");
const BY_NAME: Ordering = { name: "municipality", keys: [{ sql: "code", type: "text" }] };

@InputType()
export class MunicipalityFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2)
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: "Case-insensitive prefix of the Finnish or Swedish name." })
  @IsOptional()
  @MaxLength(100)
  namePrefix?: string | null;
}

@Resolver(() => WellbeingRegion)
export class WellbeingRegionResolver {
  @Query(() => [WellbeingRegion], {
    complexity: listComplexity(23),
    description: "The 21 wellbeing services counties, Helsinki (90) and Åland (91), by code. A fixed classification, so a plain list.",
  })
  regions(
    @Ctx() ctx: YhdyspintaContext,
    @Arg("inReformOnly", { defaultValue: false, description: "Leave out Åland, which is outside the reform." }) inReformOnly: boolean,
  ): WellbeingRegion[] {
    return inReformOnly ? ctx.reference.regions.filter((r) => r.inReform) : ctx.reference.regions;
  }

  @Query(() => WellbeingRegion, { nullable: true })
  region(@Ctx() ctx: YhdyspintaContext, @Arg("code") code: string): WellbeingRegion | null {
    return ctx.reference.region(code) ?? null;
  }

  @FieldResolver(() => [Municipality], { complexity: listComplexity(40), description: "Municipalities of the region, by Finnish name." })
  municipalities(@Root() region: WellbeingRegion, @Ctx() ctx: YhdyspintaContext): Municipality[] {
    return ctx.reference.municipalitiesOf(region.code);
  }
}

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => MunicipalityConnection, { complexity: connectionComplexity, description: "Municipalities by Finnish name." })
  municipalities(
    @Ctx() ctx: YhdyspintaContext,
    @Args() page: ConnectionArgs,
    @Arg("filter", () => MunicipalityFilter, { nullable: true }) filter?: MunicipalityFilter | null,
  ) {
    let items = ctx.reference.municipalities;
    if (filter?.regionCode != null) items = ctx.reference.municipalitiesOf(ctx.reference.requireRegion(filter.regionCode, "filter.regionCode").code);
    if (filter?.namePrefix) {
      const prefix = filter.namePrefix.toLocaleLowerCase("fi");
      items = items.filter((m) => m.nameFi.toLocaleLowerCase("fi").startsWith(prefix) || m.nameSv.toLocaleLowerCase("sv").startsWith(prefix));
    }
    return connectionFromArray(items, page, BY_NAME, (m) => m.code);
  }

  @Query(() => Municipality, { nullable: true })
  municipality(@Ctx() ctx: YhdyspintaContext, @Arg("code") code: string): Municipality | null {
    return ctx.reference.municipality(code) ?? null;
  }

  @FieldResolver(() => WellbeingRegion)
  region(@Root() municipality: Municipality, @Ctx() ctx: YhdyspintaContext): WellbeingRegion {
    return ctx.reference.region(municipality.regionCode)!;
  }
}
