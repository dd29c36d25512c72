import { IsOptional, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { WorkstreamKind } from "./workstream.entity";
import { IdInput, NonEmptyText } from "@yhdyspinta/core";

@InputType()
export class AddUusimaaWorkstreamInput {
  @IdInput({ description: "The development group (a CooperationBody of kind DEVELOPMENT_GROUP)." })
  bodyId: string;

  @Field(() => WorkstreamKind)
  kind: WorkstreamKind;

  @NonEmptyText(200)
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
