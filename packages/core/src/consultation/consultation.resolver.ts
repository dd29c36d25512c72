import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Resolver, Root } from "type-graphql";
import { Role } from "../auth/roles";
import type { YhdyspintaContext } from "../context/request-context";
import { CooperationBody } from "../cooperation-body/cooperation-body.entity";
import { ConnectionArgs } from "../graphql/args";
import { connectionComplexity } from "../graphql/complexity";
import { connectionFieldResolver, connectionQueryResolver } from "../graphql/connection-resolver";
import { deleteMutation, inputMutation, mutation, mutationResolver, updateMutation } from "../graphql/mutation-resolver";
import { Organisation } from "../organisation/organisation.entity";
import { organisationService } from "../organisation/organisation.service";
import { loadEntityById } from "../query/entity-loader";
import type { OrderItem } from "../query/ordering";
import { Municipality } from "../region/municipality.entity";
import { regionListResolvers } from "../region/region-lists.resolver";
import { WellbeingRegion } from "../region/wellbeing-region.entity";
import { ConsultationConnection, ConsultationResponseConnection } from "./consultation.connection";
import { Consultation, ConsultationResponse, ConsultationStatus, type ConsultationStatusValue } from "./consultation.entity";
import { ConsultationFilter, ConsultationOrder, ConsultationResponseOrder, CreateConsultationInput, RespondToConsultationInput, UpdateConsultationInput } from "./consultation.inputs";
import { consultationService as service, consultationStatus } from "./consultation.service";

export const ConsultationsQueryResolver = connectionQueryResolver({
  field: "consultations", connection: ConsultationConnection, filter: ConsultationFilter, order: ConsultationOrder,
  description: "Consultations of every region and municipality, earliest deadline first.",
  list: (ctx, _root, filter, page, orderBy, info) => service.list(ctx, filter, page, info, orderBy),
});

@Resolver(() => Consultation)
export class ConsultationResolver {
  @FieldResolver(() => ConsultationStatus, { description: "Set (CLOSED, CANCELLED) or derived from opensOn and deadline (UTC days)." })
  status(@Root() c: Consultation): ConsultationStatusValue {
    return consultationStatus(c);
  }

  @FieldResolver(() => [WellbeingRegion], { description: "Regions asked (everyone in them)." })
  async regions(@Root() c: Consultation, @Ctx() ctx: YhdyspintaContext): Promise<WellbeingRegion[]> {
    return (await service.regionCodesOf(ctx, c.dbId)).map((code) => ctx.reference.region(code)!);
  }

  @FieldResolver(() => [Municipality], { description: "Municipalities asked (everyone in them)." })
  async municipalities(@Root() c: Consultation, @Ctx() ctx: YhdyspintaContext): Promise<Municipality[]> {
    return (await service.municipalityCodesOf(ctx, c.dbId)).map((code) => ctx.reference.municipality(code)!);
  }

  @FieldResolver(() => [Organisation], { description: "Organisations asked by name." })
  async invitedOrganisations(@Root() c: Consultation, @Ctx() ctx: YhdyspintaContext): Promise<Organisation[]> {
    const ids = await service.invitedOrganisationIds(ctx, c.dbId);
    return (await Promise.all(ids.map((id) => organisationService.findById(ctx, id)))).filter((o): o is Organisation => o !== null);
  }

  @FieldResolver(() => CooperationBody, { nullable: true, description: "The body that runs it." })
  body(@Root() c: Consultation, @Ctx() ctx: YhdyspintaContext): Promise<CooperationBody | null> | null {
    return c.bodyId === null ? null : loadEntityById(ctx, CooperationBody, c.bodyId);
  }

  @FieldResolver(() => ConsultationResponseConnection, { complexity: connectionComplexity, description: "Statements given, oldest first." })
  responses(
    @Root() c: Consultation, @Ctx() ctx: YhdyspintaContext, @Args() page: ConnectionArgs,
    @Arg("orderBy", () => [ConsultationResponseOrder], { nullable: true, description: "Sort keys, first the most significant; ties are broken by id." }) orderBy?: OrderItem[] | null,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return service.responses(ctx, c.dbId, page, info, orderBy);
  }
}

export const ConsultationMutationResolver = mutationResolver("ConsultationMutationResolver", [Role.COORDINATOR, Role.ADMIN], {
  createConsultation: inputMutation(Consultation, CreateConsultationInput, (ctx, input) => service.create(ctx, input), {
    description: "Opens a consultation; NGOs following its regions get a CONSULTATION event.",
  }),
  updateConsultation: updateMutation(Consultation, UpdateConsultationInput, (ctx, id, input) => service.update(ctx, id, input)),
  setConsultationStatus: mutation<{ id: string; status: ConsultationStatusValue }>(
    Consultation, { id: ID, status: ConsultationStatus }, (ctx, { id, status }) => service.setStatus(ctx, id, status),
    { description: "CLOSED or CANCELLED set the status; OPEN or UPCOMING let the dates decide again." },
  ),
  deleteConsultation: deleteMutation((ctx, id) => service.delete(ctx, id)),
  respondToConsultation: inputMutation(ConsultationResponse, RespondToConsultationInput, (ctx, input) => service.respond(ctx, input), {
    authorized: [Role.EDITOR, Role.COORDINATOR, Role.ADMIN],
    description: "An organisation's statement (its editor, or a coordinator of the consultation's regions); replaces its earlier one while open.",
  }),
});

@Resolver(() => ConsultationResponse)
export class ConsultationResponseResolver {
  @FieldResolver(() => Organisation)
  async organisation(@Root() r: ConsultationResponse, @Ctx() ctx: YhdyspintaContext): Promise<Organisation> {
    return (await organisationService.findById(ctx, r.organisationId))!;
  }

  @FieldResolver(() => Consultation)
  async consultation(@Root() r: ConsultationResponse, @Ctx() ctx: YhdyspintaContext): Promise<Consultation> {
    return (await loadEntityById(ctx, Consultation, r.consultationId))!;
  }
}

export const CooperationBodyConsultationsResolver = connectionFieldResolver(CooperationBody, {
  field: "consultations", connection: ConsultationConnection, filter: ConsultationFilter, order: ConsultationOrder, columns: [],
  description: "Consultations the body runs, earliest deadline first.",
  list: (ctx, body, filter, page, orderBy, info) => service.listByParent(ctx, "body", body.dbId, filter, page, info, orderBy),
});

export const [RegionConsultationsResolver, MunicipalityConsultationsResolver] = regionListResolvers<ConsultationFilter>({
  field: "consultations", connection: ConsultationConnection, filter: ConsultationFilter, order: ConsultationOrder,
  description: { region: "Consultations addressed to the region or one of its municipalities." },
  list: (ctx, parent, code, filter, page, orderBy, info) => service.listByParent(ctx, parent, code, filter, page, info, orderBy),
});
