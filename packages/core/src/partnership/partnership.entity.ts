import { LocalizedFields, type LocalizedColumns } from "../graphql/localized-fields";
import { DemoFlag, type DemoFlagged } from "../graphql/demo-flag";
import { Timestamps, type Timestamped } from "../graphql/timestamps";
import { NodeEntity } from "../graphql/node-entity";
import { LocalDateScalar } from "../graphql/local-date.scalar";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { PartnershipKind, PartnershipStatus } from "../graphql/enums";
import { Node } from "../graphql/graphql-types";
import type { PartnershipKindValue, PartnershipStatusValue } from "../vocabulary/vocabulary";

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "Kumppanuus: cooperation between an organisation and a public party (a wellbeing region or a municipality).",
})
@Entity("partnership")
@LocalizedFields({ prefix: "title" })
@DemoFlag()
@Timestamps()
export class Partnership extends NodeEntity {
  static readonly typeName = "Partnership";

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

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: "The organisation's role and responsibilities." })
  @Column({ name: "organisation_role", type: "text", nullable: true })
  organisationRole: string | null;

  @Field(() => String, { nullable: true, description: "The public party's role and responsibilities." })
  @Column({ name: "public_party_role", type: "text", nullable: true })
  publicPartyRole: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "First day." })
  @Column({ name: "starts_on", type: "date", nullable: true })
  startsOn: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Last day; null while open-ended." })
  @Column({ name: "ends_on", type: "date", nullable: true })
  endsOn: string | null;
}

// The columns LocalizedFields adds, typed.
type PartnershipTexts = LocalizedColumns<"title">;
export interface Partnership extends PartnershipTexts, DemoFlagged, Timestamped {}
