import { CooperationBody, inputMutation, loadEntitiesByKey, mutationResolver, Organisation, organisationService, Role, type YhdyspintaContext } from "@yhdyspinta/core";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { UusimaaWorkstream } from "./workstream.entity";
import { AddUusimaaWorkstreamInput } from "./workstream.inputs";
import { workstreams } from "./workstream.service";

/** Adds `CooperationBody.uusimaaWorkstreams`. */
@Resolver(() => CooperationBody)
export class BodyWorkstreamsResolver {
  @FieldResolver(() => [UusimaaWorkstream], { description: "Uusimaa: the development group's workstreams (empty for other bodies)." })
  uusimaaWorkstreams(@Root() body: CooperationBody, @Ctx() ctx: YhdyspintaContext): Promise<UusimaaWorkstream[]> {
    return loadEntitiesByKey(ctx, UusimaaWorkstream, "body_id", body.dbId);
  }
}

export const WorkstreamMutationResolver = mutationResolver("WorkstreamMutationResolver", [Role.COORDINATOR, Role.ADMIN], {
  addUusimaaWorkstream: inputMutation(UusimaaWorkstream, AddUusimaaWorkstreamInput, (ctx, input) => workstreams.add(ctx, input), {
    description: "Uusimaa: starts a workstream in a development group.",
  }),
});

@Resolver(() => UusimaaWorkstream)
export class UusimaaWorkstreamResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: "The NGO leading the workstream." })
  leadOrganisation(@Root() w: UusimaaWorkstream, @Ctx() ctx: YhdyspintaContext): Promise<Organisation | null> | null {
    return w.leadOrganisationId === null ? null : organisationService.findById(ctx, w.leadOrganisationId);
  }
}
