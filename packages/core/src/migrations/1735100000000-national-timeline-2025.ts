import type { MigrationInterface, QueryRunner } from "typeorm";
import { NATIONAL_MILESTONES_1735100000000 as STEPS } from "./1735100000000-national-timeline-2025.data";

/**
 * The national steps of the reform after 2023 (frozen data file), for fresh and existing databases
 * alike, each with the official page it rests on (new columns `source_url`, `source_title`). Each
 * step comes with its CREATED event, so followers of national milestones hear of it. A database
 * where someone already entered the same step (national, same kind, day and Finnish title) keeps
 * that row instead of getting a second one.
 */
export class NationalTimeline20251735100000000 implements MigrationInterface {
  name = "NationalTimeline20251735100000000";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE preparation_milestone ADD COLUMN source_url text, ADD COLUMN source_title text`);
    // Same ordering rule as every event writer (milestone/milestone-event.outbox.ts).
    await q.query(`LOCK TABLE milestone_event IN EXCLUSIVE MODE`);
    for (const [kind, dueDate, status, titleFi, titleSv, titleEn, description, sourceUrl, sourceTitle] of STEPS) {
      const inserted: { id: number }[] = await q.query(
        `INSERT INTO preparation_milestone (region_code, kind, title_fi, title_sv, title_en, description, due_date, status, source_url, source_title)
         SELECT NULL, $1, $2, $3, $4, $5, $6, $7, $8, $9
         WHERE NOT EXISTS (SELECT 1 FROM preparation_milestone WHERE region_code IS NULL AND kind = $1 AND due_date = $6 AND title_fi = $2)
         RETURNING id`,
        [kind, titleFi, titleSv, titleEn, description, dueDate, status, sourceUrl, sourceTitle]);
      for (const { id } of inserted) {
        await q.query(
          `INSERT INTO milestone_event (milestone_id, type, previous_status, new_status, region_code, kind)
           VALUES ($1, 'CREATED', NULL, $2, NULL, $3)`, [id, status, kind]);
      }
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const [kind, dueDate, , titleFi] of STEPS) {
      await q.query(`DELETE FROM preparation_milestone WHERE region_code IS NULL AND kind = $1 AND due_date = $2 AND title_fi = $3`, [kind, dueDate, titleFi]);
    }
    await q.query(`ALTER TABLE preparation_milestone DROP COLUMN source_url, DROP COLUMN source_title`);
  }
}
