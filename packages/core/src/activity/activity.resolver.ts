import { Arg, Args, Info, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { Role } from "../auth/roles";
import { connectionComplexity, listComplexity } from "../graphql/complexity";
import { ConnectionArgs, ListOrder } from "../graphql/args";
import type { YhdyspintaContext } from "../context/request-context";
import { DeletePayload } from "../graphql/payloads";
import { Organisation } from "../organisation/organisation.entity";
import { organisationService } from "../organisation/organisation.service";
import { Municipality } from "../region/municipality.entity";
import { WellbeingRegion } from "../region/wellbeing-region.entity";
import { ActivityConnection, ActivityFacets, ActivityListConnection } from "./activity.connection";
import { Activity } from "./activity.entity";
import { ActivityFilter, ActivityOrder, CreateActivityInput, UpdateActivityInput } from "./activity.inputs";
import { resolveOrderBy, type OrderItem } from "../query/ordering";
import { activityService } from "./activity.service";
import { Columns } from "../query/projection";

@Resolver(() => Activity)
export class ActivityResolver {
  @Query(() => ActivityListConnection, { complexity: connectionComplexity, description: "Activities to refer people to, alphabetically or by search relevance." })
  async activities(
    @Ctx() ctx: YhdyspintaContext,
    @Args() page: ConnectionArgs,
    @Arg("filter", () => ActivityFilter, { nullable: true }) filter?: ActivityFilter | null,
    @Arg("orderBy", () => [ActivityOrder], { nullable: true, description: "Sort keys, first the most significant; ties are broken by id." }) orderBy?: OrderItem[] | null,
    @Arg("order", () => ListOrder, { nullable: true, deprecationReason: "Use orderBy: [{ field: NAME }] or [{ field: RELEVANCE, direction: DESC }]." }) order?: ListOrder | null,
    @Info() info?: GraphQLResolveInfo,
  ) {
    const connection = await activityService.list(ctx, filter, page, resolveOrderBy(orderBy, order), info);
    return Object.assign(connection, { facetFilter: filter ?? null });
  }

  @Columns("organisationId")
  @FieldResolver(() => Organisation)
  async organisation(@Root() activity: Activity, @Ctx() ctx: YhdyspintaContext): Promise<Organisation> {
    return (await organisationService.findById(ctx, activity.organisationId))!;
  }

  @Columns()
  @FieldResolver(() => [Municipality], { complexity: listComplexity(10), description: "Where it takes place." })
  municipalities(@Root() activity: Activity, @Ctx() ctx: YhdyspintaContext): Promise<Municipality[]> {
    return activityService.municipalitiesOf(ctx, activity.dbId, activity);
  }

  @Authorized(Role.EDITOR, Role.ADMIN)
  @Mutation(() => Activity)
  createActivity(@Ctx() ctx: YhdyspintaContext, @Arg("input", () => CreateActivityInput) input: CreateActivityInput) {
    return activityService.create(ctx, input);
  }

  @Authorized(Role.EDITOR, Role.ADMIN)
  @Mutation(() => Activity)
  updateActivity(@Ctx() ctx: YhdyspintaContext, @Arg("id", () => ID) id: string, @Arg("input", () => UpdateActivityInput) input: UpdateActivityInput) {
    return activityService.update(ctx, id, input);
  }

  @Authorized(Role.EDITOR, Role.ADMIN)
  @Mutation(() => DeletePayload)
  async deleteActivity(@Ctx() ctx: YhdyspintaContext, @Arg("id", () => ID) id: string): Promise<DeletePayload> {
    return { deletedId: await activityService.delete(ctx, id) };
  }
}

@Resolver(() => Organisation)
export class OrganisationActivitiesResolver {
  @Columns()
  @FieldResolver(() => ActivityConnection, { complexity: connectionComplexity })
  activities(
    @Root() org: Organisation,
    @Ctx() ctx: YhdyspintaContext,
    @Args() page: ConnectionArgs,
    @Arg("filter", () => ActivityFilter, { nullable: true }) filter?: ActivityFilter | null,
    @Arg("orderBy", () => [ActivityOrder], { nullable: true, description: "Sort keys, first the most significant; ties are broken by id." }) orderBy?: OrderItem[] | null,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return activityService.listByParent(ctx, "organisation", org.dbId, filter, page, orderBy, info);
  }
}

@Resolver(() => WellbeingRegion)
export class RegionActivitiesResolver {
  @FieldResolver(() => ActivityConnection, { complexity: connectionComplexity, description: "Activities in the region's municipalities." })
  activities(
    @Root() region: WellbeingRegion,
    @Ctx() ctx: YhdyspintaContext,
    @Args() page: ConnectionArgs,
    @Arg("filter", () => ActivityFilter, { nullable: true }) filter?: ActivityFilter | null,
    @Arg("orderBy", () => [ActivityOrder], { nullable: true, description: "Sort keys, first the most significant; ties are broken by id." }) orderBy?: OrderItem[] | null,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return activityService.listByParent(ctx, "region", region.code, filter, page, orderBy, info);
  }
}

@Resolver(() => Municipality)
export class MunicipalityActivitiesResolver {
  @FieldResolver(() => ActivityConnection, { complexity: connectionComplexity })
  activities(
    @Root() municipality: Municipality,
    @Ctx() ctx: YhdyspintaContext,
    @Args() page: ConnectionArgs,
    @Arg("filter", () => ActivityFilter, { nullable: true }) filter?: ActivityFilter | null,
    @Arg("orderBy", () => [ActivityOrder], { nullable: true, description: "Sort keys, first the most significant; ties are broken by id." }) orderBy?: OrderItem[] | null,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return activityService.listByParent(ctx, "municipality", municipality.code, filter, page, orderBy, info);
  }
}

/**
 * What the facets read of the root list's connection: its filter. Typed as a plain interface on
 * purpose: type-graphql copies a root typed as a class into an instance, which would read (and so
 * run) the connection's lazy totalCount.
 */
interface ActivityFacetSource {
  facetFilter?: ActivityFilter | null;
}

/** The facets of the root list, counted under its filter in one statement for all selected facets. */
@Resolver(() => ActivityListConnection)
export class ActivityFacetsResolver {
  @FieldResolver(() => ActivityFacets, { complexity: 10 })
  facets(@Root() connection: ActivityFacetSource, @Ctx() ctx: YhdyspintaContext, @Info() info: GraphQLResolveInfo): Promise<ActivityFacets> {
    return activityService.facets(ctx, connection.facetFilter, info);
  }
}
