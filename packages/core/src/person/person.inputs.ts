import { IsEmail, IsOptional, MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { IdInput, NonEmptyText, OptionalId, OptionalNonEmptyText, OptionalText, ScopeFilter, VocabularyCodeList } from "../graphql/input-fields";
import { LocalDateScalar } from "../graphql/local-date.scalar";
import { orderByInput } from "../graphql/args";

@InputType({ description: "All given conditions must hold; a list matches any of its values." })
export class ContactRoleFilter extends ScopeFilter("ContactRoleFilter", {
  regionCodes: { description: "Roles in these regions: for the region itself or one of its municipalities." },
}) {
  @VocabularyCodeList({ description: "Codes of the contactRoleTypes vocabulary." })
  types?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "Only roles valid today (true) or only others (false)." })
  current?: boolean | null;
}

@InputType()
export abstract class PersonFields {
  @OptionalText(200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(254)
  @IsEmail()
  email?: string | null;

  @OptionalText(40)
  phone?: string | null;

  @OptionalId({ description: "The person's organisation (employer)." })
  organisationId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "The person agreed to publication of name, e-mail and phone." })
  publicationConsent?: boolean | null;
}

@InputType({ description: "A person; regionCode names the wellbeing region whose coordinators keep the record." })
export class CreatePersonInput extends PersonFields {
  @NonEmptyText(200)
  name: string;

  @Field()
  @MaxLength(2)
  regionCode: string;
}

@InputType({ description: "Omitted fields stay as they are; null clears." })
export class UpdatePersonInput extends PersonFields {
  @OptionalNonEmptyText(200)
  name?: string | null;
}

@InputType({ description: "A role of a person for one region or one municipality (exactly one of regionCode, municipalityCode)." })
export class AddContactRoleInput {
  @IdInput()
  personId: string;

  @Field({ description: "A code of the contactRoleTypes vocabulary." })
  @MaxLength(64)
  type: string;

  @OptionalText(300, { description: "The topic of a counterpart (vastinpari)." })
  topic?: string | null;

  @OptionalText(2)
  regionCode?: string | null;

  @OptionalText(3)
  municipalityCode?: string | null;

  @OptionalId({ description: "The employer, e.g. the network NGO of a regional coordinator." })
  organisationId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  validFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  validUntil?: string | null;
}

export const ContactRoleOrder = orderByInput(
  "ContactRoleOrder", ["TYPE", "VALID_FROM", "VALID_UNTIL", "CREATED_AT", "UPDATED_AT"],
  "TYPE: the contactRoleTypes code. A missing VALID_FROM / VALID_UNTIL sorts after every date ascending. Default TYPE ascending.",
);
