import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Events carry what changed (`changes`: field, old and new value) and where the milestone was
 * before the change (`old_*`), so a move out of a region, an organisation or a kind still reaches
 * the subscribers of the old one. Existing rows changed nothing of the kind: old = new.
 */
export class MilestoneEventChanges1733500000000 implements MigrationInterface {
  name = "MilestoneEventChanges1733500000000";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE milestone_event
      ADD COLUMN changes jsonb NOT NULL DEFAULT '[]',
      ADD COLUMN old_region_code varchar(2),
      ADD COLUMN old_kind text,
      ADD COLUMN old_organisation_id integer`);
    await q.query(`UPDATE milestone_event SET old_region_code = region_code, old_kind = kind, old_organisation_id = organisation_id`);
    await q.query(`ALTER TABLE milestone_event ALTER COLUMN old_kind SET NOT NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE milestone_event DROP COLUMN changes, DROP COLUMN old_region_code, DROP COLUMN old_kind, DROP COLUMN old_organisation_id`);
  }
}
