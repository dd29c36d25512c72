import {
  ActivitiesQueryResolver, ActivityFacetsResolver, ActivityMutationResolver, ActivityResolver, MunicipalityActivitiesResolver, OrganisationActivitiesResolver, RegionActivitiesResolver,
} from "../activity/activity.resolver";
import { MilestoneEventResolver, MilestoneMutationResolver, MilestoneResolver, MilestonesQueryResolver, MilestoneSubscriptionResolver, RegionMilestonesResolver } from "../milestone/milestone.resolver";
import { NodeResolver } from "../node/node.resolver";
import { NotificationResolver } from "../notification/notification.resolver";
import {
  MunicipalityOrganisationsResolver, OrganisationFacetsResolver, OrganisationsQueryResolver, OrganisationMutationResolver, OrganisationResolver, RegionOrganisationsResolver,
} from "../organisation/organisation.resolver";
import {
  MunicipalityPartnershipsResolver, OrganisationPartnershipsResolver, PartnershipMutationResolver, PartnershipResolver, PartnershipsQueryResolver, RegionPartnershipsResolver,
} from "../partnership/partnership.resolver";
import { MunicipalityResolver, WellbeingRegionResolver } from "../region/region.resolver";
import {
  CooperationBodiesQueryResolver, CooperationBodyMeetingResolver, CooperationBodyMemberResolver, CooperationBodyMutationResolver, CooperationBodyOutputResolver, CooperationBodyResolver,
  MunicipalityCooperationBodiesResolver, RegionCooperationBodiesResolver,
} from "../cooperation-body/cooperation-body.resolver";
import {
  ContactRoleResolver, ContactRolesQueryResolver, MunicipalityContactRolesResolver, PersonMutationResolver, PersonResolver, PersonRolesResolver,
  RegionContactRolesResolver,
} from "../person/person.resolver";
import {
  ConsultationMutationResolver, ConsultationResolver, ConsultationResponseResolver, ConsultationsQueryResolver, CooperationBodyConsultationsResolver,
  MunicipalityConsultationsResolver, RegionConsultationsResolver,
} from "../consultation/consultation.resolver";
import {
  CooperationBodyCallsResolver, RepresentativeCallMutationResolver, RepresentativeCallResolver, RepresentativeNominationResolver,
} from "../representative-call/representative-call.resolver";
import {
  ConsultationDocumentsResolver, CooperationBodyDocumentsResolver, DocumentLinkMutationResolver, DocumentLinkResolver, MeetingDocumentsResolver, MilestoneDocumentsResolver,
  OutputDocumentsResolver,
} from "../document/document.resolver";
import { VocabularyResolver } from "../vocabulary/vocabulary.resolver";

export const CORE_RESOLVERS = [
  NodeResolver,
  WellbeingRegionResolver, MunicipalityResolver,
  OrganisationsQueryResolver, OrganisationResolver, OrganisationMutationResolver, OrganisationFacetsResolver, RegionOrganisationsResolver, MunicipalityOrganisationsResolver,
  ActivitiesQueryResolver, ActivityResolver, ActivityMutationResolver, ActivityFacetsResolver, OrganisationActivitiesResolver, RegionActivitiesResolver, MunicipalityActivitiesResolver,
  PartnershipsQueryResolver, PartnershipResolver, PartnershipMutationResolver, OrganisationPartnershipsResolver, RegionPartnershipsResolver, MunicipalityPartnershipsResolver,
  MilestonesQueryResolver, MilestoneResolver, MilestoneMutationResolver, MilestoneEventResolver, RegionMilestonesResolver, MilestoneSubscriptionResolver,
  NotificationResolver,
  VocabularyResolver,
  CooperationBodyResolver, CooperationBodiesQueryResolver, CooperationBodyMutationResolver, CooperationBodyMemberResolver, CooperationBodyMeetingResolver, CooperationBodyOutputResolver,
  RegionCooperationBodiesResolver, MunicipalityCooperationBodiesResolver,
  PersonResolver, PersonRolesResolver, ContactRolesQueryResolver, ContactRoleResolver, PersonMutationResolver, RegionContactRolesResolver, MunicipalityContactRolesResolver,
  ConsultationsQueryResolver, ConsultationResolver, ConsultationMutationResolver, ConsultationResponseResolver, CooperationBodyConsultationsResolver, RegionConsultationsResolver, MunicipalityConsultationsResolver,
  RepresentativeCallResolver, RepresentativeCallMutationResolver, RepresentativeNominationResolver, CooperationBodyCallsResolver,
  DocumentLinkResolver, DocumentLinkMutationResolver, CooperationBodyDocumentsResolver, MeetingDocumentsResolver, OutputDocumentsResolver, ConsultationDocumentsResolver,
  MilestoneDocumentsResolver,
] as const;
