import { ConnectionType } from "../common/graphql-types";
import { Activity } from "./activity.entity";

export const ActivityConnection = ConnectionType(Activity, "Activity");
