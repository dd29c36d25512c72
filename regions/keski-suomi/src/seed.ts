import { insertCooperationBody, type RegionSeedContext } from "@yhdyspinta/core";

/**
 * Deterministic demo rows for Keski-Suomi on the core's building blocks, hung on the core demo
 * organisations of region 15 (lowest ids first, so every run picks the same ones): the partnership
 * table with its public and NGO seats, a term and meetings, and the theme and sector networks.
 * The core's demo already gives the region a consultative committee, contact persons and counterparts.
 */
export async function seedKeskiSuomi({ manager, regionCodes }: RegionSeedContext): Promise<void> {
  const region = regionCodes[0];
  const orgs: { id: number; themes: string[] }[] = await manager.query(
    `SELECT o.id, o.themes FROM organisation o JOIN organisation_region r ON r.organisation_id = o.id AND r.region_code = $1 ORDER BY o.id LIMIT 60`, [region]);
  const person = async (name: string, organisationId: number | null) => (await manager.query(
    `INSERT INTO person (name, organisation_id, region_code, is_demo) VALUES ($1, $2, $3, true) RETURNING id`, [name, organisationId, region]))[0].id;
  const member = async (bodyId: number, side: string, role: string, personId: number | null, organisationId: number | null) => (await manager.query(
    `INSERT INTO cooperation_body_member (body_id, side, role, person_id, organisation_id, region_code, term_starts_on, term_ends_on)
     VALUES ($1, $2, $3, $4, $5, $6, '2025-01-01', '2026-12-31') RETURNING id`,
    [bodyId, side, role, personId, organisationId, side === "NGO" ? null : region]))[0].id;

  const table = await insertCooperationBody(manager, {
    kind: "PARTNERSHIP_TABLE", nameFi: "Keski-Suomen hyvinvointialueen kumppanuuspöytä (demo)", nameSv: "Mellersta Finlands välfärdsområdes partnerskapsbord (demo)",
    nameEn: "Partnership table of Central Finland (demo)", description: "Hyvinvointialueen ja järjestöjen yhteinen valmistelu- ja neuvottelufoorumi.",
    termStartsOn: "2025-01-01", termEndsOn: "2026-12-31", regionCodes: [region], demo: true,
  });
  await manager.query(`INSERT INTO keski_suomi_table_detail (body_id, ngo_arena) VALUES ($1, 'Keski-Suomen järjestöareena')`, [table.dbId]);
  await manager.query(`INSERT INTO keski_suomi_table_term (body_id, starts_on, ends_on, ngo_seat_count) VALUES ($1, '2025-01-01', '2026-12-31', 11)`, [table.dbId]);
  for (const [i, publicBody] of ["Keski-Suomen hyvinvointialue", "Keski-Suomen hyvinvointialueen aluehallitus", "Jyväskylän kaupunki"].entries()) {
    const id = await member(table.dbId, "COUNTY", "MEMBER", await person(`Edustaja ${i + 1} (demo)`, null), null);
    await manager.query(`INSERT INTO keski_suomi_public_seat (member_id, public_body) VALUES ($1, $2)`, [id, publicBody]);
  }
  // Ten of the eleven NGO seats filled.
  for (const [i, org] of orgs.slice(0, 10).entries()) {
    await member(table.dbId, "NGO", i === 0 ? "CHAIR" : "MEMBER", await person(`Järjestöedustaja ${i + 1} (demo)`, org.id), org.id);
    await member(table.dbId, "NGO", "DEPUTY", await person(`Järjestövaraedustaja ${i + 1} (demo)`, org.id), org.id);
  }
  const meetings: [string, string[], string | null][] = [
    ["2025-02-12", ["Toimikauden aloitus", "Järjestöavustusten periaatteet", "Hyvinvointisuunnitelman valmistelu"], "Sovittiin työskentelytavoista ja kokousaikataulusta."],
    ["2025-05-20", ["Palvelustrategian luonnos", "Järjestöjen kuuleminen"], "Järjestöjen kommentit kootaan kesäkuun loppuun mennessä."],
    ["2025-09-16", ["Talousarvio 2026", "Yhdyspintatyön vastinparit"], null],
  ];
  for (const [heldOn, agenda, minutes] of meetings) {
    await manager.query(
      `INSERT INTO cooperation_body_meeting (body_id, starts_at, place, agenda, minutes) VALUES ($1, ($2::date + time '13:00') AT TIME ZONE 'Europe/Helsinki', 'Jyväskylä', $3, $4)`,
      [table.dbId, heldOn, agenda.join("\n"), minutes]);
  }

  const networks: [string, "SECTOR" | "THEME", string | null, string | null][] = [
    ["Mielenterveys- ja päihdejärjestöjen verkosto", "THEME", "MENTAL_HEALTH", null],
    ["Ikäihmisten järjestöjen verkosto", "THEME", "OLDER_PEOPLE", null],
    ["Lapsi- ja perhejärjestöjen verkosto", "THEME", "CHILDREN_AND_FAMILIES", null],
    ["Potilas- ja vammaisjärjestöjen verkosto", "SECTOR", null, "Potilas- ja vammaisjärjestöt"],
  ];
  for (const [name, basis, theme, sector] of networks) {
    const members = orgs.filter((o) => (theme ? o.themes.includes(theme) : o.themes.includes("PATIENT_ADVOCACY") || o.themes.includes("DISABILITY")));
    const network = await insertCooperationBody(manager, { kind: "NETWORK", nameFi: `${name} (demo)`, regionCodes: [region], demo: true });
    await manager.query(`INSERT INTO keski_suomi_network_detail (body_id, basis, theme, sector) VALUES ($1, $2, $3, $4)`, [network.dbId, basis, theme, sector]);
    if (members[0]) await member(network.dbId, "NGO", "NETWORK_COORDINATOR", null, members[0].id);
    for (const m of members) await member(network.dbId, "NGO", "MEMBER", null, m.id);
  }
}
