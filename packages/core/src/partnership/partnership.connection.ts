import { ConnectionType } from "../graphql/graphql-types";
import { Partnership } from "./partnership.entity";

export const PartnershipConnection = ConnectionType(Partnership, "Partnership");
