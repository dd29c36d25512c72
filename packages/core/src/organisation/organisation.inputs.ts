import { ArrayMaxSize, IsEmail, IsOptional, IsUrl, Length, Matches, MaxLength } from "class-validator";
import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { OrderInput } from "../graphql/args";
import { LocalizedInputFields, type LocalizedInput, type OptionalLocalizedInput } from "../graphql/localized-input";
import { Language, OrganisationKind, Theme } from "../graphql/enums";
import { IsBusinessId } from "./business-id.validator";
import type { LanguageValue, OrganisationKindValue, ThemeValue } from "../vocabulary/vocabulary";

const PHONE = /^\+?[0-9 ()-]{5,20}$/;

const LIST = "Any of the values (an empty list matches nothing).";

@InputType({
  description: "All given conditions must hold; a list matches any of its values. Combine filters with `and`, `or` and `not` (see docs/querying.md).",
})
export class OrganisationFilter {
  @Field(() => [String], { nullable: true, description: `Operates in one of these wellbeing regions. ${LIST}` })
  @IsOptional()
  @ArrayMaxSize(23)
  regionCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: `Operates in one of these municipalities. ${LIST}` })
  @IsOptional()
  @ArrayMaxSize(308)
  municipalityCodes?: string[] | null;

  @Field(() => [OrganisationKind], { nullable: true, description: LIST })
  @IsOptional()
  @ArrayMaxSize(20)
  kinds?: OrganisationKindValue[] | null;

  @Field(() => [Theme], { nullable: true, description: `Works on at least one of these themes. ${LIST}` })
  @IsOptional()
  @ArrayMaxSize(20)
  themes?: ThemeValue[] | null;

  @Field(() => [Language], { nullable: true, description: `Serves in at least one of these languages. ${LIST}` })
  @IsOptional()
  @ArrayMaxSize(20)
  languages?: LanguageValue[] | null;

  @Field(() => [ID], { nullable: true, description: `Direct children of one of these organisations. ${LIST}` })
  @IsOptional()
  @ArrayMaxSize(100)
  parentIds?: string[] | null;

  @Field(() => Date, { nullable: true, description: "Created at or after this time." })
  createdSince?: Date | null;

  @Field(() => Date, { nullable: true, description: "Created before this time." })
  createdBefore?: Date | null;

  @Field(() => Date, { nullable: true, description: "Last changed at or after this time." })
  updatedSince?: Date | null;

  @Field(() => Date, { nullable: true, description: "Last changed before this time." })
  updatedBefore?: Date | null;

  @Field(() => String, { nullable: true, description: "Full-text search in Finnish, Swedish and English names and descriptions (web search syntax: \"quoted phrase\", or, -not); words match their inflected forms, completions and compounds they are part of, and a word found nowhere is corrected to the closest indexed word." })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;

  @Field(() => [OrganisationFilter], { nullable: true, description: "Every one of these filters holds." })
  @IsOptional()
  @ArrayMaxSize(20)
  and?: OrganisationFilter[] | null;

  @Field(() => [OrganisationFilter], { nullable: true, description: "At least one of these filters holds (an empty list matches nothing)." })
  @IsOptional()
  @ArrayMaxSize(20)
  or?: OrganisationFilter[] | null;

  @Field(() => OrganisationFilter, { nullable: true, description: "This filter does not hold." })
  not?: OrganisationFilter | null;

  @Field(() => String, { nullable: true, deprecationReason: "Use regionCodes." })
  @IsOptional()
  @MaxLength(2)
  regionCode?: string | null;

  @Field(() => String, { nullable: true, deprecationReason: "Use municipalityCodes." })
  @IsOptional()
  @MaxLength(3)
  municipalityCode?: string | null;

  @Field(() => OrganisationKind, { nullable: true, deprecationReason: "Use kinds." })
  kind?: OrganisationKindValue | null;

  @Field(() => Theme, { nullable: true, deprecationReason: "Use themes." })
  theme?: ThemeValue | null;

  @Field(() => Language, { nullable: true, deprecationReason: "Use languages." })
  language?: LanguageValue | null;

  @Field(() => ID, { nullable: true, deprecationReason: "Use parentIds." })
  @IsOptional()
  @MaxLength(200)
  parentId?: string | null;
}

const NAME = { prefix: "name", maxLength: 200, nonEmpty: true };
const DESCRIPTION = { prefix: "description", maxLength: 5000 };

export interface OrganisationFields extends OptionalLocalizedInput<"description"> {}
/** Fields shared by create and update; omitted means unchanged on update, null clears. */
@InputType()
@LocalizedInputFields(DESCRIPTION)
export abstract class OrganisationFields {
  @Field(() => String, { nullable: true, description: "Y-tunnus; the check digit is verified." })
  @IsOptional()
  @IsBusinessId()
  businessId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  parentId?: string | null;

  @Field(() => [String], { nullable: true, description: "Wellbeing regions of operation; the regions of `municipalityCodes` are added automatically." })
  @IsOptional()
  @ArrayMaxSize(23)
  regionCodes?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(308)
  municipalityCodes?: string[] | null;

  @Field(() => [Theme], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  themes?: ThemeValue[] | null;

  @Field(() => [Language], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  languages?: LanguageValue[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ["http", "https"], require_protocol: true })
  @MaxLength(500)
  website?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: "phone must be a phone number such as +358 40 1234567" })
  phone?: string | null;
}

export interface CreateOrganisationInput extends LocalizedInput<"name"> {}
@InputType()
@LocalizedInputFields({ ...NAME, finnishRequired: true })
export class CreateOrganisationInput extends OrganisationFields {
  @Field(() => OrganisationKind)
  kind: OrganisationKindValue;
}

/** Omitted fields stay as they are; null clears an optional field. */
export interface UpdateOrganisationInput extends OptionalLocalizedInput<"name"> {}
@InputType()
@LocalizedInputFields(NAME)
export class UpdateOrganisationInput extends OrganisationFields {
  @Field(() => OrganisationKind, { nullable: true })
  kind?: OrganisationKindValue | null;
}

export enum OrganisationOrderField {
  NAME = "NAME",
  CREATED_AT = "CREATED_AT",
  UPDATED_AT = "UPDATED_AT",
  KIND = "KIND",
  RELEVANCE = "RELEVANCE",
}
registerEnumType(OrganisationOrderField, { name: "OrganisationOrderField", description: "RELEVANCE: full-text match (needs `filter.search`; DESC = best first)." });

export const OrganisationOrder = OrderInput<OrganisationOrderField>("OrganisationOrder", OrganisationOrderField);
