import { defineReasons, Reason as CoreReason } from "@yhdyspinta/core";

/** The reasons (`extensions.reason`) this plug-in's errors give: the core's and its own. */
export const Reason = { ...CoreReason, ...defineReasons(["NGO_SEATS_FULL", "NGO_SEAT_HAS_NO_PUBLIC_BODY", "NGO_SEAT_NEEDS_ORGANISATION", "PUBLIC_SEAT_HAS_NO_ORGANISATION", "PUBLIC_SEAT_NEEDS_BODY"]) };
