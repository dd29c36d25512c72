import type { RegionSeedContext } from "@yhdyspinta/core";

/** Deterministic demo rows: a development group with two workstreams per region, one decided and one open call. */
export async function seedUusimaa({ manager, regionCodes }: RegionSeedContext): Promise<void> {
  const regions: { code: string; name_fi: string }[] = await manager.query(
    `SELECT code, name_fi FROM wellbeing_region WHERE code = ANY($1::text[]) ORDER BY code`, [regionCodes],
  );
  for (const region of regions) {
    const orgs: { id: number }[] = await manager.query(
      `SELECT organisation_id AS id FROM organisation_region WHERE region_code = $1 ORDER BY organisation_id LIMIT 6`, [region.code],
    );
    const [group] = await manager.query(
      `INSERT INTO uusimaa_development_group (region_code, name, description) VALUES ($1, $2, $3) RETURNING id`,
      [region.code, `${region.name_fi}: järjestöjen kehittäjäryhmä`, "Järjestöjen ja hyvinvointialueen yhteinen kehittämisen ryhmä."],
    );
    await manager.query(
      `INSERT INTO uusimaa_workstream (group_id, kind, name, goal, lead_organisation_id) VALUES
         ($1, 'SERVICE_GUIDANCE', 'Palveluohjaus', 'Järjestöjen toiminta osaksi hyvinvointialueen palveluohjausta.', $2),
         ($1, 'NGO_DATA_COLLECTION', 'Järjestötiedon keruu', 'Ajantasainen tieto alueen järjestöistä ja niiden toiminnasta.', $3)`,
      [group.id, orgs[0]?.id ?? null, orgs[1]?.id ?? null],
    );
    if (region.code === "02" && orgs.length >= 4) {
      const [call] = await manager.query(
        `INSERT INTO uusimaa_representative_call (region_code, body_name, member_seats, opens_on, closes_on) VALUES ($1, $2, 2, '2024-09-01', '2024-09-30') RETURNING id`,
        [region.code, "Järjestöjen neuvottelukunta"],
      );
      const nominations: number[] = [];
      for (const [i, org] of orgs.slice(0, 4).entries()) {
        const [n] = await manager.query(
          `INSERT INTO uusimaa_nomination (call_id, nominating_organisation_id, nominee_name, created_at) VALUES ($1, $2, $3, $4) RETURNING id`,
          [call.id, org.id, `Ehdokas ${i + 1} (demo)`, `2024-09-0${i + 2}T12:00:00Z`],
        );
        nominations.push(n.id);
      }
      for (const [member, deputy] of [[nominations[0], nominations[1]], [nominations[2], nominations[3]]]) {
        const [m] = await manager.query(`INSERT INTO uusimaa_representative (call_id, nomination_id, role) VALUES ($1, $2, 'MEMBER') RETURNING id`, [call.id, member]);
        await manager.query(`INSERT INTO uusimaa_representative (call_id, nomination_id, role, deputy_of_id) VALUES ($1, $2, 'DEPUTY', $3)`, [call.id, deputy, m.id]);
      }
      await manager.query(
        `UPDATE uusimaa_representative_call SET status = 'DECIDED', decided_on = '2024-10-15', decision = 'Aluehallituksen päätös (demo)' WHERE id = $1`, [call.id],
      );
    }
  }
}
