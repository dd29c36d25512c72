import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Indexes for the `orderBy` keys of the root lists (issue 13): each single key with the id after it,
 * so a page in either direction is an index range scan. Names sort with the Finnish ICU collation
 * (the database default is C: it put "Ä" before "Å" and every lower-case letter after "Z"), so the
 * earlier name indexes, in the default collation, are replaced by collated ones, the per-parent
 * ones included. The expressions are the ones the services sort by (query/ordering.ts):
 * `COALESCE(name_sv, name_fi) COLLATE "fi-x-icu"`, `COALESCE(starts_at, '9999-12-31 00:00:00+00')`...
 */
const FI = `COLLATE "fi-x-icu"`;
const NO_DATE = `'9999-12-31'::date`;
const NO_TIMESTAMP = `'9999-12-31 00:00:00+00'::timestamptz`;

function localisedName(column: string): [string, string][] {
  return [
    [`${column}_fi`, `(${column}_fi ${FI})`],
    [`${column}_sv`, `(COALESCE(${column}_sv, ${column}_fi) ${FI})`],
    [`${column}_en`, `(COALESCE(${column}_en, ${column}_fi) ${FI})`],
  ];
}

/** [index name suffix, key expression] per table; every index is (expression, id). */
const ORDER_INDEXES: Record<string, [string, string][]> = {
  organisation: [...localisedName("name"), ["created", "created_at"], ["updated", "updated_at"], ["kind_order", "kind"]],
  activity: [
    ...localisedName("name"), ["created", "created_at"], ["updated", "updated_at"], ["kind_order", "kind"],
    ["starts", `(COALESCE(starts_at, ${NO_TIMESTAMP}))`], ["ends", `(COALESCE(ends_at, ${NO_TIMESTAMP}))`],
  ],
  partnership: [
    ...localisedName("title"), ["created", "created_at"], ["updated", "updated_at"], ["kind_order", "kind"],
    ["starts", `(COALESCE(starts_on, ${NO_DATE}))`], ["ends", `(COALESCE(ends_on, ${NO_DATE}))`],
  ],
  preparation_milestone: [...localisedName("title"), ["created", "created_at"], ["updated", "updated_at"], ["kind_order", "kind"]],
};

export class ListOrderings1734000000000 implements MigrationInterface {
  name = "ListOrderings1734000000000";

  public async up(q: QueryRunner): Promise<void> {
    for (const [table, indexes] of Object.entries(ORDER_INDEXES)) {
      for (const [suffix, expression] of indexes) await q.query(`CREATE INDEX ${table}_${suffix}_order_idx ON ${table}(${expression}, id)`);
    }
    // Replaced: the name indexes in the default collation, and kind alone (now (kind, id)).
    await q.query(`DROP INDEX organisation_name_idx, activity_name_idx, organisation_kind_idx, activity_kind_idx`);
    await q.query(`DROP INDEX organisation_parent_idx`);
    await q.query(`CREATE INDEX organisation_parent_idx ON organisation(parent_id, (name_fi ${FI}), id)`);
    await q.query(`DROP INDEX activity_org_idx`);
    await q.query(`CREATE INDEX activity_org_idx ON activity(organisation_id, (name_fi ${FI}), id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX activity_org_idx`);
    await q.query(`CREATE INDEX activity_org_idx ON activity(organisation_id, name_fi, id)`);
    await q.query(`DROP INDEX organisation_parent_idx`);
    await q.query(`CREATE INDEX organisation_parent_idx ON organisation(parent_id, name_fi, id)`);
    await q.query(`CREATE INDEX organisation_name_idx ON organisation(name_fi, id)`);
    await q.query(`CREATE INDEX activity_name_idx ON activity(name_fi, id)`);
    await q.query(`CREATE INDEX organisation_kind_idx ON organisation(kind)`);
    await q.query(`CREATE INDEX activity_kind_idx ON activity(kind)`);
    for (const [table, indexes] of Object.entries(ORDER_INDEXES)) {
      for (const [suffix] of indexes) await q.query(`DROP INDEX ${table}_${suffix}_order_idx`);
    }
  }
}
