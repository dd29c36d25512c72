import { fromGlobalId } from "@yhdyspinta/core/internal";
import { createTestEnvironment, type TestEnvironment } from "@yhdyspinta/testing";

// The region and municipality link tables carry copies of the sort keys of the rows they link
// (migration 1736000000000, issue 19): region and municipality lists page and count on them, so
// they must follow every write, through the API or plain SQL.
let env: TestEnvironment;
beforeAll(async () => { env = await createTestEnvironment({ seed: "demo" }); });
afterAll(async () => { await env?.close(); });

const sql = (text: string, params: unknown[] = []) => env.database.dataSource.query(text, params);
const asAdmin = async (document: string, variables?: Record<string, unknown>) => {
  const res = await env.query(document, variables, { token: await env.token({ roles: ["admin"] }) });
  expect(res.errors).toBeUndefined();
  return res.data;
};

const ORGANISATION_KEYS = ["name_fi", "name_sv", "name_en", "kind", "created_at", "updated_at"];
const ACTIVITY_KEYS = [...ORGANISATION_KEYS, "starts_at", "ends_at", "status"];
const LINKS = [
  { table: "organisation_region", owner: "organisation", id: "organisation_id", keys: ORGANISATION_KEYS },
  { table: "organisation_municipality", owner: "organisation", id: "organisation_id", keys: ORGANISATION_KEYS },
  { table: "activity_municipality", owner: "activity", id: "activity_id", keys: ACTIVITY_KEYS },
  { table: "activity_region", owner: "activity", id: "activity_id", keys: ACTIVITY_KEYS },
];

/** Link rows whose copies differ from their row's own keys, and activity regions that differ from those of its municipalities. */
async function drift(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const l of LINKS) {
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM ${l.table} x JOIN ${l.owner} o ON o.id = x.${l.id}
      WHERE (${l.keys.map((k) => `x.${k}`).join(", ")}) IS DISTINCT FROM (${l.keys.map((k) => `o.${k}`).join(", ")})`);
    out[l.table] = n;
  }
  const [{ n }] = await sql(`SELECT count(*)::int AS n FROM (
    (SELECT activity_id, region_code FROM activity_region
     EXCEPT SELECT DISTINCT am.activity_id, m.region_code FROM activity_municipality am JOIN municipality m ON m.code = am.municipality_code)
    UNION ALL
    (SELECT DISTINCT am.activity_id, m.region_code FROM activity_municipality am JOIN municipality m ON m.code = am.municipality_code
     EXCEPT SELECT activity_id, region_code FROM activity_region)) d`);
  out.activity_region_membership = n;
  return out;
}
const NO_DRIFT = { organisation_region: 0, organisation_municipality: 0, activity_municipality: 0, activity_region: 0, activity_region_membership: 0 };

describe("sort keys copied into the link tables", () => {
  it("match their rows after the seed", async () => {
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM activity_region`);
    expect(n).toBeGreaterThan(0);
    expect(await drift()).toEqual(NO_DRIFT);
  });

  it("follow creates, renames, moves and deletes through the API, and region lists show the new order", async () => {
    const org = (await asAdmin(`mutation { createOrganisation(input: { nameFi: "Aaaa-kerho ry", kind: LOCAL, municipalityCodes: ["179"] }) { id } }`)).createOrganisation.id;
    const activity = (await asAdmin(`mutation($o: ID!) { createActivity(input: { organisationId: $o, nameFi: "Aaaa-ryhmä", kind: RECREATION, municipalityCodes: ["179", "182"] }) { id } }`,
      { o: org })).createActivity.id;
    expect(await drift()).toEqual(NO_DRIFT);
    const firstInRegion = async () => (await env.query(`{ region(code: "15") {
      organisations(first: 1) { nodes { id name } } activities(first: 1) { nodes { id name } } } }`)).data.region;
    expect(await firstInRegion()).toEqual({ organisations: { nodes: [{ id: org, name: "Aaaa-kerho ry" }] }, activities: { nodes: [{ id: activity, name: "Aaaa-ryhmä" }] } });

    await asAdmin(`mutation($id: ID!) { updateOrganisation(id: $id, input: { nameFi: "Ööö-kerho ry" }) { id } }`, { id: org });
    await asAdmin(`mutation($id: ID!) { updateActivity(id: $id, input: { nameFi: "Ööö-ryhmä" }) { id } }`, { id: activity });
    expect(await drift()).toEqual(NO_DRIFT);
    const after = await firstInRegion();
    expect(after.organisations.nodes[0].id).not.toBe(org);
    expect(after.activities.nodes[0].id).not.toBe(activity);
    const last = (await env.query(`{ region(code: "15") { organisations(last: 1) { nodes { id } } activities(last: 1) { nodes { id } } } }`)).data.region;
    expect(last).toEqual({ organisations: { nodes: [{ id: org }] }, activities: { nodes: [{ id: activity }] } });

    // Moved out of Keski-Suomi (15) to Joensuu in Pohjois-Karjala (14): its region links follow its municipalities.
    await asAdmin(`mutation($id: ID!) { updateActivity(id: $id, input: { municipalityCodes: ["167"] }) { id } }`, { id: activity });
    expect(await drift()).toEqual(NO_DRIFT);
    const regions = await sql(`SELECT region_code FROM activity_region WHERE activity_id = $1`, [Number(fromGlobalId(activity).key)]);
    expect(regions.map((r: { region_code: string }) => r.region_code)).toEqual(["14"]);

    await asAdmin(`mutation($id: ID!) { deleteOrganisation(id: $id) { deletedId } }`, { id: org });
    expect(await drift()).toEqual(NO_DRIFT);
  });

  it("are filled for link rows written with plain SQL, and follow plain SQL updates", async () => {
    const [{ id }] = await sql(`INSERT INTO organisation (name_fi, kind) VALUES ('Suoraan kirjoitettu ry', 'LOCAL') RETURNING id`);
    await sql(`INSERT INTO organisation_region VALUES ($1, '15')`, [id]);
    await sql(`INSERT INTO organisation_municipality VALUES ($1, '179')`, [id]);
    const [{ id: activityId }] = await sql(`INSERT INTO activity (organisation_id, name_fi, kind) VALUES ($1, 'Suora ryhmä', 'EVENT') RETURNING id`, [id]);
    await sql(`INSERT INTO activity_municipality VALUES ($1, '179'), ($1, '091')`, [activityId]);
    expect(await drift()).toEqual(NO_DRIFT);
    await sql(`UPDATE organisation SET name_sv = 'Direkt skriven rf', updated_at = updated_at - interval '3 days' WHERE id = $1`, [id]);
    await sql(`UPDATE activity SET kind = 'RECREATION', starts_at = now() WHERE id = $1`, [activityId]);
    await sql(`UPDATE activity_municipality SET municipality_code = '167' WHERE activity_id = $1 AND municipality_code = '091'`, [activityId]);
    expect(await drift()).toEqual(NO_DRIFT);
    await sql(`DELETE FROM activity_municipality WHERE activity_id = $1 AND municipality_code = '167'`, [activityId]);
    expect(await drift()).toEqual(NO_DRIFT);
    await sql(`DELETE FROM organisation WHERE id = $1`, [id]);
    expect(await drift()).toEqual(NO_DRIFT);
  });
});
