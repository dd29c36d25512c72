import { LocalizedFields, type LocalizedColumns, type OptionalLocalizedColumns } from "../graphql/localized-fields";
import { DemoFlag, type DemoFlagged } from "../graphql/demo-flag";
import { Timestamps, type Timestamped } from "../graphql/timestamps";
import { NodeEntity } from "../graphql/node-entity";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { Language, OrganisationKind, Theme } from "../graphql/enums";
import { Node } from "../graphql/graphql-types";
import type { LanguageValue, OrganisationKindValue, ThemeValue } from "../vocabulary/vocabulary";
import { EnumField, EnumListField, KeyColumn, TextColumn, TextField } from "../graphql/entity-fields";

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "Sote-järjestö: a social or health NGO (national, district, local, independent or umbrella organisation).",
})
@Entity("organisation")
@LocalizedFields({ prefix: "name" }, { prefix: "description", optional: true })
@DemoFlag()
@Timestamps()
export class Organisation extends NodeEntity {
  static readonly typeName = "Organisation";

  @Field(() => String, { nullable: true, description: "Y-tunnus (Finnish business ID), e.g. \"0201256-6\"." })
  @Column({ name: "business_id", type: "varchar", length: 9, nullable: true })
  businessId: string | null;

  @EnumField(OrganisationKind)
  kind: OrganisationKindValue;

  @KeyColumn({ nullable: true })
  parentId: number | null;

  @EnumListField(Theme)
  themes: ThemeValue[];

  @EnumListField(Language, { description: "Languages the organisation works in." })
  languages: LanguageValue[];

  @TextField({ nullable: true })
  website: string | null;

  // Contact details are private: exposed through an authorised field resolver, never directly.
  @TextColumn({ nullable: true })
  email: string | null;

  @TextColumn({ nullable: true })
  phone: string | null;
}

// The columns LocalizedFields adds, typed.
type OrganisationTexts = LocalizedColumns<"name"> & OptionalLocalizedColumns<"description">;
export interface Organisation extends OrganisationTexts, DemoFlagged, Timestamped {}
