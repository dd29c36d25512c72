import { InputType } from "type-graphql";
import { IdInput, NonEmptyText } from "@yhdyspinta/core";

@InputType({ description: "Pohjois-Karjala: whom a statement (an output of kind STATEMENT) was addressed to." })
export class SetPohjoisKarjalaStatementRecipientInput {
  @IdInput({ description: "The CooperationBodyOutput." })
  outputId: string;

  @NonEmptyText(300, { description: "E.g. Aluehallitus (the regional board)." })
  addressedTo: string;
}
