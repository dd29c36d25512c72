import type { MigrationInterface, QueryRunner } from "typeorm";

/** Whether an NGO contact person agreed to publication of their name and contact details (default: no). */
export class PohjoisKarjalaContactPersonConsent1733000000000 implements MigrationInterface {
  name = "PohjoisKarjalaContactPersonConsent1733000000000";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE pohjois_karjala_contact_person ADD COLUMN publication_consent boolean NOT NULL DEFAULT false`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE pohjois_karjala_contact_person DROP COLUMN IF EXISTS publication_consent`);
  }
}
