import { LocalDateResolver } from "graphql-scalars";
import { Arg, Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { Language } from "../common/enums";
import { LocalizedText, Node } from "../common/graphql-types";
import { toGlobalId } from "../common/global-id";
import { localizedText, pickLanguage } from "../common/localized";
import type { LanguageValue } from "../common/vocabulary";
import { MilestoneStatus, type MilestoneStatusValue } from "./milestone.enums";

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "Valmistelun virstanpylväs: a step of the reform's preparation, national (no region) or in one wellbeing region.",
})
@Entity("preparation_milestone")
export class PreparationMilestone implements Node {
  static readonly typeName = "PreparationMilestone";

  @PrimaryGeneratedColumn({ name: "id", type: "integer" })
  dbId: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId(PreparationMilestone.typeName, this.dbId);
  }

  /** Null for a national milestone. */
  @Column({ name: "region_code", type: "varchar", length: 2, nullable: true })
  regionCode: string | null;

  @Column({ name: "organisation_id", type: "integer", nullable: true })
  organisationId: number | null;

  @Field(() => String, { description: "Kind of step, e.g. LAW_PASSED or NGO_HEARING; region plug-ins add their own kinds (see `milestoneKinds`)." })
  @Column({ type: "text" })
  kind: string;

  @Column({ name: "title_fi", type: "text" })
  titleFi: string;

  @Column({ name: "title_sv", type: "text", nullable: true })
  titleSv: string | null;

  @Column({ name: "title_en", type: "text", nullable: true })
  titleEn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => LocalDateResolver, { description: "Planned or actual day of the step." })
  @Column({ name: "due_date", type: "date" })
  dueDate: string;

  @Field(() => MilestoneStatus)
  @Column({ type: "text" })
  status: MilestoneStatusValue;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt: Date;

  @Field({ description: "True for a national step (no region)." })
  get national(): boolean {
    return this.regionCode === null;
  }

  @Field(() => String)
  title(@Arg("language", () => Language, { defaultValue: "FI" }) language: LanguageValue): string {
    return pickLanguage(this, "title", language);
  }

  @Field(() => LocalizedText)
  get titles(): LocalizedText {
    return localizedText(this, "title");
  }
}
