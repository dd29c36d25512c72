import { LocalizedFields, type LocalizedColumns } from "../graphql/localized-fields";
import { DemoFlag, type DemoFlagged } from "../graphql/demo-flag";
import { Timestamps, type Timestamped } from "../graphql/timestamps";
import { NodeEntity } from "../graphql/node-entity";
import { Field, ObjectType } from "type-graphql";
import { Entity } from "typeorm";
import { Node } from "../graphql/graphql-types";
import { MilestoneStatus, type MilestoneStatusValue } from "./milestone.enums";
import { DateField, EnumField, KeyColumn, RegionCodeColumn, TextField } from "../graphql/entity-fields";

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
  @RegionCodeColumn({ nullable: true })
  regionCode: string | null;

  @KeyColumn({ nullable: true })
  organisationId: number | null;

  @TextField({ description: "Kind of step, e.g. LAW_PASSED or NGO_HEARING; region plug-ins add their own kinds (see `milestoneKinds`)." })
  kind: string;

  @TextField({ nullable: true })
  description: string | null;

  @DateField({ description: "Planned or actual day of the step." })
  dueDate: string;

  @EnumField(MilestoneStatus)
  status: MilestoneStatusValue;

  @TextField({ nullable: true, description: "The official page this step rests on (national steps added since 2025)." })
  sourceUrl: string | null;

  @TextField({ nullable: true, description: "The title of `sourceUrl`'s page, with its publisher." })
  sourceTitle: string | null;

  @Field({ description: "True for a national step (no region)." })
  get national(): boolean {
    return this.regionCode === null;
  }
}

// The columns LocalizedFields adds, typed.
type PreparationMilestoneTexts = LocalizedColumns<"title">;
export interface PreparationMilestone extends PreparationMilestoneTexts, DemoFlagged, Timestamped {}
