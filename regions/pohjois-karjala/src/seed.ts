import type { RegionSeedContext } from "@yhdyspinta/core";

/** Deterministic demo rows for region 14; people's names are invented. */
export async function seedPohjoisKarjala({ manager, regionCodes }: RegionSeedContext): Promise<void> {
  const region = regionCodes[0];
  const orgs: { id: number }[] = await manager.query(
    `SELECT organisation_id AS id FROM organisation_region WHERE region_code = $1 ORDER BY organisation_id LIMIT 12`, [region],
  );
  const [committee] = await manager.query(
    `INSERT INTO pohjois_karjala_committee (region_code, name, description) VALUES ($1, 'Pohjois-Karjalan järjestöneuvottelukunta', $2) RETURNING id`,
    [region, "Järjestöjen ja hyvinvointialueen yhteistyön neuvoa-antava toimielin."],
  );
  const [term] = await manager.query(
    `INSERT INTO pohjois_karjala_committee_term (committee_id, starts_on, ends_on) VALUES ($1, '2023-06-01', '2025-05-31') RETURNING id`, [committee.id],
  );
  for (const [i, org] of orgs.slice(0, 9).entries()) {
    const role = i === 0 ? "CHAIR" : i === 1 ? "VICE_CHAIR" : "MEMBER";
    await manager.query(
      `INSERT INTO pohjois_karjala_committee_member (term_id, organisation_id, role, member_name, deputy_name) VALUES ($1, $2, $3, $4, $5)`,
      [term.id, org.id, role, `Jäsen ${i + 1} (demo)`, `Varajäsen ${i + 1} (demo)`],
    );
  }
  const statements: [string, string, string][] = [
    ["Hyvinvointialueen strategia", "Aluehallitus", "2023-09-14"],
    ["Palveluverkkoselvitys", "Aluevaltuusto", "2024-03-05"],
    ["Järjestöavustusten myöntöperiaatteet", "Hyvinvointialueen järjestöyhteistyö", "2024-11-20"],
  ];
  for (const [subject, addressedTo, givenOn] of statements) {
    await manager.query(
      `INSERT INTO pohjois_karjala_statement (committee_id, subject, addressed_to, given_on, body) VALUES ($1, $2, $3, $4, $5)`,
      [committee.id, subject, addressedTo, givenOn, `Järjestöneuvottelukunnan lausunto: ${subject.toLowerCase()} (demo).`],
    );
  }
  const municipalities: { code: string }[] = await manager.query(`SELECT code FROM municipality WHERE region_code = $1 ORDER BY code`, [region]);
  for (const [i, m] of municipalities.entries()) {
    await manager.query(
      `INSERT INTO pohjois_karjala_contact_person (municipality_code, name, title, email, organisation_id) VALUES ($1, $2, 'Järjestöyhdyshenkilö', $3, $4)`,
      [m.code, `Yhdyshenkilö ${m.code} (demo)`, `jarjestot.${m.code}@example.org`, orgs[i % Math.max(orgs.length, 1)]?.id ?? null],
    );
  }
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
