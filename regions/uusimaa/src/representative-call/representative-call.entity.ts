import { LocalDateScalar, DemoFlag } from "@yhdyspinta/core";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** Uusimaa publishes when a call opens and the decision's text: what a core RepresentativeCall lacks. */
@ObjectType("UusimaaCallDetail", { simpleResolvers: true, description: "Uusimaa: when a representative call opened and the decision's text." })
@DemoFlag()
@Entity("uusimaa_call_detail")
export class UusimaaCallDetail {
  @PrimaryColumn({ name: "call_id", type: "integer" })
  callId: number;

  @Field(() => LocalDateScalar)
  @Column({ name: "opens_on", type: "date" })
  opensOn: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  decision: string | null;
}

/** Whom a chosen deputy stands in for (Uusimaa's decisions pair each deputy with a member). */
@DemoFlag()
@Entity("uusimaa_deputy")
export class UusimaaDeputy {
  @PrimaryColumn({ name: "deputy_member_id", type: "integer" })
  deputyMemberId: number;

  @Column({ name: "member_id", type: "integer" })
  memberId: number;
}

/** Further persons one organisation nominated to one call, beyond the core nomination's member and deputy. */
@DemoFlag()
@Entity("uusimaa_extra_nominee")
export class UusimaaExtraNominee {
  @PrimaryColumn({ name: "id", type: "integer" })
  dbId: number;

  @Column({ name: "nomination_id", type: "integer" })
  nominationId: number;

  @Column({ name: "nominee_name", type: "text" })
  nomineeName: string;
}
