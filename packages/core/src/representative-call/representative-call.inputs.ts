import { ArrayMaxSize, IsEmail, IsOptional, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { IdInput, NonEmptyText, OptionalNonEmptyText, OptionalText } from "../graphql/input-fields";
import { LocalDateScalar } from "../graphql/local-date.scalar";
import { orderByInput } from "../graphql/args";

@InputType()
export class OpenRepresentativeCallInput {
  @IdInput()
  bodyId: string;

  @Field(() => Int, { description: "Member seats to fill (1-50), each with a deputy." })
  @Min(1)
  @Max(50)
  seats: number;

  @Field(() => LocalDateScalar, { description: "Last day for nominations." })
  deadline: string;

  @OptionalText(10000)
  description?: string | null;
}

@InputType({ description: "An organisation nominates a member candidate and (optionally) a deputy; nominating again replaces its earlier nomination before the deadline." })
export class NominateRepresentativeInput {
  @IdInput()
  callId: string;

  @IdInput()
  organisationId: string;

  @NonEmptyText(200)
  memberName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(254)
  @IsEmail()
  memberEmail?: string | null;

  @OptionalNonEmptyText(200)
  deputyName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(254)
  @IsEmail()
  deputyEmail?: string | null;

  @OptionalText(5000)
  motivation?: string | null;
}

@InputType({ description: "The decision: the nominations chosen (at most the call's seats). Their candidates become members (and deputies) of the body." })
export class DecideRepresentativeCallInput {
  @IdInput()
  callId: string;

  @Field(() => [ID])
  @ArrayMaxSize(50)
  @MaxLength(200, { each: true })
  chosenNominationIds: string[];

  @Field(() => LocalDateScalar, { nullable: true, description: "First day of the chosen members' term." })
  termStartsOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  termEndsOn?: string | null;
}

export const RepresentativeNominationOrder = orderByInput(
  "RepresentativeNominationOrder", ["CREATED_AT", "UPDATED_AT"],
  "Default CREATED_AT ascending (first nominated first).",
);
