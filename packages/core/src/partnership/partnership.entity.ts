import { LocalizedFields, type LocalizedColumns } from "../graphql/localized-fields";
import { DemoFlag, type DemoFlagged } from "../graphql/demo-flag";
import { Timestamps, type Timestamped } from "../graphql/timestamps";
import { NodeEntity } from "../graphql/node-entity";
import { ObjectType } from "type-graphql";
import { Entity } from "typeorm";
import { PartnershipKind, PartnershipStatus } from "../graphql/enums";
import { Node } from "../graphql/graphql-types";
import type { PartnershipKindValue, PartnershipStatusValue } from "../vocabulary/vocabulary";
import { DateField, EnumField, KeyColumn, MunicipalityCodeColumn, RegionCodeColumn, TextField } from "../graphql/entity-fields";

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

  @KeyColumn()
  organisationId: number;

  @RegionCodeColumn({ nullable: true })
  regionCode: string | null;

  @MunicipalityCodeColumn({ nullable: true })
  municipalityCode: string | null;

  @EnumField(PartnershipKind)
  kind: PartnershipKindValue;

  @EnumField(PartnershipStatus)
  status: PartnershipStatusValue;

  @TextField({ nullable: true })
  description: string | null;

  @TextField({ nullable: true, description: "The organisation's role and responsibilities." })
  organisationRole: string | null;

  @TextField({ nullable: true, description: "The public party's role and responsibilities." })
  publicPartyRole: string | null;

  @DateField({ nullable: true, description: "First day." })
  startsOn: string | null;

  @DateField({ nullable: true, description: "Last day; null while open-ended." })
  endsOn: string | null;
}

// The columns LocalizedFields adds, typed.
type PartnershipTexts = LocalizedColumns<"title">;
export interface Partnership extends PartnershipTexts, DemoFlagged, Timestamped {}
