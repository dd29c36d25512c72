import { registeredEnum } from "../graphql/enums";

export const MILESTONE_STATUSES = ["PLANNED", "IN_PROGRESS", "COMPLETED", "POSTPONED", "CANCELLED"] as const;
export type MilestoneStatusValue = (typeof MILESTONE_STATUSES)[number];

export const MILESTONE_EVENT_TYPES = ["CREATED", "STATUS_CHANGED", "UPDATED"] as const;
export type MilestoneEventTypeValue = (typeof MILESTONE_EVENT_TYPES)[number];

export const MilestoneStatus = registeredEnum(MILESTONE_STATUSES, { name: "MilestoneStatus", description: "Valmistelun vaiheen tila: suunniteltu, käynnissä, valmis, siirretty tai peruttu." });
export const MilestoneEventType = registeredEnum(MILESTONE_EVENT_TYPES, {
  name: "MilestoneEventType",
  description: "CREATED: a new milestone. STATUS_CHANGED: its status changed (see previousStatus, newStatus, note). UPDATED: other fields changed.",
});
