import { Arg, Ctx, FieldResolver, Float, Int, Resolver, Root } from "type-graphql";
import { UserInputError } from "../errors/errors";
import { Reason } from "../errors/error-reasons";
import { ActivityContact, ActivityCost, ActivityLocation, ActivityOccurrence, ActivityRegistration, RecurrenceRule } from "./activity-details.types";
import { nextOccurrences } from "./activity-timing";
import { distanceKm } from "./activity.filters";
import { Role } from "../auth/roles";
import { listComplexity } from "../graphql/complexity";
import { connectionFieldResolver, facetedConnectionQueryResolvers } from "../graphql/connection-resolver";
import type { YhdyspintaContext } from "../context/request-context";
import { deleteMutation, inputMutation, mutationResolver, updateMutation } from "../graphql/mutation-resolver";
import { Organisation } from "../organisation/organisation.entity";
import { organisationService } from "../organisation/organisation.service";
import { Municipality } from "../region/municipality.entity";
import { regionListResolvers } from "../region/region-lists.resolver";
import { ActivityConnection, ActivityFacets, ActivityListConnection } from "./activity.connection";
import { Activity } from "./activity.entity";
import { ActivityFilter, ActivityOrder, CreateActivityInput, GeoPointInput, UpdateActivityInput } from "./activity.inputs";
import { activityService } from "./activity.service";
import { Columns } from "../query/projection";

/** The root list, and its facets counted under its filter in one statement for all selected facets. */
export const [ActivitiesQueryResolver, ActivityFacetsResolver] = facetedConnectionQueryResolvers({
  field: "activities", connection: ActivityListConnection, facets: ActivityFacets, filter: ActivityFilter, order: ActivityOrder,
  description: "Activities to refer people to, alphabetically or by search relevance.",
  service: activityService,
});

@Resolver(() => Activity)
export class ActivityResolver {
  @Columns("organisationId")
  @FieldResolver(() => Organisation)
  async organisation(@Root() activity: Activity, @Ctx() ctx: YhdyspintaContext): Promise<Organisation> {
    return (await organisationService.findById(ctx, activity.organisationId))!;
  }

  @Columns()
  @FieldResolver(() => [Municipality], { complexity: listComplexity(10), description: "Where it takes place." })
  municipalities(@Root() activity: Activity, @Ctx() ctx: YhdyspintaContext): Promise<Municipality[]> | Municipality[] {
    return activityService.municipalitiesOf(ctx, activity.dbId, activity);
  }

  @Columns("venueName", "streetAddress", "postalCode", "postOffice", "locationMunicipalityCode", "latitude", "longitude")
  @FieldResolver(() => ActivityLocation, { nullable: true, description: "Where it meets; null when nothing of it is known (online-only, say)." })
  location(@Root() a: Activity, @Ctx() ctx: YhdyspintaContext): ActivityLocation | null {
    const municipality = a.locationMunicipalityCode ? ctx.reference.municipality(a.locationMunicipalityCode) ?? null : null;
    const parts = [a.venueName, a.streetAddress, a.postalCode, a.postOffice, municipality, a.latitude];
    if (parts.every((p) => p == null)) return null;
    return { venueName: a.venueName, streetAddress: a.streetAddress, postalCode: a.postalCode, postOffice: a.postOffice, municipality, latitude: a.latitude, longitude: a.longitude };
  }

  @Columns("latitude", "longitude")
  @FieldResolver(() => Float, { nullable: true, description: "Great-circle distance in km from the point (e.g. the `filter.near` point); null without coordinates." })
  distanceKm(@Root() a: Activity, @Arg("from", () => GeoPointInput) from: GeoPointInput): number | null {
    if (a.latitude == null || a.longitude == null) return null;
    return Math.round(distanceKm(from, { latitude: a.latitude, longitude: a.longitude }) * 100) / 100;
  }

  @Columns("occurrences")
  @FieldResolver(() => [ActivityOccurrence], { description: "One-off occurrences, in time order." })
  occurrences(@Root() a: Activity): ActivityOccurrence[] {
    return (a.occurrences ?? []).map((o) => ({ startsAt: new Date(o.startsAt), endsAt: new Date(o.endsAt) }));
  }

  @Columns("recurrence")
  @FieldResolver(() => [RecurrenceRule], { description: "Recurring meeting times (Europe/Helsinki)." })
  recurrence(@Root() a: Activity): RecurrenceRule[] {
    return a.recurrence ?? [];
  }

  @Columns("occurrences", "recurrence")
  @FieldResolver(() => [ActivityOccurrence], { description: "The next meetings that end after `from` (default: now), one-off and recurring merged, holidays left out. Computed, no database read." })
  nextOccurrences(
    @Root() a: Activity,
    @Arg("first", () => Int, { defaultValue: 3 }) first: number,
    @Arg("from", () => Date, { nullable: true }) from?: Date | null,
  ): ActivityOccurrence[] {
    if (!Number.isInteger(first) || first < 0 || first > 50) throw new UserInputError(`"first" must be between 0 and 50`, { field: "first", reason: Reason.PAGE_SIZE_OUT_OF_RANGE });
    return nextOccurrences(this.occurrences(a), a.recurrence ?? [], first, from ?? new Date());
  }

  @Columns("costType", "costAmount", "costDescription")
  @FieldResolver(() => ActivityCost)
  cost(@Root() a: Activity): ActivityCost {
    return { type: a.costType, amount: a.costAmount, description: a.costDescription };
  }

  @Columns("costType")
  @FieldResolver(() => Boolean, { deprecationReason: "Use cost { type }: UNKNOWN is not free." })
  freeOfCharge(@Root() a: Activity): boolean {
    return a.costType === "FREE";
  }

  @Columns("registrationType", "registrationHow", "registrationUrl", "registrationDeadline")
  @FieldResolver(() => ActivityRegistration, { nullable: true, description: "How to sign up; null when not known." })
  registration(@Root() a: Activity): ActivityRegistration | null {
    if (!a.registrationType) return null;
    return { type: a.registrationType, how: a.registrationHow, url: a.registrationUrl, deadline: a.registrationDeadline };
  }

  @Columns("contactPhone", "contactEmail", "contactWeb")
  @FieldResolver(() => ActivityContact, { nullable: true, description: "The activity's own public contact; null when it has none (see its organisation's)." })
  contact(@Root() a: Activity): ActivityContact | null {
    if (a.contactPhone == null && a.contactEmail == null && a.contactWeb == null) return null;
    return { phone: a.contactPhone, email: a.contactEmail, web: a.contactWeb };
  }
}

export const ActivityMutationResolver = mutationResolver("ActivityMutationResolver", [Role.EDITOR, Role.ADMIN], {
  createActivity: inputMutation(Activity, CreateActivityInput, (ctx, input) => activityService.create(ctx, input)),
  updateActivity: updateMutation(Activity, UpdateActivityInput, (ctx, id, input) => activityService.update(ctx, id, input)),
  deleteActivity: deleteMutation((ctx, id) => activityService.delete(ctx, id)),
});

export const OrganisationActivitiesResolver = connectionFieldResolver(Organisation, {
  field: "activities", connection: ActivityConnection, filter: ActivityFilter, order: ActivityOrder, columns: [],
  list: (ctx, org, filter, page, orderBy, info) => activityService.listByParent(ctx, "organisation", org.dbId, filter, page, orderBy, info),
});

export const [RegionActivitiesResolver, MunicipalityActivitiesResolver] = regionListResolvers<ActivityFilter>({
  field: "activities", connection: ActivityConnection, filter: ActivityFilter, order: ActivityOrder,
  description: { region: "Activities in the region's municipalities." },
  list: (ctx, parent, code, filter, page, orderBy, info) => activityService.listByParent(ctx, parent, code, filter, page, orderBy, info),
});
