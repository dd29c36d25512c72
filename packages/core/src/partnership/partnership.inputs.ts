import { OrganisationFilter } from "../organisation/organisation.inputs";
import { LocalDateScalar } from "../graphql/local-date.scalar";
import { Field, ID, InputType } from "type-graphql";
import {
  ChangeTimeFilters, DeprecatedScopeFilters, FilterCombinators, IdInput, OneValueFilter, OptionalId, OptionalList, OptionalText, RangeFilters,
} from "../graphql/input-fields";
import { orderByInput } from "../graphql/args";
import { LocalizedInputFields, type LocalizedInput, type OptionalLocalizedInput } from "../graphql/localized-input";
import { PartnershipKind, PartnershipStatus } from "../graphql/enums";
import type { PartnershipKindValue, PartnershipStatusValue } from "../vocabulary/vocabulary";

const LIST = "Any of the values (an empty list matches nothing).";

@InputType({
  description: "All given conditions must hold; a list matches any of its values. Combine filters with `and`, `or` and `not` (see docs/querying.md).",
})
export class PartnershipFilter {
  @OptionalList(() => String, 23, { description: `With one of these wellbeing regions or one of their municipalities. ${LIST}` })
  regionCodes?: string[] | null;

  @OptionalList(() => String, 308, { description: `With one of these municipalities. ${LIST}` })
  municipalityCodes?: string[] | null;

  @OptionalList(() => ID, 100, { description: `Of one of these organisations. ${LIST}` })
  organisationIds?: string[] | null;

  @OptionalList(() => PartnershipKind, 20, { description: LIST })
  kinds?: PartnershipKindValue[] | null;

  @OptionalList(() => PartnershipStatus, 20, { description: LIST })
  statuses?: PartnershipStatusValue[] | null;

  @RangeFilters(() => LocalDateScalar, "starts", {
    since: "Starts on or after this day (partnerships without a start day never match).",
    before: "Starts before this day.",
  })
  startsSince?: string | null;
  startsBefore?: string | null;

  @RangeFilters(() => LocalDateScalar, "ends", { since: "Ends on or after this day (open-ended partnerships never match).", before: "Ends before this day." })
  endsSince?: string | null;
  endsBefore?: string | null;

  @ChangeTimeFilters()
  createdSince?: Date | null;
  createdBefore?: Date | null;
  updatedSince?: Date | null;
  updatedBefore?: Date | null;

  @FilterCombinators(() => PartnershipFilter)
  and?: PartnershipFilter[] | null;
  or?: PartnershipFilter[] | null;
  not?: PartnershipFilter | null;

  @DeprecatedScopeFilters()
  regionCode?: string | null;
  municipalityCode?: string | null;

  @OptionalId({ deprecationReason: "Use organisationIds." })
  organisationId?: string | null;

  @OneValueFilter(() => PartnershipKind, "kinds")
  kind?: PartnershipKindValue | null;

  @OneValueFilter(() => PartnershipStatus, "statuses")
  status?: PartnershipStatusValue | null;
}

const TITLE = { prefix: "title", maxLength: 300, nonEmpty: true };
// Organisations filtered by their partnerships (see the same note in activity.inputs.ts).
declare module "../organisation/organisation.inputs" {
  interface OrganisationFilter {
    hasPartnership?: PartnershipFilter | null;
  }
}
Field(() => PartnershipFilter, { nullable: true, description: "Has at least one partnership matching this filter." })(OrganisationFilter.prototype, "hasPartnership");

/** Fields shared by create and update; omitted means unchanged on update, null clears. */
@InputType()
export abstract class PartnershipFields {
  @OptionalText(5000)
  description?: string | null;

  @OptionalText(2000)
  organisationRole?: string | null;

  @OptionalText(2000)
  publicPartyRole?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  startsOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  endsOn?: string | null;
}

export interface CreatePartnershipInput extends LocalizedInput<"title"> {}
@InputType({ description: "Exactly one of regionCode and municipalityCode names the public party." })
@LocalizedInputFields({ ...TITLE, finnishRequired: true })
export class CreatePartnershipInput extends PartnershipFields {
  @IdInput()
  organisationId: string;

  @OptionalText(2)
  regionCode?: string | null;

  @OptionalText(3)
  municipalityCode?: string | null;

  @Field(() => PartnershipKind)
  kind: PartnershipKindValue;

  @Field(() => PartnershipStatus, { nullable: true, defaultValue: "PLANNED" })
  status?: PartnershipStatusValue | null;
}

/** Omitted fields stay as they are; null clears an optional field. Parties cannot change. */
export interface UpdatePartnershipInput extends OptionalLocalizedInput<"title"> {}
@InputType()
@LocalizedInputFields(TITLE)
export class UpdatePartnershipInput extends PartnershipFields {
  @Field(() => PartnershipKind, { nullable: true })
  kind?: PartnershipKindValue | null;

  @Field(() => PartnershipStatus, { nullable: true })
  status?: PartnershipStatusValue | null;
}

export const PartnershipOrder = orderByInput(
  "PartnershipOrder", ["NAME", "CREATED_AT", "UPDATED_AT", "KIND", "STARTS_ON", "ENDS_ON"],
  "NAME: the title. STARTS_ON, ENDS_ON: partnerships without the date (open-ended) sort last ascending (first descending).",
);
