import { ObjectType } from "type-graphql";
import { Entity } from "typeorm";
import { Node } from "../graphql/graphql-types";
import { Timestamps, type Timestamped } from "../graphql/timestamps";
import { NodeEntity } from "../graphql/node-entity";
import { DateField, KeyColumn, TextField } from "../graphql/entity-fields";

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

  @TextField()
  title: string;

  @TextField({ description: "An http or https URL." })
  url: string;

  @TextField({ description: "A code of the documentKinds vocabulary." })
  kind: string;

  @DateField({ nullable: true })
  datedOn: string | null;

  @KeyColumn({ nullable: true })
  bodyId: number | null;

  @KeyColumn({ nullable: true })
  meetingId: number | null;

  @KeyColumn({ nullable: true })
  outputId: number | null;

  @KeyColumn({ nullable: true })
  consultationId: number | null;

  @KeyColumn({ nullable: true })
  milestoneId: number | null;
}
export interface DocumentLink extends Timestamped {}
