import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * `occursBetween` alone over the whole country probed every activity's occurrences by the primary key
 * (40 000 probes with heap reads on the full demo set, about 1.1 s and 158 000 buffers for a two-week
 * window). With the window's occurrences in one index range (index-only: the end time and the activity
 * are included) and the listed activities in a partial index, the count reads about 900 buffers and
 * no table pages (bench/results/2026-12-01-occurs-between.md).
 */
export class OccurrenceWindowIndex1736200000001 implements MigrationInterface {
  name = "OccurrenceWindowIndex1736200000001";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX activity_occurrence_window_idx ON activity_occurrence (starts_at) INCLUDE (ends_at, activity_id)`);
    // What a list shows by default (every status but ENDED), for counts that need no other column.
    await q.query(`CREATE INDEX activity_listed_idx ON activity (id) WHERE status <> 'ENDED'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX activity_listed_idx`);
    await q.query(`DROP INDEX activity_occurrence_window_idx`);
  }
}
