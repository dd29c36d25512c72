import { ConnectionType } from "../graphql/graphql-types";
import { Activity } from "./activity.entity";

export const ActivityConnection = ConnectionType(Activity, "Activity");
