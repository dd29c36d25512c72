import { Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { PersonalData } from "../auth/personal-data";
import { LocalDateScalar } from "../graphql/local-date.scalar";
import { Node } from "../graphql/graphql-types";
import { DemoFlag, type DemoFlagged } from "../graphql/demo-flag";
import { Timestamps, type Timestamped } from "../graphql/timestamps";
import { NodeEntity } from "../graphql/node-entity";

/**
 * A named person in the reform's cooperation: a municipality's NGO contact person, a county
 * counterpart, a regional coordinator, a body's member. Name, e-mail and phone are personal data:
 * anonymous callers see them only when the person agreed to publication (docs/security.md).
 */
@ObjectType({ implements: Node, description: "A person with roles in the cooperation (contact person, counterpart, member...)." })
@Entity("person")
@Timestamps()
@DemoFlag()
export class Person extends NodeEntity {
  static readonly typeName = "Person";

  @PersonalData({ consentProperty: "publicationConsent" })
  @Field(() => String, { nullable: true })
  @Column({ type: "text" })
  name: string;

  @Field(() => String, { nullable: true, description: "Job title, e.g. \"hyvinvointikoordinaattori\"." })
  @Column({ type: "text", nullable: true })
  title: string | null;

  @PersonalData({ consentProperty: "publicationConsent" })
  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  email: string | null;

  @PersonalData({ consentProperty: "publicationConsent" })
  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  phone: string | null;

  @Column({ name: "organisation_id", type: "integer", nullable: true })
  organisationId: number | null;

  /** The wellbeing region whose coordinators keep this record. */
  @Column({ name: "region_code", type: "varchar", length: 2 })
  regionCode: string;

  @Field({ description: "The person agreed to publication of name and contact details to anyone." })
  @Column({ name: "publication_consent", type: "boolean", default: false })
  publicationConsent: boolean;
}
export interface Person extends DemoFlagged, Timestamped {}

/** A role a person holds for a region or a municipality, for a period. */
@ObjectType({ implements: Node, description: "A person's role (contact person, counterpart for a topic, coordinator...) in a region or municipality." })
@Entity("contact_role")
@Timestamps()
@DemoFlag()
export class ContactRole extends NodeEntity {
  static readonly typeName = "ContactRole";

  @Column({ name: "person_id", type: "integer" })
  personId: number;

  @Field({ description: "A code of the contactRoleTypes vocabulary (vocabulary(name: CONTACT_ROLE_TYPES))." })
  @Column({ type: "text" })
  type: string;

  @Field(() => String, { nullable: true, description: "The topic of a counterpart (vastinpari), e.g. \"mielenterveys\"." })
  @Column({ type: "text", nullable: true })
  topic: string | null;

  @Column({ name: "region_code", type: "varchar", length: 2, nullable: true })
  regionCode: string | null;

  @Column({ name: "municipality_code", type: "varchar", length: 3, nullable: true })
  municipalityCode: string | null;

  /** The employer, e.g. the network NGO of a regional coordinator. */
  @Column({ name: "organisation_id", type: "integer", nullable: true })
  organisationId: number | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: "valid_from", type: "date", nullable: true })
  validFrom: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Last day; null while open-ended." })
  @Column({ name: "valid_until", type: "date", nullable: true })
  validUntil: string | null;
}
export interface ContactRole extends DemoFlagged, Timestamped {}
