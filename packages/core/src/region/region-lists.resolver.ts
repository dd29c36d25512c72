import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root, type ClassType } from "type-graphql";
import type { YhdyspintaContext } from "../context/request-context";
import { ConnectionArgs } from "../graphql/args";
import { connectionComplexity } from "../graphql/complexity";
import type { OrderItem } from "../query/ordering";
import { Municipality } from "./municipality.entity";
import { WellbeingRegion } from "./wellbeing-region.entity";

/** The parent a region list is read under: a wellbeing region or a municipality (by code). */
export type RegionListParent = "region" | "municipality";

export interface RegionListSpec<F extends object> {
  /** The field on both WellbeingRegion and Municipality, e.g. "activities". */
  field: string;
  connection: ClassType;
  filter: ClassType<F>;
  /** The list's `orderBy` input; a list without one takes no `orderBy` argument. */
  order?: ClassType;
  description: Partial<Record<RegionListParent, string>>;
  /** The page of the list under the parent with that code. */
  list(
    ctx: YhdyspintaContext, parent: RegionListParent, code: string, filter: F | null | undefined, page: ConnectionArgs,
    orderBy: OrderItem[] | null | undefined, info: GraphQLResolveInfo | undefined,
  ): unknown;
}

export const ORDER_BY_DESCRIPTION = "Sort keys, first the most significant; ties are broken by id.";

/** `@Arg("orderBy")` when the list has an order input; otherwise the parameter stays undeclared (and undefined). */
function orderByArg(order: ClassType | undefined): ReturnType<typeof Arg> {
  return order ? Arg("orderBy", () => [order], { nullable: true, description: ORDER_BY_DESCRIPTION }) : () => undefined;
}

function listResolver<F extends object>(spec: RegionListSpec<F>, parentType: ClassType, parent: RegionListParent): ClassType {
  @Resolver(() => parentType)
  class RegionList {
    // Named as the field: type-graphql finds a field's resolver by method name. `info` comes before
    // `orderBy`: type-graphql passes only declared parameters, in index order.
    @FieldResolver(() => spec.connection, { complexity: connectionComplexity, description: spec.description[parent] })
    [spec.field](
      @Root() root: WellbeingRegion | Municipality, @Ctx() ctx: YhdyspintaContext, @Args() page: ConnectionArgs,
      @Arg("filter", () => spec.filter, { nullable: true }) filter?: F | null, @Info() info?: GraphQLResolveInfo,
      @orderByArg(spec.order) orderBy?: OrderItem[] | null,
    ) {
      return spec.list(ctx, parent, root.code, filter, page, orderBy, info);
    }
  }
  return RegionList;
}

/**
 * The field resolvers of a list read under both a wellbeing region and a municipality
 * (`region { activities }`, `municipality { activities }`): page arguments, `filter`, `orderBy` when
 * the list has one, and one service call told the parent, instead of two hand-written copies a list.
 */
export function regionListResolvers<F extends object>(spec: RegionListSpec<F>): [region: ClassType, municipality: ClassType] {
  return [listResolver(spec, WellbeingRegion, "region"), listResolver(spec, Municipality, "municipality")];
}
