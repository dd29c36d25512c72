import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@ObjectType({ simpleResolvers: true, description: "Pohjois-Karjala: the named NGO contact person (järjestöyhdyshenkilö) of a municipality." })
@Entity("pohjois_karjala_contact_person")
export class PohjoisKarjalaNgoContactPerson {
  @PrimaryColumn({ name: "municipality_code", type: "varchar", length: 3 })
  municipalityCode: string;

  @Field()
  @Column({ type: "text" })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  phone: string | null;

  @Column({ name: "organisation_id", type: "integer", nullable: true })
  organisationId: number | null;
}
