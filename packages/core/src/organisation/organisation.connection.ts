import { ConnectionType } from "../graphql/graphql-types";
import { Organisation } from "./organisation.entity";

export const OrganisationConnection = ConnectionType(Organisation, "Organisation");
