import { IdInput, LocalDateScalar, NonEmptyText } from "@yhdyspinta/core";
import { Max, Min } from "class-validator";
import { Field, InputType, Int } from "type-graphql";

@InputType({ description: "Keski-Suomi: a term of a partnership table with its number of NGO seats." })
export class SetKeskiSuomiTableTermInput {
  @IdInput({ description: "The CooperationBody (kind PARTNERSHIP_TABLE)." })
  bodyId: string;

  @Field(() => LocalDateScalar)
  startsOn: string;

  @Field(() => LocalDateScalar)
  endsOn: string;

  @Field(() => Int)
  @Min(10)
  @Max(12)
  ngoSeatCount: number;

  @NonEmptyText(300, { description: "The NGO arena electing the NGO side." })
  ngoArena: string;
}
