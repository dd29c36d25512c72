import { DemoFlag, KeyColumn, TextField } from "@yhdyspinta/core";
import { ObjectType } from "type-graphql";
import { Entity } from "typeorm";

/** Keski-Suomi groups its NGO networks by theme or by sector: what a core NETWORK body does not say. */
@ObjectType("KeskiSuomiNetwork", { simpleResolvers: true, description: "Keski-Suomi: what an NGO network is based on." })
@DemoFlag()
@Entity("keski_suomi_network_detail")
export class KeskiSuomiNetworkDetail {
  @KeyColumn({ primary: true })
  bodyId: number;

  @TextField({ description: "THEME or SECTOR." })
  basis: string;

  @TextField({ nullable: true, description: "The theme (a Theme code) of a theme-based network." })
  theme: string | null;

  @TextField({ nullable: true, description: "The sector of a sector-based network." })
  sector: string | null;
}
