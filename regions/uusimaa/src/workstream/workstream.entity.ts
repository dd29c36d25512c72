import { ObjectType } from "type-graphql";
import { Entity } from "typeorm";
import { DemoFlag, EnumField, KeyColumn, Node, NodeEntity, registeredEnum, TextField } from "@yhdyspinta/core";

export const WorkstreamKind = registeredEnum(["SERVICE_GUIDANCE", "NGO_DATA_COLLECTION", "OTHER"], {
  name: "UusimaaWorkstreamKind",
  description: "SERVICE_GUIDANCE: bringing NGO activities into service guidance (palveluohjaus). NGO_DATA_COLLECTION: collecting up-to-date NGO data.",
});
export type WorkstreamKind = keyof typeof WorkstreamKind;

/** A workstream (työryhmä) of a development group: Uusimaa's own way of dividing the group's work. */
@ObjectType({ simpleResolvers: true, implements: Node, description: "Uusimaa: a workstream (työryhmä) of an NGO development group." })
@Entity("uusimaa_workstream")
@DemoFlag()
export class UusimaaWorkstream extends NodeEntity {
  static readonly typeName = "UusimaaWorkstream";
  declare isDemo: boolean;

  @KeyColumn()
  bodyId: number;

  @EnumField(WorkstreamKind)
  kind: WorkstreamKind;

  @TextField()
  name: string;

  @TextField({ nullable: true })
  goal: string | null;

  @KeyColumn({ nullable: true })
  leadOrganisationId: number | null;
}
