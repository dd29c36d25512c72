import { Arg, Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { AccessibilityFeature, ActivityKind, Language, TargetGroup, Theme } from "../common/enums";
import { LocalizedText, Node } from "../common/graphql-types";
import { toGlobalId } from "../common/global-id";
import { localizedText, pickLanguage } from "../common/localized";
import type { AccessibilityFeatureValue, ActivityKindValue, LanguageValue, TargetGroupValue, ThemeValue } from "../common/vocabulary";
import { Columns } from "../common/projection";

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "Toiminta: what an NGO offers people (peer support, drop-in, outreach...), where and when, for service guidance to refer to.",
})
@Entity("activity")
export class Activity implements Node {
  static readonly typeName = "Activity";

  @PrimaryGeneratedColumn({ name: "id", type: "integer" })
  dbId: number;

  @Columns("dbId")
  @Field(() => ID)
  get id(): string {
    return toGlobalId(Activity.typeName, this.dbId);
  }

  @Column({ name: "organisation_id", type: "integer" })
  organisationId: number;

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

  @Field(() => ActivityKind)
  @Column({ type: "text" })
  kind: ActivityKindValue;

  @Field(() => [TargetGroup])
  @Column({ name: "target_groups", type: "text", array: true, default: () => "'{}'" })
  targetGroups: TargetGroupValue[];

  @Field(() => [Theme])
  @Column({ type: "text", array: true, default: () => "'{}'" })
  themes: ThemeValue[];

  @Field(() => [Language])
  @Column({ type: "text", array: true, default: () => "'{}'" })
  languages: LanguageValue[];

  @Field(() => [AccessibilityFeature])
  @Column({ type: "text", array: true, default: () => "'{}'" })
  accessibility: AccessibilityFeatureValue[];

  @Field(() => String, { nullable: true, description: "When it happens, in words, e.g. \"ti klo 17–19\"." })
  @Column({ type: "text", nullable: true })
  schedule: string | null;

  @Field(() => Date, { nullable: true, description: "Start time of a one-off event." })
  @Column({ name: "starts_at", type: "timestamptz", nullable: true })
  startsAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: "ends_at", type: "timestamptz", nullable: true })
  endsAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  address: string | null;

  @Field({ description: "Takes part online (also) — available regardless of municipality." })
  @Column({ type: "boolean", default: false })
  online: boolean;

  @Field()
  @Column({ name: "free_of_charge", type: "boolean", default: true })
  freeOfCharge: boolean;

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
