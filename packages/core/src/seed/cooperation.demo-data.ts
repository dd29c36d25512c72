import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadReferenceData } from "../region/reference-data";

/**
 * Demo cooperation for every wellbeing region, with or without a plug-in: an NGO consultative
 * committee with members from both sides and meetings, a municipal committee, a regional NGO
 * coordinator, county counterparts for topics, an NGO contact person in every municipality, an open
 * consultation and an open representative call. Every row is invented and flagged `is_demo` (bodies,
 * people, roles, consultations); dates are relative to the seeding day, so the next meeting and the
 * open consultation stay ahead of it. Rows are built here and written one statement per table.
 */
interface People {
  firstNames: string[];
  lastNames: string[];
  counterpartTopics: string[];
}

type Query = (sql: string, params?: unknown[]) => Promise<unknown>;
type SqlType = "int" | "text" | "date" | "timestamptz" | "boolean";
type Row = Record<string, unknown>;

function rowsOf(result: unknown): Row[] {
  if (Array.isArray(result)) return result as Row[];
  const rows = (result as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) ? (rows as Row[]) : [];
}

/** One `INSERT … SELECT FROM unnest(…)` for all rows of a table. */
async function insertAll(query: Query, table: string, columns: [string, SqlType][], rows: Row[]): Promise<void> {
  if (!rows.length) return;
  const params = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
  await query(`INSERT INTO ${table} (${columns.map(([c]) => c).join(", ")}) SELECT * FROM unnest(${params})`,
    columns.map(([c]) => rows.map((r) => r[c] ?? null)));
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
/** 14:00 Finnish time (UTC+2 in winter, +3 in summer: 12:00 UTC is near enough for demo data). */
const at = (offset: number, hourUtc = 12) => `${day(offset)}T${String(hourUtc).padStart(2, "0")}:00:00Z`;
const ascii = (s: string) => s.toLowerCase().normalize("NFD").replace(/[^a-z-]/g, "");

const IDENTITY_TABLES = [
  "person", "contact_role", "cooperation_body", "cooperation_body_member", "cooperation_body_meeting", "cooperation_body_output",
  "document_link", "consultation", "consultation_response", "representative_call", "representative_nomination",
] as const;

export async function seedDemoCooperation(query: Query): Promise<number> {
  const people = JSON.parse(readFileSync(join(__dirname, "..", "..", "data", "demo", "people.json"), "utf8")) as People;
  // Ids continue after existing rows, so seeding works next to real data.
  const [max] = rowsOf(await query(`SELECT ${IDENTITY_TABLES.map((t) => `(SELECT coalesce(max(id), 0) FROM ${t}) AS ${t}`).join(", ")}`));
  const next = Object.fromEntries(IDENTITY_TABLES.map((t) => [t, Number(max?.[t] ?? 0)])) as Record<(typeof IDENTITY_TABLES)[number], number>;
  const id = (table: (typeof IDENTITY_TABLES)[number]) => ++next[table];

  const reference = loadReferenceData();
  const regions = reference.regions.filter((r) => r.kind !== "ALAND_OUTSIDE_REFORM");
  // The first three organisations (by id) of each region sit on the NGO side.
  const orgRows = rowsOf(await query(
    `SELECT region_code AS "regionCode", organisation_id AS id FROM (
       SELECT region_code, organisation_id, row_number() OVER (PARTITION BY region_code ORDER BY organisation_id) AS n FROM organisation_region) x
     WHERE n <= 3 ORDER BY region_code, organisation_id`));

  const t: Record<string, Row[]> = {
    person: [], contact_role: [], cooperation_body: [], cooperation_body_region: [], cooperation_body_municipality: [], cooperation_body_member: [],
    cooperation_body_meeting: [], cooperation_body_output: [], document_link: [], consultation: [], consultation_region: [],
    consultation_response: [], representative_call: [], representative_nomination: [],
  };
  let n = 0;
  const nextName = () => {
    const first = people.firstNames[n % people.firstNames.length]!;
    const last = people.lastNames[(Math.floor(n / people.firstNames.length) + n) % people.lastNames.length]!;
    n++;
    return { name: `${first} ${last}`, email: `${ascii(first)}.${ascii(last)}@demo.example.fi` };
  };
  const person = (regionCode: string, title: string, organisationId: number | null = null): number => {
    const p = { id: id("person"), ...nextName(), title, organisation_id: organisationId, region_code: regionCode, publication_consent: true, is_demo: true };
    t.person!.push(p);
    return p.id;
  };

  for (const region of regions) {
    const municipalities = reference.municipalities.filter((m) => m.regionCode === region.code);
    const orgs = orgRows.filter((o) => o.regionCode === region.code).map((o) => Number(o.id));
    const bodyId = id("cooperation_body");
    t.cooperation_body!.push({
      id: bodyId, kind: "CONSULTATIVE_COMMITTEE", name_fi: `Järjestöneuvottelukunta (${region.nameFi})`, name_sv: `Organisationsdelegationen (${region.nameSv})`,
      name_en: `NGO consultative committee (${region.nameEn})`, description: "Demoaineisto: hyvinvointialueen ja järjestöjen yhteinen neuvottelukunta.",
      term_starts_on: "2025-06-01", term_ends_on: "2027-05-31", is_demo: true,
    });
    t.cooperation_body_region!.push({ body_id: bodyId, region_code: region.code });
    const seats: [string, string, number | null, string | null, string][] = [
      ["NGO", "CHAIR", orgs[0] ?? null, null, "järjestön edustaja"], ["NGO", "MEMBER", orgs[1] ?? null, null, "järjestön edustaja"],
      ["NGO", "DEPUTY", orgs[2] ?? null, null, "järjestön edustaja"], ["COUNTY", "VICE_CHAIR", null, region.code, "hyvinvointialueen edustaja"],
      ["EXPERT_BY_EXPERIENCE", "MEMBER", null, null, "kokemusasiantuntija"], ["COUNTY", "SECRETARY", null, region.code, "hyvinvointialueen edustaja"],
    ];
    for (const [side, role, organisationId, regionCode, title] of seats) {
      t.cooperation_body_member!.push({
        id: id("cooperation_body_member"), body_id: bodyId, side, role, person_id: person(region.code, title, organisationId), organisation_id: organisationId,
        region_code: regionCode, term_starts_on: "2025-06-01", term_ends_on: "2027-05-31",
      });
    }
    t.cooperation_body_meeting!.push(
      { id: id("cooperation_body_meeting"), body_id: bodyId, starts_at: at(-30), place: "Hyvinvointialueen virastotalo",
        agenda: "1. Avaus\n2. Palvelustrategian valmistelu", minutes: "Demo: keskusteltiin palvelustrategiasta." },
      { id: id("cooperation_body_meeting"), body_id: bodyId, starts_at: at(21), place: "Teams", agenda: "1. Avaus\n2. Järjestöavustukset\n3. Lausuntopyynnöt" },
    );
    const outputId = id("cooperation_body_output");
    t.cooperation_body_output!.push({ id: outputId, body_id: bodyId, kind: "STATEMENT", title: "Lausunto palvelustrategiasta (demo)", issued_on: day(-20), description: "Demoaineisto." });
    t.document_link!.push(
      { id: id("document_link"), title: "Lausunto (demo)", url: "https://demo.example.fi/lausunto.pdf", kind: "STATEMENT", dated_on: day(-20), output_id: outputId },
      { id: id("document_link"), title: "Toimintasääntö (demo)", url: "https://demo.example.fi/saanto.pdf", kind: "RULES", dated_on: "2025-06-01", body_id: bodyId },
    );

    const home = municipalities[0];
    if (home) {
      const municipalBody = id("cooperation_body");
      t.cooperation_body!.push({
        id: municipalBody, kind: "CONSULTATIVE_COMMITTEE", name_fi: `${home.nameFi}: järjestöjen neuvottelukunta`,
        name_sv: `${home.nameSv || home.nameFi}: organisationsdelegation`, name_en: `${home.nameFi}: NGO committee`, is_demo: true,
      });
      t.cooperation_body_municipality!.push({ body_id: municipalBody, municipality_code: home.code });
      t.cooperation_body_member!.push({
        id: id("cooperation_body_member"), body_id: municipalBody, side: "MUNICIPALITY", role: "CHAIR",
        person_id: person(region.code, "hyte-koordinaattori"), municipality_code: home.code,
      });
      t.cooperation_body_meeting!.push({ id: id("cooperation_body_meeting"), body_id: municipalBody, starts_at: at(35, 15), place: "Kaupungintalo" });
    }

    const roles: [string, string | null, string | null, string | null, string][] = [["REGIONAL_NGO_COORDINATOR", null, region.code, null, "järjestökoordinaattori"]];
    for (let k = 0; k < 2; k++) {
      roles.push(["COUNTY_COUNTERPART", people.counterpartTopics[(Number(region.code) + k) % people.counterpartTopics.length]!, region.code, null, "vastinpari"]);
    }
    for (const m of municipalities) roles.push(["MUNICIPAL_NGO_CONTACT", null, null, m.code, "järjestöyhdyshenkilö"]);
    for (const [type, topic, regionCode, municipalityCode, title] of roles) {
      t.contact_role!.push({
        id: id("contact_role"), person_id: person(region.code, title), type, topic, region_code: regionCode, municipality_code: municipalityCode,
        valid_from: "2025-01-01", is_demo: true,
      });
    }

    const consultationId = id("consultation");
    t.consultation!.push({
      id: consultationId, subject: `Hyvinvointisuunnitelman luonnos (${region.nameFi})`, description: "Demoaineisto: luonnos lausuttavaksi.",
      opens_on: day(-7), deadline: day(21), body_id: bodyId, is_demo: true,
    });
    t.consultation_region!.push({ consultation_id: consultationId, region_code: region.code });
    t.document_link!.push({ id: id("document_link"), title: "Luonnos (demo)", url: "https://demo.example.fi/luonnos.pdf", kind: "PROPOSAL", dated_on: day(-7), consultation_id: consultationId });
    if (orgs[0] !== undefined) {
      t.consultation_response!.push({
        id: id("consultation_response"), consultation_id: consultationId, organisation_id: orgs[0],
        statement: "Demo: kannatamme luonnosta ja ehdotamme järjestöjen roolin vahvistamista.",
      });
    }
    const callId = id("representative_call");
    t.representative_call!.push({ id: callId, body_id: bodyId, seats: 2, deadline: day(28), description: "Demo: haemme järjestöjen edustajia seuraavalle kaudelle." });
    if (orgs[1] !== undefined) {
      t.representative_nomination!.push({ id: id("representative_nomination"), call_id: callId, organisation_id: orgs[1], member_name: nextName().name, deputy_name: nextName().name });
    }
  }

  await insertAll(query, "person", [["id", "int"], ["name", "text"], ["title", "text"], ["email", "text"], ["organisation_id", "int"], ["region_code", "text"],
    ["publication_consent", "boolean"], ["is_demo", "boolean"]], t.person!);
  await insertAll(query, "cooperation_body", [["id", "int"], ["kind", "text"], ["name_fi", "text"], ["name_sv", "text"], ["name_en", "text"], ["description", "text"],
    ["term_starts_on", "date"], ["term_ends_on", "date"], ["is_demo", "boolean"]], t.cooperation_body!);
  await insertAll(query, "cooperation_body_region", [["body_id", "int"], ["region_code", "text"]], t.cooperation_body_region!);
  await insertAll(query, "cooperation_body_municipality", [["body_id", "int"], ["municipality_code", "text"]], t.cooperation_body_municipality!);
  await insertAll(query, "cooperation_body_member", [["id", "int"], ["body_id", "int"], ["side", "text"], ["role", "text"], ["person_id", "int"], ["organisation_id", "int"],
    ["region_code", "text"], ["municipality_code", "text"], ["term_starts_on", "date"], ["term_ends_on", "date"]], t.cooperation_body_member!);
  await insertAll(query, "cooperation_body_meeting", [["id", "int"], ["body_id", "int"], ["starts_at", "timestamptz"], ["place", "text"], ["agenda", "text"], ["minutes", "text"]],
    t.cooperation_body_meeting!);
  await insertAll(query, "cooperation_body_output", [["id", "int"], ["body_id", "int"], ["kind", "text"], ["title", "text"], ["issued_on", "date"], ["description", "text"]],
    t.cooperation_body_output!);
  await insertAll(query, "contact_role", [["id", "int"], ["person_id", "int"], ["type", "text"], ["topic", "text"], ["region_code", "text"], ["municipality_code", "text"],
    ["valid_from", "date"], ["is_demo", "boolean"]], t.contact_role!);
  await insertAll(query, "consultation", [["id", "int"], ["subject", "text"], ["description", "text"], ["opens_on", "date"], ["deadline", "date"], ["body_id", "int"],
    ["is_demo", "boolean"]], t.consultation!);
  await insertAll(query, "consultation_region", [["consultation_id", "int"], ["region_code", "text"]], t.consultation_region!);
  await insertAll(query, "consultation_response", [["id", "int"], ["consultation_id", "int"], ["organisation_id", "int"], ["statement", "text"]], t.consultation_response!);
  await insertAll(query, "representative_call", [["id", "int"], ["body_id", "int"], ["seats", "int"], ["deadline", "date"], ["description", "text"]], t.representative_call!);
  await insertAll(query, "representative_nomination", [["id", "int"], ["call_id", "int"], ["organisation_id", "int"], ["member_name", "text"], ["deputy_name", "text"]],
    t.representative_nomination!);
  await insertAll(query, "document_link", [["id", "int"], ["title", "text"], ["url", "text"], ["kind", "text"], ["dated_on", "date"], ["body_id", "int"], ["output_id", "int"],
    ["consultation_id", "int"]], t.document_link!);
  // Explicit ids bypass the identity sequences: move them past the seeded rows.
  await query(`SELECT ${IDENTITY_TABLES.map((table) => `setval(pg_get_serial_sequence('${table}', 'id'), greatest(${next[table]}, 1))`).join(", ")}`);
  return t.cooperation_body!.length;
}
