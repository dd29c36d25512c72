import { ArrayMaxSize, IsOptional, Length, MaxLength } from "class-validator";
import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { OrderInput } from "../graphql/args";
import { OrganisationFilter } from "../organisation/organisation.inputs";
import { AccessibilityFeature, ActivityKind, Language, TargetGroup, Theme } from "../graphql/enums";
import type { AccessibilityFeatureValue, ActivityKindValue, LanguageValue, TargetGroupValue, ThemeValue } from "../vocabulary/vocabulary";

const LIST = "Any of the values (an empty list matches nothing).";

@InputType({
  description: "All given conditions must hold; a list matches any of its values. Combine filters with `and`, `or` and `not` (see docs/querying.md).",
})
export class ActivityFilter {
  @Field(() => [String], { nullable: true, description: `Takes place in a municipality of one of these wellbeing regions. ${LIST}` })
  @IsOptional()
  @ArrayMaxSize(23)
  regionCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: `Takes place in one of these municipalities. ${LIST}` })
  @IsOptional()
  @ArrayMaxSize(308)
  municipalityCodes?: string[] | null;

  @Field(() => [ID], { nullable: true, description: `Run by one of these organisations. ${LIST}` })
  @IsOptional()
  @ArrayMaxSize(100)
  organisationIds?: string[] | null;

  @Field(() => [ActivityKind], { nullable: true, description: LIST })
  @IsOptional()
  @ArrayMaxSize(20)
  kinds?: ActivityKindValue[] | null;

  @Field(() => [Theme], { nullable: true, description: `Has at least one of these themes. ${LIST}` })
  @IsOptional()
  @ArrayMaxSize(20)
  themes?: ThemeValue[] | null;

  @Field(() => [TargetGroup], { nullable: true, description: `Is for at least one of these target groups. ${LIST}` })
  @IsOptional()
  @ArrayMaxSize(20)
  targetGroups?: TargetGroupValue[] | null;

  @Field(() => [Language], { nullable: true, description: `Runs in at least one of these languages. ${LIST}` })
  @IsOptional()
  @ArrayMaxSize(20)
  languages?: LanguageValue[] | null;

  @Field(() => Boolean, { nullable: true, description: "Only activities one can take part in online (true) or only on site (false)." })
  online?: boolean | null;

  @Field(() => Date, { nullable: true, description: "Starts at or after this time (activities without a start time never match)." })
  startsSince?: Date | null;

  @Field(() => Date, { nullable: true, description: "Starts before this time (activities without a start time never match)." })
  startsBefore?: Date | null;

  @Field(() => Date, { nullable: true, description: "Ends at or after this time (activities without an end time never match)." })
  endsSince?: Date | null;

  @Field(() => Date, { nullable: true, description: "Ends before this time (activities without an end time never match)." })
  endsBefore?: Date | null;

  @Field(() => Date, { nullable: true, description: "Created at or after this time." })
  createdSince?: Date | null;

  @Field(() => Date, { nullable: true, description: "Created before this time." })
  createdBefore?: Date | null;

  @Field(() => Date, { nullable: true, description: "Last changed at or after this time." })
  updatedSince?: Date | null;

  @Field(() => Date, { nullable: true, description: "Last changed before this time." })
  updatedBefore?: Date | null;

  @Field(() => OrganisationFilter, { nullable: true, description: "Run by an organisation matching this filter." })
  @IsOptional()
  organisation?: OrganisationFilter | null;

  @Field(() => String, { nullable: true, description: "Finnish full-text search (web search syntax), e.g. \"omaishoitajien vertaistukiryhmä\" (compound words are not split)." })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;

  @Field(() => [ActivityFilter], { nullable: true, description: "Every one of these filters holds." })
  @IsOptional()
  @ArrayMaxSize(20)
  and?: ActivityFilter[] | null;

  @Field(() => [ActivityFilter], { nullable: true, description: "At least one of these filters holds (an empty list matches nothing)." })
  @IsOptional()
  @ArrayMaxSize(20)
  or?: ActivityFilter[] | null;

  @Field(() => ActivityFilter, { nullable: true, description: "This filter does not hold." })
  not?: ActivityFilter | null;

  @Field(() => String, { nullable: true, deprecationReason: "Use regionCodes." })
  @IsOptional()
  @MaxLength(2)
  regionCode?: string | null;

  @Field(() => String, { nullable: true, deprecationReason: "Use municipalityCodes." })
  @IsOptional()
  @MaxLength(3)
  municipalityCode?: string | null;

  @Field(() => ID, { nullable: true, deprecationReason: "Use organisationIds." })
  @IsOptional()
  @MaxLength(200)
  organisationId?: string | null;

  @Field(() => ActivityKind, { nullable: true, deprecationReason: "Use kinds." })
  kind?: ActivityKindValue | null;

  @Field(() => Theme, { nullable: true, deprecationReason: "Use themes." })
  theme?: ThemeValue | null;

  @Field(() => TargetGroup, { nullable: true, deprecationReason: "Use targetGroups." })
  targetGroup?: TargetGroupValue | null;

  @Field(() => Language, { nullable: true, deprecationReason: "Use languages." })
  language?: LanguageValue | null;
}

// Organisations filtered by their activities: declared here, where both types are known, so the
// two filter types refer to each other without an import cycle (the organisation feature knows no activity).
declare module "../organisation/organisation.inputs" {
  interface OrganisationFilter {
    hasActivity?: ActivityFilter | null;
  }
}
Field(() => ActivityFilter, { nullable: true, description: "Runs at least one activity matching this filter." })(OrganisationFilter.prototype, "hasActivity");

/** Fields shared by create and update; omitted means unchanged on update, null clears. */
@InputType()
export abstract class ActivityFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  nameSv?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  nameEn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  descriptionFi?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  descriptionSv?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  descriptionEn?: string | null;

  @Field(() => [TargetGroup], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  targetGroups?: TargetGroupValue[] | null;

  @Field(() => [Theme], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  themes?: ThemeValue[] | null;

  @Field(() => [Language], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  languages?: LanguageValue[] | null;

  @Field(() => [AccessibilityFeature], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  accessibility?: AccessibilityFeatureValue[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(308)
  municipalityCodes?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  schedule?: string | null;

  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;

  @Field(() => Date, { nullable: true })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  address?: string | null;

  @Field(() => Boolean, { nullable: true })
  online?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  freeOfCharge?: boolean | null;
}

@InputType()
export class CreateActivityInput extends ActivityFields {
  @Field(() => ID)
  @MaxLength(200)
  organisationId: string;

  @Field()
  @Length(1, 200)
  nameFi: string;

  @Field(() => ActivityKind)
  kind: ActivityKindValue;
}

/** Omitted fields stay as they are; null clears an optional field. The organisation cannot change. */
@InputType()
export class UpdateActivityInput extends ActivityFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  nameFi?: string | null;

  @Field(() => ActivityKind, { nullable: true })
  kind?: ActivityKindValue | null;
}

export enum ActivityOrderField {
  NAME = "NAME",
  CREATED_AT = "CREATED_AT",
  UPDATED_AT = "UPDATED_AT",
  KIND = "KIND",
  STARTS_AT = "STARTS_AT",
  ENDS_AT = "ENDS_AT",
  RELEVANCE = "RELEVANCE",
}
registerEnumType(ActivityOrderField, {
  name: "ActivityOrderField",
  description: "STARTS_AT, ENDS_AT: activities without the time sort last ascending (first descending). RELEVANCE: full-text match (needs `filter.search`; DESC = best first).",
});

export const ActivityOrder = OrderInput<ActivityOrderField>("ActivityOrder", ActivityOrderField);
