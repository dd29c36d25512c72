import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { Role } from "../auth/roles";
import type { YhdyspintaContext } from "../context/request-context";
import { CooperationBody } from "../cooperation-body/cooperation-body.entity";
import { ConnectionArgs } from "../graphql/args";
import { connectionComplexity } from "../graphql/complexity";
import { inputMutation, mutationResolver } from "../graphql/mutation-resolver";
import { Organisation } from "../organisation/organisation.entity";
import { organisationService } from "../organisation/organisation.service";
import { loadEntitiesByKey, loadEntityById } from "../query/entity-loader";
import type { OrderItem } from "../query/ordering";
import { Columns } from "../query/projection";
import { RepresentativeNominationConnection } from "./representative-call.connection";
import { RepresentativeCall, RepresentativeNomination } from "./representative-call.entity";
import { DecideRepresentativeCallInput, NominateRepresentativeInput, OpenRepresentativeCallInput, RepresentativeNominationOrder } from "./representative-call.inputs";
import { representativeCallService as service } from "./representative-call.service";

@Resolver(() => RepresentativeCall)
export class RepresentativeCallResolver {
  @FieldResolver(() => CooperationBody)
  async body(@Root() call: RepresentativeCall, @Ctx() ctx: YhdyspintaContext): Promise<CooperationBody> {
    return (await loadEntityById(ctx, CooperationBody, call.bodyId))!;
  }

  @FieldResolver(() => RepresentativeNominationConnection, { complexity: connectionComplexity, description: "Nominations, oldest first." })
  nominations(
    @Root() call: RepresentativeCall, @Ctx() ctx: YhdyspintaContext, @Args() page: ConnectionArgs,
    @Arg("orderBy", () => [RepresentativeNominationOrder], { nullable: true, description: "Sort keys, first the most significant; ties are broken by id." }) orderBy?: OrderItem[] | null,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return service.nominations(ctx, call.dbId, page, info, orderBy);
  }
}

export const RepresentativeCallMutationResolver = mutationResolver("RepresentativeCallMutationResolver", [Role.COORDINATOR, Role.ADMIN], {
  openRepresentativeCall: inputMutation(RepresentativeCall, OpenRepresentativeCallInput, (ctx, input) => service.open(ctx, input), {
    description: "Opens a call for NGO representatives to a body (coordinators of the body's regions).",
  }),
  nominateRepresentative: inputMutation(RepresentativeNomination, NominateRepresentativeInput, (ctx, input) => service.nominate(ctx, input), {
    authorized: [Role.EDITOR, Role.COORDINATOR, Role.ADMIN],
    description: "An organisation's nomination (its editor, or a coordinator of the body's regions), until the deadline.",
  }),
  decideRepresentativeCall: inputMutation(RepresentativeCall, DecideRepresentativeCallInput, (ctx, input) => service.decide(ctx, input), {
    description: "Decides the call: the chosen candidates become members and deputies of the body; followers get an event.",
  }),
});

@Resolver(() => RepresentativeNomination)
export class RepresentativeNominationResolver {
  @FieldResolver(() => Organisation)
  async organisation(@Root() n: RepresentativeNomination, @Ctx() ctx: YhdyspintaContext): Promise<Organisation> {
    return (await organisationService.findById(ctx, n.organisationId))!;
  }

  @FieldResolver(() => RepresentativeCall)
  async call(@Root() n: RepresentativeNomination, @Ctx() ctx: YhdyspintaContext): Promise<RepresentativeCall> {
    return (await loadEntityById(ctx, RepresentativeCall, n.callId))!;
  }
}

@Resolver(() => CooperationBody)
export class CooperationBodyCallsResolver {
  @Columns()
  @FieldResolver(() => [RepresentativeCall], { description: "Calls for representatives, by deadline." })
  representativeCalls(@Root() body: CooperationBody, @Ctx() ctx: YhdyspintaContext): Promise<RepresentativeCall[]> {
    return loadEntitiesByKey(ctx, RepresentativeCall, "body_id", body.dbId, "t.deadline, t.id");
  }
}
