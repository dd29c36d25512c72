import { ConnectionType, DateField, DemoFlag, KeyColumn, Node, NodeEntity, TargetGroup, type TargetGroupValue, TextField } from "@yhdyspinta/core";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";

@ObjectType({ simpleResolvers: true, implements: Node, description: "Pohjois-Karjala: an outreach project (etsivä työ) of an NGO, with the groups it reaches." })
@DemoFlag()
@Entity("pohjois_karjala_outreach_project")
export class PohjoisKarjalaOutreachProject extends NodeEntity {
  static readonly typeName = "PohjoisKarjalaOutreachProject";

  @KeyColumn()
  organisationId: number;

  @TextField()
  name: string;

  @TextField({ nullable: true })
  description: string | null;

  @DateField()
  startsOn: string;

  @DateField({ nullable: true })
  endsOn: string | null;

  @Field(() => [TargetGroup], { description: "The groups the project reaches." })
  @Column({ name: "target_groups", type: "text", array: true })
  targetGroups: TargetGroupValue[];

  @Column({ name: "municipality_codes", type: "text", array: true })
  municipalityCodes: string[];
}

export const PohjoisKarjalaOutreachProjectConnection = ConnectionType(PohjoisKarjalaOutreachProject, "PohjoisKarjalaOutreachProject");
