import { ConnectionType, Node, NodeEntity, toGlobalId, LocalDateScalar, PersonalData, DemoFlag } from "@yhdyspinta/core";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

export enum CommitteeRole {
  CHAIR = "CHAIR",
  VICE_CHAIR = "VICE_CHAIR",
  MEMBER = "MEMBER",
}
registerEnumType(CommitteeRole, { name: "PohjoisKarjalaCommitteeRole", description: "Puheenjohtaja, varapuheenjohtaja or jäsen." });

@ObjectType({ simpleResolvers: true, implements: Node, description: "Pohjois-Karjala: the NGO consultative committee (järjestöneuvottelukunta) of the wellbeing services county." })
@DemoFlag()
@Entity("pohjois_karjala_committee")
export class PohjoisKarjalaCommittee extends NodeEntity {
  static readonly typeName = "PohjoisKarjalaCommittee";

  @Column({ name: "region_code", type: "varchar", length: 2 })
  regionCode: string;

  @Field()
  @Column({ type: "text" })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description: string | null;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "Pohjois-Karjala: a term (toimikausi) of the consultative committee." })
@DemoFlag()
@Entity("pohjois_karjala_committee_term")
export class PohjoisKarjalaCommitteeTerm extends NodeEntity {
  static readonly typeName = "PohjoisKarjalaCommitteeTerm";

  @Column({ name: "committee_id", type: "integer" })
  committeeId: number;

  @Field(() => LocalDateScalar)
  @Column({ name: "starts_on", type: "date" })
  startsOn: string;

  @Field(() => LocalDateScalar)
  @Column({ name: "ends_on", type: "date" })
  endsOn: string;
}

@ObjectType({ simpleResolvers: true, description: "Pohjois-Karjala: a member organisation of the committee for one term, its member and deputy." })
@DemoFlag()
@Entity("pohjois_karjala_committee_member")
export class PohjoisKarjalaCommitteeMember {
  @PrimaryGeneratedColumn({ name: "id", type: "integer" })
  dbId: number;

  @Column({ name: "term_id", type: "integer" })
  termId: number;

  @Column({ name: "organisation_id", type: "integer" })
  organisationId: number;

  @Field(() => CommitteeRole)
  @Column({ type: "text" })
  role: CommitteeRole;

  @PersonalData()
  @Field(() => String, { nullable: true, description: "The member's name; null for anonymous users." })
  @Column({ name: "member_name", type: "text" })
  memberName: string;

  @PersonalData()
  @Field(() => String, { nullable: true, description: "The personal deputy (henkilökohtainen varajäsen); null for anonymous users." })
  @Column({ name: "deputy_name", type: "text", nullable: true })
  deputyName: string | null;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "Pohjois-Karjala: a statement (lausunto) the committee gave." })
@DemoFlag()
@Entity("pohjois_karjala_statement")
export class PohjoisKarjalaStatement extends NodeEntity {
  static readonly typeName = "PohjoisKarjalaStatement";

  @Column({ name: "committee_id", type: "integer" })
  committeeId: number;

  @Field()
  @Column({ type: "text" })
  subject: string;

  @Field({ description: "Who asked for it or receives it, e.g. the regional board." })
  @Column({ name: "addressed_to", type: "text" })
  addressedTo: string;

  @Field(() => LocalDateScalar)
  @Column({ name: "given_on", type: "date" })
  givenOn: string;

  @Field()
  @Column({ type: "text" })
  body: string;
}

export const PohjoisKarjalaStatementConnection = ConnectionType(PohjoisKarjalaStatement, "PohjoisKarjalaStatement");
