import { IdInput, LocalDateScalar, NonEmptyText, OrderInput, TargetGroup, type TargetGroupValue } from "@yhdyspinta/core";
import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength } from "class-validator";
import { Field, InputType, registerEnumType } from "type-graphql";

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

export enum PohjoisKarjalaOutreachProjectOrderField {
  NAME = "NAME",
  STARTS_ON = "STARTS_ON",
  ENDS_ON = "ENDS_ON",
}
registerEnumType(PohjoisKarjalaOutreachProjectOrderField, {
  name: "PohjoisKarjalaOutreachProjectOrderField",
  description: "NAME: Finnish collation. A project without an end sorts after every date ascending. Without orderBy: by name as stored.",
});
export const PohjoisKarjalaOutreachProjectOrder = OrderInput<PohjoisKarjalaOutreachProjectOrderField>(
  "PohjoisKarjalaOutreachProjectOrder", PohjoisKarjalaOutreachProjectOrderField);
