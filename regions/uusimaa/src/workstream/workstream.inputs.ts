import { IsOptional, Length, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { WorkstreamKind } from "./workstream.entity";

@InputType()
export class AddUusimaaWorkstreamInput {
  @Field(() => ID, { description: "The development group (a CooperationBody of kind DEVELOPMENT_GROUP)." })
  @MaxLength(200)
  bodyId: string;

  @Field(() => WorkstreamKind)
  kind: WorkstreamKind;

  @Field()
  @Length(1, 200)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  goal?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  leadOrganisationId?: string | null;
}
