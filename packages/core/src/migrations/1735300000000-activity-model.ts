import type { MigrationInterface, QueryRunner } from "typeorm";
import { materialise } from "../activity/activity-timing";
import { scheduleRule } from "../activity/schedule-words";

/**
 * The activity model of issue 14: structured location, timing (one-off occurrences, recurring
 * rules and their materialised occurrences for `occursBetween`), cost, registration, contact, age
 * range, referral flags, status and validity. Today's data moves over with nothing lost:
 * - `free_of_charge` true -> cost FREE, false -> FEE (the column then goes; `freeOfCharge` is derived);
 * - the phrases the demo hid in descriptions become values: "Ennakkoilmoittautuminen" -> registration
 *   REQUIRED, "Pieni osallistumismaksu" -> cost description, "Tila on esteetön" -> STEP_FREE_ACCESS;
 * - `address` stays as written and its "Street 12, 80100 Town" parts fill the structured columns;
 * - `starts_at`/`ends_at` become the one-off occurrence;
 * - a `schedule` text such as "ti klo 17–19", "ma ja to klo 10–12", "joka toinen ke klo 13–15" or
 *   "kuukauden ensimmäinen to klo 18–20" becomes a rule from the row's creation day (the text stays).
 */
const COST_TYPES = `'FREE','FEE','MEMBERSHIP_FEE','UNKNOWN'`;

export class ActivityModel1735300000000 implements MigrationInterface {
  name = "ActivityModel1735300000000";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE activity
        ADD COLUMN venue_name text,
        ADD COLUMN street_address text,
        ADD COLUMN postal_code text CHECK (postal_code ~ '^[0-9]{5}$'),
        ADD COLUMN post_office text,
        ADD COLUMN location_municipality_code varchar(3) REFERENCES municipality(code),
        ADD COLUMN latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        ADD COLUMN longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        ADD COLUMN occurrences jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN recurrence jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN cost_type text NOT NULL DEFAULT 'UNKNOWN' CHECK (cost_type IN (${COST_TYPES})),
        ADD COLUMN cost_amount numeric(10,2) CHECK (cost_amount >= 0),
        ADD COLUMN cost_description text,
        ADD COLUMN registration text CHECK (registration IN ('NONE','REQUIRED','RECOMMENDED')),
        ADD COLUMN registration_how text,
        ADD COLUMN registration_url text,
        ADD COLUMN registration_deadline timestamptz,
        ADD COLUMN contact_phone text,
        ADD COLUMN contact_email text,
        ADD COLUMN contact_web text,
        ADD COLUMN age_min integer CHECK (age_min BETWEEN 0 AND 150),
        ADD COLUMN age_max integer CHECK (age_max BETWEEN 0 AND 150),
        ADD COLUMN no_referral_needed boolean NOT NULL DEFAULT false,
        ADD COLUMN anonymous_allowed boolean NOT NULL DEFAULT false,
        ADD COLUMN low_threshold boolean NOT NULL DEFAULT false,
        ADD COLUMN status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE','PAUSED','FULL','ENDED')),
        ADD COLUMN valid_from date,
        ADD COLUMN valid_until date,
        ADD COLUMN last_verified_at timestamptz,
        ADD CONSTRAINT activity_coordinates_check CHECK ((latitude IS NULL) = (longitude IS NULL)),
        ADD CONSTRAINT activity_age_check CHECK (age_min IS NULL OR age_max IS NULL OR age_min <= age_max),
        ADD CONSTRAINT activity_validity_check CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_from <= valid_until)`);
    await q.query(`
      CREATE TABLE activity_occurrence (
        activity_id integer NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
        starts_at   timestamptz NOT NULL,
        ends_at     timestamptz NOT NULL CHECK (ends_at >= starts_at),
        PRIMARY KEY (activity_id, starts_at)
      )`);
    // occursBetween probes each candidate's occurrences by the primary key (activity_id, starts_at);
    // a second index by starts_at alone measured no faster on the full data set (bench/results).
    // near: a latitude range scan, the longitude checked from the index, haversine on what is left.
    await q.query(`CREATE INDEX activity_location_idx ON activity(latitude, longitude) WHERE latitude IS NOT NULL`);
    await q.query(`CREATE INDEX activity_accessibility_idx ON activity USING gin(accessibility)`);
    await q.query(`CREATE INDEX activity_languages_idx ON activity USING gin(languages)`);

    // Cost: the boolean said free or not; the demo's "Pieni osallistumismaksu" is its description.
    await q.query(`
      UPDATE activity SET
        cost_type = CASE WHEN free_of_charge THEN 'FREE' ELSE 'FEE' END,
        cost_description = CASE WHEN NOT free_of_charge AND description_fi ~ 'Pieni osallistumismaksu' THEN 'Pieni osallistumismaksu' END,
        registration = CASE WHEN description_fi ~* 'ennakkoilmoittautuminen' THEN 'REQUIRED' END,
        accessibility = CASE WHEN description_fi ~* 'tila on esteetön' AND NOT accessibility @> '{STEP_FREE_ACCESS}'
                             THEN accessibility || '{STEP_FREE_ACCESS}'::text[] ELSE accessibility END,
        occurrences = CASE WHEN starts_at IS NOT NULL
                           THEN jsonb_build_array(jsonb_build_object('startsAt', starts_at, 'endsAt', COALESCE(ends_at, starts_at))) ELSE '[]' END`);
    await q.query(`ALTER TABLE activity DROP COLUMN free_of_charge`);
    // "Kauppakatu 12, 80100 Joensuu" / "Kauppakatu 12, Joensuu": street, postal code, post office.
    await q.query(`
      UPDATE activity a SET street_address = m[1], postal_code = m[2], post_office = m[3]
      FROM (SELECT id, regexp_match(address, '^\\s*([^,]*[^,\\s][^,]*\\s[0-9]+[A-Za-z]?(?:\\s?[A-Za-z]\\s?[0-9]*)?)\\s*,\\s*(?:([0-9]{5})\\s+)?([^,0-9]+?)\\s*$') AS m
            FROM activity WHERE address IS NOT NULL) p
      WHERE a.id = p.id AND p.m IS NOT NULL`);
    // The location's municipality: the only one the activity takes place in.
    await q.query(`
      UPDATE activity a SET location_municipality_code = l.code
      FROM (SELECT activity_id, min(municipality_code) AS code FROM activity_municipality GROUP BY activity_id HAVING count(*) = 1) l
      WHERE a.id = l.activity_id AND (a.address IS NOT NULL OR NOT a.online)`);

    // Schedules in words become rules where the words say weekdays and hours.
    const rows: { id: number; schedule: string; created: string; occurrences: { startsAt: string; endsAt: string }[] }[] = await q.query(
      `SELECT id, schedule, to_char(created_at AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM-DD') AS created, occurrences FROM activity WHERE schedule IS NOT NULL OR starts_at IS NOT NULL`);
    const now = new Date();
    for (let i = 0; i < rows.length; i += 500) {
      const batch = rows.slice(i, i + 500).map((r) => {
        const rule = r.schedule ? scheduleRule(r.schedule, r.created) : null;
        const oneOff = r.occurrences.map((o) => ({ startsAt: new Date(o.startsAt), endsAt: new Date(o.endsAt) }));
        return { id: r.id, rules: rule ? [rule] : [], occurrences: materialise(oneOff, rule ? [rule] : [], now) };
      });
      await q.query(`UPDATE activity a SET recurrence = b.rules FROM jsonb_to_recordset($1::jsonb) AS b(id int, rules jsonb) WHERE a.id = b.id AND b.rules <> '[]'`,
        [JSON.stringify(batch.map((b) => ({ id: b.id, rules: b.rules })))]);
      const occ = batch.flatMap((b) => b.occurrences.map((o) => [b.id, o.startsAt.toISOString(), o.endsAt.toISOString()] as const));
      await q.query(`INSERT INTO activity_occurrence (activity_id, starts_at, ends_at) SELECT * FROM unnest($1::int[], $2::timestamptz[], $3::timestamptz[])`,
        [occ.map((o) => o[0]), occ.map((o) => o[1]), occ.map((o) => o[2])]);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE activity ADD COLUMN free_of_charge boolean NOT NULL DEFAULT true`);
    await q.query(`UPDATE activity SET free_of_charge = (cost_type = 'FREE')`);
    await q.query(`DROP TABLE activity_occurrence`);
    await q.query(`DROP INDEX activity_languages_idx`);
    await q.query(`DROP INDEX activity_accessibility_idx`);
    await q.query(`
      ALTER TABLE activity
        DROP COLUMN venue_name, DROP COLUMN street_address, DROP COLUMN postal_code, DROP COLUMN post_office, DROP COLUMN location_municipality_code,
        DROP COLUMN latitude, DROP COLUMN longitude, DROP COLUMN occurrences, DROP COLUMN recurrence, DROP COLUMN cost_type, DROP COLUMN cost_amount,
        DROP COLUMN cost_description, DROP COLUMN registration, DROP COLUMN registration_how, DROP COLUMN registration_url, DROP COLUMN registration_deadline,
        DROP COLUMN contact_phone, DROP COLUMN contact_email, DROP COLUMN contact_web, DROP COLUMN age_min, DROP COLUMN age_max,
        DROP COLUMN no_referral_needed, DROP COLUMN anonymous_allowed, DROP COLUMN low_threshold, DROP COLUMN status, DROP COLUMN valid_from,
        DROP COLUMN valid_until, DROP COLUMN last_verified_at`);
  }
}
