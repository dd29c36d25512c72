import { Field } from "type-graphql";
import { Column, type EntityManager, type MigrationInterface, type QueryRunner } from "typeorm";

/** The column every table with generated demo rows has: false for real (entered or imported) rows. */
export const DEMO_FLAG_COLUMN = "is_demo";

/**
 * Gives an entity the field `isDemo: Boolean!` from the column `is_demo`, so generated demo rows are
 * visibly not real wherever they are shown. The core's types and plug-ins' types use the same one;
 * the table needs the column (`addDemoFlagColumns` in a migration).
 */
export function DemoFlag(): ClassDecorator {
  return (target) => {
    const proto = target.prototype as object;
    Column({ name: DEMO_FLAG_COLUMN, type: "boolean", default: false })(proto, "isDemo");
    Field(() => Boolean, { description: "True for generated demo data (invented, not real); false for entered or imported data." })(proto, "isDemo");
  };
}

/**
 * Migration step: adds `is_demo` (default false) to each table and marks the rows that the seed run
 * `seedName` wrote, so a database seeded before the flag existed gets its demo rows marked too: rows
 * whose `created_at` is the seed's transaction time, or (tables without it) rows still carrying the
 * seed's transaction id as xmin (a row edited since then has another and stays unmarked). Seed runs:
 * the core's is "demo-data", a plug-in's "region:<name>".
 */
export async function addDemoFlagColumns(q: QueryRunner, tables: readonly string[], seedName: string): Promise<void> {
  for (const table of tables) {
    await q.query(`ALTER TABLE ${table} ADD COLUMN ${DEMO_FLAG_COLUMN} boolean NOT NULL DEFAULT false`);
    const [{ dated }] = await q.query(
      `SELECT count(*) > 0 AS dated FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 AND column_name = 'created_at'`, [table]);
    const seeded = dated ? `created_at = (SELECT seeded_at FROM seed_run WHERE name = $1)` : `xmin = (SELECT xmin FROM seed_run WHERE name = $1)`;
    await q.query(`UPDATE ${table} SET ${DEMO_FLAG_COLUMN} = true WHERE ${seeded}`, [seedName]);
  }
}

/**
 * Marks as demo every row of these tables that the current transaction wrote: call it at the end of
 * a seed (the core does so for each plug-in's tables with the column after its `seed`).
 */
export async function markDemoRows(manager: Pick<EntityManager, "query">, tables: readonly string[]): Promise<void> {
  for (const table of tables) {
    await manager.query(`UPDATE ${table} SET ${DEMO_FLAG_COLUMN} = true WHERE xmin::text = (pg_current_xact_id()::text::bigint % 4294967296)::text`);
  }
}

/**
 * A migration class that adds the demo flag to `tables` (see `addDemoFlagColumns`); `name` ends with
 * its 13-digit timestamp like any migration's: `demoFlagMigration("KeskiSuomiDemoFlag1735100000002", [...], "region:keski-suomi")`.
 */
export function demoFlagMigration(name: string, tables: readonly string[], seedName: string): new () => MigrationInterface {
  const migration = class implements MigrationInterface {
    name = name;
    async up(q: QueryRunner): Promise<void> {
      await addDemoFlagColumns(q, tables, seedName);
    }
    async down(q: QueryRunner): Promise<void> {
      for (const table of tables) await q.query(`ALTER TABLE ${table} DROP COLUMN ${DEMO_FLAG_COLUMN}`);
    }
  };
  Object.defineProperty(migration, "name", { value: name });
  return migration;
}

export interface DemoFlagged {
  isDemo: boolean;
}
