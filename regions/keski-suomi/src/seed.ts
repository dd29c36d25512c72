import type { RegionSeedContext } from "@yhdyspinta/core";

/**
 * Deterministic demo rows for Keski-Suomi, hung on the core demo organisations of region 15
 * (lowest ids first, so every run picks the same ones). People's names are invented.
 */
export async function seedKeskiSuomi({ manager, regionCodes }: RegionSeedContext): Promise<void> {
  const region = regionCodes[0];
  const orgs: { id: number; themes: string[] }[] = await manager.query(
    `SELECT o.id, o.themes FROM organisation o JOIN organisation_region r ON r.organisation_id = o.id AND r.region_code = $1 ORDER BY o.id LIMIT 60`,
    [region],
  );
  const [table] = await manager.query(
    `INSERT INTO keski_suomi_partnership_table (region_code, name, description, ngo_arena) VALUES ($1, $2, $3, $4) RETURNING id`,
    [region, "Keski-Suomen hyvinvointialueen kumppanuuspöytä",
      "Hyvinvointialueen ja järjestöjen yhteinen valmistelu- ja neuvottelufoorumi.", "Keski-Suomen järjestöareena"],
  );
  const [term] = await manager.query(
    `INSERT INTO keski_suomi_partnership_table_term (table_id, starts_on, ends_on, ngo_seat_count) VALUES ($1, '2025-01-01', '2026-12-31', 11) RETURNING id`,
    [table.id],
  );
  const publicBodies = ["Keski-Suomen hyvinvointialue", "Keski-Suomen hyvinvointialueen aluehallitus", "Jyväskylän kaupunki"];
  for (const [i, body] of publicBodies.entries()) {
    await manager.query(
      `INSERT INTO keski_suomi_partnership_table_seat (term_id, kind, public_body, representative, deputy) VALUES ($1, 'PUBLIC', $2, $3, $4)`,
      [term.id, body, `Edustaja ${i + 1} (demo)`, `Varaedustaja ${i + 1} (demo)`],
    );
  }
  // Ten of the eleven NGO seats filled, so a demo user can still add one.
  for (const [i, org] of orgs.slice(0, 10).entries()) {
    await manager.query(
      `INSERT INTO keski_suomi_partnership_table_seat (term_id, kind, organisation_id, representative, deputy) VALUES ($1, 'NGO', $2, $3, $4)`,
      [term.id, org.id, `Järjestöedustaja ${i + 1} (demo)`, `Järjestövaraedustaja ${i + 1} (demo)`],
    );
  }
  const meetings: [string, string[], string | null][] = [
    ["2025-02-12", ["Toimikauden aloitus", "Järjestöavustusten periaatteet", "Hyvinvointisuunnitelman valmistelu"], "Sovittiin työskentelytavoista ja kokousaikataulusta."],
    ["2025-05-20", ["Palvelustrategian luonnos", "Järjestöjen kuuleminen"], "Järjestöjen kommentit kootaan kesäkuun loppuun mennessä."],
    ["2025-09-16", ["Talousarvio 2026", "Yhdyspintatyön vastinparit"], null],
  ];
  for (const [heldOn, agenda, minutes] of meetings) {
    await manager.query(
      `INSERT INTO keski_suomi_partnership_table_meeting (table_id, held_on, location, agenda, minutes) VALUES ($1, $2, 'Jyväskylä', $3, $4)`,
      [table.id, heldOn, agenda, minutes],
    );
  }

  const networks: [string, "SECTOR" | "THEME", string | null, string | null][] = [
    ["Mielenterveys- ja päihdejärjestöjen verkosto", "THEME", "MENTAL_HEALTH", null],
    ["Ikäihmisten järjestöjen verkosto", "THEME", "OLDER_PEOPLE", null],
    ["Lapsi- ja perhejärjestöjen verkosto", "THEME", "CHILDREN_AND_FAMILIES", null],
    ["Potilas- ja vammaisjärjestöjen verkosto", "SECTOR", null, "Potilas- ja vammaisjärjestöt"],
  ];
  for (const [name, basis, theme, sector] of networks) {
    const members = orgs.filter((o) => (theme ? o.themes.includes(theme) : o.themes.includes("PATIENT_ADVOCACY") || o.themes.includes("DISABILITY")));
    const [network] = await manager.query(
      `INSERT INTO keski_suomi_ngo_network (region_code, name, basis, theme, sector, coordinator_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [region, name, basis, theme, sector, members[0]?.id ?? null],
    );
    for (const member of members) {
      await manager.query(`INSERT INTO keski_suomi_ngo_network_member (network_id, organisation_id) VALUES ($1, $2)`, [network.id, member.id]);
    }
  }

  const topics = [
    "Hyvinvoinnin ja terveyden edistäminen", "Ikääntyneiden palvelut", "Lapsi-, nuoriso- ja perhepalvelut",
    "Mielenterveys- ja päihdepalvelut", "Vammaispalvelut",
  ];
  for (const [i, topic] of topics.entries()) {
    await manager.query(
      `INSERT INTO keski_suomi_counterpart (region_code, topic, county_contact_name, county_contact_title, ngo_contact_name, ngo_organisation_id)
       VALUES ($1, $2, $3, 'Palvelualuejohtaja', $4, $5)`,
      [region, topic, `Vastinpari ${i + 1} (demo)`, `Järjestöyhdyshenkilö ${i + 1} (demo)`, orgs[i]?.id ?? null],
    );
  }
}
