import { LocalDateScalar } from "@yhdyspinta/core";
import { IsOptional, Length, MaxLength, ArrayMaxSize } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { SeatKind } from "./partnership-table.entity";

@InputType({ description: "An NGO seat names organisationId; a PUBLIC seat names publicBody." })
export class AddPartnershipTableSeatInput {
  @Field(() => ID)
  @MaxLength(200)
  termId: string;

  @Field(() => SeatKind)
  kind: SeatKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  organisationId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300)
  publicBody?: string | null;

  @Field()
  @Length(1, 200)
  representative: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  deputy?: string | null;
}

@InputType()
export class RecordPartnershipTableMeetingInput {
  @Field(() => ID)
  @MaxLength(200)
  tableId: string;

  @Field(() => LocalDateScalar)
  heldOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300)
  location?: string | null;

  @Field(() => [String])
  @ArrayMaxSize(50)
  @Length(1, 500, { each: true })
  agenda: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20000)
  minutes?: string | null;
}
