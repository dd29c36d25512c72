import { ArrayMaxSize, IsOptional, Length, MaxLength } from "class-validator";
import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { OrderInput } from "../graphql/args";
import { LocalDateScalar } from "../graphql/local-date.scalar";
import { MemberSide, type MemberSideValue } from "./cooperation-body.entity";

@InputType({ description: "All given conditions must hold; a list matches any of its values." })
export class CooperationBodyFilter {
  @Field(() => [String], { nullable: true, description: "Bodies in these wellbeing regions: scoped to the region itself or to one of its municipalities." })
  @IsOptional()
  @ArrayMaxSize(23)
  @MaxLength(2, { each: true })
  regionCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Bodies scoped to these municipalities." })
  @IsOptional()
  @ArrayMaxSize(400)
  @MaxLength(3, { each: true })
  municipalityCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Codes of the cooperationBodyKinds vocabulary." })
  @IsOptional()
  @ArrayMaxSize(100)
  @MaxLength(64, { each: true })
  kinds?: string[] | null;
}

/** Fields shared by create and update; omitted means unchanged on update, null clears. */
@InputType()
export abstract class CooperationBodyFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300)
  nameSv?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300)
  nameEn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  termStartsOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  termEndsOn?: string | null;

  @Field(() => [String], { nullable: true, description: "Wellbeing regions the body serves (with municipalityCodes: at least one in all)." })
  @IsOptional()
  @ArrayMaxSize(23)
  @MaxLength(2, { each: true })
  regionCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Municipalities the body serves." })
  @IsOptional()
  @ArrayMaxSize(400)
  @MaxLength(3, { each: true })
  municipalityCodes?: string[] | null;
}

@InputType({ description: "A new body: its kind, Finnish name and scope (regionCodes and/or municipalityCodes, at least one code)." })
export class CreateCooperationBodyInput extends CooperationBodyFields {
  @Field({ description: "A code of the cooperationBodyKinds vocabulary." })
  @MaxLength(64)
  kind: string;

  @Field()
  @Length(1, 300)
  nameFi: string;
}

@InputType({ description: "Omitted fields stay as they are; null clears an optional field; a given code list replaces the old one." })
export class UpdateCooperationBodyInput extends CooperationBodyFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  kind?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300)
  nameFi?: string | null;
}

@InputType({ description: "A member: side and role, the person (optional: a vacant seat), and what the seat represents (at most one of organisationId, regionCode, municipalityCode)." })
export class AddBodyMemberInput {
  @Field(() => ID)
  @MaxLength(200)
  bodyId: string;

  @Field(() => MemberSide)
  side: MemberSideValue;

  @Field({ description: "A code of the memberRoles vocabulary." })
  @MaxLength(64)
  role: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: "The organisation represented (NGO side)." })
  @IsOptional()
  @MaxLength(200)
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: "The wellbeing county represented (county side)." })
  @IsOptional()
  @MaxLength(2)
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: "The municipality represented (municipality side)." })
  @IsOptional()
  @MaxLength(3)
  municipalityCode?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  termStartsOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  termEndsOn?: string | null;
}

@InputType()
export class BodyMeetingFields {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  place?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10000)
  agenda?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20000)
  minutes?: string | null;
}

@InputType()
export class AddBodyMeetingInput extends BodyMeetingFields {
  @Field(() => ID)
  @MaxLength(200)
  bodyId: string;

  @Field({ description: "When the meeting starts (ISO date-time with offset)." })
  startsAt: Date;
}

@InputType({ description: "Omitted fields stay as they are; null clears." })
export class UpdateBodyMeetingInput extends BodyMeetingFields {
  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;
}

@InputType()
export class AddBodyOutputInput {
  @Field(() => ID)
  @MaxLength(200)
  bodyId: string;

  @Field({ description: "A code of the outputKinds vocabulary." })
  @MaxLength(64)
  kind: string;

  @Field()
  @Length(1, 500)
  title: string;

  @Field(() => LocalDateScalar)
  issuedOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10000)
  description?: string | null;
}

export enum CooperationBodyOrderField {
  NAME = "NAME",
  KIND = "KIND",
  CREATED_AT = "CREATED_AT",
  UPDATED_AT = "UPDATED_AT",
}
registerEnumType(CooperationBodyOrderField, { name: "CooperationBodyOrderField", description: "NAME: the Finnish name (Finnish collation)." });
export const CooperationBodyOrder = OrderInput<CooperationBodyOrderField>("CooperationBodyOrder", CooperationBodyOrderField);

export enum CooperationBodyMemberOrderField {
  SIDE = "SIDE",
  ROLE = "ROLE",
  TERM_STARTS_ON = "TERM_STARTS_ON",
  TERM_ENDS_ON = "TERM_ENDS_ON",
  CREATED_AT = "CREATED_AT",
  UPDATED_AT = "UPDATED_AT",
}
registerEnumType(CooperationBodyMemberOrderField, {
  name: "CooperationBodyMemberOrderField",
  description: "SIDE: NGO, EXPERT_BY_EXPERIENCE, COUNTY, then the rest. ROLE: chair, vice-chair, member, deputy, secretary, then plug-in roles. "
    + "A missing term date sorts after every date ascending. Default SIDE, ROLE ascending.",
});
export const CooperationBodyMemberOrder = OrderInput<CooperationBodyMemberOrderField>("CooperationBodyMemberOrder", CooperationBodyMemberOrderField);

export enum CooperationBodyMeetingOrderField {
  STARTS_AT = "STARTS_AT",
  CREATED_AT = "CREATED_AT",
  UPDATED_AT = "UPDATED_AT",
}
registerEnumType(CooperationBodyMeetingOrderField, { name: "CooperationBodyMeetingOrderField", description: "Default STARTS_AT ascending." });
export const CooperationBodyMeetingOrder = OrderInput<CooperationBodyMeetingOrderField>("CooperationBodyMeetingOrder", CooperationBodyMeetingOrderField);

export enum CooperationBodyOutputOrderField {
  ISSUED_ON = "ISSUED_ON",
  TITLE = "TITLE",
  KIND = "KIND",
  CREATED_AT = "CREATED_AT",
  UPDATED_AT = "UPDATED_AT",
}
registerEnumType(CooperationBodyOutputOrderField, { name: "CooperationBodyOutputOrderField", description: "TITLE: Finnish collation. Default ISSUED_ON descending (newest first)." });
export const CooperationBodyOutputOrder = OrderInput<CooperationBodyOutputOrderField>("CooperationBodyOutputOrder", CooperationBodyOutputOrderField);
