import { ConnectionType, Node, NodeEntity, TargetGroup, toGlobalId, type TargetGroupValue, LocalDateScalar, DemoFlag } from "@yhdyspinta/core";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

@ObjectType({ simpleResolvers: true, implements: Node, description: "Pohjois-Karjala: an outreach project (etsivä työ) of an NGO, with the groups it reaches." })
@DemoFlag()
@Entity("pohjois_karjala_outreach_project")
export class PohjoisKarjalaOutreachProject extends NodeEntity {
  static readonly typeName = "PohjoisKarjalaOutreachProject";

  @Column({ name: "organisation_id", type: "integer" })
  organisationId: number;

  @Field()
  @Column({ type: "text" })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => LocalDateScalar)
  @Column({ name: "starts_on", type: "date" })
  startsOn: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: "ends_on", type: "date", nullable: true })
  endsOn: string | null;

  @Field(() => [TargetGroup], { description: "The groups the project reaches." })
  @Column({ name: "target_groups", type: "text", array: true })
  targetGroups: TargetGroupValue[];

  @Column({ name: "municipality_codes", type: "text", array: true })
  municipalityCodes: string[];
}

export const PohjoisKarjalaOutreachProjectConnection = ConnectionType(PohjoisKarjalaOutreachProject, "PohjoisKarjalaOutreachProject");
