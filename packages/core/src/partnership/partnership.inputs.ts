import { IsOptional, Length, MaxLength } from "class-validator";
import { LocalDateScalar } from "../graphql/local-date.scalar";
import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { OrderInput } from "../graphql/args";
import { LocalizedInputFields, type LocalizedInput, type OptionalLocalizedInput } from "../graphql/localized-input";
import { PartnershipKind, PartnershipStatus } from "../graphql/enums";
import type { PartnershipKindValue, PartnershipStatusValue } from "../vocabulary/vocabulary";

@InputType({ description: "All given conditions must hold." })
export class PartnershipFilter {
  @Field(() => String, { nullable: true, description: "With this wellbeing region or one of its municipalities." })
  @IsOptional()
  @MaxLength(2)
  regionCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(3)
  municipalityCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  organisationId?: string | null;

  @Field(() => PartnershipKind, { nullable: true })
  kind?: PartnershipKindValue | null;

  @Field(() => PartnershipStatus, { nullable: true })
  status?: PartnershipStatusValue | null;
}

const TITLE = { prefix: "title", maxLength: 300, nonEmpty: true };

/** Fields shared by create and update; omitted means unchanged on update, null clears. */
@InputType()
export abstract class PartnershipFields {
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

export interface CreatePartnershipInput extends LocalizedInput<"title"> {}
@InputType({ description: "Exactly one of regionCode and municipalityCode names the public party." })
@LocalizedInputFields({ ...TITLE, finnishRequired: true })
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
