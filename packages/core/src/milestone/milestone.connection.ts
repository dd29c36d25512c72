import { ConnectionType } from "../graphql/graphql-types";
import { MilestoneEvent } from "./milestone-event.entity";
import { PreparationMilestone } from "./milestone.entity";

export const PreparationMilestoneConnection = ConnectionType(PreparationMilestone, "PreparationMilestone");
export const MilestoneEventConnection = ConnectionType(MilestoneEvent, "MilestoneEvent");
