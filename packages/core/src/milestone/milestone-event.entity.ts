import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { toGlobalId } from "../graphql/global-id";
import { MilestoneEventType, MilestoneStatus, type MilestoneEventTypeValue, type MilestoneStatusValue } from "./milestone.enums";
import type { PreparationMilestone } from "./milestone.entity";
import { EnumField, KeyColumn, RegionCodeColumn, TextColumn, TextField, TimestampField } from "../graphql/entity-fields";

/** One field of a milestone changed by an event; values are as the API shows them (dates as YYYY-MM-DD, ids global). */
@ObjectType({ description: "One changed field of a milestone: its name and the values before and after (null: empty)." })
export class MilestoneFieldChange {
  @Field({ description: "The field's name in `PreparationMilestone` terms: status, regionCode, kind, organisationId, titleFi, titleSv, titleEn, description, dueDate." })
  field: string;

  @Field(() => String, { nullable: true })
  oldValue: string | null;

  @Field(() => String, { nullable: true })
  newValue: string | null;
}

/**
 * One change of a milestone: a row of the outbox table `milestone_event`. Its id grows
 * monotonically and is the cursor a subscriber resumes from.
 */
@ObjectType({ simpleResolvers: true, description: "A change of a preparation milestone. `cursor` is the position to resume the `milestoneEvents` subscription after." })
@Entity("milestone_event")
export class MilestoneEvent {
  static readonly typeName = "MilestoneEvent";

  /** bigint: kept as a decimal string, as pg returns it. */
  @PrimaryColumn({ name: "id", type: "bigint" })
  dbId: string;

  @Field(() => ID)
  get id(): string {
    return toGlobalId(MilestoneEvent.typeName, this.dbId);
  }

  @Field(() => String, { description: "The event's position (a decimal number growing with every event): pass it as `after` to resume." })
  get cursor(): string {
    return String(this.dbId);
  }

  @KeyColumn()
  milestoneId: number;

  @EnumField(MilestoneEventType)
  type: MilestoneEventTypeValue;

  @EnumField(MilestoneStatus, { nullable: true, description: "Status before the change; null for CREATED." })
  previousStatus: MilestoneStatusValue | null;

  @EnumField(MilestoneStatus, { description: "Status after the change." })
  newStatus: MilestoneStatusValue;

  @TextField({ nullable: true, description: "Explanation given with a status change." })
  note: string | null;

  /** The milestone's region, kind and organisation when the event happened (used by filters). */
  @RegionCodeColumn({ nullable: true })
  regionCode: string | null;

  @TextColumn()
  kind: string;

  @KeyColumn({ nullable: true })
  organisationId: number | null;

  /** True when the change moved the milestone (region, kind or organisation); then old* say where it was. */
  @Column({ type: "boolean", default: false })
  moved: boolean;

  @RegionCodeColumn({ nullable: true })
  oldRegionCode: string | null;

  @TextColumn({ nullable: true })
  oldKind: string | null;

  @KeyColumn({ nullable: true })
  oldOrganisationId: number | null;

  @Field(() => [MilestoneFieldChange], { description: "What the event changed, field by field (empty for CREATED)." })
  @Column({ type: "jsonb", default: () => "'[]'" })
  changes: MilestoneFieldChange[];

  @TimestampField({ description: "When the event was written (the clock at the insert, taken under the event log lock): never earlier than a lower cursor's." })
  occurredAt: Date;

  /** The milestone as read together with the event (live delivery), so fan-out costs no query per subscriber. */
  milestoneSnapshot?: PreparationMilestone;
}
