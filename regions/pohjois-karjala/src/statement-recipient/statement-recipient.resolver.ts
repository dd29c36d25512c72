import { CooperationBodyOutput, inputMutation, loadEntitiesByKey, mutationResolver, Role, type YhdyspintaContext } from "@yhdyspinta/core";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PohjoisKarjalaStatementRecipient } from "./statement-recipient.entity";
import { SetPohjoisKarjalaStatementRecipientInput } from "./statement-recipient.inputs";
import { statementRecipients } from "./statement-recipient.service";

/** Adds `CooperationBodyOutput.pohjoisKarjalaAddressedTo`. */
@Resolver(() => CooperationBodyOutput)
export class OutputStatementRecipientResolver {
  @FieldResolver(() => String, { nullable: true, description: "Pohjois-Karjala: whom the statement was addressed to; null for other outputs." })
  async pohjoisKarjalaAddressedTo(@Root() output: CooperationBodyOutput, @Ctx() ctx: YhdyspintaContext): Promise<string | null> {
    return (await loadEntitiesByKey(ctx, PohjoisKarjalaStatementRecipient, "output_id", output.dbId))[0]?.addressedTo ?? null;
  }
}

export const StatementRecipientMutationResolver = mutationResolver("StatementRecipientMutationResolver", [Role.COORDINATOR, Role.ADMIN], {
  setPohjoisKarjalaStatementRecipient: inputMutation(
    CooperationBodyOutput, SetPohjoisKarjalaStatementRecipientInput, (ctx, input) => statementRecipients.set(ctx, input),
    { description: "Pohjois-Karjala: records whom a statement of a cooperation body was addressed to." },
  ),
});
