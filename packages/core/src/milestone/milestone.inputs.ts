import { ArrayMaxSize, IsOptional, Length, MaxLength } from "class-validator";
import { LocalDateScalar } from "../graphql/local-date.scalar";
import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { OrderInput } from "../graphql/args";
import { LocalizedInputFields, type LocalizedInput, type OptionalLocalizedInput } from "../graphql/localized-input";
import { MilestoneStatus, type MilestoneStatusValue } from "./milestone.enums";

@InputType({ description: "All given conditions must hold." })
export class MilestoneFilter {
  @Field(() => [String], { nullable: true, description: "Milestones of these wellbeing regions (national ones too unless includeNational is false)." })
  @IsOptional()
  @ArrayMaxSize(23)
  regionCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Milestone kinds, e.g. NGO_HEARING (see `milestoneKinds`)." })
  @IsOptional()
  @ArrayMaxSize(100)
  kinds?: string[] | null;

  @Field(() => [MilestoneStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(5)
  status?: MilestoneStatusValue[] | null;

  @Field(() => Boolean, { defaultValue: true, description: "Include national milestones (no region)." })
  includeNational?: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: "Due on or after this day." })
  dueSince?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Due before this day." })
  dueBefore?: string | null;

  @Field(() => Date, { nullable: true, description: "Created at or after this time." })
  createdSince?: Date | null;

  @Field(() => Date, { nullable: true, description: "Created before this time." })
  createdBefore?: Date | null;

  @Field(() => Date, { nullable: true, description: "Last changed at or after this time." })
  updatedSince?: Date | null;

  @Field(() => Date, { nullable: true, description: "Last changed before this time." })
  updatedBefore?: Date | null;
}

@InputType({ description: "Which milestone events to receive; all given conditions must hold." })
export class MilestoneEventFilter {
  @Field(() => [String], { nullable: true, description: "Events of milestones in these wellbeing regions (and national ones unless includeNational is false)." })
  @IsOptional()
  @ArrayMaxSize(23)
  regionCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Milestone kinds (see `milestoneKinds`)." })
  @IsOptional()
  @ArrayMaxSize(100)
  kinds?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: "What concerns this organisation: national milestones, milestones in its regions of operation, and milestones naming it.",
  })
  @IsOptional()
  @MaxLength(200)
  organisationId?: string | null;

  @Field(() => Boolean, { defaultValue: true, description: "Include events of national milestones." })
  includeNational?: boolean;
}

const TITLE = { prefix: "title", maxLength: 300, nonEmpty: true };

export interface CreateMilestoneInput extends LocalizedInput<"title"> {}
@InputType()
@LocalizedInputFields({ ...TITLE, finnishRequired: true })
export class CreateMilestoneInput {
  @Field(() => String, { nullable: true, description: "Wellbeing region; omit for a national milestone." })
  @IsOptional()
  @MaxLength(2)
  regionCode?: string | null;

  @Field(() => String, { description: "A registered milestone kind (see `milestoneKinds`)." })
  @MaxLength(64)
  kind: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => LocalDateScalar)
  dueDate: string;

  @Field(() => MilestoneStatus, { defaultValue: "PLANNED" })
  status?: MilestoneStatusValue;

  @Field(() => ID, { nullable: true, description: "An organisation the milestone concerns (e.g. the NGO heard)." })
  @IsOptional()
  @MaxLength(200)
  organisationId?: string | null;
}

/** Omitted fields stay as they are; null clears an optional field. The status changes through changeMilestoneStatus. */
export interface UpdateMilestoneInput extends OptionalLocalizedInput<"title"> {}
@InputType()
@LocalizedInputFields(TITLE)
export class UpdateMilestoneInput {
  @Field(() => String, { nullable: true, description: "null makes the milestone national." })
  @IsOptional()
  @MaxLength(2)
  regionCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  kind?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  dueDate?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  organisationId?: string | null;
}

export enum MilestoneOrderField {
  DUE_DATE = "DUE_DATE",
  NAME = "NAME",
  CREATED_AT = "CREATED_AT",
  UPDATED_AT = "UPDATED_AT",
  KIND = "KIND",
}
registerEnumType(MilestoneOrderField, { name: "MilestoneOrderField", description: "NAME: the title. Default DUE_DATE ascending." });

export const MilestoneOrder = OrderInput<MilestoneOrderField>("MilestoneOrder", MilestoneOrderField);

export enum MilestoneEventOrderField {
  SEQUENCE = "SEQUENCE",
  OCCURRED_AT = "OCCURRED_AT",
}
registerEnumType(MilestoneEventOrderField, {
  name: "MilestoneEventOrderField",
  description: "SEQUENCE: the event's position (`cursor`), unique, so keys after it add nothing. Default SEQUENCE ascending, the order a subscription replays.",
});
export const MilestoneEventOrder = OrderInput<MilestoneEventOrderField>("MilestoneEventOrder", MilestoneEventOrderField);
