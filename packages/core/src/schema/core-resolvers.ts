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
import {
  CooperationBodyMeetingResolver, CooperationBodyMemberResolver, CooperationBodyOutputResolver, CooperationBodyResolver,
  MunicipalityCooperationBodiesResolver, RegionCooperationBodiesResolver,
} from "../cooperation-body/cooperation-body.resolver";
import { ContactRoleResolver, MunicipalityContactRolesResolver, PersonResolver, RegionContactRolesResolver } from "../person/person.resolver";
import {
  ConsultationResolver, ConsultationResponseResolver, CooperationBodyConsultationsResolver, MunicipalityConsultationsResolver, RegionConsultationsResolver,
} from "../consultation/consultation.resolver";
import {
  CooperationBodyCallsResolver, RepresentativeCallResolver, RepresentativeNominationResolver,
} from "../representative-call/representative-call.resolver";
import {
  ConsultationDocumentsResolver, CooperationBodyDocumentsResolver, DocumentLinkResolver, MeetingDocumentsResolver, MilestoneDocumentsResolver,
  OutputDocumentsResolver,
} from "../document/document.resolver";
import { VocabularyResolver } from "../vocabulary/vocabulary.resolver";

export const CORE_RESOLVERS = [
  NodeResolver,
  WellbeingRegionResolver, MunicipalityResolver,
  OrganisationResolver, OrganisationFacetsResolver, RegionOrganisationsResolver, MunicipalityOrganisationsResolver,
  ActivityResolver, ActivityFacetsResolver, OrganisationActivitiesResolver, RegionActivitiesResolver, MunicipalityActivitiesResolver,
  PartnershipResolver, OrganisationPartnershipsResolver, RegionPartnershipsResolver, MunicipalityPartnershipsResolver,
  MilestoneResolver, MilestoneEventResolver, RegionMilestonesResolver, MilestoneSubscriptionResolver,
  NotificationResolver,
  VocabularyResolver,
  CooperationBodyResolver, CooperationBodyMemberResolver, CooperationBodyMeetingResolver, CooperationBodyOutputResolver,
  RegionCooperationBodiesResolver, MunicipalityCooperationBodiesResolver,
  PersonResolver, ContactRoleResolver, RegionContactRolesResolver, MunicipalityContactRolesResolver,
  ConsultationResolver, ConsultationResponseResolver, CooperationBodyConsultationsResolver, RegionConsultationsResolver, MunicipalityConsultationsResolver,
  RepresentativeCallResolver, RepresentativeNominationResolver, CooperationBodyCallsResolver,
  DocumentLinkResolver, CooperationBodyDocumentsResolver, MeetingDocumentsResolver, OutputDocumentsResolver, ConsultationDocumentsResolver,
  MilestoneDocumentsResolver,
] as const;
