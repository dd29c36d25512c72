import { Field, ID, InputType } from "type-graphql";
import {
  ID_MAX_LENGTH, IdInput, MunicipalityCodeList, NonEmptyText, OptionalId, OptionalList, OptionalNonEmptyText, OptionalText, RegionCodeList, ScopeFilter,
} from "../graphql/input-fields";
import { LocalDateScalar } from "../graphql/local-date.scalar";
import { ConsultationStatus, type ConsultationStatusValue } from "./consultation.entity";
import { orderByInput } from "../graphql/args";

@InputType({ description: "All given conditions must hold; a list matches any of its values." })
export class ConsultationFilter extends ScopeFilter("ConsultationFilter", {
  regionCodes: { description: "Consultations addressed to these regions, or to one of their municipalities." },
}) {
  @OptionalList(() => ConsultationStatus, 4)
  statuses?: ConsultationStatusValue[] | null;

  @OptionalId({ description: "Consultations of this cooperation body." })
  bodyId?: string | null;
}

@InputType()
export abstract class ConsultationFields {
  @OptionalText(10000)
  description?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "First day responses are taken; default today." })
  opensOn?: string | null;
}

@InputType({ description: "Who is asked: invitedOrganisationIds and/or everyone in regionCodes and municipalityCodes (at least one of the three)." })
export class CreateConsultationInput extends ConsultationFields {
  @NonEmptyText(500)
  subject: string;

  @Field(() => LocalDateScalar)
  deadline: string;

  @RegionCodeList()
  regionCodes?: string[] | null;

  @MunicipalityCodeList()
  municipalityCodes?: string[] | null;

  @OptionalList(() => ID, 500, { description: "Organisations asked by name." }, ID_MAX_LENGTH)
  invitedOrganisationIds?: string[] | null;

  @OptionalId({ description: "The body that runs the consultation." })
  bodyId?: string | null;
}

@InputType({ description: "Omitted fields stay as they are; null clears an optional field." })
export class UpdateConsultationInput extends ConsultationFields {
  @OptionalNonEmptyText(500)
  subject?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  deadline?: string | null;
}

@InputType({ description: "An organisation's statement; giving it again replaces the earlier one while the consultation is open." })
export class RespondToConsultationInput {
  @IdInput()
  consultationId: string;

  @IdInput()
  organisationId: string;

  @NonEmptyText(20000)
  statement: string;
}

export const ConsultationOrder = orderByInput(
  "ConsultationOrder", ["DEADLINE", "OPENS_ON", "SUBJECT", "CREATED_AT", "UPDATED_AT"],
  "SUBJECT: Finnish collation. Default DEADLINE ascending.",
);

export const ConsultationResponseOrder = orderByInput(
  "ConsultationResponseOrder", ["CREATED_AT", "UPDATED_AT"],
  "Default CREATED_AT ascending (oldest first).",
);
