import { demoFlagMigration } from "@yhdyspinta/core";

/** `is_demo` on the plug-in's own tables that remain after the move to the core's building blocks (issue 15). */
export const KeskiSuomiDemoFlag1735100000002 = demoFlagMigration("KeskiSuomiDemoFlag1735100000002", ["keski_suomi_table_detail", "keski_suomi_table_term", "keski_suomi_public_seat", "keski_suomi_network_detail"], "region:keski-suomi");
