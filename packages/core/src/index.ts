/**
 * `@yhdyspinta/core`: the plug-in API. A region plug-in compiles against this entry point alone
 * (the layering test refuses `@yhdyspinta/core/internal` and deep imports from `regions/`).
 *
 * This list is a contract: `coreVersion` in a plug-in is a range of the versions of this API.
 * Adding to it is a minor version, changing or removing anything is a breaking one (for 0.x, a
 * minor bump). The server's wiring lives in `@yhdyspinta/core/internal`. See docs/plugins.md.
 */
import "reflect-metadata";

// --- Declaring a plug-in -------------------------------------------------------------------
export { CORE_VERSION } from "./version";
export { defineRegionPlugin, type RegionPlugin, type RegionSeedContext } from "./plugin/region-plugin";
export { intKey, nodeFetcherById, type NodeFetcher } from "./node/node.registry";
export { isKnownMilestoneKind } from "./milestone/milestone-kinds";

// --- Request context -------------------------------------------------------------------------
export type { YhdyspintaContext, Viewer } from "./context/request-context";
export { ReferenceData } from "./region/reference-data.service";

// --- GraphQL types: nodes, connections, payloads, global IDs ----------------------------------
export { Node, LocalizedText, PageInfo, ConnectionType, toConnection, type ConnectionValue } from "./graphql/graphql-types";
export { NodeEntity } from "./graphql/node-entity";
export {
  TextField, DateField, TimestampField, IntField, FlagField, EnumField, EnumListField, KeyColumn, TextColumn, RegionCodeColumn, MunicipalityCodeColumn,
  type EntityFieldOptions, type EntityColumnOptions,
} from "./graphql/entity-fields";
export { NonEmptyText, OptionalNonEmptyText, OptionalText, IdInput, OptionalId, ID_MAX_LENGTH, type InputFieldText } from "./graphql/input-fields";
export { DemoFlag, addDemoFlagColumns, demoFlagMigration, markDemoRows, DEMO_FLAG_COLUMN, type DemoFlagged } from "./graphql/demo-flag";
export { ConnectionArgs, ListOrder } from "./graphql/args";
export { DeletePayload } from "./graphql/payloads";
export {
  mutationResolver, inputMutation, updateMutation, deleteMutation, mutation, type MutationField, type MutationOptions, type MutationArg,
} from "./graphql/mutation-resolver";
export { toGlobalId, fromGlobalId, parseIntId } from "./graphql/global-id";
export { pickLanguage, localizedText } from "./graphql/localized";
export { uniq } from "./graphql/uniq";
export { LocalDateScalar } from "./graphql/local-date.scalar";
export {
  Theme, TargetGroup, Language, ActivityKind, OrganisationKind, PartnershipKind, PartnershipStatus, AccessibilityFeature, RegionKind, registeredEnum,
} from "./graphql/enums";
export type {
  ThemeValue, TargetGroupValue, LanguageValue, ActivityKindValue, OrganisationKindValue, PartnershipKindValue, PartnershipStatusValue,
  AccessibilityFeatureValue, RegionKindValue,
} from "./vocabulary/vocabulary";

// --- Core types a plug-in links to or extends with @FieldResolver -----------------------------
export { WellbeingRegion } from "./region/wellbeing-region.entity";
export { Municipality } from "./region/municipality.entity";
export { Organisation } from "./organisation/organisation.entity";
export { OrganisationConnection } from "./organisation/organisation.connection";
export { organisationService, requireOrganisation } from "./organisation/organisation.service";

// --- Loaders: batched reads and keyset pages --------------------------------------------------
export { loadEntityById, loadEntitiesByKey } from "./query/entity-loader";
export { loadConnection, loadConnectionByParent, columnsOf, hydrator, type Hydrate, type ParentListOptions } from "./query/connection-loader";
export type { ListSpec, Ordering, SortKey, PageArgs } from "./query/pagination";
// A list's `orderBy`: the `XOrder` input (OrderInput over an `XOrderField` enum) and its keyset ordering (listOrdering).
export { OrderInput, OrderDirection, orderByInput, type OrderByItem } from "./graphql/args";
export {
  listOrdering, columnSortKey, localizedSortKey, textSortKey, NO_DATE, NO_TIMESTAMP, type OrderItem, type OrderField, type ListOrderingOptions,
} from "./query/ordering";
export { SqlParams, type Queryable } from "./query/sql";
export { Columns } from "./query/projection";
export { inTransaction } from "./query/transaction";
export { insertRow, updateRow, lockRow, updateChangedRow, type NewLinks } from "./query/row-writes";

// --- Errors and guards ------------------------------------------------------------------------
export { ErrorCode, type ErrorCodeValue, UserInputError, NotFoundError, ConflictError } from "./errors/errors";
export { Reason, defineReasons, type ErrorReason, type CoreReason } from "./errors/error-reasons";
export { UnauthenticatedError, ForbiddenError, requireViewer, requireRegionRole, requireRegionParticipant } from "./auth/policy";
export { Role, type RoleValue } from "./auth/roles";
export { PersonalData, PersonalText, type PersonalDataOptions } from "./auth/personal-data";
export { requireCooperationManager } from "./auth/policy";

// --- Vocabularies: open code lists plug-ins extend (RegionPlugin.vocabularies) ---------------------
export {
  isKnownCode, requireKnownCode, vocabularyLabel, vocabularyEntries, type VocabularyName, type VocabularyValue, type VocabularyLabels,
  type VocabularyEntry,
} from "./vocabulary/vocabulary-registry";

// --- Cooperation building blocks (docs/plugins.md, "Cooperation building blocks") ----------------
export { CooperationBody, CooperationBodyMember, CooperationBodyMeeting, CooperationBodyOutput, MemberSide, type MemberSideValue } from "./cooperation-body/cooperation-body.entity";
export { CooperationBodyConnection } from "./cooperation-body/cooperation-body.connection";
export {
  cooperationBodyService, insertCooperationBody, lockBody, type BodyFacts, type NewCooperationBody,
} from "./cooperation-body/cooperation-body.service";
export { Person, ContactRole } from "./person/person.entity";
export { personService } from "./person/person.service";
export { DocumentLink } from "./document/document.entity";
export { Consultation, ConsultationResponse, ConsultationStatus, type ConsultationStatusValue } from "./consultation/consultation.entity";
export { consultationService } from "./consultation/consultation.service";
export { RepresentativeCall, RepresentativeNomination } from "./representative-call/representative-call.entity";
export { representativeCallService } from "./representative-call/representative-call.service";
export { emitReformEvent, type ReformEvent } from "./milestone/reform-event";
