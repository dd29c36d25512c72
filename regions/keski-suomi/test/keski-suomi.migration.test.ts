import keskiSuomi from "@yhdyspinta/region-keski-suomi";
import { movingMigrationTest } from "@yhdyspinta/testing";

/**
 * A database that ran Keski-Suomi before the cooperation building blocks: fill its old tables, run the
 * moving migration and compare every old row, field by field, with what it became.
 */
const { db, migrateToBefore, migrateOn, legacy } = movingMigrationTest(keskiSuomi, "KeskiSuomiCooperation1735050000000", "keski_suomi_legacy_id");

it("moves the partnership table, its terms, seats and meetings, the networks and the counterpart pairs", async () => {
  await migrateToBefore();
  const org = async (name: string) => (await db.insert(`INSERT INTO organisation (name_fi, kind) VALUES ($1, 'LOCAL')`, [name])).id as number;
  const [a, b, c] = [await org("Jyväskylän Mielenterveysseura"), await org("Keski-Suomen Omaishoitajat"), await org("Äänekosken Eläkeläiset")];
  const table = await db.insert(`INSERT INTO keski_suomi_partnership_table (region_code, name, description, ngo_arena) VALUES ('15', 'Kumppanuuspöytä', 'Foorumi', 'Järjestöareena')`);
  const terms = [
    await db.insert(`INSERT INTO keski_suomi_partnership_table_term (table_id, starts_on, ends_on, ngo_seat_count) VALUES ($1, '2023-01-01', '2024-12-31', 10)`, [table.id]),
    await db.insert(`INSERT INTO keski_suomi_partnership_table_term (table_id, starts_on, ends_on, ngo_seat_count) VALUES ($1, '2025-01-01', '2026-12-31', 12)`, [table.id]),
  ];
  const seats = [
    await db.insert(`INSERT INTO keski_suomi_partnership_table_seat (term_id, kind, public_body, representative, deputy) VALUES ($1, 'PUBLIC', 'Jyväskylän kaupunki', 'Kaisa Lehto', 'Juha Salo')`, [terms[0].id]),
    await db.insert(`INSERT INTO keski_suomi_partnership_table_seat (term_id, kind, organisation_id, representative) VALUES ($1, 'NGO', $2, 'Outi Rantanen')`, [terms[0].id, a]),
    await db.insert(`INSERT INTO keski_suomi_partnership_table_seat (term_id, kind, organisation_id, representative, deputy) VALUES ($1, 'NGO', $2, 'Timo Hakala', 'Anne Koski')`, [terms[1].id, b]),
  ];
  const meetings = [
    await db.insert(`INSERT INTO keski_suomi_partnership_table_meeting (table_id, held_on, location, agenda, minutes) VALUES ($1, '2025-02-12', 'Jyväskylä', ARRAY['Aloitus','Avustukset'], 'Pöytäkirja')`, [table.id]),
    await db.insert(`INSERT INTO keski_suomi_partnership_table_meeting (table_id, held_on) VALUES ($1, '2025-09-16')`, [table.id]),
  ];
  const networks = [
    await db.insert(`INSERT INTO keski_suomi_ngo_network (region_code, name, basis, theme, coordinator_id) VALUES ('15', 'Mielenterveysverkosto', 'THEME', 'MENTAL_HEALTH', $1)`, [a]),
    await db.insert(`INSERT INTO keski_suomi_ngo_network (region_code, name, basis, sector, description) VALUES ('15', 'Vammaisjärjestöt', 'SECTOR', 'Vammaisjärjestöt', 'Sektoriverkosto')`),
  ];
  await db.query(`INSERT INTO keski_suomi_ngo_network_member VALUES ($1, $2), ($1, $3), ($4, $5)`, [networks[0].id, a, c, networks[1].id, b]);
  const pairs = [
    await db.insert(`INSERT INTO keski_suomi_counterpart (region_code, topic, county_contact_name, county_contact_title, ngo_contact_name, ngo_organisation_id) VALUES ('15', 'Ikääntyneiden palvelut', 'Mari Aho', 'Palvelujohtaja', 'Seppo Väisänen', $1)`, [c]),
    await db.insert(`INSERT INTO keski_suomi_counterpart (region_code, topic, county_contact_name, ngo_organisation_id) VALUES ('15', 'Vammaispalvelut', 'Jari Lind', $1)`, [b]),
  ];

  await migrateOn();

  const gone = await db.query(`SELECT t FROM unnest(ARRAY['keski_suomi_partnership_table','keski_suomi_partnership_table_term','keski_suomi_partnership_table_seat',
    'keski_suomi_partnership_table_meeting','keski_suomi_ngo_network','keski_suomi_ngo_network_member','keski_suomi_counterpart']) t WHERE to_regclass(t) IS NOT NULL`);
  expect(gone).toEqual([]);

  const body = async (id: number) => (await db.query(`SELECT kind, name_fi AS name, description, term_starts_on::text AS starts, term_ends_on::text AS ends,
    ARRAY(SELECT region_code::text FROM cooperation_body_region WHERE body_id = b.id) AS regions FROM cooperation_body b WHERE id = $1`, [id]))[0];
  const tableRef = await legacy("PartnershipTable", table.id);
  expect(await body(tableRef.newId)).toEqual({ kind: "PARTNERSHIP_TABLE", name: table.name, description: table.description, starts: "2025-01-01", ends: "2026-12-31", regions: ["15"] });
  expect((await db.query(`SELECT ngo_arena FROM keski_suomi_table_detail WHERE body_id = $1`, [tableRef.newId]))[0].ngo_arena).toBe(table.ngo_arena);
  for (const t of terms) {
    const ref = await legacy("PartnershipTableTerm", t.id);
    const [row] = await db.query(`SELECT body_id, starts_on, ends_on, ngo_seat_count FROM keski_suomi_table_term WHERE id = $1`, [ref.newId]);
    expect(row).toEqual({ body_id: tableRef.newId, starts_on: t.starts_on, ends_on: t.ends_on, ngo_seat_count: t.ngo_seat_count });
  }
  const memberRow = async (id: number) => (await db.query(`SELECT m.body_id, m.side, m.role, m.organisation_id, m.region_code, m.term_starts_on, m.term_ends_on, p.name, s.public_body
    FROM cooperation_body_member m LEFT JOIN person p ON p.id = m.person_id LEFT JOIN keski_suomi_public_seat s ON s.member_id = m.id WHERE m.id = $1`, [id]))[0];
  for (const s of seats) {
    const term = terms.find((t) => t.id === s.term_id)!;
    const common = {
      body_id: tableRef.newId, side: s.kind === "NGO" ? "NGO" : "COUNTY", organisation_id: s.organisation_id, region_code: s.kind === "NGO" ? null : "15",
      term_starts_on: term.starts_on, term_ends_on: term.ends_on, public_body: s.public_body,
    };
    expect(await memberRow((await legacy("PartnershipTableSeat", s.id)).newId)).toEqual({ ...common, role: "MEMBER", name: s.representative });
    const deputy = await legacy("PartnershipTableSeatDeputy", s.id);
    if (s.deputy) expect(await memberRow(deputy.newId)).toEqual({ ...common, role: "DEPUTY", name: s.deputy });
    else expect(deputy).toBeUndefined();
  }
  for (const m of meetings) {
    const [row] = await db.query(`SELECT body_id, (starts_at AT TIME ZONE 'Europe/Helsinki')::date::text AS day, place, agenda, minutes FROM cooperation_body_meeting WHERE id = $1`,
      [(await legacy("PartnershipTableMeeting", m.id)).newId]);
    const [{ heldOn }] = await db.query(`SELECT $1::date::text AS "heldOn"`, [m.held_on]);
    expect(row).toEqual({ body_id: tableRef.newId, day: heldOn, place: m.location, agenda: m.agenda.length ? m.agenda.join("\n") : null, minutes: m.minutes });
  }
  for (const n of networks) {
    const ref = await legacy("KeskiSuomiNgoNetwork", n.id);
    expect(await body(ref.newId)).toEqual({ kind: "NETWORK", name: n.name, description: n.description, starts: null, ends: null, regions: ["15"] });
    expect((await db.query(`SELECT basis, theme, sector FROM keski_suomi_network_detail WHERE body_id = $1`, [ref.newId]))[0]).toEqual({ basis: n.basis, theme: n.theme, sector: n.sector });
    const members = await db.query(`SELECT role, organisation_id FROM cooperation_body_member WHERE body_id = $1 ORDER BY role, organisation_id`, [ref.newId]);
    const expected = [
      ...(n.coordinator_id ? [{ role: "NETWORK_COORDINATOR", organisation_id: n.coordinator_id }] : []),
      ...(n.id === networks[0].id ? [a, c] : [b]).sort((x, y) => x - y).map((id) => ({ role: "MEMBER", organisation_id: id })),
    ].sort((x, y) => x.role.localeCompare(y.role) || x.organisation_id - y.organisation_id);
    expect(members).toEqual(expected);
  }
  const role = async (id: number) => (await db.query(`SELECT r.type, r.topic, r.region_code, r.organisation_id, p.name, p.title, p.organisation_id AS person_organisation
    FROM contact_role r JOIN person p ON p.id = r.person_id WHERE r.id = $1`, [id]))[0];
  for (const p of pairs) {
    expect(await role((await legacy("KeskiSuomiCounterpart", p.id)).newId)).toEqual({
      type: "COUNTY_COUNTERPART", topic: p.topic, region_code: "15", organisation_id: p.ngo_contact_name ? null : p.ngo_organisation_id,
      name: p.county_contact_name, title: p.county_contact_title, person_organisation: null,
    });
    const ngo = await legacy("KeskiSuomiCounterpartNgo", p.id);
    if (p.ngo_contact_name) {
      expect(await role(ngo.newId)).toEqual({
        type: "NGO_COUNTERPART", topic: p.topic, region_code: "15", organisation_id: p.ngo_organisation_id, name: p.ngo_contact_name, title: null, person_organisation: p.ngo_organisation_id,
      });
    } else expect(ngo).toBeUndefined();
  }
});
