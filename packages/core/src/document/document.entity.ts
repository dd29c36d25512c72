import { Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { LocalDateScalar } from "../graphql/local-date.scalar";
import { Node } from "../graphql/graphql-types";
import { Timestamps, type Timestamped } from "../graphql/timestamps";
import { NodeEntity } from "../graphql/node-entity";

/** The records a document link can hang on; exactly one is set per link (a CHECK). */
export const DOCUMENT_OWNERS = {
  CooperationBody: "body_id",
  CooperationBodyMeeting: "meeting_id",
  CooperationBodyOutput: "output_id",
  Consultation: "consultation_id",
  PreparationMilestone: "milestone_id",
} as const;
export type DocumentOwnerType = keyof typeof DOCUMENT_OWNERS;

/** A link to a document published elsewhere (agenda, minutes, statement, report...). */
@ObjectType({ simpleResolvers: true, implements: Node, description: "A link to a document (http or https URL) with its title, kind and date." })
@Entity("document_link")
@Timestamps()
export class DocumentLink extends NodeEntity {
  static readonly typeName = "DocumentLink";

  @Field()
  @Column({ type: "text" })
  title: string;

  @Field({ description: "An http or https URL." })
  @Column({ type: "text" })
  url: string;

  @Field({ description: "A code of the documentKinds vocabulary." })
  @Column({ type: "text" })
  kind: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: "dated_on", type: "date", nullable: true })
  datedOn: string | null;

  @Column({ name: "body_id", type: "integer", nullable: true })
  bodyId: number | null;

  @Column({ name: "meeting_id", type: "integer", nullable: true })
  meetingId: number | null;

  @Column({ name: "output_id", type: "integer", nullable: true })
  outputId: number | null;

  @Column({ name: "consultation_id", type: "integer", nullable: true })
  consultationId: number | null;

  @Column({ name: "milestone_id", type: "integer", nullable: true })
  milestoneId: number | null;
}
export interface DocumentLink extends Timestamped {}
