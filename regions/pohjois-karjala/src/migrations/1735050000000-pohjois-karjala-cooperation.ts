import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Moves Pohjois-Karjala's own committee and contact-person tables onto the core's cooperation
 * building blocks (issue 15) and drops them:
 * - the committee becomes a CONSULTATIVE_COMMITTEE body of its region, its latest term the body's term;
 * - each member row becomes an NGO-side CHAIR/VICE_CHAIR/MEMBER with a person for the member's name,
 *   and a DEPUTY of the same organisation for the deputy's name, both with the term's dates;
 * - each statement becomes a STATEMENT output; whom it was addressed to, which the core does not
 *   model, stays in the plug-in's `pohjois_karjala_statement_recipient`;
 * - each municipal contact person becomes a person with a MUNICIPAL_NGO_CONTACT role of the municipality.
 * `pohjois_karjala_legacy_id` keeps old id -> new id, so links that clients stored can be followed.
 * Outreach projects are truly local and stay as they are.
 */
export class PohjoisKarjalaCooperation1735050000000 implements MigrationInterface {
  name = "PohjoisKarjalaCooperation1735050000000";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE pohjois_karjala_legacy_id (
        old_type text NOT NULL,
        old_id   integer NOT NULL,
        new_type text NOT NULL,
        new_id   integer NOT NULL,
        PRIMARY KEY (old_type, old_id)
      )`);
    await q.query(`
      CREATE TABLE pohjois_karjala_statement_recipient (
        output_id    integer PRIMARY KEY REFERENCES cooperation_body_output(id) ON DELETE CASCADE,
        addressed_to text NOT NULL CHECK (length(addressed_to) BETWEEN 1 AND 300)
      )`);
    const legacy = (oldType: string, oldId: number, newType: string, newId: number) =>
      q.query(`INSERT INTO pohjois_karjala_legacy_id VALUES ($1, $2, $3, $4)`, [oldType, oldId, newType, newId]);
    const person = async (name: string, regionCode: string, organisationId: number | null, extra: { title?: string | null; email?: string | null; phone?: string | null; consent?: boolean } = {}) =>
      Number((await q.query(
        `INSERT INTO person (name, title, email, phone, organisation_id, region_code, publication_consent) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [name, extra.title ?? null, extra.email ?? null, extra.phone ?? null, organisationId, regionCode, extra.consent ?? false]))[0].id);

    const committees: { id: number; regionCode: string; name: string; description: string | null }[] = await q.query(
      `SELECT id, region_code AS "regionCode", name, description FROM pohjois_karjala_committee ORDER BY id`);
    for (const c of committees) {
      const terms: { id: number; startsOn: string; endsOn: string }[] = await q.query(
        `SELECT id, starts_on::text AS "startsOn", ends_on::text AS "endsOn" FROM pohjois_karjala_committee_term WHERE committee_id = $1 ORDER BY starts_on`, [c.id]);
      const latest = terms[terms.length - 1];
      const [{ id: bodyId }] = await q.query(
        `INSERT INTO cooperation_body (kind, name_fi, description, term_starts_on, term_ends_on) VALUES ('CONSULTATIVE_COMMITTEE', $1, $2, $3, $4) RETURNING id`,
        [c.name, c.description, latest?.startsOn ?? null, latest?.endsOn ?? null]);
      await q.query(`INSERT INTO cooperation_body_region (body_id, region_code) VALUES ($1, $2)`, [bodyId, c.regionCode]);
      await legacy("PohjoisKarjalaCommittee", c.id, "CooperationBody", bodyId);
      for (const t of terms) {
        await legacy("PohjoisKarjalaCommitteeTerm", t.id, "CooperationBody", bodyId);
        const members: { id: number; organisationId: number; role: string; memberName: string; deputyName: string | null }[] = await q.query(
          `SELECT id, organisation_id AS "organisationId", role, member_name AS "memberName", deputy_name AS "deputyName"
           FROM pohjois_karjala_committee_member WHERE term_id = $1 ORDER BY id`, [t.id]);
        for (const m of members) {
          const insertMember = async (role: string, name: string) => Number((await q.query(
            `INSERT INTO cooperation_body_member (body_id, side, role, person_id, organisation_id, term_starts_on, term_ends_on)
             VALUES ($1, 'NGO', $2, $3, $4, $5, $6) RETURNING id`,
            [bodyId, role, await person(name, c.regionCode, m.organisationId), m.organisationId, t.startsOn, t.endsOn]))[0].id);
          await legacy("PohjoisKarjalaCommitteeMember", m.id, "CooperationBodyMember", await insertMember(m.role, m.memberName));
          if (m.deputyName) await legacy("PohjoisKarjalaCommitteeDeputy", m.id, "CooperationBodyMember", await insertMember("DEPUTY", m.deputyName));
        }
      }
      const statements: { id: number; subject: string; addressedTo: string; givenOn: string; body: string }[] = await q.query(
        `SELECT id, subject, addressed_to AS "addressedTo", given_on::text AS "givenOn", body FROM pohjois_karjala_statement WHERE committee_id = $1 ORDER BY id`, [c.id]);
      for (const s of statements) {
        const [{ id: outputId }] = await q.query(
          `INSERT INTO cooperation_body_output (body_id, kind, title, issued_on, description) VALUES ($1, 'STATEMENT', $2, $3, $4) RETURNING id`,
          [bodyId, s.subject, s.givenOn, s.body]);
        await q.query(`INSERT INTO pohjois_karjala_statement_recipient (output_id, addressed_to) VALUES ($1, $2)`, [outputId, s.addressedTo]);
        await legacy("PohjoisKarjalaStatement", s.id, "CooperationBodyOutput", outputId);
      }
    }

    const contacts: { municipalityCode: string; regionCode: string; name: string; title: string | null; email: string | null; phone: string | null; organisationId: number | null; consent: boolean }[] =
      await q.query(`SELECT c.municipality_code AS "municipalityCode", m.region_code AS "regionCode", c.name, c.title, c.email, c.phone,
                            c.organisation_id AS "organisationId", c.publication_consent AS consent
                     FROM pohjois_karjala_contact_person c JOIN municipality m ON m.code = c.municipality_code ORDER BY c.municipality_code`);
    for (const c of contacts) {
      const personId = await person(c.name, c.regionCode, c.organisationId, c);
      const [{ id: roleId }] = await q.query(
        `INSERT INTO contact_role (person_id, type, municipality_code, organisation_id) VALUES ($1, 'MUNICIPAL_NGO_CONTACT', $2, $3) RETURNING id`,
        [personId, c.municipalityCode, c.organisationId]);
      await legacy("PohjoisKarjalaNgoContactPerson", Number(c.municipalityCode), "ContactRole", roleId);
    }

    for (const t of ["pohjois_karjala_contact_person", "pohjois_karjala_statement", "pohjois_karjala_committee_member", "pohjois_karjala_committee_term", "pohjois_karjala_committee"]) {
      await q.query(`DROP TABLE ${t}`);
    }
  }

  public async down(): Promise<void> {
    throw new Error("PohjoisKarjalaCooperation1735050000000 moves data into the core's tables and cannot be undone; restore a backup instead.");
  }
}
