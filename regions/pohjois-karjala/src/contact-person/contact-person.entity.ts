import { PersonalData, DemoFlag } from "@yhdyspinta/core";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@ObjectType({ simpleResolvers: true, description: "Pohjois-Karjala: the named NGO contact person (järjestöyhdyshenkilö) of a municipality." })
@DemoFlag()
@Entity("pohjois_karjala_contact_person")
export class PohjoisKarjalaNgoContactPerson {
  @PrimaryColumn({ name: "municipality_code", type: "varchar", length: 3 })
  municipalityCode: string;

  // The person's name and contact details: signed-in users only, unless the person agreed to publication.
  @PersonalData({ consentProperty: "publicationConsent" })
  @Field(() => String, { nullable: true, description: "Null for anonymous users unless publicationConsent." })
  @Column({ type: "text" })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  title: string | null;

  @PersonalData({ consentProperty: "publicationConsent" })
  @Field(() => String, { nullable: true, description: "Null for anonymous users unless publicationConsent." })
  @Column({ type: "text", nullable: true })
  email: string | null;

  @PersonalData({ consentProperty: "publicationConsent" })
  @Field(() => String, { nullable: true, description: "Null for anonymous users unless publicationConsent." })
  @Column({ type: "text", nullable: true })
  phone: string | null;

  @Field({ description: "The person agreed to publication of their name and contact details: anonymous users see them too." })
  @Column({ name: "publication_consent", type: "boolean", default: false })
  publicationConsent: boolean;

  @Column({ name: "organisation_id", type: "integer", nullable: true })
  organisationId: number | null;
}
