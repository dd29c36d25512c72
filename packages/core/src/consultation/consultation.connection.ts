import { ConnectionType } from "../graphql/graphql-types";
import { Consultation, ConsultationResponse } from "./consultation.entity";

export const ConsultationConnection = ConnectionType(Consultation, "Consultation");
export const ConsultationResponseConnection = ConnectionType(ConsultationResponse, "ConsultationResponse");
