import { ConnectionType, Node, NodeEntity, toGlobalId, LocalDateScalar, PersonalData, DemoFlag } from "@yhdyspinta/core";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

export enum CallStatus {
  OPEN = "OPEN",
  DECIDED = "DECIDED",
}
registerEnumType(CallStatus, { name: "UusimaaCallStatus", description: "OPEN: taking nominations until closesOn. DECIDED: representatives chosen." });

export enum RepresentativeRole {
  MEMBER = "MEMBER",
  DEPUTY = "DEPUTY",
}
registerEnumType(RepresentativeRole, { name: "UusimaaRepresentativeRole" });

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "Uusimaa: an open call for NGO representatives to a county body (e.g. an advisory board), with its decision once made.",
})
@DemoFlag()
@Entity("uusimaa_representative_call")
export class UusimaaRepresentativeCall extends NodeEntity {
  static readonly typeName = "UusimaaRepresentativeCall";

  @Column({ name: "region_code", type: "varchar", length: 2 })
  regionCode: string;

  @Field({ description: "The county body the representatives are chosen to." })
  @Column({ name: "body_name", type: "text" })
  bodyName: string;

  @Field(() => Int, { description: "Members to choose; each may have a deputy." })
  @Column({ name: "member_seats", type: "integer" })
  memberSeats: number;

  @Field(() => LocalDateScalar)
  @Column({ name: "opens_on", type: "date" })
  opensOn: string;

  @Field(() => LocalDateScalar, { description: "Last day for nominations." })
  @Column({ name: "closes_on", type: "date" })
  closesOn: string;

  @Field(() => CallStatus)
  @Column({ type: "text" })
  status: CallStatus;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: "decided_on", type: "date", nullable: true })
  decidedOn: string | null;

  @Field(() => String, { nullable: true, description: "The decision (päätös), e.g. the body and date that made it." })
  @Column({ type: "text", nullable: true })
  decision: string | null;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "Uusimaa: an NGO's nomination of a person in an open call." })
@DemoFlag()
@Entity("uusimaa_nomination")
export class UusimaaNomination extends NodeEntity {
  static readonly typeName = "UusimaaNomination";

  @Column({ name: "call_id", type: "integer" })
  callId: number;

  @Column({ name: "nominating_organisation_id", type: "integer" })
  nominatingOrganisationId: number;

  @PersonalData()
  @Field(() => String, { nullable: true, description: "The nominated person; null for anonymous users." })
  @Column({ name: "nominee_name", type: "text" })
  nomineeName: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;
}

@ObjectType({ simpleResolvers: true, description: "Uusimaa: a chosen representative, a member or a member's deputy (varajäsen)." })
@DemoFlag()
@Entity("uusimaa_representative")
export class UusimaaRepresentative {
  @PrimaryGeneratedColumn({ name: "id", type: "integer" })
  dbId: number;

  @Column({ name: "call_id", type: "integer" })
  callId: number;

  @Column({ name: "nomination_id", type: "integer" })
  nominationId: number;

  @Field(() => RepresentativeRole)
  @Column({ type: "text" })
  role: RepresentativeRole;

  @Column({ name: "deputy_of_id", type: "integer", nullable: true })
  deputyOfId: number | null;
}

export const UusimaaNominationConnection = ConnectionType(UusimaaNomination, "UusimaaNomination");
