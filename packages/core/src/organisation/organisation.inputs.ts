import { IsEmail, IsOptional, IsUrl, Matches, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { ChangeTimeFilters, DeprecatedScopeFilters, FilterCombinators, OneValueFilter, OptionalId, OptionalList, OptionalText } from "../graphql/input-fields";
import { orderByInput } from "../graphql/args";
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
  @OptionalList(() => String, 23, { description: `Operates in one of these wellbeing regions. ${LIST}` })
  regionCodes?: string[] | null;

  @OptionalList(() => String, 308, { description: `Operates in one of these municipalities. ${LIST}` })
  municipalityCodes?: string[] | null;

  @OptionalList(() => OrganisationKind, 20, { description: LIST })
  kinds?: OrganisationKindValue[] | null;

  @OptionalList(() => Theme, 20, { description: `Works on at least one of these themes. ${LIST}` })
  themes?: ThemeValue[] | null;

  @OptionalList(() => Language, 20, { description: `Serves in at least one of these languages. ${LIST}` })
  languages?: LanguageValue[] | null;

  @OptionalList(() => ID, 100, { description: `Direct children of one of these organisations. ${LIST}` })
  parentIds?: string[] | null;

  @ChangeTimeFilters()
  createdSince?: Date | null;
  createdBefore?: Date | null;
  updatedSince?: Date | null;
  updatedBefore?: Date | null;

  @OptionalText(200, { description: "Full-text search in Finnish, Swedish and English names and descriptions (web search syntax: \"quoted phrase\", or, -not); words match their inflected forms, completions and compounds they are part of, and a word found nowhere is corrected to the closest indexed word." })
  search?: string | null;

  @FilterCombinators(() => OrganisationFilter)
  and?: OrganisationFilter[] | null;
  or?: OrganisationFilter[] | null;
  not?: OrganisationFilter | null;

  @DeprecatedScopeFilters()
  regionCode?: string | null;
  municipalityCode?: string | null;

  @OneValueFilter(() => OrganisationKind, "kinds")
  kind?: OrganisationKindValue | null;

  @OneValueFilter(() => Theme, "themes")
  theme?: ThemeValue | null;

  @OneValueFilter(() => Language, "languages")
  language?: LanguageValue | null;

  @OptionalId({ deprecationReason: "Use parentIds." })
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

  @OptionalId()
  parentId?: string | null;

  @OptionalList(() => String, 23, { description: "Wellbeing regions of operation; the regions of `municipalityCodes` are added automatically." })
  regionCodes?: string[] | null;

  @OptionalList(() => String, 308)
  municipalityCodes?: string[] | null;

  @OptionalList(() => Theme, 20)
  themes?: ThemeValue[] | null;

  @OptionalList(() => Language, 20)
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

export const OrganisationOrder = orderByInput(
  "OrganisationOrder", ["NAME", "CREATED_AT", "UPDATED_AT", "KIND", "RELEVANCE"],
  "RELEVANCE: full-text match (needs `filter.search`; DESC = best first).",
);
