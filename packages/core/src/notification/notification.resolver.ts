import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { YhdyspintaContext } from "../common/context";
import { SubscribeToNotificationsInput } from "./notification.inputs";
import { notificationService } from "./notification.service";
import { NotificationSubscribePayload, NotificationSubscription } from "./notification.types";

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
}
