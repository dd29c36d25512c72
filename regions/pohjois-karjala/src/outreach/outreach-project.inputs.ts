import { IdInput, LocalDateScalar, NonEmptyText, orderByInput, TargetGroup, type TargetGroupValue } from "@yhdyspinta/core";
import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";

@InputType()
export class CreatePohjoisKarjalaOutreachProjectInput {
  @IdInput()
  organisationId: string;

  @NonEmptyText(300)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => LocalDateScalar)
  startsOn: string;

  @Field(() => LocalDateScalar, { nullable: true })
  endsOn?: string | null;

  @Field(() => [TargetGroup])
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  targetGroups: TargetGroupValue[];

  @Field(() => [String], { defaultValue: [], description: "Municipalities of Pohjois-Karjala where the project works." })
  @ArrayMaxSize(13)
  municipalityCodes: string[];
}

export const PohjoisKarjalaOutreachProjectOrder = orderByInput(
  "PohjoisKarjalaOutreachProjectOrder", ["NAME", "STARTS_ON", "ENDS_ON"],
  "NAME: Finnish collation. A project without an end sorts after every date ascending. Without orderBy: by name as stored.",
);
