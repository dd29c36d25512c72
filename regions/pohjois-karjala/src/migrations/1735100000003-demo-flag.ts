import { demoFlagMigration } from "@yhdyspinta/core";

/** `is_demo` on the plug-in's own tables that remain after the move to the core's building blocks (issue 15). */
export const PohjoisKarjalaDemoFlag1735100000003 = demoFlagMigration("PohjoisKarjalaDemoFlag1735100000003", ["pohjois_karjala_statement_recipient", "pohjois_karjala_outreach_project"], "region:pohjois-karjala");
