import { LocalizedFields, type LocalizedColumns, type OptionalLocalizedColumns } from "../graphql/localized-fields";
import { DemoFlag, type DemoFlagged } from "../graphql/demo-flag";
import { Timestamps, type Timestamped } from "../graphql/timestamps";
import { NodeEntity } from "../graphql/node-entity";
import { ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { AccessibilityFeature, ActivityKind, ActivityStatus, Language, TargetGroup, Theme } from "../graphql/enums";
import { Node } from "../graphql/graphql-types";
import type {
  AccessibilityFeatureValue, ActivityKindValue, ActivityStatusValue, CostTypeValue, LanguageValue, RegistrationTypeValue, TargetGroupValue, ThemeValue,
} from "../vocabulary/vocabulary";
import type { RecurrenceRuleValue } from "./activity-timing";
import { DateField, EnumField, EnumListField, FlagField, IntField, KeyColumn, MunicipalityCodeColumn, TextColumn, TextField, TimestampField } from "../graphql/entity-fields";

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

  @KeyColumn()
  organisationId: number;

  @EnumField(ActivityKind)
  kind: ActivityKindValue;

  @EnumListField(TargetGroup)
  targetGroups: TargetGroupValue[];

  @EnumListField(Theme)
  themes: ThemeValue[];

  @EnumListField(Language)
  languages: LanguageValue[];

  @EnumListField(AccessibilityFeature)
  accessibility: AccessibilityFeatureValue[];

  @TextField({ nullable: true, description: "When it happens, in words, e.g. \"ti klo 17–19\" (see `recurrence`, `occurrences` and `nextOccurrences` for the structured times)." })
  schedule: string | null;

  @TimestampField({ nullable: true, description: "Start of the first one-off occurrence (kept with `occurrences`)." })
  startsAt: Date | null;

  @TimestampField({ nullable: true, description: "End of the last one-off occurrence." })
  endsAt: Date | null;

  @TextField({ nullable: true, description: "The address as free text (from before the structured `location`; kept as written)." })
  address: string | null;

  @FlagField({ description: "Takes part online (also) — available regardless of municipality." })
  online: boolean;

  // Location (PTV service channel address); the field `location` reads these.
  @TextColumn({ nullable: true })
  venueName: string | null;

  @TextColumn({ nullable: true })
  streetAddress: string | null;

  @TextColumn({ nullable: true })
  postalCode: string | null;

  @TextColumn({ nullable: true })
  postOffice: string | null;

  @MunicipalityCodeColumn({ nullable: true })
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

  @TextColumn({ nullable: true })
  costDescription: string | null;

  @TextColumn({ nullable: true, column: "registration" })
  registrationType: RegistrationTypeValue | null;

  @TextColumn({ nullable: true })
  registrationHow: string | null;

  @TextColumn({ nullable: true })
  registrationUrl: string | null;

  @Column({ name: "registration_deadline", type: "timestamptz", nullable: true })
  registrationDeadline: Date | null;

  @TextColumn({ nullable: true })
  contactPhone: string | null;

  @TextColumn({ nullable: true })
  contactEmail: string | null;

  @TextColumn({ nullable: true })
  contactWeb: string | null;

  @IntField({ nullable: true, description: "Youngest age the activity is meant for (inclusive)." })
  ageMin: number | null;

  @IntField({ nullable: true, description: "Oldest age the activity is meant for (inclusive)." })
  ageMax: number | null;

  @FlagField({ description: "Ei lähetettä: one can come without a referral from a professional." })
  noReferralNeeded: boolean;

  @FlagField({ description: "One can take part anonymously." })
  anonymousAllowed: boolean;

  @FlagField({ description: "Matala kynnys: low threshold, an attribute of any kind of activity." })
  lowThreshold: boolean;

  @EnumField(ActivityStatus, { default: "ACTIVE" })
  status: ActivityStatusValue;

  @DateField({ nullable: true, description: "First day the activity runs (local date)." })
  validFrom: string | null;

  @DateField({ nullable: true, description: "Last day the activity runs (local date)." })
  validUntil: string | null;

  @TimestampField({ nullable: true, description: "When the organisation last confirmed these details." })
  lastVerifiedAt: Date | null;
}

// The columns LocalizedFields adds, typed.
type ActivityTexts = LocalizedColumns<"name"> & OptionalLocalizedColumns<"description">;
export interface Activity extends ActivityTexts, DemoFlagged, Timestamped {}
