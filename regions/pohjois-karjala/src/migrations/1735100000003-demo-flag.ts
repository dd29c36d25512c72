import { addDemoFlagColumns } from "@yhdyspinta/core";
import type { MigrationInterface, QueryRunner } from "typeorm";

/** `is_demo` on every table of the plug-in (issue 15); rows of a seed run before this are marked. */
const TABLES = ["pohjois_karjala_committee", "pohjois_karjala_committee_term", "pohjois_karjala_committee_member", "pohjois_karjala_statement", "pohjois_karjala_contact_person", "pohjois_karjala_outreach_project"];

export class PohjoisKarjalaDemoFlag1735100000003 implements MigrationInterface {
  name = "PohjoisKarjalaDemoFlag1735100000003";

  public async up(q: QueryRunner): Promise<void> {
    await addDemoFlagColumns(q, TABLES, "region:pohjois-karjala");
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.query(`ALTER TABLE ${table} DROP COLUMN is_demo`);
  }
}
