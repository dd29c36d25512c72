import { ArrayMaxSize, IsEmail, IsOptional, Length, MaxLength } from "class-validator";
import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { LocalDateScalar } from "../graphql/local-date.scalar";
import { OrderInput } from "../graphql/args";

@InputType({ description: "All given conditions must hold; a list matches any of its values." })
export class ContactRoleFilter {
  @Field(() => [String], { nullable: true, description: "Roles in these regions: for the region itself or one of its municipalities." })
  @IsOptional()
  @ArrayMaxSize(23)
  @MaxLength(2, { each: true })
  regionCodes?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(400)
  @MaxLength(3, { each: true })
  municipalityCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Codes of the contactRoleTypes vocabulary." })
  @IsOptional()
  @ArrayMaxSize(100)
  @MaxLength(64, { each: true })
  types?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "Only roles valid today (true) or only others (false)." })
  current?: boolean | null;
}

@InputType()
export abstract class PersonFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(254)
  @IsEmail()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  phone?: string | null;

  @Field(() => ID, { nullable: true, description: "The person's organisation (employer)." })
  @IsOptional()
  @MaxLength(200)
  organisationId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "The person agreed to publication of name, e-mail and phone." })
  publicationConsent?: boolean | null;
}

@InputType({ description: "A person; regionCode names the wellbeing region whose coordinators keep the record." })
export class CreatePersonInput extends PersonFields {
  @Field()
  @Length(1, 200)
  name: string;

  @Field()
  @MaxLength(2)
  regionCode: string;
}

@InputType({ description: "Omitted fields stay as they are; null clears." })
export class UpdatePersonInput extends PersonFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string | null;
}

@InputType({ description: "A role of a person for one region or one municipality (exactly one of regionCode, municipalityCode)." })
export class AddContactRoleInput {
  @Field(() => ID)
  @MaxLength(200)
  personId: string;

  @Field({ description: "A code of the contactRoleTypes vocabulary." })
  @MaxLength(64)
  type: string;

  @Field(() => String, { nullable: true, description: "The topic of a counterpart (vastinpari)." })
  @IsOptional()
  @MaxLength(300)
  topic?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2)
  regionCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(3)
  municipalityCode?: string | null;

  @Field(() => ID, { nullable: true, description: "The employer, e.g. the network NGO of a regional coordinator." })
  @IsOptional()
  @MaxLength(200)
  organisationId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  validFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  validUntil?: string | null;
}

export enum ContactRoleOrderField {
  TYPE = "TYPE",
  VALID_FROM = "VALID_FROM",
  VALID_UNTIL = "VALID_UNTIL",
  CREATED_AT = "CREATED_AT",
  UPDATED_AT = "UPDATED_AT",
}
registerEnumType(ContactRoleOrderField, {
  name: "ContactRoleOrderField",
  description: "TYPE: the contactRoleTypes code. A missing VALID_FROM / VALID_UNTIL sorts after every date ascending. Default TYPE ascending.",
});
export const ContactRoleOrder = OrderInput<ContactRoleOrderField>("ContactRoleOrder", ContactRoleOrderField);
