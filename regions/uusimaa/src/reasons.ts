import { defineReasons, Reason as CoreReason } from "@yhdyspinta/core";

/** The reasons (`extensions.reason`) this plug-in's errors give: the core's and its own. */
export const Reason = { ...CoreReason, ...defineReasons(["CALL_DECIDED", "CALL_NOT_OPEN", "DECIDED_BEFORE_OPEN", "NOMINATION_CHOSEN_TWICE", "NOMINATION_NOT_IN_CALL", "TOO_MANY_MEMBERS"]) };
