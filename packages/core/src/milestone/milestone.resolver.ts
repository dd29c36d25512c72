import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root, Subscription, type SubscribeResolverData } from "type-graphql";
import { Role } from "../auth/roles";
import { ConnectionArgs } from "../graphql/args";
import { connectionQueryResolver } from "../graphql/connection-resolver";
import { inputMutation, mutation, mutationResolver, updateMutation } from "../graphql/mutation-resolver";
import type { YhdyspintaContext } from "../context/request-context";
import { ErrorCode, UserInputError } from "../errors/errors";
import { GraphQLError } from "graphql";
import { Organisation } from "../organisation/organisation.entity";
import { organisationService } from "../organisation/organisation.service";
import { WellbeingRegion } from "../region/wellbeing-region.entity";
import { MilestoneEvent } from "./milestone-event.entity";
import { eventHead, parseEventCursor, requireKnownEventPosition } from "./milestone-event.cursor";
import { resolveEventFilter } from "./milestone-event.filter";
import { knownMilestoneKinds } from "./milestone-kinds";
import { Language } from "../graphql/enums";
import type { LanguageValue } from "../vocabulary/vocabulary";
import { vocabularyLabel } from "../vocabulary/vocabulary-registry";
import { MilestoneEventConnection, PreparationMilestoneConnection } from "./milestone.connection";
import { PreparationMilestone } from "./milestone.entity";
import { MilestoneStatus, type MilestoneStatusValue } from "./milestone.enums";
import { CreateMilestoneInput, MilestoneEventFilter, MilestoneFilter, MilestoneEventOrder, MilestoneOrder, UpdateMilestoneInput } from "./milestone.inputs";
import type { OrderItem } from "../query/ordering";
import { milestoneService } from "./milestone.service";
import { Reason } from "../errors/error-reasons";

async function subscribeToMilestoneEvents({ args, context }: SubscribeResolverData<unknown, { filter?: MilestoneEventFilter | null; after?: string | null }, YhdyspintaContext>) {
  const hub = context.milestoneEvents;
  if (!hub) throw new GraphQLError("Subscriptions are served over graphql-ws only", { extensions: { code: ErrorCode.BAD_USER_INPUT, reason: Reason.TRANSPORT } });
  const after = parseEventCursor(args.after);
  if (after !== null) await requireKnownEventPosition(context.db, after);
  const filter = await resolveEventFilter(context, args.filter);
  return hub.subscribe(filter, after);
}

export const MilestonesQueryResolver = connectionQueryResolver({
  field: "milestones", connection: PreparationMilestoneConnection, filter: MilestoneFilter, order: MilestoneOrder, complexity: false,
  description: "Reform preparation milestones by due date (national and regional).",
  list: (ctx, _root, filter, page, orderBy, info) => milestoneService.list(ctx, filter, page, orderBy, info),
});

@Resolver(() => PreparationMilestone)
export class MilestoneResolver {
  @Query(() => [String], { description: "Milestone kinds known to this server: the core's and those of enabled region plug-ins." })
  milestoneKinds(): string[] {
    return knownMilestoneKinds();
  }

  @Query(() => MilestoneEventConnection, {
    description: "Stored milestone events, oldest first (the history). Each event's `cursor` resumes the `milestoneEvents` subscription after it.",
  })
  milestoneEvents(
    @Ctx() ctx: YhdyspintaContext,
    @Args() page: ConnectionArgs,
    @Arg("filter", () => MilestoneEventFilter, { nullable: true }) filter?: MilestoneEventFilter | null,
    @Arg("orderBy", () => [MilestoneEventOrder], { nullable: true, description: "Sort keys, first the most significant; ties are broken by id." }) orderBy?: OrderItem[] | null,
  ) {
    return milestoneService.listEvents(ctx, filter, page, orderBy);
  }

  @Query(() => String, {
    description: "The newest event's cursor (\"0\" when there is none). Read it with the data you show, then subscribe with it as `after`: nothing that happens in between is missed.",
  })
  async milestoneEventsHead(@Ctx() ctx: YhdyspintaContext): Promise<string> {
    return (await eventHead(ctx.db)).toString();
  }

  @FieldResolver(() => String, { description: "The kind's label in the language (milestoneKinds vocabulary; plug-ins give theirs)." })
  kindLabel(@Root() m: PreparationMilestone, @Arg("language", () => Language, { defaultValue: "FI" }) language: LanguageValue): string {
    return vocabularyLabel("milestoneKinds", m.kind, language);
  }

  @FieldResolver(() => WellbeingRegion, { nullable: true, description: "Null for a national milestone." })
  region(@Root() m: PreparationMilestone, @Ctx() ctx: YhdyspintaContext): WellbeingRegion | null {
    return m.regionCode === null ? null : ctx.reference.region(m.regionCode) ?? null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "An organisation the milestone concerns." })
  organisation(@Root() m: PreparationMilestone, @Ctx() ctx: YhdyspintaContext) {
    return m.organisationId === null ? null : organisationService.findById(ctx, m.organisationId);
  }

  @FieldResolver(() => MilestoneEventConnection, { description: "The milestone's changes, oldest first." })
  async events(
    @Root() m: PreparationMilestone, @Ctx() ctx: YhdyspintaContext, @Args() page: ConnectionArgs,
    @Arg("orderBy", () => [MilestoneEventOrder], { nullable: true, description: "Sort keys, first the most significant; ties are broken by id." }) orderBy?: OrderItem[] | null,
  ) {
    return milestoneService.listEventsOf(ctx, m.dbId, page, orderBy);
  }
}

// Coarse gate; the service decides by the milestone's region (requireMilestoneManager).
export const MilestoneMutationResolver = mutationResolver("MilestoneMutationResolver", [Role.COORDINATOR, Role.ADMIN], {
  createMilestone: inputMutation(PreparationMilestone, CreateMilestoneInput, (ctx, input) => milestoneService.create(ctx, input), {
    description: "Creates a milestone and a CREATED event.",
  }),
  updateMilestone: updateMutation(PreparationMilestone, UpdateMilestoneInput, (ctx, id, input) => milestoneService.update(ctx, id, input), {
    description: "Changes fields other than the status; records an UPDATED event.",
  }),
  changeMilestoneStatus: mutation<{ id: string; status: MilestoneStatusValue; note?: string | null }>(
    PreparationMilestone, { id: ID, status: MilestoneStatus, note: { type: String, options: { nullable: true } } },
    (ctx, { id, status, note }) => {
      if (note != null && note.length > 2000) throw new UserInputError("note is longer than 2000 characters", { field: "note", reason: Reason.TOO_LONG });
      return milestoneService.changeStatus(ctx, id, status, note);
    },
    { description: "Moves the milestone to another status; records a STATUS_CHANGED event with the note." },
  ),
});

@Resolver()
export class MilestoneSubscriptionResolver {
  @Subscription(() => MilestoneEvent, {
    subscribe: subscribeToMilestoneEvents,
    description:
      "Milestone events as they happen. With `after` (an event's `cursor`), first every stored matching event after it, then live ones: " +
      "in cursor order, with no gap and no duplicate. Without `after`, only events from now on. Resume after a disconnect with the last cursor received.",
  })
  milestoneEvents(
    @Root() event: MilestoneEvent,
    @Ctx() ctx: YhdyspintaContext,
    @Arg("filter", () => MilestoneEventFilter, { nullable: true }) _filter?: MilestoneEventFilter | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor of the last event already received." }) _after?: string | null,
  ): MilestoneEvent {
    // One context serves the whole subscription: forget what earlier events loaded, so fields show current data.
    ctx.loaders.clearAll();
    return event;
  }
}

@Resolver(() => MilestoneEvent)
export class MilestoneEventResolver {
  @FieldResolver(() => PreparationMilestone, { description: "The milestone as it is now." })
  async milestone(@Root() event: MilestoneEvent, @Ctx() ctx: YhdyspintaContext): Promise<PreparationMilestone> {
    return event.milestoneSnapshot ?? (await milestoneService.findById(ctx, event.milestoneId))!;
  }
}

@Resolver(() => WellbeingRegion)
export class RegionMilestonesResolver {
  @FieldResolver(() => PreparationMilestoneConnection, { description: "Preparation milestones of the region by due date." })
  milestones(
    @Root() region: WellbeingRegion,
    @Ctx() ctx: YhdyspintaContext,
    @Args() page: ConnectionArgs,
    @Arg("kinds", () => [String], { nullable: true }) kinds?: string[] | null,
    @Arg("status", () => [MilestoneStatus], { nullable: true }) status?: MilestoneStatusValue[] | null,
    @Arg("includeNational", () => Boolean, { defaultValue: false, description: "Also list the national milestones." }) includeNational?: boolean,
    @Arg("orderBy", () => [MilestoneOrder], { nullable: true, description: "Sort keys, first the most significant; ties are broken by id." }) orderBy?: OrderItem[] | null,
  ) {
    if (kinds && kinds.length > 100) throw new UserInputError("At most 100 kinds", { field: "kinds", reason: Reason.TOO_MANY });
    return milestoneService.listByRegion(ctx, region.code, { kinds, status, includeNational }, page, orderBy);
  }
}
