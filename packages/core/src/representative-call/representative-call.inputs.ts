import { ArrayMaxSize, IsEmail, IsOptional, Length, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { LocalDateScalar } from "../graphql/local-date.scalar";
import { OrderInput } from "../graphql/args";

@InputType()
export class OpenRepresentativeCallInput {
  @Field(() => ID)
  @MaxLength(200)
  bodyId: string;

  @Field(() => Int, { description: "Member seats to fill (1-50), each with a deputy." })
  @Min(1)
  @Max(50)
  seats: number;

  @Field(() => LocalDateScalar, { description: "Last day for nominations." })
  deadline: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10000)
  description?: string | null;
}

@InputType({ description: "An organisation nominates a member candidate and (optionally) a deputy; nominating again replaces its earlier nomination before the deadline." })
export class NominateRepresentativeInput {
  @Field(() => ID)
  @MaxLength(200)
  callId: string;

  @Field(() => ID)
  @MaxLength(200)
  organisationId: string;

  @Field()
  @Length(1, 200)
  memberName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(254)
  @IsEmail()
  memberEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  deputyName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(254)
  @IsEmail()
  deputyEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  motivation?: string | null;
}

@InputType({ description: "The decision: the nominations chosen (at most the call's seats). Their candidates become members (and deputies) of the body." })
export class DecideRepresentativeCallInput {
  @Field(() => ID)
  @MaxLength(200)
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

export enum RepresentativeNominationOrderField {
  CREATED_AT = "CREATED_AT",
  UPDATED_AT = "UPDATED_AT",
}
registerEnumType(RepresentativeNominationOrderField, { name: "RepresentativeNominationOrderField", description: "Default CREATED_AT ascending (first nominated first)." });
export const RepresentativeNominationOrder = OrderInput<RepresentativeNominationOrderField>("RepresentativeNominationOrder", RepresentativeNominationOrderField);
