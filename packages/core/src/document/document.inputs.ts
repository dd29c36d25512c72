import { IsOptional, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { IdInput, NonEmptyText } from "../graphql/input-fields";
import { LocalDateScalar } from "../graphql/local-date.scalar";

@InputType({ description: "A document link on a body, meeting, output, consultation or milestone (ownerId: its ID)." })
export class AddDocumentLinkInput {
  @IdInput({ description: "A CooperationBody, CooperationBodyMeeting, CooperationBodyOutput, Consultation or PreparationMilestone ID." })
  ownerId: string;

  @NonEmptyText(500)
  title: string;

  @Field({ description: "http or https, at most 2000 characters." })
  @MaxLength(2000)
  url: string;

  @Field({ description: "A code of the documentKinds vocabulary." })
  @MaxLength(64)
  kind: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  datedOn?: string | null;
}
