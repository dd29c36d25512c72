import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { Role } from "../auth/roles";
import type { YhdyspintaContext } from "../context/request-context";
import { ConnectionArgs } from "../graphql/args";
import { connectionComplexity } from "../graphql/complexity";
import { connectionQueryResolver } from "../graphql/connection-resolver";
import { Language } from "../graphql/enums";
import { deleteMutation, inputMutation, mutationResolver, updateMutation } from "../graphql/mutation-resolver";
import { Organisation } from "../organisation/organisation.entity";
import { organisationService } from "../organisation/organisation.service";
import { Person } from "../person/person.entity";
import { parseIntId } from "../graphql/global-id";
import { Columns } from "../query/projection";
import { loadEntityById } from "../query/entity-loader";
import type { OrderItem } from "../query/ordering";
import { Municipality } from "../region/municipality.entity";
import { regionListResolvers } from "../region/region-lists.resolver";
import { WellbeingRegion } from "../region/wellbeing-region.entity";
import type { LanguageValue } from "../vocabulary/vocabulary";
import { vocabularyLabel } from "../vocabulary/vocabulary-registry";
import {
  CooperationBodyConnection, CooperationBodyMeetingConnection, CooperationBodyMemberConnection, CooperationBodyOutputConnection,
} from "./cooperation-body.connection";
import { CooperationBody, CooperationBodyMeeting, CooperationBodyMember, CooperationBodyOutput } from "./cooperation-body.entity";
import {
  AddBodyMeetingInput, AddBodyMemberInput, AddBodyOutputInput, CooperationBodyFilter, CooperationBodyMeetingOrder, CooperationBodyMemberOrder, CooperationBodyOrder,
  CooperationBodyOutputOrder, CreateCooperationBodyInput,
  UpdateBodyMeetingInput, UpdateCooperationBodyInput,
} from "./cooperation-body.inputs";
import { cooperationBodyService as service } from "./cooperation-body.service";

const ORDER_DESCRIPTION = "Sort keys, first the most significant; ties are broken by id.";

@Resolver(() => CooperationBody)
export class CooperationBodyResolver {
  @Query(() => CooperationBody, { nullable: true, description: "A cooperation body by its ID; null if there is none (BAD_USER_INPUT / INVALID_ID for a malformed ID)." })
  cooperationBody(@Ctx() ctx: YhdyspintaContext, @Arg("id", () => ID) id: string): Promise<CooperationBody | null> {
    return loadEntityById(ctx, CooperationBody, parseIntId(id, CooperationBody.typeName));
  }

  @Columns("kind")
  @FieldResolver(() => String, { description: "The kind's label in the language (from the cooperationBodyKinds vocabulary)." })
  kindLabel(@Root() body: CooperationBody, @Arg("language", () => Language, { defaultValue: "FI" }) language: LanguageValue): string {
    return vocabularyLabel("cooperationBodyKinds", body.kind, language);
  }

  @Columns()
  @FieldResolver(() => [WellbeingRegion], { description: "Regions the body serves directly (see municipalities for the rest of its scope)." })
  async regions(@Root() body: CooperationBody, @Ctx() ctx: YhdyspintaContext): Promise<WellbeingRegion[]> {
    return (await service.regionCodesOf(ctx, body.dbId)).map((c) => ctx.reference.region(c)!);
  }

  @Columns()
  @FieldResolver(() => [Municipality], { description: "Municipalities the body serves (a municipal committee, or a body of a few municipalities)." })
  async municipalities(@Root() body: CooperationBody, @Ctx() ctx: YhdyspintaContext): Promise<Municipality[]> {
    return (await service.municipalityCodesOf(ctx, body.dbId)).map((c) => ctx.reference.municipality(c)!);
  }

  @Columns()
  @FieldResolver(() => CooperationBodyMemberConnection, { complexity: connectionComplexity, description: "Members from every side: NGO side first, then experts by experience, county and municipality; chairs first within a side." })
  members(
    @Root() body: CooperationBody, @Ctx() ctx: YhdyspintaContext, @Args() page: ConnectionArgs,
    @Arg("orderBy", () => [CooperationBodyMemberOrder], { nullable: true, description: ORDER_DESCRIPTION }) orderBy?: OrderItem[] | null,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return service.members(ctx, body.dbId, page, info, orderBy);
  }

  @Columns()
  @FieldResolver(() => CooperationBodyMeetingConnection, { complexity: connectionComplexity, description: "Meetings, earliest first." })
  meetings(
    @Root() body: CooperationBody, @Ctx() ctx: YhdyspintaContext, @Args() page: ConnectionArgs,
    @Arg("upcoming", { defaultValue: false, description: "Only meetings that have not started yet." }) upcoming: boolean,
    @Arg("orderBy", () => [CooperationBodyMeetingOrder], { nullable: true, description: ORDER_DESCRIPTION }) orderBy?: OrderItem[] | null,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return service.meetings(ctx, body.dbId, upcoming, page, info, orderBy);
  }

  @Columns()
  @FieldResolver(() => CooperationBodyMeeting, { nullable: true, description: "The next meeting (the first that has not started); null when none is planned." })
  nextMeeting(@Root() body: CooperationBody, @Ctx() ctx: YhdyspintaContext): Promise<CooperationBodyMeeting | null> {
    return service.nextMeeting(ctx, body.dbId);
  }

  @Columns()
  @FieldResolver(() => CooperationBodyOutputConnection, { complexity: connectionComplexity, description: "Statements, reports and other outputs, newest first." })
  outputs(
    @Root() body: CooperationBody, @Ctx() ctx: YhdyspintaContext, @Args() page: ConnectionArgs,
    @Arg("orderBy", () => [CooperationBodyOutputOrder], { nullable: true, description: ORDER_DESCRIPTION }) orderBy?: OrderItem[] | null,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return service.outputs(ctx, body.dbId, page, info, orderBy);
  }
}

export const CooperationBodiesQueryResolver = connectionQueryResolver({
  field: "cooperationBodies", connection: CooperationBodyConnection, filter: CooperationBodyFilter, order: CooperationBodyOrder,
  description: "Cooperation bodies of every region and municipality, one shape for all: committees, partnership tables, development groups, networks...",
  list: (ctx, _root, filter, page, orderBy, info) => service.list(ctx, filter, page, info, orderBy),
});

export const CooperationBodyMutationResolver = mutationResolver("CooperationBodyMutationResolver", [Role.COORDINATOR, Role.ADMIN], {
  createCooperationBody: inputMutation(CooperationBody, CreateCooperationBodyInput, (ctx, input) => service.create(ctx, input), {
    description: "Coordinators of every region the body reaches (its regions and its municipalities' regions).",
  }),
  updateCooperationBody: updateMutation(CooperationBody, UpdateCooperationBodyInput, (ctx, id, input) => service.update(ctx, id, input)),
  deleteCooperationBody: deleteMutation((ctx, id) => service.delete(ctx, id)),
  addBodyMember: inputMutation(CooperationBodyMember, AddBodyMemberInput, (ctx, input) => service.addMember(ctx, input)),
  removeBodyMember: deleteMutation((ctx, id) => service.removeMember(ctx, id)),
  addBodyMeeting: inputMutation(CooperationBodyMeeting, AddBodyMeetingInput, (ctx, input) => service.addMeeting(ctx, input), {
    description: "Adds a meeting; NGOs following the body's regions get a BODY_MEETING event.",
  }),
  updateBodyMeeting: updateMutation(CooperationBodyMeeting, UpdateBodyMeetingInput, (ctx, id, input) => service.updateMeeting(ctx, id, input)),
  deleteBodyMeeting: deleteMutation((ctx, id) => service.deleteMeeting(ctx, id)),
  addBodyOutput: inputMutation(CooperationBodyOutput, AddBodyOutputInput, (ctx, input) => service.addOutput(ctx, input)),
  deleteBodyOutput: deleteMutation((ctx, id) => service.deleteOutput(ctx, id)),
});

@Resolver(() => CooperationBodyMember)
export class CooperationBodyMemberResolver {
  @Columns("role")
  @FieldResolver(() => String, { description: "The role's label (memberRoles vocabulary)." })
  roleLabel(@Root() member: CooperationBodyMember, @Arg("language", () => Language, { defaultValue: "FI" }) language: LanguageValue): string {
    return vocabularyLabel("memberRoles", member.role, language);
  }

  @FieldResolver(() => Person, { nullable: true, description: "Null for a vacant seat." })
  person(@Root() member: CooperationBodyMember, @Ctx() ctx: YhdyspintaContext): Promise<Person | null> | null {
    return member.personId === null ? null : loadEntityById(ctx, Person, member.personId);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "The organisation the member represents (NGO side)." })
  async organisation(@Root() member: CooperationBodyMember, @Ctx() ctx: YhdyspintaContext): Promise<Organisation | null> {
    return member.organisationId === null ? null : organisationService.findById(ctx, member.organisationId);
  }

  @FieldResolver(() => WellbeingRegion, { nullable: true, description: "The wellbeing county the member represents (county side)." })
  region(@Root() member: CooperationBodyMember, @Ctx() ctx: YhdyspintaContext): WellbeingRegion | null {
    return member.regionCode === null ? null : ctx.reference.region(member.regionCode)!;
  }

  @FieldResolver(() => Municipality, { nullable: true, description: "The municipality the member represents (municipality side)." })
  municipality(@Root() member: CooperationBodyMember, @Ctx() ctx: YhdyspintaContext): Municipality | null {
    return member.municipalityCode === null ? null : ctx.reference.municipality(member.municipalityCode)!;
  }

  @FieldResolver(() => CooperationBody)
  async body(@Root() member: CooperationBodyMember, @Ctx() ctx: YhdyspintaContext): Promise<CooperationBody> {
    return (await loadEntityById(ctx, CooperationBody, member.bodyId))!;
  }
}

@Resolver(() => CooperationBodyMeeting)
export class CooperationBodyMeetingResolver {
  @FieldResolver(() => CooperationBody)
  async body(@Root() meeting: CooperationBodyMeeting, @Ctx() ctx: YhdyspintaContext): Promise<CooperationBody> {
    return (await loadEntityById(ctx, CooperationBody, meeting.bodyId))!;
  }
}

@Resolver(() => CooperationBodyOutput)
export class CooperationBodyOutputResolver {
  @FieldResolver(() => String, { description: "The kind's label (outputKinds vocabulary)." })
  kindLabel(@Root() output: CooperationBodyOutput, @Arg("language", () => Language, { defaultValue: "FI" }) language: LanguageValue): string {
    return vocabularyLabel("outputKinds", output.kind, language);
  }

  @FieldResolver(() => CooperationBody)
  async body(@Root() output: CooperationBodyOutput, @Ctx() ctx: YhdyspintaContext): Promise<CooperationBody> {
    return (await loadEntityById(ctx, CooperationBody, output.bodyId))!;
  }
}

export const [RegionCooperationBodiesResolver, MunicipalityCooperationBodiesResolver] = regionListResolvers<CooperationBodyFilter>({
  field: "cooperationBodies", connection: CooperationBodyConnection, filter: CooperationBodyFilter, order: CooperationBodyOrder,
  description: { region: "Bodies serving the region or one of its municipalities.", municipality: "Bodies whose scope names the municipality." },
  list: (ctx, parent, code, filter, page, orderBy, info) => service.listByParent(ctx, parent, code, filter, page, info, orderBy),
});
