import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadReferenceData } from "../region/reference-data";

/**
 * Demo cooperation for every wellbeing region, with or without a plug-in: an NGO consultative
 * committee with members from both sides and meetings, a municipal committee, a regional NGO
 * coordinator, county counterparts for topics, an NGO contact person in every municipality, an open
 * consultation and an open representative call. Every row is invented and flagged `isDemo`; dates are
 * relative to the seeding day, so the next meeting and the open consultation stay ahead of it.
 */
interface People {
  firstNames: string[];
  lastNames: string[];
  counterpartTopics: string[];
}

type Query = (sql: string, params?: unknown[]) => Promise<unknown>;

function rowsOf(result: unknown): Record<string, unknown>[] {
  if (Array.isArray(result)) return result as Record<string, unknown>[];
  const rows = (result as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) ? (rows as Record<string, unknown>[]) : [];
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const ascii = (s: string) => s.toLowerCase().normalize("NFD").replace(/[^a-z-]/g, "");

export async function seedDemoCooperation(query: Query): Promise<number> {
  const people = JSON.parse(readFileSync(join(__dirname, "..", "..", "data", "demo", "people.json"), "utf8")) as People;
  let n = 0;
  /** Deterministic invented names: the n-th demo person. */
  const nextPerson = () => {
    const first = people.firstNames[n % people.firstNames.length]!;
    const last = people.lastNames[Math.floor(n / people.firstNames.length + n) % people.lastNames.length]!;
    n++;
    return { name: `${first} ${last}`, email: `${ascii(first)}.${ascii(last)}@demo.example.fi` };
  };
  const insertPerson = async (regionCode: string, title: string, organisationId: number | null = null): Promise<number> => {
    const p = nextPerson();
    const [row] = rowsOf(await query(
      `INSERT INTO person (name, title, email, organisation_id, region_code, publication_consent, is_demo) VALUES ($1, $2, $3, $4, $5, true, true) RETURNING id`,
      [p.name, title, p.email, organisationId, regionCode]));
    return Number(row!.id);
  };

  const reference = loadReferenceData();
  const regions = reference.regions.filter((r) => r.kind !== "ALAND_OUTSIDE_REFORM");
  let rows = 0;
  for (const region of regions) {
    const municipalities = reference.municipalities.filter((m) => m.regionCode === region.code);
    // The region's first organisations (by id) sit on the NGO side.
    const orgs = rowsOf(await query(
      `SELECT organisation_id AS id FROM organisation_region WHERE region_code = $1 ORDER BY organisation_id LIMIT 3`, [region.code])).map((r) => Number(r.id));

    const [committee] = rowsOf(await query(
      `INSERT INTO cooperation_body (kind, name_fi, name_sv, name_en, description, term_starts_on, term_ends_on, is_demo)
       VALUES ('CONSULTATIVE_COMMITTEE', $1, $2, $3, $4, '2025-06-01', '2027-05-31', true) RETURNING id`,
      [`Järjestöneuvottelukunta (${region.nameFi})`, `Organisationsdelegationen (${region.nameSv})`, `NGO consultative committee (${region.nameEn})`,
        "Demoaineisto: hyvinvointialueen ja järjestöjen yhteinen neuvottelukunta."]));
    const bodyId = Number(committee!.id);
    await query(`INSERT INTO cooperation_body_region VALUES ($1, $2)`, [bodyId, region.code]);
    const seats: [string, string, number | null, string | null][] = [
      ["NGO", "CHAIR", orgs[0] ?? null, null], ["NGO", "MEMBER", orgs[1] ?? null, null], ["NGO", "DEPUTY", orgs[2] ?? null, null],
      ["COUNTY", "VICE_CHAIR", null, region.code], ["EXPERT_BY_EXPERIENCE", "MEMBER", null, null], ["COUNTY", "SECRETARY", null, region.code],
    ];
    for (const [side, role, organisationId, regionCode] of seats) {
      const personId = await insertPerson(region.code, side === "COUNTY" ? "hyvinvointialueen edustaja" : side === "NGO" ? "järjestön edustaja" : "kokemusasiantuntija", organisationId);
      await query(
        `INSERT INTO cooperation_body_member (body_id, side, role, person_id, organisation_id, region_code, term_starts_on, term_ends_on)
         VALUES ($1, $2, $3, $4, $5, $6, '2025-06-01', '2027-05-31')`, [bodyId, side, role, personId, organisationId, regionCode]);
    }
    await query(
      `INSERT INTO cooperation_body_meeting (body_id, starts_at, place, agenda, minutes) VALUES
         ($1, ($2::date + time '14:00') AT TIME ZONE 'Europe/Helsinki', 'Hyvinvointialueen virastotalo', '1. Avaus\n2. Palvelustrategian valmistelu', 'Demo: keskusteltiin palvelustrategiasta.'),
         ($1, ($3::date + time '14:00') AT TIME ZONE 'Europe/Helsinki', 'Teams', '1. Avaus\n2. Järjestöavustukset\n3. Lausuntopyynnöt', NULL)`,
      [bodyId, day(-30), day(21)]);
    const [output] = rowsOf(await query(
      `INSERT INTO cooperation_body_output (body_id, kind, title, issued_on, description) VALUES ($1, 'STATEMENT', 'Lausunto palvelustrategiasta (demo)', $2, 'Demoaineisto.') RETURNING id`,
      [bodyId, day(-20)]));
    await query(`INSERT INTO document_link (title, url, kind, dated_on, output_id) VALUES ('Lausunto (demo)', 'https://demo.example.fi/lausunto.pdf', 'STATEMENT', $1, $2)`, [day(-20), output!.id]);
    await query(`INSERT INTO document_link (title, url, kind, dated_on, body_id) VALUES ('Toimintasääntö (demo)', 'https://demo.example.fi/saanto.pdf', 'RULES', '2025-06-01', $1)`, [bodyId]);

    // A municipal committee in the region's first municipality.
    const home = municipalities[0];
    if (home) {
      const [municipal] = rowsOf(await query(
        `INSERT INTO cooperation_body (kind, name_fi, name_sv, name_en, is_demo) VALUES ('CONSULTATIVE_COMMITTEE', $1, $2, $3, true) RETURNING id`,
        [`${home.nameFi}: järjestöjen neuvottelukunta`, `${home.nameSv ?? home.nameFi}: organisationsdelegation`, `${home.nameFi}: NGO committee`]));
      await query(`INSERT INTO cooperation_body_municipality VALUES ($1, $2)`, [municipal!.id, home.code]);
      await query(
        `INSERT INTO cooperation_body_member (body_id, side, role, person_id, municipality_code) VALUES ($1, 'MUNICIPALITY', 'CHAIR', $2, $3)`,
        [municipal!.id, await insertPerson(region.code, "hyte-koordinaattori"), home.code]);
      await query(`INSERT INTO cooperation_body_meeting (body_id, starts_at, place) VALUES ($1, ($2::date + time '17:00') AT TIME ZONE 'Europe/Helsinki', 'Kaupungintalo')`, [municipal!.id, day(35)]);
      rows++;
    }

    // People in roles: a regional coordinator, counterparts for two topics, a contact person per municipality.
    const roles: [string, string | null, string | null, string | null][] = [["REGIONAL_NGO_COORDINATOR", null, region.code, null]];
    for (let t = 0; t < 2; t++) roles.push(["COUNTY_COUNTERPART", people.counterpartTopics[(Number(region.code) + t) % people.counterpartTopics.length]!, region.code, null]);
    for (const m of municipalities) roles.push(["MUNICIPAL_NGO_CONTACT", null, null, m.code]);
    for (const [type, topic, regionCode, municipalityCode] of roles) {
      const personId = await insertPerson(region.code, type === "MUNICIPAL_NGO_CONTACT" ? "järjestöyhdyshenkilö" : type === "COUNTY_COUNTERPART" ? "vastinpari" : "järjestökoordinaattori");
      await query(
        `INSERT INTO contact_role (person_id, type, topic, region_code, municipality_code, valid_from, is_demo) VALUES ($1, $2, $3, $4, $5, '2025-01-01', true)`,
        [personId, type, topic, regionCode, municipalityCode]);
    }

    const [consultation] = rowsOf(await query(
      `INSERT INTO consultation (subject, description, opens_on, deadline, body_id, is_demo) VALUES ($1, 'Demoaineisto: luonnos lausuttavaksi.', $2, $3, $4, true) RETURNING id`,
      [`Hyvinvointisuunnitelman luonnos (${region.nameFi})`, day(-7), day(21), bodyId]));
    await query(`INSERT INTO consultation_region VALUES ($1, $2)`, [consultation!.id, region.code]);
    await query(`INSERT INTO document_link (title, url, kind, dated_on, consultation_id) VALUES ('Luonnos (demo)', 'https://demo.example.fi/luonnos.pdf', 'PROPOSAL', $1, $2)`, [day(-7), consultation!.id]);
    if (orgs[0] !== undefined) {
      await query(`INSERT INTO consultation_response (consultation_id, organisation_id, statement) VALUES ($1, $2, 'Demo: kannatamme luonnosta ja ehdotamme järjestöjen roolin vahvistamista.')`, [consultation!.id, orgs[0]]);
    }
    const [call] = rowsOf(await query(
      `INSERT INTO representative_call (body_id, seats, deadline, description) VALUES ($1, 2, $2, 'Demo: haemme järjestöjen edustajia seuraavalle kaudelle.') RETURNING id`, [bodyId, day(28)]));
    if (orgs[1] !== undefined) {
      await query(`INSERT INTO representative_nomination (call_id, organisation_id, member_name, deputy_name) VALUES ($1, $2, $3, $4)`,
        [call!.id, orgs[1], nextPerson().name, nextPerson().name]);
    }
    rows++;
  }
  return rows;
}
