import { IsOptional, MaxLength } from "class-validator";
import { LocalDateScalar } from "../graphql/local-date.scalar";
import { Field, ID, InputType } from "type-graphql";
import { ChangeTimeFilters, OptionalId, OptionalList, OptionalText, RangeFilters } from "../graphql/input-fields";
import { orderByInput } from "../graphql/args";
import { LocalizedInputFields, type LocalizedInput, type OptionalLocalizedInput } from "../graphql/localized-input";
import { MilestoneStatus, type MilestoneStatusValue } from "./milestone.enums";

@InputType({ description: "All given conditions must hold." })
export class MilestoneFilter {
  @OptionalList(() => String, 23, { description: "Milestones of these wellbeing regions (national ones too unless includeNational is false)." })
  regionCodes?: string[] | null;

  @OptionalList(() => String, 100, { description: "Milestone kinds, e.g. NGO_HEARING (see `milestoneKinds`)." })
  kinds?: string[] | null;

  @OptionalList(() => MilestoneStatus, 5)
  status?: MilestoneStatusValue[] | null;

  @Field(() => Boolean, { defaultValue: true, description: "Include national milestones (no region)." })
  includeNational?: boolean;

  @RangeFilters(() => LocalDateScalar, "due", { since: "Due on or after this day.", before: "Due before this day." })
  dueSince?: string | null;
  dueBefore?: string | null;

  @ChangeTimeFilters()
  createdSince?: Date | null;
  createdBefore?: Date | null;
  updatedSince?: Date | null;
  updatedBefore?: Date | null;
}

@InputType({ description: "Which milestone events to receive; all given conditions must hold." })
export class MilestoneEventFilter {
  @OptionalList(() => String, 23, { description: "Events of milestones in these wellbeing regions (and national ones unless includeNational is false)." })
  regionCodes?: string[] | null;

  @OptionalList(() => String, 100, { description: "Milestone kinds (see `milestoneKinds`)." })
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
  @OptionalText(2, { description: "Wellbeing region; omit for a national milestone." })
  regionCode?: string | null;

  @Field(() => String, { description: "A registered milestone kind (see `milestoneKinds`)." })
  @MaxLength(64)
  kind: string;

  @OptionalText(5000)
  description?: string | null;

  @Field(() => LocalDateScalar)
  dueDate: string;

  @Field(() => MilestoneStatus, { defaultValue: "PLANNED" })
  status?: MilestoneStatusValue;

  @OptionalId({ description: "An organisation the milestone concerns (e.g. the NGO heard)." })
  organisationId?: string | null;
}

/** Omitted fields stay as they are; null clears an optional field. The status changes through changeMilestoneStatus. */
export interface UpdateMilestoneInput extends OptionalLocalizedInput<"title"> {}
@InputType()
@LocalizedInputFields(TITLE)
export class UpdateMilestoneInput {
  @OptionalText(2, { description: "null makes the milestone national." })
  regionCode?: string | null;

  @OptionalText(64)
  kind?: string | null;

  @OptionalText(5000)
  description?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  dueDate?: string | null;

  @OptionalId()
  organisationId?: string | null;
}

export const MilestoneOrder = orderByInput(
  "MilestoneOrder", ["DUE_DATE", "NAME", "CREATED_AT", "UPDATED_AT", "KIND"],
  "NAME: the title. Default DUE_DATE ascending.",
);

export const MilestoneEventOrder = orderByInput(
  "MilestoneEventOrder", ["SEQUENCE", "OCCURRED_AT"],
  "SEQUENCE: the event's position (`cursor`), unique, so keys after it add nothing. Default SEQUENCE ascending, the order a subscription replays.",
);
