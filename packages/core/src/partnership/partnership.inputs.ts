import { ArrayMaxSize, IsOptional, Length, MaxLength } from "class-validator";
import { OrganisationFilter } from "../organisation/organisation.inputs";
import { LocalDateScalar } from "../graphql/local-date.scalar";
import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { OrderInput } from "../graphql/args";
import { PartnershipKind, PartnershipStatus } from "../graphql/enums";
import type { PartnershipKindValue, PartnershipStatusValue } from "../vocabulary/vocabulary";

const LIST = "Any of the values (an empty list matches nothing).";

@InputType({
  description: "All given conditions must hold; a list matches any of its values. Combine filters with `and`, `or` and `not` (see docs/querying.md).",
})
export class PartnershipFilter {
  @Field(() => [String], { nullable: true, description: `With one of these wellbeing regions or one of their municipalities. ${LIST}` })
  @IsOptional()
  @ArrayMaxSize(23)
  regionCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: `With one of these municipalities. ${LIST}` })
  @IsOptional()
  @ArrayMaxSize(308)
  municipalityCodes?: string[] | null;

  @Field(() => [ID], { nullable: true, description: `Of one of these organisations. ${LIST}` })
  @IsOptional()
  @ArrayMaxSize(100)
  organisationIds?: string[] | null;

  @Field(() => [PartnershipKind], { nullable: true, description: LIST })
  @IsOptional()
  @ArrayMaxSize(20)
  kinds?: PartnershipKindValue[] | null;

  @Field(() => [PartnershipStatus], { nullable: true, description: LIST })
  @IsOptional()
  @ArrayMaxSize(20)
  statuses?: PartnershipStatusValue[] | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Starts on or after this day (partnerships without a start day never match)." })
  startsSince?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Starts before this day." })
  startsBefore?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Ends on or after this day (open-ended partnerships never match)." })
  endsSince?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Ends before this day." })
  endsBefore?: string | null;

  @Field(() => Date, { nullable: true, description: "Created at or after this time." })
  createdSince?: Date | null;

  @Field(() => Date, { nullable: true, description: "Created before this time." })
  createdBefore?: Date | null;

  @Field(() => Date, { nullable: true, description: "Last changed at or after this time." })
  updatedSince?: Date | null;

  @Field(() => Date, { nullable: true, description: "Last changed before this time." })
  updatedBefore?: Date | null;

  @Field(() => [PartnershipFilter], { nullable: true, description: "Every one of these filters holds." })
  @IsOptional()
  @ArrayMaxSize(20)
  and?: PartnershipFilter[] | null;

  @Field(() => [PartnershipFilter], { nullable: true, description: "At least one of these filters holds (an empty list matches nothing)." })
  @IsOptional()
  @ArrayMaxSize(20)
  or?: PartnershipFilter[] | null;

  @Field(() => PartnershipFilter, { nullable: true, description: "This filter does not hold." })
  not?: PartnershipFilter | null;

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

  @Field(() => PartnershipKind, { nullable: true, deprecationReason: "Use kinds." })
  kind?: PartnershipKindValue | null;

  @Field(() => PartnershipStatus, { nullable: true, deprecationReason: "Use statuses." })
  status?: PartnershipStatusValue | null;
}

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
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300)
  titleSv?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300)
  titleEn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  organisationRole?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  publicPartyRole?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  startsOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  endsOn?: string | null;
}

@InputType({ description: "Exactly one of regionCode and municipalityCode names the public party." })
export class CreatePartnershipInput extends PartnershipFields {
  @Field(() => ID)
  @MaxLength(200)
  organisationId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2)
  regionCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(3)
  municipalityCode?: string | null;

  @Field(() => PartnershipKind)
  kind: PartnershipKindValue;

  @Field(() => PartnershipStatus, { nullable: true, defaultValue: "PLANNED" })
  status?: PartnershipStatusValue | null;

  @Field()
  @Length(1, 300)
  titleFi: string;
}

/** Omitted fields stay as they are; null clears an optional field. Parties cannot change. */
@InputType()
export class UpdatePartnershipInput extends PartnershipFields {
  @Field(() => PartnershipKind, { nullable: true })
  kind?: PartnershipKindValue | null;

  @Field(() => PartnershipStatus, { nullable: true })
  status?: PartnershipStatusValue | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300)
  titleFi?: string | null;
}

export enum PartnershipOrderField {
  NAME = "NAME",
  CREATED_AT = "CREATED_AT",
  UPDATED_AT = "UPDATED_AT",
  KIND = "KIND",
  STARTS_ON = "STARTS_ON",
  ENDS_ON = "ENDS_ON",
}
registerEnumType(PartnershipOrderField, {
  name: "PartnershipOrderField",
  description: "NAME: the title. STARTS_ON, ENDS_ON: partnerships without the date (open-ended) sort last ascending (first descending).",
});

export const PartnershipOrder = OrderInput<PartnershipOrderField>("PartnershipOrder", PartnershipOrderField);
