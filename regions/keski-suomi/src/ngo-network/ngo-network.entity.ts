import { ConnectionType, Node, NodeEntity, Theme, toGlobalId, type ThemeValue, DemoFlag } from "@yhdyspinta/core";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

export enum NetworkBasis {
  SECTOR = "SECTOR",
  THEME = "THEME",
}
registerEnumType(NetworkBasis, {
  name: "KeskiSuomiNgoNetworkBasis",
  description: "SECTOR: organisations of one sector (e.g. patient organisations). THEME: organisations working on one theme.",
});

@ObjectType({ simpleResolvers: true, implements: Node, description: "Keski-Suomi: a sector- or theme-based NGO network (järjestöverkosto)." })
@DemoFlag()
@Entity("keski_suomi_ngo_network")
export class KeskiSuomiNgoNetwork extends NodeEntity {
  static readonly typeName = "KeskiSuomiNgoNetwork";

  @Column({ name: "region_code", type: "varchar", length: 2 })
  regionCode: string;

  @Field()
  @Column({ type: "text" })
  name: string;

  @Field(() => NetworkBasis)
  @Column({ type: "text" })
  basis: NetworkBasis;

  @Field(() => Theme, { nullable: true, description: "For a THEME network." })
  @Column({ type: "text", nullable: true })
  theme: ThemeValue | null;

  @Field(() => String, { nullable: true, description: "For a SECTOR network." })
  @Column({ type: "text", nullable: true })
  sector: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Column({ name: "coordinator_id", type: "integer", nullable: true })
  coordinatorId: number | null;
}

export const KeskiSuomiNgoNetworkConnection = ConnectionType(KeskiSuomiNgoNetwork, "KeskiSuomiNgoNetwork");
