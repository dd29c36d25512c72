import { demoFlagMigration } from "@yhdyspinta/core";

/** `is_demo` on every table of the plug-in (issue 15); rows of a seed run before this are marked. */
export const UusimaaDemoFlag1735100000004 = demoFlagMigration("UusimaaDemoFlag1735100000004", ["uusimaa_development_group", "uusimaa_workstream", "uusimaa_representative_call", "uusimaa_nomination", "uusimaa_representative"], "region:uusimaa");
