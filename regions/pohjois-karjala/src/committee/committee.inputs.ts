import { LocalDateScalar } from "@yhdyspinta/core";
import { IsOptional, Length, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { CommitteeRole } from "./committee.entity";

@InputType()
export class AddPohjoisKarjalaCommitteeMemberInput {
  @Field(() => ID)
  @MaxLength(200)
  termId: string;

  @Field(() => ID)
  @MaxLength(200)
  organisationId: string;

  @Field(() => CommitteeRole, { defaultValue: CommitteeRole.MEMBER })
  role: CommitteeRole;

  @Field()
  @Length(1, 200)
  memberName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  deputyName?: string | null;
}

@InputType()
export class GivePohjoisKarjalaStatementInput {
  @Field(() => ID)
  @MaxLength(200)
  committeeId: string;

  @Field()
  @Length(1, 300)
  subject: string;

  @Field()
  @Length(1, 300)
  addressedTo: string;

  @Field(() => LocalDateScalar)
  givenOn: string;

  @Field()
  @Length(1, 20000)
  body: string;
}
