import { demoFlagMigration } from "@yhdyspinta/core";

/** `is_demo` on every table of the plug-in (issue 15); rows of a seed run before this are marked. */
export const PohjoisKarjalaDemoFlag1735100000003 = demoFlagMigration("PohjoisKarjalaDemoFlag1735100000003", ["pohjois_karjala_committee", "pohjois_karjala_committee_term", "pohjois_karjala_committee_member", "pohjois_karjala_statement", "pohjois_karjala_contact_person", "pohjois_karjala_outreach_project"], "region:pohjois-karjala");
