import { defineReasons, Reason as CoreReason } from "@yhdyspinta/core";

/** The reasons (`extensions.reason`) this plug-in's errors give: the core's and its own. */
export const Reason = { ...CoreReason, ...defineReasons(["NOT_A_DEVELOPMENT_GROUP"]) };
