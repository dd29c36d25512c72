import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { RegionKind } from "../graphql/enums";
import { Node } from "../graphql/graphql-types";
import { toGlobalId } from "../graphql/global-id";
import { LocalizedFields } from "../graphql/localized-fields";
import type { RegionKindValue } from "../vocabulary/vocabulary";

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "Hyvinvointialue: one of the 21 wellbeing services counties, the City of Helsinki (90), or Åland (91, outside the reform). Statistics Finland codes.",
})
@Entity("wellbeing_region")
@LocalizedFields({ prefix: "name", ownColumns: true })
export class WellbeingRegion implements Node {
  @Field(() => ID)
  get id(): string {
    return toGlobalId("WellbeingRegion", this.code);
  }

  @Field({ description: 'Statistics Finland code, "01".."21", "90" Helsinki, "91" Åland.' })
  @PrimaryColumn({ type: "varchar", length: 2 })
  code: string;

  @Column({ name: "name_fi" })
  nameFi: string;

  @Column({ name: "name_sv" })
  nameSv: string;

  @Column({ name: "name_en" })
  nameEn: string;

  @Field(() => RegionKind)
  @Column({ type: "text" })
  kind: RegionKindValue;

  @Field({ description: "False for Åland, which is outside the social and health care reform." })
  get inReform(): boolean {
    return this.kind !== "ALAND_OUTSIDE_REFORM";
  }
}
