import { Arg, Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { Language, OrganisationKind, Theme } from "../common/enums";
import { LocalizedText, Node } from "../common/graphql-types";
import { toGlobalId } from "../common/global-id";
import { localizedText, pickLanguage } from "../common/localized";
import type { LanguageValue, OrganisationKindValue, ThemeValue } from "../common/vocabulary";
import { Columns } from "../common/projection";

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "Sote-järjestö: a social or health NGO (national, district, local, independent or umbrella organisation).",
})
@Entity("organisation")
export class Organisation implements Node {
  static readonly typeName = "Organisation";

  @PrimaryGeneratedColumn({ name: "id", type: "integer" })
  dbId: number;

  @Columns("dbId")
  @Field(() => ID)
  get id(): string {
    return toGlobalId(Organisation.typeName, this.dbId);
  }

  @Column({ name: "name_fi", type: "text" })
  nameFi: string;

  @Column({ name: "name_sv", type: "text", nullable: true })
  nameSv: string | null;

  @Column({ name: "name_en", type: "text", nullable: true })
  nameEn: string | null;

  @Column({ name: "description_fi", type: "text", nullable: true })
  descriptionFi: string | null;

  @Column({ name: "description_sv", type: "text", nullable: true })
  descriptionSv: string | null;

  @Column({ name: "description_en", type: "text", nullable: true })
  descriptionEn: string | null;

  @Field(() => String, { nullable: true, description: "Y-tunnus (Finnish business ID), e.g. \"0201256-6\"." })
  @Column({ name: "business_id", type: "varchar", length: 9, nullable: true })
  businessId: string | null;

  @Field(() => OrganisationKind)
  @Column({ type: "text" })
  kind: OrganisationKindValue;

  @Column({ name: "parent_id", type: "integer", nullable: true })
  parentId: number | null;

  @Field(() => [Theme])
  @Column({ type: "text", array: true, default: () => "'{}'" })
  themes: ThemeValue[];

  @Field(() => [Language], { description: "Languages the organisation works in." })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  languages: LanguageValue[];

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  website: string | null;

  // Contact details are private: exposed through an authorised field resolver, never directly.
  @Column({ type: "text", nullable: true })
  email: string | null;

  @Column({ type: "text", nullable: true })
  phone: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;

  @Columns("nameFi", "nameSv", "nameEn")
  @Field(() => String)
  name(@Arg("language", () => Language, { defaultValue: "FI" }) language: LanguageValue): string {
    return pickLanguage(this, "name", language);
  }

  @Columns("nameFi", "nameSv", "nameEn")
  @Field(() => LocalizedText)
  get names(): LocalizedText {
    return localizedText(this, "name");
  }

  @Columns("descriptionFi", "descriptionSv", "descriptionEn")
  @Field(() => String, { nullable: true })
  description(@Arg("language", () => Language, { defaultValue: "FI" }) language: LanguageValue): string | null {
    return this.descriptionFi === null ? null : pickLanguage(this as { descriptionFi: string; descriptionSv: string | null; descriptionEn: string | null }, "description", language);
  }
}
