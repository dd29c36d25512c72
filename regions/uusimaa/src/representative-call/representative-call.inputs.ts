import { LocalDateScalar } from "@yhdyspinta/core";
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";

@InputType()
export class OpenUusimaaRepresentativeCallInput {
  @Field()
  @Length(2, 2)
  regionCode: string;

  @Field()
  @Length(1, 300)
  bodyName: string;

  @Field(() => Int)
  @Min(1)
  @Max(50)
  memberSeats: number;

  @Field(() => LocalDateScalar)
  opensOn: string;

  @Field(() => LocalDateScalar)
  closesOn: string;
}

@InputType()
export class NominateUusimaaRepresentativeInput {
  @Field(() => ID)
  @MaxLength(200)
  callId: string;

  @Field(() => ID, { description: "The nominating NGO; it must operate in the call's region." })
  @MaxLength(200)
  organisationId: string;

  @Field()
  @Length(1, 200)
  nomineeName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class ChosenUusimaaMemberInput {
  @Field(() => ID)
  @MaxLength(200)
  nominationId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  deputyNominationId?: string | null;
}

@InputType()
export class DecideUusimaaRepresentativeCallInput {
  @Field(() => ID)
  @MaxLength(200)
  callId: string;

  @Field(() => LocalDateScalar)
  decidedOn: string;

  @Field()
  @Length(1, 2000)
  decision: string;

  @Field(() => [ChosenUusimaaMemberInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  members: ChosenUusimaaMemberInput[];
}
