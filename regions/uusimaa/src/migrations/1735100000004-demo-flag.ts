import { addDemoFlagColumns } from "@yhdyspinta/core";
import type { MigrationInterface, QueryRunner } from "typeorm";

/** `is_demo` on the plug-in's own records that a seed writes (issue 15); rows of a seed run before this are marked. */
const TABLES = ["uusimaa_workstream"];

export class UusimaaDemoFlag1735100000004 implements MigrationInterface {
  name = "UusimaaDemoFlag1735100000004";

  public async up(q: QueryRunner): Promise<void> {
    await addDemoFlagColumns(q, TABLES, "region:uusimaa");
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.query(`ALTER TABLE ${table} DROP COLUMN is_demo`);
  }
}
