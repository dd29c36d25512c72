import { registeredEnum } from "../graphql/enums";
import { ObjectType } from "type-graphql";
import { Entity } from "typeorm";
import { Node } from "../graphql/graphql-types";
import { DemoFlag, type DemoFlagged } from "../graphql/demo-flag";
import { Timestamps, type Timestamped } from "../graphql/timestamps";
import { NodeEntity } from "../graphql/node-entity";
import { DateField, KeyColumn, TextColumn, TextField } from "../graphql/entity-fields";

export const CONSULTATION_STATUSES = ["UPCOMING", "OPEN", "CLOSED", "CANCELLED"] as const;
export type ConsultationStatusValue = (typeof CONSULTATION_STATUSES)[number];
export const ConsultationStatus = registeredEnum(CONSULTATION_STATUSES, {
  name: "ConsultationStatus",
  description: "UPCOMING: opensOn is in the future. OPEN: responses are taken until the deadline. CLOSED: past the deadline or closed early. CANCELLED.",
});

/** Set statuses; UPCOMING and OPEN follow from the dates (Finnish time). */
export const SET_CONSULTATION_STATUSES = ["CLOSED", "CANCELLED"] as const;
export type SetConsultationStatusValue = (typeof SET_CONSULTATION_STATUSES)[number];

/**
 * Lausuntokierros: a proposal sent out for comments. Who is asked: organisations named one by one
 * and/or everyone in a scope of regions and municipalities. Organisations answer with a statement.
 */
@ObjectType({ simpleResolvers: true, implements: Node, description: "A consultation: a proposal sent out for comments (lausuntokierros)." })
@Entity("consultation")
@Timestamps()
@DemoFlag()
export class Consultation extends NodeEntity {
  static readonly typeName = "Consultation";

  @TextField()
  subject: string;

  @TextField({ nullable: true })
  description: string | null;

  @DateField()
  opensOn: string;

  @DateField({ description: "Last day for responses." })
  deadline: string;

  @TextColumn({ nullable: true })
  setStatus: SetConsultationStatusValue | null;

  @KeyColumn({ nullable: true })
  bodyId: number | null;
}
export interface Consultation extends DemoFlagged, Timestamped {}

@ObjectType({ simpleResolvers: true, implements: Node, description: "An organisation's statement in a consultation." })
@Entity("consultation_response")
@Timestamps()
export class ConsultationResponse extends NodeEntity {
  static readonly typeName = "ConsultationResponse";

  @KeyColumn()
  consultationId: number;

  @KeyColumn()
  organisationId: number;

  @TextField()
  statement: string;
}
export interface ConsultationResponse extends Timestamped {}
