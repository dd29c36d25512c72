import { Node, NodeEntity, toGlobalId, DemoFlag } from "@yhdyspinta/core";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

export enum WorkstreamKind {
  SERVICE_GUIDANCE = "SERVICE_GUIDANCE",
  NGO_DATA_COLLECTION = "NGO_DATA_COLLECTION",
  OTHER = "OTHER",
}
registerEnumType(WorkstreamKind, {
  name: "UusimaaWorkstreamKind",
  description: "SERVICE_GUIDANCE: bringing NGO activities into service guidance (palveluohjaus). NGO_DATA_COLLECTION: collecting up-to-date NGO data.",
});

@ObjectType({ simpleResolvers: true, implements: Node, description: "Uusimaa: the NGO development group (järjestöjen kehittäjäryhmä) of a wellbeing region." })
@DemoFlag()
@Entity("uusimaa_development_group")
export class UusimaaDevelopmentGroup extends NodeEntity {
  static readonly typeName = "UusimaaDevelopmentGroup";

  @Column({ name: "region_code", type: "varchar", length: 2 })
  regionCode: string;

  @Field()
  @Column({ type: "text" })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Uusimaa: a workstream (työryhmä) of a development group." })
@DemoFlag()
@Entity("uusimaa_workstream")
export class UusimaaWorkstream {
  @PrimaryGeneratedColumn({ name: "id", type: "integer" })
  dbId: number;

  @Field(() => ID)
  get id(): string {
    return toGlobalId("UusimaaWorkstream", this.dbId);
  }

  @Column({ name: "group_id", type: "integer" })
  groupId: number;

  @Field(() => WorkstreamKind)
  @Column({ type: "text" })
  kind: WorkstreamKind;

  @Field()
  @Column({ type: "text" })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  goal: string | null;

  @Column({ name: "lead_organisation_id", type: "integer", nullable: true })
  leadOrganisationId: number | null;
}
