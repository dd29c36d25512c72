import { PersonalData, DemoFlag } from "@yhdyspinta/core";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

@ObjectType({
  simpleResolvers: true,
  description: "Keski-Suomi: vastinpari, the named person on the county side paired with an NGO contact for one preparation topic.",
})
@DemoFlag()
@Entity("keski_suomi_counterpart")
export class KeskiSuomiCounterpart {
  @PrimaryGeneratedColumn({ name: "id", type: "integer" })
  dbId: number;

  @Column({ name: "region_code", type: "varchar", length: 2 })
  regionCode: string;

  @Field({ description: "The preparation topic, e.g. services for older people." })
  @Column({ type: "text" })
  topic: string;

  @PersonalData()
  @Field(() => String, { nullable: true, description: "The county's named counterpart for the topic; null for anonymous users." })
  @Column({ name: "county_contact_name", type: "text" })
  countyContactName: string;

  @Field(() => String, { nullable: true })
  @Column({ name: "county_contact_title", type: "text", nullable: true })
  countyContactTitle: string | null;

  @PersonalData()
  @Field(() => String, { nullable: true, description: "The NGOs' contact person for the topic; null for anonymous users." })
  @Column({ name: "ngo_contact_name", type: "text", nullable: true })
  ngoContactName: string | null;

  @Column({ name: "ngo_organisation_id", type: "integer", nullable: true })
  ngoOrganisationId: number | null;
}
