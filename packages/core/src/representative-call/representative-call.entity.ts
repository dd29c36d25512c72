import { ObjectType } from "type-graphql";
import { Entity } from "typeorm";
import { PersonalText } from "../auth/personal-data";
import { Node } from "../graphql/graphql-types";
import { Timestamps, type Timestamped } from "../graphql/timestamps";
import { NodeEntity } from "../graphql/node-entity";
import { DateField, FlagField, IntField, KeyColumn, TextField, TimestampField } from "../graphql/entity-fields";

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

  @KeyColumn()
  bodyId: number;

  @IntField({ description: "How many member seats (each with a deputy) are filled." })
  seats: number;

  @DateField({ description: "Last day for nominations." })
  deadline: string;

  @TextField({ nullable: true })
  description: string | null;

  @TimestampField({ nullable: true, description: "When the representatives were chosen; null while open." })
  decidedAt: Date | null;
}
export interface RepresentativeCall extends Timestamped {}

@ObjectType({ implements: Node, description: "An organisation's nomination: a member candidate and a deputy candidate." })
@Entity("representative_nomination")
@Timestamps()
export class RepresentativeNomination extends NodeEntity {
  static readonly typeName = "RepresentativeNomination";

  @KeyColumn()
  callId: number;

  @KeyColumn()
  organisationId: number;

  @PersonalText({ required: true })
  memberName: string;

  @PersonalText()
  memberEmail: string | null;

  @PersonalText()
  deputyName: string | null;

  @PersonalText()
  deputyEmail: string | null;

  @TextField({ nullable: true })
  motivation: string | null;

  @FlagField({ description: "Chosen in the call's decision." })
  chosen: boolean;
}
export interface RepresentativeNomination extends Timestamped {}
