import { ArrayMaxSize, IsOptional, Length, MaxLength } from "class-validator";
import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { LocalDateScalar } from "../graphql/local-date.scalar";
import { ConsultationStatus, type ConsultationStatusValue } from "./consultation.entity";
import { OrderInput } from "../graphql/args";

@InputType({ description: "All given conditions must hold; a list matches any of its values." })
export class ConsultationFilter {
  @Field(() => [String], { nullable: true, description: "Consultations addressed to these regions, or to one of their municipalities." })
  @IsOptional()
  @ArrayMaxSize(23)
  @MaxLength(2, { each: true })
  regionCodes?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(400)
  @MaxLength(3, { each: true })
  municipalityCodes?: string[] | null;

  @Field(() => [ConsultationStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(4)
  statuses?: ConsultationStatusValue[] | null;

  @Field(() => ID, { nullable: true, description: "Consultations of this cooperation body." })
  @IsOptional()
  @MaxLength(200)
  bodyId?: string | null;
}

@InputType()
export abstract class ConsultationFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10000)
  description?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "First day responses are taken; default today." })
  opensOn?: string | null;
}

@InputType({ description: "Who is asked: invitedOrganisationIds and/or everyone in regionCodes and municipalityCodes (at least one of the three)." })
export class CreateConsultationInput extends ConsultationFields {
  @Field()
  @Length(1, 500)
  subject: string;

  @Field(() => LocalDateScalar)
  deadline: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(23)
  @MaxLength(2, { each: true })
  regionCodes?: string[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(400)
  @MaxLength(3, { each: true })
  municipalityCodes?: string[] | null;

  @Field(() => [ID], { nullable: true, description: "Organisations asked by name." })
  @IsOptional()
  @ArrayMaxSize(500)
  @MaxLength(200, { each: true })
  invitedOrganisationIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: "The body that runs the consultation." })
  @IsOptional()
  @MaxLength(200)
  bodyId?: string | null;
}

@InputType({ description: "Omitted fields stay as they are; null clears an optional field." })
export class UpdateConsultationInput extends ConsultationFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 500)
  subject?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  deadline?: string | null;
}

@InputType({ description: "An organisation's statement; giving it again replaces the earlier one while the consultation is open." })
export class RespondToConsultationInput {
  @Field(() => ID)
  @MaxLength(200)
  consultationId: string;

  @Field(() => ID)
  @MaxLength(200)
  organisationId: string;

  @Field()
  @Length(1, 20000)
  statement: string;
}

export enum ConsultationOrderField {
  DEADLINE = "DEADLINE",
  OPENS_ON = "OPENS_ON",
  SUBJECT = "SUBJECT",
  CREATED_AT = "CREATED_AT",
  UPDATED_AT = "UPDATED_AT",
}
registerEnumType(ConsultationOrderField, { name: "ConsultationOrderField", description: "SUBJECT: Finnish collation. Default DEADLINE ascending." });
export const ConsultationOrder = OrderInput<ConsultationOrderField>("ConsultationOrder", ConsultationOrderField);

export enum ConsultationResponseOrderField {
  CREATED_AT = "CREATED_AT",
  UPDATED_AT = "UPDATED_AT",
}
registerEnumType(ConsultationResponseOrderField, { name: "ConsultationResponseOrderField", description: "Default CREATED_AT ascending (oldest first)." });
export const ConsultationResponseOrder = OrderInput<ConsultationResponseOrderField>("ConsultationResponseOrder", ConsultationResponseOrderField);
