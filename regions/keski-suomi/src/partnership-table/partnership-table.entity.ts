import { ConnectionType, Node, NodeEntity, toGlobalId, LocalDateScalar, PersonalData, DemoFlag } from "@yhdyspinta/core";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

export enum SeatKind {
  NGO = "NGO",
  PUBLIC = "PUBLIC",
}
registerEnumType(SeatKind, {
  name: "PartnershipTableSeatKind",
  description: "NGO: chosen by the regional NGO arena (järjestöareena). PUBLIC: a permanent seat of a public body.",
});

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "Kumppanuuspöytä (Keski-Suomi): the standing table where the wellbeing services county and NGOs prepare matters together.",
})
@DemoFlag()
@Entity("keski_suomi_partnership_table")
export class PartnershipTable extends NodeEntity {
  static readonly typeName = "PartnershipTable";

  @Column({ name: "region_code", type: "varchar", length: 2 })
  regionCode: string;

  @Field()
  @Column({ type: "text" })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field({ description: "The body that chooses the NGO seats, e.g. the regional NGO arena (järjestöareena)." })
  @Column({ name: "ngo_arena", type: "text" })
  ngoArena: string;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "A term (toimikausi) of a partnership table: its NGO seat count and its seats." })
@DemoFlag()
@Entity("keski_suomi_partnership_table_term")
export class PartnershipTableTerm extends NodeEntity {
  static readonly typeName = "PartnershipTableTerm";

  @Column({ name: "table_id", type: "integer" })
  tableId: number;

  @Field(() => LocalDateScalar)
  @Column({ name: "starts_on", type: "date" })
  startsOn: string;

  @Field(() => LocalDateScalar)
  @Column({ name: "ends_on", type: "date" })
  endsOn: string;

  @Field(() => Int, { description: "NGO seats of the term, 10 to 12." })
  @Column({ name: "ngo_seat_count", type: "integer" })
  ngoSeatCount: number;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "A seat at a partnership table for one term, with the representative and deputy." })
@DemoFlag()
@Entity("keski_suomi_partnership_table_seat")
export class PartnershipTableSeat extends NodeEntity {
  static readonly typeName = "PartnershipTableSeat";

  @Column({ name: "term_id", type: "integer" })
  termId: number;

  @Field(() => SeatKind)
  @Column({ type: "text" })
  kind: SeatKind;

  @Column({ name: "organisation_id", type: "integer", nullable: true })
  organisationId: number | null;

  @Field(() => String, { nullable: true, description: "For a PUBLIC seat: the public body holding it." })
  @Column({ name: "public_body", type: "text", nullable: true })
  publicBody: string | null;

  // People's names: signed-in users only (docs/security.md, personal data).
  @PersonalData()
  @Field(() => String, { nullable: true, description: "The person holding the seat; null for anonymous users." })
  @Column({ type: "text" })
  representative: string;

  @PersonalData()
  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  deputy: string | null;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "A meeting of a partnership table with its agenda and, once held, its minutes." })
@DemoFlag()
@Entity("keski_suomi_partnership_table_meeting")
export class PartnershipTableMeeting extends NodeEntity {
  static readonly typeName = "PartnershipTableMeeting";

  @Column({ name: "table_id", type: "integer" })
  tableId: number;

  @Field(() => LocalDateScalar)
  @Column({ name: "held_on", type: "date" })
  heldOn: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  location: string | null;

  @Field(() => [String], { description: "Agenda items in order." })
  @Column({ type: "text", array: true })
  agenda: string[];

  @Field(() => String, { nullable: true, description: "Minutes (muistio); null until recorded." })
  @Column({ type: "text", nullable: true })
  minutes: string | null;
}

export const PartnershipTableSeatConnection = ConnectionType(PartnershipTableSeat, "PartnershipTableSeat");
export const PartnershipTableMeetingConnection = ConnectionType(PartnershipTableMeeting, "PartnershipTableMeeting");
