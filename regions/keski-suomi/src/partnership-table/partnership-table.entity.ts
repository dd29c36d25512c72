import { LocalDateScalar, DemoFlag, Node, NodeEntity } from "@yhdyspinta/core";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** What only Keski-Suomi's partnership table (kumppanuuspöytä) has on top of a core PARTNERSHIP_TABLE body. */
@ObjectType("KeskiSuomiPartnershipTable", { simpleResolvers: true, description: "Keski-Suomi: the partnership table's NGO arena and its terms with their NGO seat counts." })
@DemoFlag()
@Entity("keski_suomi_table_detail")
export class KeskiSuomiTableDetail {
  @PrimaryColumn({ name: "body_id", type: "integer" })
  bodyId: number;

  @Field({ description: "The NGO arena (järjestöareena) that elects the NGO side." })
  @Column({ name: "ngo_arena", type: "text" })
  ngoArena: string;
}

/** A term of the table: Keski-Suomi's rule of 10 to 12 NGO seats per term. */
@ObjectType("KeskiSuomiPartnershipTableTerm", { simpleResolvers: true, implements: Node })
@DemoFlag()
@Entity("keski_suomi_table_term")
export class KeskiSuomiTableTerm extends NodeEntity {
  static readonly typeName = "KeskiSuomiPartnershipTableTerm";

  @Column({ name: "body_id", type: "integer" })
  bodyId: number;

  @Field(() => LocalDateScalar)
  @Column({ name: "starts_on", type: "date" })
  startsOn: string;

  @Field(() => LocalDateScalar)
  @Column({ name: "ends_on", type: "date" })
  endsOn: string;

  @Field(() => Int, { description: "NGO seats of the term (10-12); the members with side NGO and role MEMBER fill them." })
  @Column({ name: "ngo_seat_count", type: "integer" })
  ngoSeatCount: number;
}

/** The public body a county-side seat represents (the county, its board, a city...). */
@DemoFlag()
@Entity("keski_suomi_public_seat")
export class KeskiSuomiPublicSeat {
  @PrimaryColumn({ name: "member_id", type: "integer" })
  memberId: number;

  @Column({ name: "public_body", type: "text" })
  publicBody: string;
}
