import { MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { orderByInput } from "../graphql/args";
import {
  IdInput, MunicipalityCodeList, NonEmptyText, OptionalId, OptionalNonEmptyText, OptionalText, RegionCodeList, ScopeFilter, VocabularyCodeList,
} from "../graphql/input-fields";
import { LocalDateScalar } from "../graphql/local-date.scalar";
import { MemberSide, type MemberSideValue } from "./cooperation-body.entity";

@InputType({ description: "All given conditions must hold; a list matches any of its values." })
export class CooperationBodyFilter extends ScopeFilter("CooperationBodyFilter", {
  regionCodes: { description: "Bodies in these wellbeing regions: scoped to the region itself or to one of its municipalities." },
  municipalityCodes: { description: "Bodies scoped to these municipalities." },
}) {
  @VocabularyCodeList({ description: "Codes of the cooperationBodyKinds vocabulary." })
  kinds?: string[] | null;
}

/** Fields shared by create and update; omitted means unchanged on update, null clears. */
@InputType()
export abstract class CooperationBodyFields {
  @OptionalNonEmptyText(300)
  nameSv?: string | null;

  @OptionalNonEmptyText(300)
  nameEn?: string | null;

  @OptionalText(5000)
  description?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  termStartsOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  termEndsOn?: string | null;

  @RegionCodeList({ description: "Wellbeing regions the body serves (with municipalityCodes: at least one in all)." })
  regionCodes?: string[] | null;

  @MunicipalityCodeList({ description: "Municipalities the body serves." })
  municipalityCodes?: string[] | null;
}

@InputType({ description: "A new body: its kind, Finnish name and scope (regionCodes and/or municipalityCodes, at least one code)." })
export class CreateCooperationBodyInput extends CooperationBodyFields {
  @Field({ description: "A code of the cooperationBodyKinds vocabulary." })
  @MaxLength(64)
  kind: string;

  @NonEmptyText(300)
  nameFi: string;
}

@InputType({ description: "Omitted fields stay as they are; null clears an optional field; a given code list replaces the old one." })
export class UpdateCooperationBodyInput extends CooperationBodyFields {
  @OptionalText(64)
  kind?: string | null;

  @OptionalNonEmptyText(300)
  nameFi?: string | null;
}

@InputType({ description: "A member: side and role, the person (optional: a vacant seat), and what the seat represents (at most one of organisationId, regionCode, municipalityCode)." })
export class AddBodyMemberInput {
  @IdInput()
  bodyId: string;

  @Field(() => MemberSide)
  side: MemberSideValue;

  @Field({ description: "A code of the memberRoles vocabulary." })
  @MaxLength(64)
  role: string;

  @OptionalId()
  personId?: string | null;

  @OptionalId({ description: "The organisation represented (NGO side)." })
  organisationId?: string | null;

  @OptionalText(2, { description: "The wellbeing county represented (county side)." })
  regionCode?: string | null;

  @OptionalText(3, { description: "The municipality represented (municipality side)." })
  municipalityCode?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  termStartsOn?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  termEndsOn?: string | null;
}

@InputType()
export class BodyMeetingFields {
  @OptionalText(500)
  place?: string | null;

  @OptionalText(10000)
  agenda?: string | null;

  @OptionalText(20000)
  minutes?: string | null;
}

@InputType()
export class AddBodyMeetingInput extends BodyMeetingFields {
  @IdInput()
  bodyId: string;

  @Field({ description: "When the meeting starts (ISO date-time with offset)." })
  startsAt: Date;
}

@InputType({ description: "Omitted fields stay as they are; null clears." })
export class UpdateBodyMeetingInput extends BodyMeetingFields {
  @Field(() => Date, { nullable: true })
  startsAt?: Date | null;
}

@InputType()
export class AddBodyOutputInput {
  @IdInput()
  bodyId: string;

  @Field({ description: "A code of the outputKinds vocabulary." })
  @MaxLength(64)
  kind: string;

  @NonEmptyText(500)
  title: string;

  @Field(() => LocalDateScalar)
  issuedOn: string;

  @OptionalText(10000)
  description?: string | null;
}

export const CooperationBodyOrder = orderByInput(
  "CooperationBodyOrder", ["NAME", "KIND", "CREATED_AT", "UPDATED_AT"],
  "NAME: the Finnish name (Finnish collation).",
);

export const CooperationBodyMemberOrder = orderByInput(
  "CooperationBodyMemberOrder", ["SIDE", "ROLE", "TERM_STARTS_ON", "TERM_ENDS_ON", "CREATED_AT", "UPDATED_AT"],
  "SIDE: NGO, EXPERT_BY_EXPERIENCE, COUNTY, then the rest. ROLE: chair, vice-chair, member, deputy, secretary, then plug-in roles. "
    + "A missing term date sorts after every date ascending. Default SIDE, ROLE ascending.",
);

export const CooperationBodyMeetingOrder = orderByInput(
  "CooperationBodyMeetingOrder", ["STARTS_AT", "CREATED_AT", "UPDATED_AT"],
  "Default STARTS_AT ascending.",
);

export const CooperationBodyOutputOrder = orderByInput(
  "CooperationBodyOutputOrder", ["ISSUED_ON", "TITLE", "KIND", "CREATED_AT", "UPDATED_AT"],
  "TITLE: Finnish collation. Default ISSUED_ON descending (newest first).",
);
