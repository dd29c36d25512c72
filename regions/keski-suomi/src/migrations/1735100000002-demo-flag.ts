import { demoFlagMigration } from "@yhdyspinta/core";

/** `is_demo` on every table of the plug-in (issue 15); rows of a seed run before this are marked. */
export const KeskiSuomiDemoFlag1735100000002 = demoFlagMigration("KeskiSuomiDemoFlag1735100000002", ["keski_suomi_counterpart", "keski_suomi_ngo_network", "keski_suomi_partnership_table", "keski_suomi_partnership_table_term", "keski_suomi_partnership_table_seat", "keski_suomi_partnership_table_meeting"], "region:keski-suomi");
