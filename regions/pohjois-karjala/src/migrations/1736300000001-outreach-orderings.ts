import type { MigrationInterface, QueryRunner } from "typeorm";

/** Indexes for the `orderBy` keys of `pohjoisKarjalaOutreachProjects`: each key with the id after it (the expressions the service sorts by). */
const ORDER_INDEXES: [string, string][] = [
  ["name_fi", `(name COLLATE "fi-x-icu")`],
  ["starts", "starts_on"],
  ["ends", `(COALESCE(ends_on, '9999-12-31'::date))`],
];

export class PohjoisKarjalaOutreachOrderings1736300000001 implements MigrationInterface {
  name = "PohjoisKarjalaOutreachOrderings1736300000001";

  public async up(q: QueryRunner): Promise<void> {
    for (const [suffix, expression] of ORDER_INDEXES) {
      await q.query(`CREATE INDEX pohjois_karjala_outreach_${suffix}_order_idx ON pohjois_karjala_outreach_project(${expression}, id)`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const [suffix] of ORDER_INDEXES) await q.query(`DROP INDEX pohjois_karjala_outreach_${suffix}_order_idx`);
  }
}
