import { ConnectionType } from "../graphql/graphql-types";
import { RepresentativeNomination } from "./representative-call.entity";

export const RepresentativeNominationConnection = ConnectionType(RepresentativeNomination, "RepresentativeNomination");
