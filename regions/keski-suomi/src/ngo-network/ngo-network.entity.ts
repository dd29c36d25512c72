import { DemoFlag } from "@yhdyspinta/core";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** Keski-Suomi groups its NGO networks by theme or by sector: what a core NETWORK body does not say. */
@ObjectType("KeskiSuomiNetwork", { simpleResolvers: true, description: "Keski-Suomi: what an NGO network is based on." })
@DemoFlag()
@Entity("keski_suomi_network_detail")
export class KeskiSuomiNetworkDetail {
  @PrimaryColumn({ name: "body_id", type: "integer" })
  bodyId: number;

  @Field({ description: "THEME or SECTOR." })
  @Column({ type: "text" })
  basis: string;

  @Field(() => String, { nullable: true, description: "The theme (a Theme code) of a theme-based network." })
  @Column({ type: "text", nullable: true })
  theme: string | null;

  @Field(() => String, { nullable: true, description: "The sector of a sector-based network." })
  @Column({ type: "text", nullable: true })
  sector: string | null;
}
