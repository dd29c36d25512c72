import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { PersonalData } from "../auth/personal-data";
import { LocalDateScalar } from "../graphql/local-date.scalar";
import { Node } from "../graphql/graphql-types";
import { Timestamps, type Timestamped } from "../graphql/timestamps";
import { NodeEntity } from "../graphql/node-entity";

/**
 * Representative selection: a call for NGO representatives to a body's seats, nominations by
 * organisations (a member candidate and a deputy), and the decision, which makes the chosen
 * candidates members of the body.
 */
@ObjectType({ simpleResolvers: true, implements: Node, description: "A call for NGO representatives to a cooperation body." })
@Entity("representative_call")
@Timestamps()
export class RepresentativeCall extends NodeEntity {
  static readonly typeName = "RepresentativeCall";

  @Column({ name: "body_id", type: "integer" })
  bodyId: number;

  @Field(() => Int, { description: "How many member seats (each with a deputy) are filled." })
  @Column({ type: "integer" })
  seats: number;

  @Field(() => LocalDateScalar, { description: "Last day for nominations." })
  @Column({ type: "date" })
  deadline: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => Date, { nullable: true, description: "When the representatives were chosen; null while open." })
  @Column({ name: "decided_at", type: "timestamptz", nullable: true })
  decidedAt: Date | null;
}
export interface RepresentativeCall extends Timestamped {}

@ObjectType({ implements: Node, description: "An organisation's nomination: a member candidate and a deputy candidate." })
@Entity("representative_nomination")
@Timestamps()
export class RepresentativeNomination extends NodeEntity {
  static readonly typeName = "RepresentativeNomination";

  @Column({ name: "call_id", type: "integer" })
  callId: number;

  @Column({ name: "organisation_id", type: "integer" })
  organisationId: number;

  @PersonalData()
  @Field(() => String, { nullable: true })
  @Column({ name: "member_name", type: "text" })
  memberName: string;

  @PersonalData()
  @Field(() => String, { nullable: true })
  @Column({ name: "member_email", type: "text", nullable: true })
  memberEmail: string | null;

  @PersonalData()
  @Field(() => String, { nullable: true })
  @Column({ name: "deputy_name", type: "text", nullable: true })
  deputyName: string | null;

  @PersonalData()
  @Field(() => String, { nullable: true })
  @Column({ name: "deputy_email", type: "text", nullable: true })
  deputyEmail: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  motivation: string | null;

  @Field({ description: "Chosen in the call's decision." })
  @Column({ type: "boolean", default: false })
  chosen: boolean;
}
export interface RepresentativeNomination extends Timestamped {}
