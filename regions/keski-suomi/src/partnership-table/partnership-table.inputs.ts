import { LocalDateScalar } from "@yhdyspinta/core";
import { Length, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";

@InputType({ description: "Keski-Suomi: a term of a partnership table with its number of NGO seats." })
export class SetKeskiSuomiTableTermInput {
  @Field(() => ID, { description: "The CooperationBody (kind PARTNERSHIP_TABLE)." })
  @MaxLength(200)
  bodyId: string;

  @Field(() => LocalDateScalar)
  startsOn: string;

  @Field(() => LocalDateScalar)
  endsOn: string;

  @Field(() => Int)
  @Min(10)
  @Max(12)
  ngoSeatCount: number;

  @Field({ description: "The NGO arena electing the NGO side." })
  @Length(1, 300)
  ngoArena: string;
}
