import pohjoisKarjala from "@yhdyspinta/region-pohjois-karjala";
import { movingMigrationTest } from "@yhdyspinta/testing";

/**
 * Databases that ran the plug-in before the cooperation building blocks hold their committee and
 * contact persons in the plug-in's own tables. This loads that old shape, runs the moving migration
 * and compares every old row, field by field, with what it became in the core's tables.
 */
const { db, migrateToBefore, migrateOn, legacy } = movingMigrationTest(pohjoisKarjala, "PohjoisKarjalaCooperation1735050000000", "pohjois_karjala_legacy_id");

it("moves the committee, its terms, members, deputies, statements and the municipal contact persons into the core's tables", async () => {
  await migrateToBefore();
  const orgs: number[] = [];
  for (const name of ["Joensuun Setlementti", "Pohjois-Karjalan Sydänyhdistys", "Lieksan Omaishoitajat"]) {
    orgs.push((await db.query(`INSERT INTO organisation (name_fi, kind) VALUES ($1, 'LOCAL') RETURNING id`, [name]))[0].id);
  }
  const [committee] = await db.query(`INSERT INTO pohjois_karjala_committee (region_code, name, description) VALUES ('14', 'Pohjois-Karjalan järjestöneuvottelukunta', 'Neuvoa-antava toimielin') RETURNING *`);
  const terms = [
    (await db.query(`INSERT INTO pohjois_karjala_committee_term (committee_id, starts_on, ends_on) VALUES ($1, '2023-06-01', '2025-05-31') RETURNING id, starts_on::text, ends_on::text`, [committee.id]))[0],
    (await db.query(`INSERT INTO pohjois_karjala_committee_term (committee_id, starts_on, ends_on) VALUES ($1, '2025-06-01', '2027-05-31') RETURNING id, starts_on::text, ends_on::text`, [committee.id]))[0],
  ];
  const members = [
    [terms[0].id, orgs[0], "CHAIR", "Aino Virtanen", "Eero Korhonen"],
    [terms[0].id, orgs[1], "VICE_CHAIR", "Liisa Mäkinen", null],
    [terms[1].id, orgs[0], "CHAIR", "Aino Virtanen", null],
    [terms[1].id, orgs[2], "MEMBER", "Pekka Nieminen", "Sari Heikkinen"],
  ];
  const oldMembers = [];
  for (const m of members) {
    oldMembers.push((await db.query(`INSERT INTO pohjois_karjala_committee_member (term_id, organisation_id, role, member_name, deputy_name) VALUES ($1, $2, $3, $4, $5) RETURNING *`, m))[0]);
  }
  const oldStatements = [];
  for (const [subject, to, on] of [["Hyvinvointialueen strategia", "Aluehallitus", "2023-09-14"], ["Palveluverkko", "Aluevaltuusto", "2024-03-05"]]) {
    oldStatements.push((await db.query(`INSERT INTO pohjois_karjala_statement (committee_id, subject, addressed_to, given_on, body) VALUES ($1, $2, $3, $4, $5) RETURNING *, given_on::text AS "givenOn"`,
      [committee.id, subject, to, on, `Lausunto: ${subject}`]))[0]);
  }
  const oldContacts = [
    (await db.query(`INSERT INTO pohjois_karjala_contact_person (municipality_code, name, title, email, phone, organisation_id, publication_consent) VALUES ('167', 'Maija Laine', 'Järjestöyhdyshenkilö', 'maija.laine@example.org', '+358 40 111 2222', $1, true) RETURNING *`, [orgs[0]]))[0],
    (await db.query(`INSERT INTO pohjois_karjala_contact_person (municipality_code, name) VALUES ('260', 'Ville Kinnunen') RETURNING *`))[0],
  ];

  await migrateOn();

  const old = await db.query(`SELECT to_regclass(t) AS t FROM unnest(ARRAY['pohjois_karjala_committee','pohjois_karjala_committee_term','pohjois_karjala_committee_member','pohjois_karjala_statement','pohjois_karjala_contact_person']) t`);
  expect(old.every((r) => r.t === null)).toBe(true);

  const bodyRef = await legacy("PohjoisKarjalaCommittee", committee.id);
  expect(bodyRef.newType).toBe("CooperationBody");
  const [body] = await db.query(`SELECT kind, name_fi, description, term_starts_on::text AS starts, term_ends_on::text AS ends,
    ARRAY(SELECT region_code::text FROM cooperation_body_region WHERE body_id = b.id) AS regions FROM cooperation_body b WHERE id = $1`, [bodyRef.newId]);
  expect(body).toEqual({ kind: "CONSULTATIVE_COMMITTEE", name_fi: committee.name, description: committee.description, starts: "2025-06-01", ends: "2027-05-31", regions: ["14"] });
  for (const t of terms) expect(await legacy("PohjoisKarjalaCommitteeTerm", t.id)).toEqual(bodyRef);

  const memberRow = async (id: number) => (await db.query(
    `SELECT m.body_id AS "bodyId", m.side, m.role, m.organisation_id AS "organisationId", m.term_starts_on::text AS starts, m.term_ends_on::text AS ends,
            p.name, p.region_code AS "regionCode", p.organisation_id AS "personOrganisationId"
     FROM cooperation_body_member m JOIN person p ON p.id = m.person_id WHERE m.id = $1`, [id]))[0];
  for (const m of oldMembers) {
    const term = terms.find((t) => t.id === m.term_id)!;
    const common = { bodyId: bodyRef.newId, side: "NGO", organisationId: m.organisation_id, starts: term.starts_on, ends: term.ends_on, regionCode: "14", personOrganisationId: m.organisation_id };
    expect(await memberRow((await legacy("PohjoisKarjalaCommitteeMember", m.id)).newId)).toEqual({ ...common, role: m.role, name: m.member_name });
    const deputy = await legacy("PohjoisKarjalaCommitteeDeputy", m.id);
    if (m.deputy_name) expect(await memberRow(deputy.newId)).toEqual({ ...common, role: "DEPUTY", name: m.deputy_name });
    else expect(deputy).toBeUndefined();
  }
  const [{ count: memberCount }] = await db.query(`SELECT count(*)::int FROM cooperation_body_member WHERE body_id = $1`, [bodyRef.newId]);
  expect(memberCount).toBe(oldMembers.length + oldMembers.filter((m) => m.deputy_name).length);

  for (const s of oldStatements) {
    const ref = await legacy("PohjoisKarjalaStatement", s.id);
    const [output] = await db.query(`SELECT o.body_id AS "bodyId", o.kind, o.title, o.issued_on::text AS "issuedOn", o.description, r.addressed_to AS "addressedTo"
      FROM cooperation_body_output o JOIN pohjois_karjala_statement_recipient r ON r.output_id = o.id WHERE o.id = $1`, [ref.newId]);
    expect(output).toEqual({ bodyId: bodyRef.newId, kind: "STATEMENT", title: s.subject, issuedOn: s.givenOn, description: s.body, addressedTo: s.addressed_to });
  }

  for (const c of oldContacts) {
    const ref = await legacy("PohjoisKarjalaNgoContactPerson", Number(c.municipality_code));
    const [role] = await db.query(`SELECT r.type, r.municipality_code AS "municipalityCode", r.region_code AS "roleRegion", r.organisation_id AS "organisationId",
        p.name, p.title, p.email, p.phone, p.publication_consent AS consent, p.region_code AS "regionCode"
      FROM contact_role r JOIN person p ON p.id = r.person_id WHERE r.id = $1`, [ref.newId]);
    expect(role).toEqual({
      type: "MUNICIPAL_NGO_CONTACT", municipalityCode: c.municipality_code, roleRegion: null, organisationId: c.organisation_id,
      name: c.name, title: c.title, email: c.email, phone: c.phone, consent: c.publication_consent, regionCode: "14",
    });
  }
});
