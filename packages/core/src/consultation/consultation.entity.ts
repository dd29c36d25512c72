import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, UpdateDateColumn } from "typeorm";
import { LocalDateScalar } from "../graphql/local-date.scalar";
import { Node } from "../graphql/graphql-types";
import { NodeEntity } from "../graphql/node-entity";

export const CONSULTATION_STATUSES = ["UPCOMING", "OPEN", "CLOSED", "CANCELLED"] as const;
export type ConsultationStatusValue = (typeof CONSULTATION_STATUSES)[number];
export const ConsultationStatus = Object.fromEntries(CONSULTATION_STATUSES.map((s) => [s, s])) as { [K in ConsultationStatusValue]: K };
registerEnumType(ConsultationStatus, {
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
export class Consultation extends NodeEntity {
  static readonly typeName = "Consultation";

  @Field()
  @Column({ type: "text" })
  subject: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => LocalDateScalar)
  @Column({ name: "opens_on", type: "date" })
  opensOn: string;

  @Field(() => LocalDateScalar, { description: "Last day for responses." })
  @Column({ type: "date" })
  deadline: string;

  @Column({ name: "set_status", type: "text", nullable: true })
  setStatus: SetConsultationStatusValue | null;

  @Column({ name: "body_id", type: "integer", nullable: true })
  bodyId: number | null;

  @Field({ description: "True for generated demo data (invented, not real); false for entered or imported data." })
  @Column({ name: "is_demo", type: "boolean", default: false })
  isDemo: boolean;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "An organisation's statement in a consultation." })
@Entity("consultation_response")
export class ConsultationResponse extends NodeEntity {
  static readonly typeName = "ConsultationResponse";

  @Column({ name: "consultation_id", type: "integer" })
  consultationId: number;

  @Column({ name: "organisation_id", type: "integer" })
  organisationId: number;

  @Field()
  @Column({ type: "text" })
  statement: string;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;
}
