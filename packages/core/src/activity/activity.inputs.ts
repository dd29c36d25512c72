import { ArrayMaxSize, IsOptional, Length, MaxLength } from "class-validator";
import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { OrderInput } from "../graphql/args";
import { LocalizedInputFields, type LocalizedInput, type OptionalLocalizedInput } from "../graphql/localized-input";
import { AccessibilityFeature, ActivityKind, Language, TargetGroup, Theme } from "../graphql/enums";
import type { AccessibilityFeatureValue, ActivityKindValue, LanguageValue, TargetGroupValue, ThemeValue } from "../vocabulary/vocabulary";

@InputType({ description: "All given conditions must hold." })
export class ActivityFilter {
  @Field(() => String, { nullable: true, description: "Takes place in a municipality of this wellbeing region." })
  @IsOptional()
  @MaxLength(2)
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: "Takes place in this municipality." })
  @IsOptional()
  @MaxLength(3)
  municipalityCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  organisationId?: string | null;

  @Field(() => ActivityKind, { nullable: true })
  kind?: ActivityKindValue | null;

  @Field(() => Theme, { nullable: true })
  theme?: ThemeValue | null;

  @Field(() => TargetGroup, { nullable: true })
  targetGroup?: TargetGroupValue | null;

  @Field(() => Language, { nullable: true })
  language?: LanguageValue | null;

  @Field(() => Boolean, { nullable: true, description: "Only activities one can take part in online (true) or only on site (false)." })
  online?: boolean | null;

  @Field(() => String, { nullable: true, description: "Finnish full-text search (web search syntax), e.g. \"omaishoitajien vertaistukiryhmä\" (compound words are not split)." })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
}

const NAME = { prefix: "name", maxLength: 200, nonEmpty: true };
const DESCRIPTION = { prefix: "description", maxLength: 5000 };

export interface ActivityFields extends OptionalLocalizedInput<"description"> {}
/** Fields shared by create and update; omitted means unchanged on update, null clears. */
@InputType()
@LocalizedInputFields(DESCRIPTION)
export abstract class ActivityFields {
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

export interface CreateActivityInput extends LocalizedInput<"name"> {}
@InputType()
@LocalizedInputFields({ ...NAME, finnishRequired: true })
export class CreateActivityInput extends ActivityFields {
  @Field(() => ID)
  @MaxLength(200)
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
