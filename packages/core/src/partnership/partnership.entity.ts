import { LocalDateResolver } from "graphql-scalars";
import { Arg, Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { Language, PartnershipKind, PartnershipStatus } from "../common/enums";
import { LocalizedText, Node } from "../common/graphql-types";
import { toGlobalId } from "../common/global-id";
import { localizedText, pickLanguage } from "../common/localized";
import type { LanguageValue, PartnershipKindValue, PartnershipStatusValue } from "../common/vocabulary";
import { Columns } from "../common/projection";

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "Kumppanuus: cooperation between an organisation and a public party (a wellbeing region or a municipality).",
})
@Entity("partnership")
export class Partnership implements Node {
  static readonly typeName = "Partnership";

  @PrimaryGeneratedColumn({ name: "id", type: "integer" })
  dbId: number;

  @Columns("dbId")
  @Field(() => ID)
  get id(): string {
    return toGlobalId(Partnership.typeName, this.dbId);
  }

  @Column({ name: "organisation_id", type: "integer" })
  organisationId: number;

  @Column({ name: "region_code", type: "varchar", length: 2, nullable: true })
  regionCode: string | null;

  @Column({ name: "municipality_code", type: "varchar", length: 3, nullable: true })
  municipalityCode: string | null;

  @Field(() => PartnershipKind)
  @Column({ type: "text" })
  kind: PartnershipKindValue;

  @Field(() => PartnershipStatus)
  @Column({ type: "text" })
  status: PartnershipStatusValue;

  @Column({ name: "title_fi", type: "text" })
  titleFi: string;

  @Column({ name: "title_sv", type: "text", nullable: true })
  titleSv: string | null;

  @Column({ name: "title_en", type: "text", nullable: true })
  titleEn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: "The organisation's role and responsibilities." })
  @Column({ name: "organisation_role", type: "text", nullable: true })
  organisationRole: string | null;

  @Field(() => String, { nullable: true, description: "The public party's role and responsibilities." })
  @Column({ name: "public_party_role", type: "text", nullable: true })
  publicPartyRole: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "First day." })
  @Column({ name: "starts_on", type: "date", nullable: true })
  startsOn: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Last day; null while open-ended." })
  @Column({ name: "ends_on", type: "date", nullable: true })
  endsOn: string | null;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;

  @Columns("titleFi", "titleSv", "titleEn")
  @Field(() => String)
  title(@Arg("language", () => Language, { defaultValue: "FI" }) language: LanguageValue): string {
    return pickLanguage(this, "title", language);
  }

  @Columns("titleFi", "titleSv", "titleEn")
  @Field(() => LocalizedText)
  get titles(): LocalizedText {
    return localizedText(this, "title");
  }
}
