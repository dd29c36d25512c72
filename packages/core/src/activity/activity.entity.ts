import { LocalizedFields, type LocalizedColumns, type OptionalLocalizedColumns } from "../graphql/localized-fields";
import { DemoFlag, type DemoFlagged } from "../graphql/demo-flag";
import { Timestamps, type Timestamped } from "../graphql/timestamps";
import { NodeEntity } from "../graphql/node-entity";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { AccessibilityFeature, ActivityKind, Language, TargetGroup, Theme } from "../graphql/enums";
import { Node } from "../graphql/graphql-types";
import type { AccessibilityFeatureValue, ActivityKindValue, LanguageValue, TargetGroupValue, ThemeValue } from "../vocabulary/vocabulary";

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "Toiminta: what an NGO offers people (peer support, drop-in, outreach...), where and when, for service guidance to refer to.",
})
@Entity("activity")
@LocalizedFields({ prefix: "name" }, { prefix: "description", optional: true })
@DemoFlag()
@Timestamps()
export class Activity extends NodeEntity {
  static readonly typeName = "Activity";

  @Column({ name: "organisation_id", type: "integer" })
  organisationId: number;

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
}

// The columns LocalizedFields adds, typed.
type ActivityTexts = LocalizedColumns<"name"> & OptionalLocalizedColumns<"description">;
export interface Activity extends ActivityTexts, DemoFlagged, Timestamped {}
