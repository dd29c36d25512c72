import { LocalizedFields, type LocalizedColumns, type OptionalLocalizedColumns } from "../graphql/localized-fields";
import { DemoFlag, type DemoFlagged } from "../graphql/demo-flag";
import { Timestamps, type Timestamped } from "../graphql/timestamps";
import { NodeEntity } from "../graphql/node-entity";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { AccessibilityFeature, ActivityKind, ActivityStatus, Language, TargetGroup, Theme } from "../graphql/enums";
import { LocalDateScalar } from "../graphql/local-date.scalar";
import { Node } from "../graphql/graphql-types";
import type {
  AccessibilityFeatureValue, ActivityKindValue, ActivityStatusValue, CostTypeValue, LanguageValue, RegistrationTypeValue, TargetGroupValue, ThemeValue,
} from "../vocabulary/vocabulary";
import type { RecurrenceRuleValue } from "./activity-timing";

/** A one-off occurrence as stored in the `occurrences` jsonb column (ISO 8601 instants). */
export interface StoredOccurrence {
  startsAt: string;
  endsAt: string;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "Toiminta: what an NGO offers people (peer support, drop-in, outreach...), where and when, for service guidance to refer to.",
})
@Entity("activity")
@LocalizedFields({ prefix: "name" }, { prefix: "description", optional: true })
@DemoFlag()
@Timestamps()
export class Activity extends NodeEntity {
  static readonly typeName = "Activity";

  @Column({ name: "organisation_id", type: "integer" })
  organisationId: number;

  @Field(() => ActivityKind)
  @Column({ type: "text" })
  kind: ActivityKindValue;

  @Field(() => [TargetGroup])
  @Column({ name: "target_groups", type: "text", array: true, default: () => "'{}'" })
  targetGroups: TargetGroupValue[];

  @Field(() => [Theme])
  @Column({ type: "text", array: true, default: () => "'{}'" })
  themes: ThemeValue[];

  @Field(() => [Language])
  @Column({ type: "text", array: true, default: () => "'{}'" })
  languages: LanguageValue[];

  @Field(() => [AccessibilityFeature])
  @Column({ type: "text", array: true, default: () => "'{}'" })
  accessibility: AccessibilityFeatureValue[];

  @Field(() => String, { nullable: true, description: "When it happens, in words, e.g. \"ti klo 17–19\" (see `recurrence`, `occurrences` and `nextOccurrences` for the structured times)." })
  @Column({ type: "text", nullable: true })
  schedule: string | null;

  @Field(() => Date, { nullable: true, description: "Start of the first one-off occurrence (kept with `occurrences`)." })
  @Column({ name: "starts_at", type: "timestamptz", nullable: true })
  startsAt: Date | null;

  @Field(() => Date, { nullable: true, description: "End of the last one-off occurrence." })
  @Column({ name: "ends_at", type: "timestamptz", nullable: true })
  endsAt: Date | null;

  @Field(() => String, { nullable: true, description: "The address as free text (from before the structured `location`; kept as written)." })
  @Column({ type: "text", nullable: true })
  address: string | null;

  @Field({ description: "Takes part online (also) — available regardless of municipality." })
  @Column({ type: "boolean", default: false })
  online: boolean;

  // Location (PTV service channel address); the field `location` reads these.
  @Column({ name: "venue_name", type: "text", nullable: true })
  venueName: string | null;

  @Column({ name: "street_address", type: "text", nullable: true })
  streetAddress: string | null;

  @Column({ name: "postal_code", type: "text", nullable: true })
  postalCode: string | null;

  @Column({ name: "post_office", type: "text", nullable: true })
  postOffice: string | null;

  @Column({ name: "location_municipality_code", type: "varchar", length: 3, nullable: true })
  locationMunicipalityCode: string | null;

  @Column({ type: "double precision", nullable: true })
  latitude: number | null;

  @Column({ type: "double precision", nullable: true })
  longitude: number | null;

  // Timing: one-off occurrences and recurring rules (fields `occurrences`, `recurrence`, `nextOccurrences`).
  @Column({ type: "jsonb", default: () => "'[]'" })
  occurrences: StoredOccurrence[];

  @Column({ type: "jsonb", default: () => "'[]'" })
  recurrence: RecurrenceRuleValue[];

  // Cost, registration, contact: read by the fields `cost`, `registration`, `contact`.
  @Column({ name: "cost_type", type: "text", default: "UNKNOWN" })
  costType: CostTypeValue;

  @Column({ name: "cost_amount", type: "numeric", nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v == null ? null : Number(v)) } })
  costAmount: number | null;

  @Column({ name: "cost_description", type: "text", nullable: true })
  costDescription: string | null;

  @Column({ name: "registration", type: "text", nullable: true })
  registrationType: RegistrationTypeValue | null;

  @Column({ name: "registration_how", type: "text", nullable: true })
  registrationHow: string | null;

  @Column({ name: "registration_url", type: "text", nullable: true })
  registrationUrl: string | null;

  @Column({ name: "registration_deadline", type: "timestamptz", nullable: true })
  registrationDeadline: Date | null;

  @Column({ name: "contact_phone", type: "text", nullable: true })
  contactPhone: string | null;

  @Column({ name: "contact_email", type: "text", nullable: true })
  contactEmail: string | null;

  @Column({ name: "contact_web", type: "text", nullable: true })
  contactWeb: string | null;

  @Field(() => Int, { nullable: true, description: "Youngest age the activity is meant for (inclusive)." })
  @Column({ name: "age_min", type: "integer", nullable: true })
  ageMin: number | null;

  @Field(() => Int, { nullable: true, description: "Oldest age the activity is meant for (inclusive)." })
  @Column({ name: "age_max", type: "integer", nullable: true })
  ageMax: number | null;

  @Field({ description: "Ei lähetettä: one can come without a referral from a professional." })
  @Column({ name: "no_referral_needed", type: "boolean", default: false })
  noReferralNeeded: boolean;

  @Field({ description: "One can take part anonymously." })
  @Column({ name: "anonymous_allowed", type: "boolean", default: false })
  anonymousAllowed: boolean;

  @Field({ description: "Matala kynnys: low threshold, an attribute of any kind of activity." })
  @Column({ name: "low_threshold", type: "boolean", default: false })
  lowThreshold: boolean;

  @Field(() => ActivityStatus)
  @Column({ type: "text", default: "ACTIVE" })
  status: ActivityStatusValue;

  @Field(() => LocalDateScalar, { nullable: true, description: "First day the activity runs (local date)." })
  @Column({ name: "valid_from", type: "date", nullable: true })
  validFrom: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Last day the activity runs (local date)." })
  @Column({ name: "valid_until", type: "date", nullable: true })
  validUntil: string | null;

  @Field(() => Date, { nullable: true, description: "When the organisation last confirmed these details." })
  @Column({ name: "last_verified_at", type: "timestamptz", nullable: true })
  lastVerifiedAt: Date | null;
}

// The columns LocalizedFields adds, typed.
type ActivityTexts = LocalizedColumns<"name"> & OptionalLocalizedColumns<"description">;
export interface Activity extends ActivityTexts, DemoFlagged, Timestamped {}
