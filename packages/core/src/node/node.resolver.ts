import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { idsComplexity } from "../graphql/complexity";
import { activityService } from "../activity/activity.service";
import type { YhdyspintaContext } from "../context/request-context";
import { UserInputError } from "../errors/errors";
import { fromGlobalId } from "../graphql/global-id";
import { Node } from "../graphql/graphql-types";
import { milestoneService } from "../milestone/milestone.service";
import { organisationService } from "../organisation/organisation.service";
import { partnershipService } from "../partnership/partnership.service";
import { intKey, nodeFetcher, registerNodeType } from "./node.registry";
import { Reason } from "../errors/error-reasons";

registerNodeType("WellbeingRegion", (ctx, key) => ctx.reference.region(key) ?? null);
registerNodeType("Municipality", (ctx, key) => ctx.reference.municipality(key) ?? null);
registerNodeType("Organisation", (ctx, key) => (intKey(key) ? organisationService.findById(ctx, intKey(key)!) : null));
registerNodeType("Activity", (ctx, key) => (intKey(key) ? activityService.findById(ctx, intKey(key)!) : null));
registerNodeType("Partnership", (ctx, key) => (intKey(key) ? partnershipService.findById(ctx, intKey(key)!) : null));
registerNodeType("PreparationMilestone", (ctx, key) => (intKey(key) ? milestoneService.findById(ctx, intKey(key)!) : null));

async function resolveNode(ctx: YhdyspintaContext, id: string): Promise<object | null> {
  const { typeName, key } = fromGlobalId(id);
  const fetch = nodeFetcher(typeName);
  return fetch ? fetch(ctx, key) : null;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global ID; null if it does not exist." })
  node(@Ctx() ctx: YhdyspintaContext, @Arg("id", () => ID) id: string): Promise<object | null> {
    return resolveNode(ctx, id);
  }

  @Query(() => [Node], { complexity: idsComplexity, nullable: "items", description: "Several objects by global ID, in the same order; null for those that do not exist. At most 100." })
  nodes(
    @Ctx() ctx: YhdyspintaContext,
    @Arg("ids", () => [ID]) ids: string[],
  ): Promise<(object | null)[]> {
    if (ids.length > 100) throw new UserInputError("At most 100 ids at a time", { field: "ids", reason: Reason.TOO_MANY_IDS });
    return Promise.all(ids.map((id) => resolveNode(ctx, id)));
  }
}
