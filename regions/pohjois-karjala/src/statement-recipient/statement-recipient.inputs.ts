import { Length, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "Pohjois-Karjala: whom a statement (an output of kind STATEMENT) was addressed to." })
export class SetPohjoisKarjalaStatementRecipientInput {
  @Field(() => ID, { description: "The CooperationBodyOutput." })
  @MaxLength(200)
  outputId: string;

  @Field({ description: "E.g. Aluehallitus (the regional board)." })
  @Length(1, 300)
  addressedTo: string;
}
