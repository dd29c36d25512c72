import { CooperationBodyMember, loadEntitiesByKey, loadEntityById, RepresentativeCall, type YhdyspintaContext } from "@yhdyspinta/core";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { UusimaaCallDetail, UusimaaDeputy } from "./representative-call.entity";

/** Adds `RepresentativeCall.uusimaa`. */
@Resolver(() => RepresentativeCall)
export class CallDetailResolver {
  @FieldResolver(() => UusimaaCallDetail, { nullable: true, description: "Uusimaa: the call's opening day and decision text; null for other calls." })
  async uusimaa(@Root() call: RepresentativeCall, @Ctx() ctx: YhdyspintaContext): Promise<UusimaaCallDetail | null> {
    return (await loadEntitiesByKey(ctx, UusimaaCallDetail, "call_id", call.dbId))[0] ?? null;
  }
}

/** Adds `CooperationBodyMember.uusimaaDeputyOf`. */
@Resolver(() => CooperationBodyMember)
export class MemberDeputyOfResolver {
  @FieldResolver(() => CooperationBodyMember, { nullable: true, description: "Uusimaa: the member a chosen deputy stands in for." })
  async uusimaaDeputyOf(@Root() member: CooperationBodyMember, @Ctx() ctx: YhdyspintaContext): Promise<CooperationBodyMember | null> {
    const link = (await loadEntitiesByKey(ctx, UusimaaDeputy, "deputy_member_id", member.dbId))[0];
    return link ? loadEntityById(ctx, CooperationBodyMember, link.memberId) : null;
  }
}
