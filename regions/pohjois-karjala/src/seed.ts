import type { RegionSeedContext } from "@yhdyspinta/core";

/**
 * Deterministic demo rows for region 14, on top of the core's demo cooperation (which already gives
 * the region its consultative committee, members, meetings and municipal contact persons): the
 * committee's statements with whom they were addressed to, and NGOs' outreach projects.
 */
export async function seedPohjoisKarjala({ manager, regionCodes }: RegionSeedContext): Promise<void> {
  const region = regionCodes[0];
  const [committee] = await manager.query(
    `SELECT b.id FROM cooperation_body b JOIN cooperation_body_region r ON r.body_id = b.id
     WHERE r.region_code = $1 AND b.kind = 'CONSULTATIVE_COMMITTEE' ORDER BY b.id LIMIT 1`, [region]);
  const statements: [string, string, string][] = [
    ["Hyvinvointialueen strategia", "Aluehallitus", "2023-09-14"],
    ["Palveluverkkoselvitys", "Aluevaltuusto", "2024-03-05"],
    ["Järjestöavustusten myöntöperiaatteet", "Hyvinvointialueen järjestöyhteistyö", "2024-11-20"],
  ];
  for (const [subject, addressedTo, givenOn] of committee ? statements : []) {
    const [output] = await manager.query(
      `INSERT INTO cooperation_body_output (body_id, kind, title, issued_on, description) VALUES ($1, 'STATEMENT', $2, $3, $4) RETURNING id`,
      [committee.id, `${subject} (demo)`, givenOn, `Järjestöneuvottelukunnan lausunto: ${subject.toLowerCase()} (demo).`]);
    await manager.query(`INSERT INTO pohjois_karjala_statement_recipient (output_id, addressed_to) VALUES ($1, $2)`, [output.id, addressedTo]);
  }
  const orgs: { id: number }[] = await manager.query(
    `SELECT organisation_id AS id FROM organisation_region WHERE region_code = $1 ORDER BY organisation_id LIMIT 3`, [region]);
  const municipalities: { code: string }[] = await manager.query(`SELECT code FROM municipality WHERE region_code = $1 ORDER BY code`, [region]);
  const projects: [string, string[], string[]][] = [
    ["Etsivä vanhustyö", ["OLDER_PEOPLE", "INFORMAL_CARERS"], ["167", "176"]],
    ["Nuorten etsivä jalkautuva työ", ["YOUTH", "UNEMPLOYED"], ["167", "260", "309"]],
    ["Maahan muuttaneiden perheiden tavoittaminen", ["IMMIGRANTS", "FAMILIES"], ["167"]],
  ];
  for (const [i, [name, groups, codes]] of projects.entries()) {
    if (!orgs[i]) break;
    await manager.query(
      `INSERT INTO pohjois_karjala_outreach_project (organisation_id, name, starts_on, target_groups, municipality_codes)
       VALUES ($1, $2, '2024-01-01', $3, $4)`,
      [orgs[i].id, name, groups, codes.filter((c) => municipalities.some((m) => m.code === c))],
    );
  }
}
