import { demoFlagMigration } from "@yhdyspinta/core";

/** `is_demo` on the plug-in's own tables that remain after the move to the core's building blocks (issue 15). */
export const UusimaaDemoFlag1735100000004 = demoFlagMigration("UusimaaDemoFlag1735100000004", ["uusimaa_workstream", "uusimaa_call_detail", "uusimaa_deputy", "uusimaa_extra_nominee"], "region:uusimaa");
