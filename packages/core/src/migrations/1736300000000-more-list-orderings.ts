import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Indexes for the `orderBy` keys of the root lists that gained one (issue 13, point 1):
 * `consultations`, `contactRoles` and `milestoneEvents`, each single key with the id after it, so a
 * page in either direction is an index range scan. The expressions are the ones the services sort by
 * (a missing date as '9999-12-31', the subject in Finnish collation). Nested lists (a body's members,
 * meetings, outputs; a consultation's responses; a call's nominations) are read per parent through
 * the parent's index and sorted, a handful of rows each.
 */
const FI = `COLLATE "fi-x-icu"`;
const NO_DATE = `'9999-12-31'::date`;

/** [table, index name suffix, key expression]; every index is (expression, id). */
const ORDER_INDEXES: [string, string, string][] = [
  ["consultation", "opens", "opens_on"],
  ["consultation", "subject", `(subject ${FI})`],
  ["consultation", "created", "created_at"],
  ["consultation", "updated", "updated_at"],
  ["contact_role", "type", "type"],
  ["contact_role", "valid_from", `(COALESCE(valid_from, ${NO_DATE}))`],
  ["contact_role", "valid_until", `(COALESCE(valid_until, ${NO_DATE}))`],
  ["contact_role", "created", "created_at"],
  ["contact_role", "updated", "updated_at"],
  ["milestone_event", "occurred", "occurred_at"],
];

export class MoreListOrderings1736300000000 implements MigrationInterface {
  name = "MoreListOrderings1736300000000";

  public async up(q: QueryRunner): Promise<void> {
    for (const [table, suffix, expression] of ORDER_INDEXES) await q.query(`CREATE INDEX ${table}_${suffix}_order_idx ON ${table}(${expression}, id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const [table, suffix] of ORDER_INDEXES) await q.query(`DROP INDEX ${table}_${suffix}_order_idx`);
  }
}
