import { registeredEnum } from "../graphql/enums";
import { ObjectType } from "type-graphql";
import { Entity } from "typeorm";
import { DateField, EnumField, KeyColumn, MunicipalityCodeColumn, RegionCodeColumn, TextField, TimestampField } from "../graphql/entity-fields";
import { LocalizedFields, type LocalizedColumns } from "../graphql/localized-fields";
import { Node } from "../graphql/graphql-types";
import { DemoFlag, type DemoFlagged } from "../graphql/demo-flag";
import { Timestamps, type Timestamped } from "../graphql/timestamps";
import { NodeEntity } from "../graphql/node-entity";

export const MEMBER_SIDES = ["NGO", "COUNTY", "MUNICIPALITY", "EXPERT_BY_EXPERIENCE"] as const;
export type MemberSideValue = (typeof MEMBER_SIDES)[number];
export const MemberSide = registeredEnum(MEMBER_SIDES, {
  name: "MemberSide",
  description: "Whom a member sits for: the NGOs (järjestöt), the wellbeing county, a municipality, or as an expert by experience (kokemusasiantuntija).",
});

/**
 * A cooperation body of any region or municipality: an NGO consultative committee, a partnership
 * table, a development group, a network... Its kind is a code of the open `cooperationBodyKinds`
 * vocabulary, its scope one or more regions and/or municipalities. Region plug-ins create bodies of
 * their own kinds and extend them with tables referencing `cooperation_body.id`.
 */
@ObjectType({ simpleResolvers: true, implements: Node, description: "Yhteistyöelin: a cooperation body (committee, partnership table, development group, network...)." })
@Entity("cooperation_body")
@LocalizedFields({ prefix: "name" })
@Timestamps()
@DemoFlag()
export class CooperationBody extends NodeEntity {
  static readonly typeName = "CooperationBody";

  @TextField({ description: "A code of the cooperationBodyKinds vocabulary; kindLabel gives its name." })
  kind: string;

  @TextField({ nullable: true })
  description: string | null;

  @DateField({ nullable: true, description: "First day of the current term." })
  termStartsOn: string | null;

  @DateField({ nullable: true, description: "Last day of the current term; null while open-ended." })
  termEndsOn: string | null;
}
type CooperationBodyTexts = LocalizedColumns<"name">;
export interface CooperationBody extends CooperationBodyTexts, DemoFlagged, Timestamped {}

/** A seat in a body: whom it is for (side), the role, the person, and what it represents. */
@ObjectType({ simpleResolvers: true, implements: Node, description: "A member of a cooperation body." })
@Entity("cooperation_body_member")
@Timestamps()
export class CooperationBodyMember extends NodeEntity {
  static readonly typeName = "CooperationBodyMember";

  @KeyColumn()
  bodyId: number;

  @EnumField(MemberSide)
  side: MemberSideValue;

  @TextField({ description: "A code of the memberRoles vocabulary (CHAIR, VICE_CHAIR, MEMBER, DEPUTY, SECRETARY...)." })
  role: string;

  @KeyColumn({ nullable: true })
  personId: number | null;

  /** What the member represents: an organisation (NGO side), the county, or a municipality. */
  @KeyColumn({ nullable: true })
  organisationId: number | null;

  @RegionCodeColumn({ nullable: true })
  regionCode: string | null;

  @MunicipalityCodeColumn({ nullable: true })
  municipalityCode: string | null;

  @DateField({ nullable: true })
  termStartsOn: string | null;

  @DateField({ nullable: true })
  termEndsOn: string | null;
}
export interface CooperationBodyMember extends Timestamped {}

@ObjectType({ simpleResolvers: true, implements: Node, description: "A meeting of a cooperation body." })
@Entity("cooperation_body_meeting")
@Timestamps()
export class CooperationBodyMeeting extends NodeEntity {
  static readonly typeName = "CooperationBodyMeeting";

  @KeyColumn()
  bodyId: number;

  @TimestampField()
  startsAt: Date;

  @TextField({ nullable: true, description: "Where: an address or \"Teams\"." })
  place: string | null;

  @TextField({ nullable: true })
  agenda: string | null;

  @TextField({ nullable: true, description: "The minutes (or their summary) once written." })
  minutes: string | null;
}
export interface CooperationBodyMeeting extends Timestamped {}

@ObjectType({ simpleResolvers: true, implements: Node, description: "What a body produced: a statement, a report, a proposal..." })
@Entity("cooperation_body_output")
@Timestamps()
export class CooperationBodyOutput extends NodeEntity {
  static readonly typeName = "CooperationBodyOutput";

  @KeyColumn()
  bodyId: number;

  @TextField({ description: "A code of the outputKinds vocabulary." })
  kind: string;

  @TextField()
  title: string;

  @DateField()
  issuedOn: string;

  @TextField({ nullable: true })
  description: string | null;
}
export interface CooperationBodyOutput extends Timestamped {}
