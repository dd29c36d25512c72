import { DateField, DemoFlag, IntField, KeyColumn, Node, NodeEntity, TextColumn, TextField } from "@yhdyspinta/core";
import { ObjectType } from "type-graphql";
import { Entity } from "typeorm";

/** What only Keski-Suomi's partnership table (kumppanuuspöytä) has on top of a core PARTNERSHIP_TABLE body. */
@ObjectType("KeskiSuomiPartnershipTable", { simpleResolvers: true, description: "Keski-Suomi: the partnership table's NGO arena and its terms with their NGO seat counts." })
@DemoFlag()
@Entity("keski_suomi_table_detail")
export class KeskiSuomiTableDetail {
  @KeyColumn({ primary: true })
  bodyId: number;

  @TextField({ description: "The NGO arena (järjestöareena) that elects the NGO side." })
  ngoArena: string;
}

/** A term of the table: Keski-Suomi's rule of 10 to 12 NGO seats per term. */
@ObjectType("KeskiSuomiPartnershipTableTerm", { simpleResolvers: true, implements: Node })
@DemoFlag()
@Entity("keski_suomi_table_term")
export class KeskiSuomiTableTerm extends NodeEntity {
  static readonly typeName = "KeskiSuomiPartnershipTableTerm";

  @KeyColumn()
  bodyId: number;

  @DateField()
  startsOn: string;

  @DateField()
  endsOn: string;

  @IntField({ description: "NGO seats of the term (10-12); the members with side NGO and role MEMBER fill them." })
  ngoSeatCount: number;
}

/** The public body a county-side seat represents (the county, its board, a city...). */
@DemoFlag()
@Entity("keski_suomi_public_seat")
export class KeskiSuomiPublicSeat {
  @KeyColumn({ primary: true })
  memberId: number;

  @TextColumn()
  publicBody: string;
}
