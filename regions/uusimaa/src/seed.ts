import { insertCooperationBody, type RegionSeedContext } from "@yhdyspinta/core";

/**
 * Deterministic demo rows on the core's building blocks: in every region a development group with two
 * workstreams; in Keski-Uusimaa (02) a decided call for NGO representatives to a county body, with
 * nominations and the chosen members and deputies. The core's demo adds an open call everywhere.
 */
export async function seedUusimaa({ manager, regionCodes }: RegionSeedContext): Promise<void> {
  const regions: { code: string; name_fi: string }[] = await manager.query(
    `SELECT code, name_fi FROM wellbeing_region WHERE code = ANY($1::text[]) ORDER BY code`, [regionCodes]);
  for (const region of regions) {
    const orgs: { id: number }[] = await manager.query(
      `SELECT organisation_id AS id FROM organisation_region WHERE region_code = $1 ORDER BY organisation_id LIMIT 6`, [region.code]);
    const group = await insertCooperationBody(manager, {
      kind: "DEVELOPMENT_GROUP", nameFi: `${region.name_fi}: järjestöjen kehittäjäryhmä (demo)`,
      description: "Järjestöjen ja hyvinvointialueen yhteinen kehittämisen ryhmä.", regionCodes: [region.code], demo: true,
    });
    await manager.query(
      `INSERT INTO uusimaa_workstream (body_id, kind, name, goal, lead_organisation_id) VALUES
         ($1, 'SERVICE_GUIDANCE', 'Palveluohjaus', 'Järjestöjen toiminta osaksi hyvinvointialueen palveluohjausta.', $2),
         ($1, 'NGO_DATA_COLLECTION', 'Järjestötiedon keruu', 'Ajantasainen tieto alueen järjestöistä ja niiden toiminnasta.', $3)`,
      [group.dbId, orgs[0]?.id ?? null, orgs[1]?.id ?? null]);
    if (region.code !== "02" || orgs.length < 4) continue;
    const committee = await insertCooperationBody(manager, { kind: "COUNTY_BODY", nameFi: "Järjestöjen neuvottelukunta (demo)", regionCodes: [region.code], demo: true });
    const [call] = await manager.query(
      `INSERT INTO representative_call (body_id, seats, deadline, description, decided_at) VALUES ($1, 2, '2024-09-30', 'Järjestöedustajat neuvottelukuntaan (demo)', '2024-10-15T10:00:00Z') RETURNING id`,
      [committee.dbId]);
    await manager.query(`INSERT INTO uusimaa_call_detail (call_id, opens_on, decision) VALUES ($1, '2024-09-01', 'Aluehallituksen päätös (demo)')`, [call.id]);
    const chosen: number[] = [];
    for (const [i, org] of orgs.slice(0, 4).entries()) {
      await manager.query(
        `INSERT INTO representative_nomination (call_id, organisation_id, member_name, chosen, created_at) VALUES ($1, $2, $3, true, $4)`,
        [call.id, org.id, `Ehdokas ${i + 1} (demo)`, `2024-09-0${i + 2}T12:00:00Z`]);
      const [person] = await manager.query(`INSERT INTO person (name, organisation_id, region_code, is_demo) VALUES ($1, $2, $3, true) RETURNING id`, [`Ehdokas ${i + 1} (demo)`, org.id, region.code]);
      const [member] = await manager.query(
        `INSERT INTO cooperation_body_member (body_id, side, role, person_id, organisation_id, term_starts_on) VALUES ($1, 'NGO', $2, $3, $4, '2024-10-15') RETURNING id`,
        [committee.dbId, i % 2 === 0 ? "MEMBER" : "DEPUTY", person.id, org.id]);
      chosen.push(member.id);
    }
    await manager.query(`INSERT INTO uusimaa_deputy (deputy_member_id, member_id) VALUES ($1, $2), ($3, $4)`, [chosen[1], chosen[0], chosen[3], chosen[2]]);
  }
}
