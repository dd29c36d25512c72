import { registerEnumType } from "type-graphql";

export const MILESTONE_STATUSES = ["PLANNED", "IN_PROGRESS", "COMPLETED", "POSTPONED", "CANCELLED"] as const;
export type MilestoneStatusValue = (typeof MILESTONE_STATUSES)[number];

export const MILESTONE_EVENT_TYPES = ["CREATED", "STATUS_CHANGED", "UPDATED"] as const;
export type MilestoneEventTypeValue = (typeof MILESTONE_EVENT_TYPES)[number];

export const MilestoneStatus = Object.fromEntries(MILESTONE_STATUSES.map((s) => [s, s])) as { [K in MilestoneStatusValue]: K };
export const MilestoneEventType = Object.fromEntries(MILESTONE_EVENT_TYPES.map((s) => [s, s])) as { [K in MilestoneEventTypeValue]: K };

registerEnumType(MilestoneStatus, { name: "MilestoneStatus", description: "Valmistelun vaiheen tila: suunniteltu, käynnissä, valmis, siirretty tai peruttu." });
registerEnumType(MilestoneEventType, {
  name: "MilestoneEventType",
  description: "CREATED: a new milestone. STATUS_CHANGED: its status changed (see previousStatus, newStatus, note). UPDATED: other fields changed.",
});
