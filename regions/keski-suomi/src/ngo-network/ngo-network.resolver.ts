import { CooperationBody, loadEntitiesByKey, type YhdyspintaContext } from "@yhdyspinta/core";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { KeskiSuomiNetworkDetail } from "./ngo-network.entity";

/** Adds `CooperationBody.keskiSuomiNetwork`. */
@Resolver(() => CooperationBody)
export class BodyNetworkResolver {
  @FieldResolver(() => KeskiSuomiNetworkDetail, { nullable: true, description: "Keski-Suomi: the NGO network's basis; null for other bodies." })
  async keskiSuomiNetwork(@Root() body: CooperationBody, @Ctx() ctx: YhdyspintaContext): Promise<KeskiSuomiNetworkDetail | null> {
    return (await loadEntitiesByKey(ctx, KeskiSuomiNetworkDetail, "body_id", body.dbId))[0] ?? null;
  }
}
