import { addDemoFlagColumns } from "@yhdyspinta/core";
import type { MigrationInterface, QueryRunner } from "typeorm";

/** `is_demo` on every table of the plug-in (issue 15); rows of a seed run before this are marked. */
const TABLES = ["keski_suomi_counterpart", "keski_suomi_ngo_network", "keski_suomi_partnership_table", "keski_suomi_partnership_table_term", "keski_suomi_partnership_table_seat", "keski_suomi_partnership_table_meeting"];

export class KeskiSuomiDemoFlag1735100000002 implements MigrationInterface {
  name = "KeskiSuomiDemoFlag1735100000002";

  public async up(q: QueryRunner): Promise<void> {
    await addDemoFlagColumns(q, TABLES, "region:keski-suomi");
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.query(`ALTER TABLE ${table} DROP COLUMN is_demo`);
  }
}
