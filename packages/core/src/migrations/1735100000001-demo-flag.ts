import type { MigrationInterface, QueryRunner } from "typeorm";
import { addDemoFlagColumns } from "../graphql/demo-flag";

/**
 * `is_demo` on every core table the demo seeder writes (issue 15), so invented organisations,
 * activities, partnerships and regional milestones are never taken for real; a database seeded
 * before this gets its seeded rows marked.
 */
export class DemoFlag1735100000001 implements MigrationInterface {
  name = "DemoFlag1735100000001";

  public async up(q: QueryRunner): Promise<void> {
    await addDemoFlagColumns(q, ["organisation", "activity", "partnership", "preparation_milestone"], "demo-data");
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of ["organisation", "activity", "partnership", "preparation_milestone"]) await q.query(`ALTER TABLE ${table} DROP COLUMN is_demo`);
  }
}
