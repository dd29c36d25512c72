import { ArrayMaxSize, IsOptional, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { NotificationFrequency, NotificationLanguageEnum, type NotificationFrequencyValue } from "./notification.types";

@InputType({ description: "Which milestone events to be told of; all given conditions must hold (the same meaning as MilestoneEventFilter)." })
export class NotificationFilterInput {
  @Field(() => [String], { nullable: true, description: "Wellbeing region codes (national milestones too unless includeNational is false)." })
  @IsOptional() @ArrayMaxSize(23)
  regionCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Municipality codes: the milestones of the wellbeing regions these municipalities belong to." })
  @IsOptional() @ArrayMaxSize(400)
  municipalityCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Milestone kinds (see `milestoneKinds`)." })
  @IsOptional() @ArrayMaxSize(100)
  kinds?: string[] | null;

  @Field(() => ID, { nullable: true, description: "National milestones, those in the organisation's regions, and those naming it." })
  organisationId?: string | null;

  @Field(() => Boolean, { defaultValue: true })
  includeNational?: boolean;
}

@InputType()
export class SubscribeToNotificationsInput {
  @Field({ description: "Where to send; a confirmation link goes there first (double opt-in)." })
  @MaxLength(254)
  email: string;

  @Field(() => NotificationFilterInput, { nullable: true })
  filter?: NotificationFilterInput | null;

  @Field(() => NotificationFrequency, { defaultValue: "IMMEDIATE" })
  frequency: NotificationFrequencyValue;

  @Field(() => NotificationLanguageEnum, { defaultValue: "fi" })
  language: "fi" | "sv" | "en";

  @Field(() => ID, { nullable: true, description: "Subscribe on behalf of this organisation (its editors then see and manage it); needs a token of its editor." })
  ownerOrganisationId?: string | null;
}

@InputType()
export class CreateWebhookInput {
  @Field({ description: "https URL that receives a signed POST per event (http://127.0.0.1 allowed outside production)." })
  @MaxLength(2000)
  url: string;

  @Field(() => ID, { description: "The organisation the webhook belongs to; needs a token of its editor." })
  ownerOrganisationId: string;

  @Field({ description: "Who is told when the webhook is disabled after repeated failures." })
  @MaxLength(254)
  contactEmail: string;

  @Field(() => NotificationFilterInput, { nullable: true })
  filter?: NotificationFilterInput | null;
}
