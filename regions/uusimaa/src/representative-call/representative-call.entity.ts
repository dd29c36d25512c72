import { DateField, DemoFlag, KeyColumn, TextColumn, TextField } from "@yhdyspinta/core";
import { ObjectType } from "type-graphql";
import { Entity, PrimaryColumn } from "typeorm";

/** Uusimaa publishes when a call opens and the decision's text: what a core RepresentativeCall lacks. */
@ObjectType("UusimaaCallDetail", { simpleResolvers: true, description: "Uusimaa: when a representative call opened and the decision's text." })
@DemoFlag()
@Entity("uusimaa_call_detail")
export class UusimaaCallDetail {
  @KeyColumn({ primary: true })
  callId: number;

  @DateField()
  opensOn: string;

  @TextField({ nullable: true })
  decision: string | null;
}

/** Whom a chosen deputy stands in for (Uusimaa's decisions pair each deputy with a member). */
@DemoFlag()
@Entity("uusimaa_deputy")
export class UusimaaDeputy {
  @KeyColumn({ primary: true })
  deputyMemberId: number;

  @KeyColumn()
  memberId: number;
}

/** Further persons one organisation nominated to one call, beyond the core nomination's member and deputy. */
@DemoFlag()
@Entity("uusimaa_extra_nominee")
export class UusimaaExtraNominee {
  @PrimaryColumn({ name: "id", type: "integer" })
  dbId: number;

  @KeyColumn()
  nominationId: number;

  @TextColumn()
  nomineeName: string;
}
