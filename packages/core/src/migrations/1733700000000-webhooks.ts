import type { MigrationInterface, QueryRunner } from "typeorm";

/** Webhook subscriptions: signing secrets (with the previous one during a rotation) and retry state. */
export class Webhooks1733700000000 implements MigrationInterface {
  name = "Webhooks1733700000000";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification_subscription
      ADD COLUMN secret text,
      ADD COLUMN previous_secret text,
      ADD COLUMN previous_secret_until timestamptz,
      ADD COLUMN contact_email text,
      ADD COLUMN failures integer NOT NULL DEFAULT 0,
      ADD COLUMN next_attempt_at timestamptz,
      ADD COLUMN last_error text,
      ADD CONSTRAINT notification_subscription_webhook_check CHECK ((channel = 'WEBHOOK') = (url IS NOT NULL AND secret IS NOT NULL))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification_subscription DROP CONSTRAINT notification_subscription_webhook_check,
      DROP COLUMN secret, DROP COLUMN previous_secret, DROP COLUMN previous_secret_until, DROP COLUMN contact_email,
      DROP COLUMN failures, DROP COLUMN next_attempt_at, DROP COLUMN last_error`);
  }
}
