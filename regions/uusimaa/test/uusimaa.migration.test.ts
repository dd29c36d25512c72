import uusimaa from "@yhdyspinta/region-uusimaa";
import { movingMigrationTest } from "@yhdyspinta/testing";

/**
 * A database that ran Uusimaa before the cooperation building blocks: fill its old tables, run the
 * moving migration and compare every old row, field by field, with what it became.
 */
const { db, migrateToBefore, migrateOn, legacy } = movingMigrationTest(uusimaa, "UusimaaCooperation1735050000000", "uusimaa_legacy_id");

it("moves development groups, workstreams, calls, nominations and chosen representatives", async () => {
  await migrateToBefore();
  const org = async (name: string) => (await db.insert(`INSERT INTO organisation (name_fi, kind) VALUES ($1, 'LOCAL')`, [name])).id as number;
  const [a, b, c] = [await org("Vantaan Mielenterveysseura"), await org("Keravan Omaishoitajat"), await org("Tuusulan Eläkkeensaajat")];
  const group = await db.insert(`INSERT INTO uusimaa_development_group (region_code, name, description) VALUES ('03', 'Kehittäjäryhmä', 'Ryhmä')`);
  const workstreams = [
    await db.insert(`INSERT INTO uusimaa_workstream (group_id, kind, name, goal, lead_organisation_id) VALUES ($1, 'SERVICE_GUIDANCE', 'Palveluohjaus', 'Tavoite', $2)`, [group.id, a]),
    await db.insert(`INSERT INTO uusimaa_workstream (group_id, kind, name) VALUES ($1, 'OTHER', 'Viestintä')`, [group.id]),
  ];
  const decided = await db.insert(`INSERT INTO uusimaa_representative_call (region_code, body_name, member_seats, opens_on, closes_on, status, decided_on, decision)
    VALUES ('03', 'Vanhusneuvosto', 2, '2024-09-01', '2024-09-30', 'DECIDED', '2024-10-15', 'Päätös')`);
  const open = await db.insert(`INSERT INTO uusimaa_representative_call (region_code, body_name, member_seats, opens_on, closes_on) VALUES ('03', 'Vanhusneuvosto', 1, '2026-11-01', '2026-12-31')`);
  const nominations = [
    await db.insert(`INSERT INTO uusimaa_nomination (call_id, nominating_organisation_id, nominee_name, note) VALUES ($1, $2, 'Aino', 'Kokenut')`, [decided.id, a]),
    await db.insert(`INSERT INTO uusimaa_nomination (call_id, nominating_organisation_id, nominee_name) VALUES ($1, $2, 'Bertta')`, [decided.id, a]),
    await db.insert(`INSERT INTO uusimaa_nomination (call_id, nominating_organisation_id, nominee_name) VALUES ($1, $2, 'Cecilia')`, [decided.id, a]),
    await db.insert(`INSERT INTO uusimaa_nomination (call_id, nominating_organisation_id, nominee_name) VALUES ($1, $2, 'Daniel')`, [decided.id, b]),
    await db.insert(`INSERT INTO uusimaa_nomination (call_id, nominating_organisation_id, nominee_name) VALUES ($1, $2, 'Eero')`, [open.id, c]),
  ];
  const m1 = await db.insert(`INSERT INTO uusimaa_representative (call_id, nomination_id, role) VALUES ($1, $2, 'MEMBER')`, [decided.id, nominations[0].id]);
  const d1 = await db.insert(`INSERT INTO uusimaa_representative (call_id, nomination_id, role, deputy_of_id) VALUES ($1, $2, 'DEPUTY', $3)`, [decided.id, nominations[3].id, m1.id]);

  await migrateOn();

  const gone = await db.query(`SELECT t FROM unnest(ARRAY['uusimaa_development_group','uusimaa_representative_call','uusimaa_nomination','uusimaa_representative']) t WHERE to_regclass(t) IS NOT NULL`);
  expect(gone).toEqual([]);
  const body = async (id: number) => (await db.query(`SELECT kind, name_fi AS name, description, ARRAY(SELECT region_code::text FROM cooperation_body_region WHERE body_id = b.id) AS regions
    FROM cooperation_body b WHERE id = $1`, [id]))[0];
  const groupRef = await legacy("UusimaaDevelopmentGroup", group.id);
  expect(await body(groupRef.newId)).toEqual({ kind: "DEVELOPMENT_GROUP", name: group.name, description: group.description, regions: ["03"] });
  for (const w of workstreams) {
    const [row] = await db.query(`SELECT body_id, kind, name, goal, lead_organisation_id FROM uusimaa_workstream WHERE id = $1`, [w.id]);
    expect(row).toEqual({ body_id: groupRef.newId, kind: w.kind, name: w.name, goal: w.goal, lead_organisation_id: w.lead_organisation_id });
  }

  const call = async (id: number) => (await db.query(`SELECT c.body_id, c.seats, c.deadline::text, (c.decided_at AT TIME ZONE 'Europe/Helsinki')::date::text AS decided,
    d.opens_on::text, d.decision FROM representative_call c JOIN uusimaa_call_detail d ON d.call_id = c.id WHERE c.id = $1`, [id]))[0];
  const decidedRef = await legacy("UusimaaRepresentativeCall", decided.id);
  const openRef = await legacy("UusimaaRepresentativeCall", open.id);
  const decidedCall = await call(decidedRef.newId);
  expect(decidedCall).toMatchObject({ seats: 2, deadline: "2024-09-30", decided: "2024-10-15", opens_on: "2024-09-01", decision: "Päätös" });
  expect(await call(openRef.newId)).toEqual({ body_id: decidedCall.body_id, seats: 1, deadline: "2026-12-31", decided: null, opens_on: "2026-11-01", decision: null });
  expect(await body(decidedCall.body_id)).toEqual({ kind: "COUNTY_BODY", name: "Vanhusneuvosto", description: null, regions: ["03"] });

  const nomination = async (id: number) => (await db.query(`SELECT call_id, organisation_id, member_name, deputy_name, motivation, chosen FROM representative_nomination WHERE id = $1`, [id]))[0];
  const refs: Record<string, any>[] = [];
  for (const n of nominations) refs.push(await legacy("UusimaaNomination", n.id));
  const [aRef, bRef, cRef, dRef, eRef] = refs;
  expect(bRef).toEqual(aRef);
  expect(await nomination(aRef.newId)).toEqual({ call_id: decidedRef.newId, organisation_id: a, member_name: "Aino", deputy_name: "Bertta", motivation: "Kokenut", chosen: true });
  expect(cRef.newType).toBe("UusimaaExtraNominee");
  expect((await db.query(`SELECT nomination_id, nominee_name, note FROM uusimaa_extra_nominee WHERE id = $1`, [cRef.newId]))[0])
    .toEqual({ nomination_id: aRef.newId, nominee_name: "Cecilia", note: null });
  expect(await nomination(dRef.newId)).toEqual({ call_id: decidedRef.newId, organisation_id: b, member_name: "Daniel", deputy_name: null, motivation: null, chosen: true });
  expect(await nomination(eRef.newId)).toEqual({ call_id: openRef.newId, organisation_id: c, member_name: "Eero", deputy_name: null, motivation: null, chosen: false });

  const member = async (id: number) => (await db.query(`SELECT m.body_id, m.side, m.role, m.organisation_id, p.name, d.member_id AS deputy_of
    FROM cooperation_body_member m JOIN person p ON p.id = m.person_id LEFT JOIN uusimaa_deputy d ON d.deputy_member_id = m.id WHERE m.id = $1`, [id]))[0];
  const m1Ref = await legacy("UusimaaRepresentative", m1.id);
  expect(await member(m1Ref.newId)).toEqual({ body_id: decidedCall.body_id, side: "NGO", role: "MEMBER", organisation_id: a, name: "Aino", deputy_of: null });
  expect(await member((await legacy("UusimaaRepresentative", d1.id)).newId)).toEqual({ body_id: decidedCall.body_id, side: "NGO", role: "DEPUTY", organisation_id: b, name: "Daniel", deputy_of: m1Ref.newId });
});
