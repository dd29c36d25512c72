import { registeredEnum } from "../graphql/enums";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { LocalDateScalar } from "../graphql/local-date.scalar";
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

  @Field({ description: "A code of the cooperationBodyKinds vocabulary; kindLabel gives its name." })
  @Column({ type: "text" })
  kind: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "First day of the current term." })
  @Column({ name: "term_starts_on", type: "date", nullable: true })
  termStartsOn: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "Last day of the current term; null while open-ended." })
  @Column({ name: "term_ends_on", type: "date", nullable: true })
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

  @Column({ name: "body_id", type: "integer" })
  bodyId: number;

  @Field(() => MemberSide)
  @Column({ type: "text" })
  side: MemberSideValue;

  @Field({ description: "A code of the memberRoles vocabulary (CHAIR, VICE_CHAIR, MEMBER, DEPUTY, SECRETARY...)." })
  @Column({ type: "text" })
  role: string;

  @Column({ name: "person_id", type: "integer", nullable: true })
  personId: number | null;

  /** What the member represents: an organisation (NGO side), the county, or a municipality. */
  @Column({ name: "organisation_id", type: "integer", nullable: true })
  organisationId: number | null;

  @Column({ name: "region_code", type: "varchar", length: 2, nullable: true })
  regionCode: string | null;

  @Column({ name: "municipality_code", type: "varchar", length: 3, nullable: true })
  municipalityCode: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: "term_starts_on", type: "date", nullable: true })
  termStartsOn: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: "term_ends_on", type: "date", nullable: true })
  termEndsOn: string | null;
}
export interface CooperationBodyMember extends Timestamped {}

@ObjectType({ simpleResolvers: true, implements: Node, description: "A meeting of a cooperation body." })
@Entity("cooperation_body_meeting")
@Timestamps()
export class CooperationBodyMeeting extends NodeEntity {
  static readonly typeName = "CooperationBodyMeeting";

  @Column({ name: "body_id", type: "integer" })
  bodyId: number;

  @Field()
  @Column({ name: "starts_at", type: "timestamptz" })
  startsAt: Date;

  @Field(() => String, { nullable: true, description: "Where: an address or \"Teams\"." })
  @Column({ type: "text", nullable: true })
  place: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  agenda: string | null;

  @Field(() => String, { nullable: true, description: "The minutes (or their summary) once written." })
  @Column({ type: "text", nullable: true })
  minutes: string | null;
}
export interface CooperationBodyMeeting extends Timestamped {}

@ObjectType({ simpleResolvers: true, implements: Node, description: "What a body produced: a statement, a report, a proposal..." })
@Entity("cooperation_body_output")
@Timestamps()
export class CooperationBodyOutput extends NodeEntity {
  static readonly typeName = "CooperationBodyOutput";

  @Column({ name: "body_id", type: "integer" })
  bodyId: number;

  @Field({ description: "A code of the outputKinds vocabulary." })
  @Column({ type: "text" })
  kind: string;

  @Field()
  @Column({ type: "text" })
  title: string;

  @Field(() => LocalDateScalar)
  @Column({ name: "issued_on", type: "date" })
  issuedOn: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  description: string | null;
}
export interface CooperationBodyOutput extends Timestamped {}
