import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { YhdyspintaContext } from "../context/request-context";
import { CreateWebhookInput, SubscribeToNotificationsInput } from "./notification.inputs";
import { notificationService } from "./notification.service";
import { NotificationSubscribePayload, NotificationSubscription, WebhookSecretPayload } from "./notification.types";
import { webhookService } from "./webhook.service";

@Resolver()
export class NotificationResolver {
  @Mutation(() => NotificationSubscribePayload, {
    description:
      "Subscribes an e-mail address to milestone notifications (no token needed). A confirmation link is sent to the address; " +
      "nothing else is sent until it is opened. Every message has a one-click unsubscribe link.",
  })
  subscribeToNotifications(@Ctx() ctx: YhdyspintaContext, @Arg("input", () => SubscribeToNotificationsInput) input: SubscribeToNotificationsInput) {
    return notificationService.subscribe(ctx, input);
  }

  @Authorized()
  @Query(() => [NotificationSubscription], { description: "The organisation's notification subscriptions (its editors and admins)." })
  notificationSubscriptions(@Ctx() ctx: YhdyspintaContext, @Arg("organisationId", () => ID) organisationId: string) {
    return notificationService.listOfOrganisation(ctx, organisationId);
  }

  @Authorized()
  @Mutation(() => NotificationSubscription, { description: "Stops one of the organisation's subscriptions (status UNSUBSCRIBED)." })
  cancelNotificationSubscription(@Ctx() ctx: YhdyspintaContext, @Arg("id", () => ID) id: string) {
    return notificationService.cancel(ctx, id);
  }

  @Authorized()
  @Mutation(() => WebhookSecretPayload, {
    description: "Registers a webhook for an organisation (its editors): a Standard Webhooks signed POST per matching event from now on. The secret is shown only here.",
  })
  createWebhook(@Ctx() ctx: YhdyspintaContext, @Arg("input", () => CreateWebhookInput) input: CreateWebhookInput) {
    return webhookService.create(ctx, input);
  }

  @Authorized()
  @Mutation(() => WebhookSecretPayload, { description: "A new signing secret; messages carry a signature with the old one too for graceHours." })
  rotateWebhookSecret(
    @Ctx() ctx: YhdyspintaContext,
    @Arg("id", () => ID) id: string,
    @Arg("graceHours", () => Int, { defaultValue: 24 }) graceHours: number,
  ) {
    return webhookService.rotateSecret(ctx, id, graceHours);
  }

  @Authorized()
  @Mutation(() => NotificationSubscription, { description: "Delivers again every matching event after the cursor `after`, and re-enables a disabled webhook." })
  replayWebhook(@Ctx() ctx: YhdyspintaContext, @Arg("id", () => ID) id: string, @Arg("after", () => String) after: string) {
    return webhookService.replay(ctx, id, after);
  }
}
