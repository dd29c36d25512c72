import { ObjectType } from "type-graphql";
import { Entity } from "typeorm";
import { PersonalText } from "../auth/personal-data";
import { Node } from "../graphql/graphql-types";
import { DemoFlag, type DemoFlagged } from "../graphql/demo-flag";
import { Timestamps, type Timestamped } from "../graphql/timestamps";
import { NodeEntity } from "../graphql/node-entity";
import { DateField, FlagField, KeyColumn, MunicipalityCodeColumn, RegionCodeColumn, TextField } from "../graphql/entity-fields";

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

  @PersonalText({ consentProperty: "publicationConsent", required: true })
  name: string;

  @TextField({ nullable: true, description: "Job title, e.g. \"hyvinvointikoordinaattori\"." })
  title: string | null;

  @PersonalText({ consentProperty: "publicationConsent" })
  email: string | null;

  @PersonalText({ consentProperty: "publicationConsent" })
  phone: string | null;

  @KeyColumn({ nullable: true })
  organisationId: number | null;

  /** The wellbeing region whose coordinators keep this record. */
  @RegionCodeColumn()
  regionCode: string;

  @FlagField({ description: "The person agreed to publication of name and contact details to anyone." })
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

  @KeyColumn()
  personId: number;

  @TextField({ description: "A code of the contactRoleTypes vocabulary (vocabulary(name: CONTACT_ROLE_TYPES))." })
  type: string;

  @TextField({ nullable: true, description: "The topic of a counterpart (vastinpari), e.g. \"mielenterveys\"." })
  topic: string | null;

  @RegionCodeColumn({ nullable: true })
  regionCode: string | null;

  @MunicipalityCodeColumn({ nullable: true })
  municipalityCode: string | null;

  /** The employer, e.g. the network NGO of a regional coordinator. */
  @KeyColumn({ nullable: true })
  organisationId: number | null;

  @DateField({ nullable: true })
  validFrom: string | null;

  @DateField({ nullable: true, description: "Last day; null while open-ended." })
  validUntil: string | null;
}
export interface ContactRole extends DemoFlagged, Timestamped {}
