import {
  ActivityFacetsResolver, ActivityResolver, MunicipalityActivitiesResolver, OrganisationActivitiesResolver, RegionActivitiesResolver,
} from "../activity/activity.resolver";
import { MilestoneEventResolver, MilestoneResolver, MilestoneSubscriptionResolver, RegionMilestonesResolver } from "../milestone/milestone.resolver";
import { NodeResolver } from "../node/node.resolver";
import { NotificationResolver } from "../notification/notification.resolver";
import {
  MunicipalityOrganisationsResolver, OrganisationFacetsResolver, OrganisationResolver, RegionOrganisationsResolver,
} from "../organisation/organisation.resolver";
import {
  MunicipalityPartnershipsResolver, OrganisationPartnershipsResolver, PartnershipResolver, RegionPartnershipsResolver,
} from "../partnership/partnership.resolver";
import { MunicipalityResolver, WellbeingRegionResolver } from "../region/region.resolver";

export const CORE_RESOLVERS = [
  NodeResolver,
  WellbeingRegionResolver, MunicipalityResolver,
  OrganisationResolver, OrganisationFacetsResolver, RegionOrganisationsResolver, MunicipalityOrganisationsResolver,
  ActivityResolver, ActivityFacetsResolver, OrganisationActivitiesResolver, RegionActivitiesResolver, MunicipalityActivitiesResolver,
  PartnershipResolver, OrganisationPartnershipsResolver, RegionPartnershipsResolver, MunicipalityPartnershipsResolver,
  MilestoneResolver, MilestoneEventResolver, RegionMilestonesResolver, MilestoneSubscriptionResolver,
  NotificationResolver,
] as const;
