import { Arg, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { Language, RegionKind } from "../graphql/enums";
import { LocalizedString, LocalizedText, Node } from "../graphql/graphql-types";
import { toGlobalId } from "../graphql/global-id";
import { localizedString, localizedText, pickLanguage } from "../graphql/localized";
import type { LanguageValue, RegionKindValue } from "../vocabulary/vocabulary";

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "Hyvinvointialue: one of the 21 wellbeing services counties, the City of Helsinki (90), or Åland (91, outside the reform). Statistics Finland codes.",
})
@Entity("wellbeing_region")
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

  @Field(() => String)
  name(@Arg("language", () => Language, { defaultValue: "FI" }) language: LanguageValue): string {
    return pickLanguage(this, "name", language);
  }

  // Same fields as LocalizedFields gives entities (reference tables have their own columns).
  @Field(() => LocalizedString, { description: "`name` in the language asked for, or in Finnish when there is none (`isFallback`)." })
  nameIn(@Arg("language", () => Language, { defaultValue: "FI" }) language: LanguageValue): LocalizedString {
    return localizedString(this, "name", language);
  }

  @Field(() => LocalizedText)
  get names(): LocalizedText {
    return localizedText(this, "name");
  }
}
