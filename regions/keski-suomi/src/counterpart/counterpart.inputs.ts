import { IsOptional, Length, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "Names the county's counterpart for a topic; an existing topic is updated." })
export class SetKeskiSuomiCounterpartInput {
  @Field()
  @Length(1, 200)
  topic: string;

  @Field()
  @Length(1, 200)
  countyContactName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  countyContactTitle?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  ngoContactName?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  ngoOrganisationId?: string | null;
}
