import { ArrayMaxSize, IsEmail, IsOptional, IsUrl, Length, Matches, MaxLength } from "class-validator";
import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { OrderInput } from "../graphql/args";
import { LocalizedInputFields, type LocalizedInput, type OptionalLocalizedInput } from "../graphql/localized-input";
import { Language, OrganisationKind, Theme } from "../graphql/enums";
import { IsBusinessId } from "./business-id.validator";
import type { LanguageValue, OrganisationKindValue, ThemeValue } from "../vocabulary/vocabulary";

const PHONE = /^\+?[0-9 ()-]{5,20}$/;

@InputType({ description: "All given conditions must hold." })
export class OrganisationFilter {
  @Field(() => String, { nullable: true, description: "Operates in this wellbeing region." })
  @IsOptional()
  @MaxLength(2)
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: "Operates in this municipality." })
  @IsOptional()
  @MaxLength(3)
  municipalityCode?: string | null;

  @Field(() => OrganisationKind, { nullable: true })
  kind?: OrganisationKindValue | null;

  @Field(() => Theme, { nullable: true })
  theme?: ThemeValue | null;

  @Field(() => Language, { nullable: true })
  language?: LanguageValue | null;

  @Field(() => ID, { nullable: true, description: "Direct children of this organisation." })
  @IsOptional()
  @MaxLength(200)
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: "Finnish full-text search in names and descriptions (web search syntax: \"quoted phrase\", or, -not)." })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
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
