import type { GraphQLResolveInfo } from "graphql";
import type { ClassType } from "type-graphql";
import type { YhdyspintaContext } from "../context/request-context";
import type { ConnectionArgs } from "../graphql/args";
import { connectionFieldResolver, type ConnectionFieldSpec } from "../graphql/connection-resolver";
import type { OrderItem } from "../query/ordering";
import { Municipality } from "./municipality.entity";
import { WellbeingRegion } from "./wellbeing-region.entity";

/** The parent a region list is read under: a wellbeing region or a municipality (by code). */
export type RegionListParent = "region" | "municipality";

export interface RegionListSpec<F extends object> extends Omit<ConnectionFieldSpec<never, F>, "description" | "list"> {
  description: Partial<Record<RegionListParent, string>>;
  /** The page of the list under the parent with that code. */
  list(
    ctx: YhdyspintaContext, parent: RegionListParent, code: string, filter: F | null | undefined, page: ConnectionArgs,
    orderBy: readonly OrderItem[] | null | undefined, info: GraphQLResolveInfo | undefined,
  ): unknown;
}

/**
 * The field resolvers of a list read under both a wellbeing region and a municipality
 * (`region { activities }`, `municipality { activities }`): one service call told the parent,
 * instead of two hand-written copies a list.
 */
export function regionListResolvers<F extends object>(spec: RegionListSpec<F>): [region: ClassType, municipality: ClassType] {
  const under = (parentType: ClassType<WellbeingRegion | Municipality>, parent: RegionListParent) => connectionFieldResolver(parentType, {
    ...spec, description: spec.description[parent],
    list: (ctx, root, filter, page, orderBy, info) => spec.list(ctx, parent, root.code, filter, page, orderBy, info),
  });
  return [under(WellbeingRegion, "region"), under(Municipality, "municipality")];
}
