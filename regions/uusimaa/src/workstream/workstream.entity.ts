import { ObjectType, registerEnumType } from "type-graphql";
import { Entity } from "typeorm";
import { DemoFlag, EnumField, KeyColumn, Node, NodeEntity, TextField } from "@yhdyspinta/core";

export enum WorkstreamKind {
  SERVICE_GUIDANCE = "SERVICE_GUIDANCE",
  NGO_DATA_COLLECTION = "NGO_DATA_COLLECTION",
  OTHER = "OTHER",
}
registerEnumType(WorkstreamKind, {
  name: "UusimaaWorkstreamKind",
  description: "SERVICE_GUIDANCE: bringing NGO activities into service guidance (palveluohjaus). NGO_DATA_COLLECTION: collecting up-to-date NGO data.",
});

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
