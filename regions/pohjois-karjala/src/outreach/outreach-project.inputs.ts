import { TargetGroup, type TargetGroupValue } from "@yhdyspinta/core";
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength } from "class-validator";
import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";

@InputType()
export class CreatePohjoisKarjalaOutreachProjectInput {
  @Field(() => ID)
  @MaxLength(200)
  organisationId: string;

  @Field()
  @Length(1, 300)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => LocalDateResolver)
  startsOn: string;

  @Field(() => LocalDateResolver, { nullable: true })
  endsOn?: string | null;

  @Field(() => [TargetGroup])
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  targetGroups: TargetGroupValue[];

  @Field(() => [String], { defaultValue: [], description: "Municipalities of Pohjois-Karjala where the project works." })
  @ArrayMaxSize(13)
  municipalityCodes: string[];
}
