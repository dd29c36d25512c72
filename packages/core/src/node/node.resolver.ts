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
import { intKeyOrThrow, invalidKey, nodeFetcher, nodeFetcherById, registerNodeType } from "./node.registry";
import { Consultation, ConsultationResponse } from "../consultation/consultation.entity";
import { CooperationBody, CooperationBodyMeeting, CooperationBodyMember, CooperationBodyOutput } from "../cooperation-body/cooperation-body.entity";
import { DocumentLink } from "../document/document.entity";
import { ContactRole, Person } from "../person/person.entity";
import { RepresentativeCall, RepresentativeNomination } from "../representative-call/representative-call.entity";
import { Reason } from "../errors/error-reasons";

// Statistics Finland codes: two digits for a region, three for a municipality; others are malformed.
const codeKey = (digits: number, typeName: string) => (key: string) => {
  if (key.length !== digits || !/^[0-9]+$/.test(key)) throw invalidKey(key, typeName);
  return key;
};
const regionCode = codeKey(2, "WellbeingRegion");
const municipalityCode = codeKey(3, "Municipality");
registerNodeType("WellbeingRegion", (ctx, key) => ctx.reference.region(regionCode(key)) ?? null);
registerNodeType("Municipality", (ctx, key) => ctx.reference.municipality(municipalityCode(key)) ?? null);
registerNodeType("Organisation", (ctx, key) => organisationService.findById(ctx, intKeyOrThrow(key, "Organisation")));
registerNodeType("Activity", (ctx, key) => activityService.findById(ctx, intKeyOrThrow(key, "Activity")));
registerNodeType("Partnership", (ctx, key) => partnershipService.findById(ctx, intKeyOrThrow(key, "Partnership")));
for (const entity of [
  CooperationBody, CooperationBodyMember, CooperationBodyMeeting, CooperationBodyOutput, Person, ContactRole, DocumentLink,
  Consultation, ConsultationResponse, RepresentativeCall, RepresentativeNomination,
 ] as (typeof CooperationBody)[]) registerNodeType(entity.typeName, nodeFetcherById(entity as new () => object));
registerNodeType("PreparationMilestone", (ctx, key) => milestoneService.findById(ctx, intKeyOrThrow(key, "PreparationMilestone")));

/**
 * The one rule for ids: malformed, of a type no one registered, or with a malformed key is
 * BAD_USER_INPUT / INVALID_ID naming the argument; well formed but without a row is null.
 */
async function resolveNode(ctx: YhdyspintaContext, id: string, field: string): Promise<object | null> {
  try {
    const { typeName, key } = fromGlobalId(id);
    const fetch = nodeFetcher(typeName);
    if (!fetch) throw new UserInputError(`"${id.slice(0, 100)}" is an ID of no known type`, { reason: Reason.INVALID_ID });
    return await fetch(ctx, key);
  } catch (e) {
    if (e instanceof UserInputError && e.extensions.reason === Reason.INVALID_ID) e.extensions.field = field;
    throw e;
  }
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global ID; null if it does not exist, BAD_USER_INPUT / INVALID_ID if the ID is malformed or of no known type." })
  node(@Ctx() ctx: YhdyspintaContext, @Arg("id", () => ID) id: string): Promise<object | null> {
    return resolveNode(ctx, id, "id");
  }

  @Query(() => [Node], { complexity: idsComplexity, nullable: "items", description: "Several objects by global ID, in the same order; null for those that do not exist, and null plus an INVALID_ID error with that index in its path for a malformed one. At most 100." })
  nodes(
    @Ctx() ctx: YhdyspintaContext,
    @Arg("ids", () => [ID]) ids: string[],
  ): Promise<object | null>[] {
    if (ids.length > 100) throw new UserInputError("At most 100 ids at a time", { field: "ids", reason: Reason.TOO_MANY_IDS });
    // One promise per item, not Promise.all: graphql-js then answers a bad id with null at its
    // index and an error whose path ends in that index, and the other ids still resolve.
    return ids.map((id, i) => resolveNode(ctx, id, `ids.${i}`));
  }
}
