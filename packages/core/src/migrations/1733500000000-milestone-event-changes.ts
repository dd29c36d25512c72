import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Events carry what changed (`changes`: field, old and new value) and where the milestone was
 * before the change (`old_*`, meaningful only when `moved`), so a move out of a region, an
 * organisation or a kind still reaches the subscribers of the old one. Writers that know nothing of
 * moves (seeders, older code) keep working: the defaults say "nothing moved, no changes listed".
 */
export class MilestoneEventChanges1733500000000 implements MigrationInterface {
  name = "MilestoneEventChanges1733500000000";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE milestone_event
      ADD COLUMN changes jsonb NOT NULL DEFAULT '[]',
      ADD COLUMN moved boolean NOT NULL DEFAULT false,
      ADD COLUMN old_region_code varchar(2),
      ADD COLUMN old_kind text,
      ADD COLUMN old_organisation_id integer`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE milestone_event DROP COLUMN changes, DROP COLUMN moved, DROP COLUMN old_region_code, DROP COLUMN old_kind, DROP COLUMN old_organisation_id`);
  }
}
