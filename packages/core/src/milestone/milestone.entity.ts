import { LocalizedFields, type LocalizedColumns } from "../graphql/localized-fields";
import { DemoFlag, type DemoFlagged } from "../graphql/demo-flag";
import { Timestamps, type Timestamped } from "../graphql/timestamps";
import { NodeEntity } from "../graphql/node-entity";
import { LocalDateScalar } from "../graphql/local-date.scalar";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { Node } from "../graphql/graphql-types";
import { MilestoneStatus, type MilestoneStatusValue } from "./milestone.enums";

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "Valmistelun virstanpylväs: a step of the reform's preparation, national (no region) or in one wellbeing region.",
})
@Entity("preparation_milestone")
@LocalizedFields({ prefix: "title" })
@DemoFlag()
@Timestamps()
export class PreparationMilestone extends NodeEntity {
  static readonly typeName = "PreparationMilestone";

  /** Null for a national milestone. */
  @Column({ name: "region_code", type: "varchar", length: 2, nullable: true })
  regionCode: string | null;

  @Column({ name: "organisation_id", type: "integer", nullable: true })
  organisationId: number | null;

  @Field(() => String, { description: "Kind of step, e.g. LAW_PASSED or NGO_HEARING; region plug-ins add their own kinds (see `milestoneKinds`)." })
  @Column({ type: "text" })
  kind: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => LocalDateScalar, { description: "Planned or actual day of the step." })
  @Column({ name: "due_date", type: "date" })
  dueDate: string;

  @Field(() => MilestoneStatus)
  @Column({ type: "text" })
  status: MilestoneStatusValue;

  @Field(() => String, { nullable: true, description: "The official page this step rests on (national steps added since 2025)." })
  @Column({ name: "source_url", type: "text", nullable: true })
  sourceUrl: string | null;

  @Field(() => String, { nullable: true, description: "The title of `sourceUrl`'s page, with its publisher." })
  @Column({ name: "source_title", type: "text", nullable: true })
  sourceTitle: string | null;

  @Field({ description: "True for a national step (no region)." })
  get national(): boolean {
    return this.regionCode === null;
  }
}

// The columns LocalizedFields adds, typed.
type PreparationMilestoneTexts = LocalizedColumns<"title">;
export interface PreparationMilestone extends PreparationMilestoneTexts, DemoFlagged, Timestamped {}
