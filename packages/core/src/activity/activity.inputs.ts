import { ArrayMaxSize, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { Field, Float, ID, InputType, Int } from "type-graphql";
import {
  ChangeTimeFilters, DeprecatedScopeFilters, FilterCombinators, IdInput, OneValueFilter, OptionalId, OptionalList, OptionalText, RangeFilters,
} from "../graphql/input-fields";
import { orderByInput } from "../graphql/args";
import { LocalizedInputFields, type LocalizedInput, type OptionalLocalizedInput } from "../graphql/localized-input";
import { OrganisationFilter } from "../organisation/organisation.inputs";
import {
  AccessibilityFeature, ActivityKind, ActivityStatus, CostType, Language, RegistrationType, TargetGroup, Theme, Weekday,
} from "../graphql/enums";
import { LocalDateScalar } from "../graphql/local-date.scalar";
import type {
  AccessibilityFeatureValue, ActivityKindValue, ActivityStatusValue, CostTypeValue, LanguageValue, RegistrationTypeValue, TargetGroupValue,
  ThemeValue, WeekdayValue,
} from "../vocabulary/vocabulary";

@InputType({ description: "A WGS84 point." })
export class GeoPointInput {
  @Field(() => Float)
  @Min(-90)
  @Max(90)
  latitude: number;

  @Field(() => Float)
  @Min(-180)
  @Max(180)
  longitude: number;
}

@InputType({ description: "A point and a distance: activities whose location lies within `radiusKm` of it (great-circle distance)." })
export class NearInput extends GeoPointInput {
  @Field(() => Float)
  @Min(0)
  @Max(2000)
  radiusKm: number;
}

@InputType({ description: "A time window [from, to)." })
export class TimeWindowInput {
  @Field()
  from: Date;

  @Field()
  to: Date;
}

const LIST = "Any of the values (an empty list matches nothing).";

/**
 * The activity's yes/no attributes, alike in its filter (only activities with the value given) and its
 * fields (omitted leaves it): `noReferralNeeded`, `anonymousAllowed`, `lowThreshold`. Put it on
 * `noReferralNeeded` and declare the other two right below it, undecorated (see ChangeTimeFilters).
 */
function AttributeFlags(): PropertyDecorator {
  return (target) => {
    for (const flag of ["noReferralNeeded", "anonymousAllowed", "lowThreshold"]) Field(() => Boolean, { nullable: true })(target, flag);
  };
}

@InputType({
  description: "All given conditions must hold; a list matches any of its values. Combine filters with `and`, `or` and `not` (see docs/querying.md).",
})
export class ActivityFilter {
  @OptionalList(() => String, 23, { description: `Takes place in a municipality of one of these wellbeing regions. ${LIST}` })
  regionCodes?: string[] | null;

  @OptionalList(() => String, 308, { description: `Takes place in one of these municipalities. ${LIST}` })
  municipalityCodes?: string[] | null;

  @OptionalList(() => ID, 100, { description: `Run by one of these organisations. ${LIST}` })
  organisationIds?: string[] | null;

  @OptionalList(() => ActivityKind, 20, { description: LIST })
  kinds?: ActivityKindValue[] | null;

  @OptionalList(() => Theme, 20, { description: `Has at least one of these themes. ${LIST}` })
  themes?: ThemeValue[] | null;

  @OptionalList(() => TargetGroup, 20, { description: `Is for at least one of these target groups. ${LIST}` })
  targetGroups?: TargetGroupValue[] | null;

  @OptionalList(() => Language, 20, { description: `Runs in at least one of these languages. ${LIST}` })
  languages?: LanguageValue[] | null;

  @Field(() => Boolean, { nullable: true, description: "Only activities one can take part in online (true) or only on site (false)." })
  online?: boolean | null;

  @RangeFilters(() => Date, "starts", {
    since: "Starts at or after this time (activities without a start time never match).",
    before: "Starts before this time (activities without a start time never match).",
  })
  startsSince?: Date | null;
  startsBefore?: Date | null;

  @RangeFilters(() => Date, "ends", {
    since: "Ends at or after this time (activities without an end time never match).",
    before: "Ends before this time (activities without an end time never match).",
  })
  endsSince?: Date | null;
  endsBefore?: Date | null;

  @ChangeTimeFilters()
  createdSince?: Date | null;
  createdBefore?: Date | null;
  updatedSince?: Date | null;
  updatedBefore?: Date | null;

  @Field(() => OrganisationFilter, { nullable: true, description: "Run by an organisation matching this filter." })
  @IsOptional()
  organisation?: OrganisationFilter | null;
  @OptionalList(() => CostType, 10, { description: "Cost is one of these (UNKNOWN only when listed)." })
  cost?: CostTypeValue[] | null;

  @Field(() => Float, { nullable: true, description: "Free, or a known amount of at most this many euros (\"free or cheap\")." })
  @IsOptional()
  @Min(0)
  maxCostAmount?: number | null;

  @OptionalList(() => RegistrationType, 10, { description: "Registration is one of these." })
  registration?: RegistrationTypeValue[] | null;

  @Field(() => Int, { nullable: true, description: "Meant for a person of this age (no age limit counts as meant for all)." })
  @IsOptional()
  @Min(0)
  @Max(150)
  age?: number | null;

  @AttributeFlags()
  noReferralNeeded?: boolean | null;
  anonymousAllowed?: boolean | null;
  lowThreshold?: boolean | null;

  @OptionalList(() => AccessibilityFeature, 20, { description: "Has every one of these accessibility features." })
  accessibility?: AccessibilityFeatureValue[] | null;

  @OptionalList(() => ActivityStatus, 10, { description: "Status is one of these. Default: every status but ENDED." })
  status?: ActivityStatusValue[] | null;

  @Field(() => TimeWindowInput, { nullable: true, description: "Meets (a one-off or recurring occurrence overlaps) within this window; at most 400 days long." })
  @IsOptional()
  @ValidateNested()
  occursBetween?: TimeWindowInput | null;

  @Field(() => NearInput, { nullable: true, description: "Its location is within `radiusKm` of the point; enables orderBy DISTANCE." })
  @IsOptional()
  @ValidateNested()
  near?: NearInput | null;

  @OptionalText(200, { description: "Full-text search in Finnish, Swedish and English names and descriptions (web search syntax: \"quoted phrase\", or, -not), e.g. \"omaishoitajien vertaistukiryhmä\". Words match their inflected forms, completions and compounds they are part of (\"vertaistuki\" finds \"vertaistukiryhmä\"); a word found nowhere is corrected to the closest indexed word." })
  search?: string | null;

  @FilterCombinators(() => ActivityFilter)
  and?: ActivityFilter[] | null;
  or?: ActivityFilter[] | null;
  not?: ActivityFilter | null;

  @DeprecatedScopeFilters()
  regionCode?: string | null;
  municipalityCode?: string | null;

  @OptionalId({ deprecationReason: "Use organisationIds." })
  organisationId?: string | null;

  @OneValueFilter(() => ActivityKind, "kinds")
  kind?: ActivityKindValue | null;

  @OneValueFilter(() => Theme, "themes")
  theme?: ThemeValue | null;

  @OneValueFilter(() => TargetGroup, "targetGroups")
  targetGroup?: TargetGroupValue | null;

  @OneValueFilter(() => Language, "languages")
  language?: LanguageValue | null;
}

const NAME = { prefix: "name", maxLength: 200, nonEmpty: true };
const DESCRIPTION = { prefix: "description", maxLength: 5000 };

export interface ActivityFields extends OptionalLocalizedInput<"description"> {}
// Organisations filtered by their activities: declared here, where both types are known, so the
// two filter types refer to each other without an import cycle (the organisation feature knows no activity).
declare module "../organisation/organisation.inputs" {
  interface OrganisationFilter {
    hasActivity?: ActivityFilter | null;
  }
}
Field(() => ActivityFilter, { nullable: true, description: "Runs at least one activity matching this filter." })(OrganisationFilter.prototype, "hasActivity");
@InputType()
export class LocationInput {
  @OptionalText(200)
  venueName?: string | null;

  @OptionalText(200)
  streetAddress?: string | null;

  @Field(() => String, { nullable: true, description: "Five digits." })
  @IsOptional()
  @Matches(/^[0-9]{5}$/, { message: "postalCode must be five digits" })
  postalCode?: string | null;

  @OptionalText(100)
  postOffice?: string | null;

  @OptionalText(3)
  municipalityCode?: string | null;

  @Field(() => Float, { nullable: true, description: "WGS84; give both or neither." })
  @IsOptional()
  @Min(-90)
  @Max(90)
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(-180)
  @Max(180)
  longitude?: number | null;
}

@InputType()
export class OccurrenceInput {
  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;
}

@InputType({ description: "Tuesdays 10-12 from 1.9. to 15.12. except holidays = { weekdays: [TUESDAY], startTime: \"10:00\", endTime: \"12:00\", startDate: \"2026-09-01\", endDate: \"2026-12-15\" }." })
export class RecurrenceRuleInput {
  @Field(() => String, { nullable: true, description: "WEEKLY (default) or MONTHLY." })
  @IsOptional()
  @Matches(/^(WEEKLY|MONTHLY)$/, { message: "frequency must be WEEKLY or MONTHLY" })
  frequency?: "WEEKLY" | "MONTHLY" | null;

  @Field(() => [Weekday])
  @ArrayMaxSize(7)
  weekdays: WeekdayValue[];

  @Field(() => Int, { nullable: true, description: "Every n weeks (default 1)." })
  @IsOptional()
  interval?: number | null;

  @Field(() => Int, { nullable: true, description: "MONTHLY: 1-5, or -1 for the last." })
  @IsOptional()
  weekOfMonth?: number | null;

  @Field({ description: "HH:MM, Finnish local time." })
  @MaxLength(5)
  startTime: string;

  @Field({ description: "HH:MM, Finnish local time." })
  @MaxLength(5)
  endTime: string;

  @Field(() => LocalDateScalar)
  startDate: string;

  @Field(() => LocalDateScalar, { nullable: true })
  endDate?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Default true." })
  exceptHolidays?: boolean | null;

  @OptionalList(() => LocalDateScalar, 100)
  exceptDates?: string[] | null;
}

@InputType()
export class CostInput {
  @Field(() => CostType)
  type: CostTypeValue;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100000)
  amount?: number | null;

  @OptionalText(500)
  description?: string | null;
}

@InputType()
export class RegistrationInput {
  @Field(() => RegistrationType)
  type: RegistrationTypeValue;

  @OptionalText(500)
  how?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  @Matches(/^https?:\/\/\S+$/, { message: "registration url must be an http(s) address" })
  url?: string | null;

  @Field(() => Date, { nullable: true })
  deadline?: Date | null;
}

@InputType({ description: "The activity's public contact channel: an organisational phone, e-mail or web page." })
export class ContactInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50)
  @Matches(/^\+?[0-9 ()-]{5,30}$/, { message: "contact phone must be a phone number" })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(254)
  @Matches(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, { message: "contact email must be an e-mail address" })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  @Matches(/^https?:\/\/\S+$/, { message: "contact web must be an http(s) address" })
  web?: string | null;
}

/** Fields shared by create and update; omitted means unchanged on update, null clears. */
@InputType()
@LocalizedInputFields(DESCRIPTION)
export abstract class ActivityFields {
  @OptionalList(() => TargetGroup, 20)
  targetGroups?: TargetGroupValue[] | null;

  @OptionalList(() => Theme, 20)
  themes?: ThemeValue[] | null;

  @OptionalList(() => Language, 20)
  languages?: LanguageValue[] | null;

  @OptionalList(() => AccessibilityFeature, 20)
  accessibility?: AccessibilityFeatureValue[] | null;

  @OptionalList(() => String, 308)
  municipalityCodes?: string[] | null;

  @OptionalText(500)
  schedule?: string | null;

  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt?: Date | null;

  @OptionalText(500)
  address?: string | null;

  @Field(() => Boolean, { nullable: true })
  online?: boolean | null;

  @Field(() => Boolean, { nullable: true, deprecationReason: "Use cost: { type: FREE } (true) or { type: FEE } (false)." })
  freeOfCharge?: boolean | null;

  @Field(() => LocationInput, { nullable: true, description: "Replaces the whole location." })
  @IsOptional()
  @ValidateNested()
  location?: LocationInput | null;

  @Field(() => [OccurrenceInput], { nullable: true, description: "One-off occurrences (replaces the list; startsAt/endsAt follow its first start and last end)." })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  occurrences?: OccurrenceInput[] | null;

  @Field(() => [RecurrenceRuleInput], { nullable: true, description: "Recurring meeting times (replaces the list)." })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  recurrence?: RecurrenceRuleInput[] | null;

  @Field(() => CostInput, { nullable: true, description: "Omitted on create: UNKNOWN (never silently free)." })
  @IsOptional()
  @ValidateNested()
  cost?: CostInput | null;

  @Field(() => RegistrationInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  registration?: RegistrationInput | null;

  @Field(() => ContactInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  contact?: ContactInput | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(150)
  ageMin?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(150)
  ageMax?: number | null;

  @AttributeFlags()
  noReferralNeeded?: boolean | null;
  anonymousAllowed?: boolean | null;
  lowThreshold?: boolean | null;

  @Field(() => ActivityStatus, { nullable: true })
  status?: ActivityStatusValue | null;

  @Field(() => LocalDateScalar, { nullable: true })
  validFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  validUntil?: string | null;

  @Field(() => Date, { nullable: true })
  lastVerifiedAt?: Date | null;
}

export interface CreateActivityInput extends LocalizedInput<"name"> {}
@InputType()
@LocalizedInputFields({ ...NAME, finnishRequired: true })
export class CreateActivityInput extends ActivityFields {
  @IdInput()
  organisationId: string;

  @Field(() => ActivityKind)
  kind: ActivityKindValue;
}

/** Omitted fields stay as they are; null clears an optional field. The organisation cannot change. */
export interface UpdateActivityInput extends OptionalLocalizedInput<"name"> {}
@InputType()
@LocalizedInputFields(NAME)
export class UpdateActivityInput extends ActivityFields {
  @Field(() => ActivityKind, { nullable: true })
  kind?: ActivityKindValue | null;
}

export const ActivityOrder = orderByInput(
  "ActivityOrder", ["NAME", "CREATED_AT", "UPDATED_AT", "KIND", "STARTS_AT", "ENDS_AT", "RELEVANCE", "DISTANCE"],
  "STARTS_AT, ENDS_AT: activities without the time sort last ascending (first descending). RELEVANCE: full-text match (needs `filter.search`; DESC = best first). DISTANCE: from `filter.near` (needs it; ASC = nearest first).",
);
