import { registeredEnum } from "../graphql/enums";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { PersonalData } from "../auth/personal-data";
import { toGlobalId } from "../graphql/global-id";

export const NOTIFICATION_FREQUENCIES = ["IMMEDIATE", "DAILY", "WEEKLY"] as const;
export type NotificationFrequencyValue = (typeof NOTIFICATION_FREQUENCIES)[number];
export const NotificationFrequency = registeredEnum(NOTIFICATION_FREQUENCIES, {
  name: "NotificationFrequency",
  description: "IMMEDIATE: a message per event as it happens. DAILY / WEEKLY: one digest a day / a week (nothing when nothing happened).",
});

export const NOTIFICATION_STATUSES = ["PENDING", "ACTIVE", "UNSUBSCRIBED", "DISABLED"] as const;
export type NotificationStatusValue = (typeof NOTIFICATION_STATUSES)[number];
export const NotificationStatus = registeredEnum(NOTIFICATION_STATUSES, {
  name: "NotificationStatus",
  description: "PENDING: waiting for the address to be confirmed. ACTIVE: delivering. UNSUBSCRIBED: stopped by the recipient. DISABLED: stopped after repeated failures.",
});

export const NotificationLanguageEnum = { fi: "fi", sv: "sv", en: "en" } as const;
registerEnumType(NotificationLanguageEnum, { name: "NotificationLanguage", description: "Language of the messages: fi, sv or en." });

@ObjectType({ description: "What a notification subscription delivers; all given conditions must hold." })
export class NotificationFilterView {
  @Field(() => [String], { nullable: true }) regionCodes: string[] | null;
  @Field(() => [String], { nullable: true }) municipalityCodes: string[] | null;
  @Field() includeNational: boolean;
  @Field(() => [String], { nullable: true }) kinds: string[] | null;
  @Field(() => ID, { nullable: true }) organisationId: string | null;
}

@ObjectType({ description: "A notification subscription, as its organisation's editors see it." })
export class NotificationSubscription {
  static readonly typeName = "NotificationSubscription";
  dbId: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId(NotificationSubscription.typeName, this.dbId);
  }

  @Field(() => String, { description: "EMAIL or WEBHOOK." }) channel: string;
  // A person's address, often: signed-in users only, as every personal field (the list is for editors anyway).
  @PersonalData()
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) url: string | null;
  @Field(() => NotificationLanguageEnum) language: string;
  @Field(() => NotificationFrequency) frequency: NotificationFrequencyValue;
  @Field(() => NotificationStatus) status: NotificationStatusValue;
  @Field(() => NotificationFilterView) filter: NotificationFilterView;
  @Field(() => String, { description: "Cursor of the last event delivered (or skipped as not matching)." }) cursor: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) confirmedAt: Date | null;
  @Field(() => Int, { description: "Consecutive failed deliveries (webhooks); reset by a success." }) failures: number;
  @Field(() => String, { nullable: true, description: "Why the last delivery failed (webhooks)." }) lastError: string | null;
  @Field(() => Date, { nullable: true, description: "When a failed webhook delivery is tried again." }) nextAttemptAt: Date | null;
}

@ObjectType({ description: "A new webhook and its signing secret, shown only now." })
export class WebhookSecretPayload {
  @Field(() => NotificationSubscription) subscription: NotificationSubscription;
  @Field({ description: "whsec_…: verify the webhook-signature header with it (Standard Webhooks)." }) secret: string;
}

@ObjectType({ description: "The answer to subscribeToNotifications: a confirmation message is on its way." })
export class NotificationSubscribePayload {
  @Field(() => NotificationStatus, { description: "PENDING until the link in the confirmation message is opened." })
  status: NotificationStatusValue;

  @Field(() => NotificationSubscription, { nullable: true, description: "The subscription, for an editor of its organisation; null for anonymous subscribers." })
  subscription: NotificationSubscription | null;
}
