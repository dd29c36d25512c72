import type { MigrationInterface, QueryRunner } from "typeorm";
import { MUNICIPALITY_CENTRES_1736200000000 as CENTRES } from "./1736200000000-municipality-centres.data";

/**
 * Each municipality's centre (its central locality, National Land Survey), so a client can search
 * around a municipality (`filter.near`) with the point the demo data and the docs use. Nullable: the
 * source lacks one (858 Tuusula).
 */
export class MunicipalityCentres1736200000000 implements MigrationInterface {
  name = "MunicipalityCentres1736200000000";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE municipality ADD COLUMN centre_latitude double precision, ADD COLUMN centre_longitude double precision`);
    await q.query(
      `UPDATE municipality m SET centre_latitude = c.latitude, centre_longitude = c.longitude
       FROM unnest($1::text[], $2::float8[], $3::float8[]) AS c(code, latitude, longitude) WHERE m.code = c.code`,
      [CENTRES.map((c) => c[0]), CENTRES.map((c) => c[1]), CENTRES.map((c) => c[2])],
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE municipality DROP COLUMN centre_longitude, DROP COLUMN centre_latitude`);
  }
}
