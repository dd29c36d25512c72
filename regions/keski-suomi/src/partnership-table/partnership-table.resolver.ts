import { CooperationBody, CooperationBodyMember, inputMutation, loadEntitiesByKey, mutationResolver, Role, type YhdyspintaContext } from "@yhdyspinta/core";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { KeskiSuomiPublicSeat, KeskiSuomiTableDetail, KeskiSuomiTableTerm } from "./partnership-table.entity";
import { SetKeskiSuomiTableTermInput } from "./partnership-table.inputs";
import { partnershipTables } from "./partnership-table.service";

/** Adds `CooperationBody.keskiSuomiPartnershipTable`. */
@Resolver(() => CooperationBody)
export class BodyPartnershipTableResolver {
  @FieldResolver(() => KeskiSuomiTableDetail, { nullable: true, description: "Keski-Suomi: the partnership table's own details; null for other bodies." })
  async keskiSuomiPartnershipTable(@Root() body: CooperationBody, @Ctx() ctx: YhdyspintaContext): Promise<KeskiSuomiTableDetail | null> {
    return (await loadEntitiesByKey(ctx, KeskiSuomiTableDetail, "body_id", body.dbId))[0] ?? null;
  }
}

export const PartnershipTableMutationResolver = mutationResolver("PartnershipTableMutationResolver", [Role.COORDINATOR, Role.ADMIN], {
  setKeskiSuomiTableTerm: inputMutation(KeskiSuomiTableTerm, SetKeskiSuomiTableTermInput, (ctx, input) => partnershipTables.setTerm(ctx, input), {
    description: "Keski-Suomi: records a term of a partnership table with its 10-12 NGO seats.",
  }),
});

@Resolver(() => KeskiSuomiTableDetail)
export class PartnershipTableDetailResolver {
  @FieldResolver(() => [KeskiSuomiTableTerm], { description: "Terms, the latest first." })
  terms(@Root() detail: KeskiSuomiTableDetail, @Ctx() ctx: YhdyspintaContext): Promise<KeskiSuomiTableTerm[]> {
    return loadEntitiesByKey(ctx, KeskiSuomiTableTerm, "body_id", detail.bodyId, "t.starts_on DESC, t.id");
  }
}

/** Adds `CooperationBodyMember.keskiSuomiPublicBody`. */
@Resolver(() => CooperationBodyMember)
export class MemberPublicBodyResolver {
  @FieldResolver(() => String, { nullable: true, description: "Keski-Suomi: the public body a county-side seat of a partnership table represents." })
  async keskiSuomiPublicBody(@Root() member: CooperationBodyMember, @Ctx() ctx: YhdyspintaContext): Promise<string | null> {
    return (await loadEntitiesByKey(ctx, KeskiSuomiPublicSeat, "member_id", member.dbId))[0]?.publicBody ?? null;
  }
}
