import { MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";

@InputType()
export class JoinKeskiSuomiNgoNetworkInput {
  @Field(() => ID)
  @MaxLength(200)
  networkId: string;

  @Field(() => ID)
  @MaxLength(200)
  organisationId: string;
}
