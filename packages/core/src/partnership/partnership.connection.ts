import { ConnectionType } from "../common/graphql-types";
import { Partnership } from "./partnership.entity";

export const PartnershipConnection = ConnectionType(Partnership, "Partnership");
