import { isKnownMilestoneKind, toGlobalId } from "@yhdyspinta/core";
import keskiSuomi from "@yhdyspinta/region-keski-suomi";
import {
  attempt, authorisationMatrix, createTestEnvironment, expectedAttempt, pluginMutations, type AuthOutcome, type MatrixCase, type TestEnvironment,
} from "@yhdyspinta/testing";

let env: TestEnvironment;
/** A coordinator of Keski-Suomi (15): may change the plug-in's structures of the region. */
let coord15: string;
beforeAll(async () => {
  env = await createTestEnvironment({ plugins: [keskiSuomi], seed: "demo" });
  coord15 = await env.token({ roles: ["coordinator"], regions: ["15"], subject: "coord-15" });
});
afterAll(async () => { await env?.close(); });

async function ok(document: string, variables?: Record<string, unknown>, token?: string) {
  const res = await env.query(document, variables, { token });
  expect(res.errors).toBeUndefined();
  return res;
}
/** A mutation as the region's coordinator. */
const mutate = (document: string, variables?: Record<string, unknown>) => env.query(document, variables, { token: coord15 });
const mutateOk = (document: string, variables?: Record<string, unknown>) => ok(document, variables, coord15);

const TABLE = `{ region(code: "15") { partnershipTables { id name ngoArena region { code }
  terms { id startsOn endsOn ngoSeatCount ngo: seats(kind: NGO) { totalCount nodes { id organisation { id name } representative } }
          public: seats(kind: PUBLIC) { totalCount nodes { publicBody organisation { id } } } }
  meetings(first: 10) { totalCount nodes { heldOn agenda minutes } } } } }`;

describe("Keski-Suomi partnership table", () => {
  it("seeds the region's partnership table with public and NGO seats, terms and meetings", async () => {
    const res = await ok(TABLE);
    const [table] = res.data.region.partnershipTables;
    expect(table).toMatchObject({ name: "Keski-Suomen hyvinvointialueen kumppanuuspöytä", region: { code: "15" } });
    const [term] = table.terms;
    expect(term).toMatchObject({ startsOn: "2025-01-01", endsOn: "2026-12-31", ngoSeatCount: 11 });
    expect(term.ngo.totalCount).toBe(10);
    expect(term.ngo.nodes.every((s: any) => s.organisation?.name)).toBe(true);
    expect(term.public.totalCount).toBe(3);
    expect(term.public.nodes.every((s: any) => s.publicBody && s.organisation === null)).toBe(true);
    expect(table.meetings.totalCount).toBe(3);
    expect(table.meetings.nodes.map((m: any) => m.heldOn)).toEqual(["2025-02-12", "2025-05-20", "2025-09-16"]);
    expect(table.meetings.nodes[2].minutes).toBeNull();
    // Other regions have none.
    const other = await ok(`{ region(code: "14") { partnershipTables { id } } }`);
    expect(other.data.region.partnershipTables).toEqual([]);
  });

  it("adds Organisation.partnershipTableSeats at a constant number of SQL statements per page", async () => {
    const doc = `query($n: Int) { organisations(first: $n, filter: { regionCode: "15" }) { nodes { name partnershipTableSeats { totalCount nodes { kind term { startsOn table { name } } } } } } }`;
    const small = await ok(doc, { n: 5 });
    const large = await ok(doc, { n: 60 });
    expect(large.data.organisations.nodes.length).toBeGreaterThan(small.data.organisations.nodes.length);
    expect(large.statements).toBe(small.statements);
    const seated = large.data.organisations.nodes.filter((o: any) => o.partnershipTableSeats.totalCount > 0);
    expect(seated).toHaveLength(10);
    expect(seated[0].partnershipTableSeats.nodes[0]).toMatchObject({ kind: "NGO", term: { startsOn: "2025-01-01", table: { name: "Keski-Suomen hyvinvointialueen kumppanuuspöytä" } } });
  });

  it("fills NGO seats only up to the term's count, only for organisations of the region, once per organisation", async () => {
    const res = await ok(TABLE);
    const term = res.data.region.partnershipTables[0].terms[0];
    const seatedIds = new Set(term.ngo.nodes.map((s: any) => s.organisation.id));
    const candidates = await ok(`{ organisations(first: 100, filter: { regionCode: "15" }) { nodes { id } } }`);
    const free = candidates.data.organisations.nodes.map((o: any) => o.id).filter((id: string) => !seatedIds.has(id));
    const add = `mutation($input: AddPartnershipTableSeatInput!) { addPartnershipTableSeat(input: $input) { id kind organisation { id } representative deputy } }`;
    const seatInput = (organisationId: string) => ({ termId: term.id, kind: "NGO", organisationId, representative: "Testi Edustaja", deputy: "Testi Varaedustaja" });

    const duplicate = await mutate(add, { input: seatInput(term.ngo.nodes[0].organisation.id) });
    expect(duplicate.errors?.[0].extensions).toMatchObject({ code: "CONFLICT" });

    const added = await mutateOk(add, { input: seatInput(free[0]) });
    expect(added.data.addPartnershipTableSeat).toMatchObject({ kind: "NGO", organisation: { id: free[0] }, deputy: "Testi Varaedustaja" });

    const full = await mutate(add, { input: seatInput(free[1]) });
    expect(full.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "NGO_SEATS_FULL" });

    const outside = await ok(`{ organisations(first: 1, filter: { regionCode: "14" }) { nodes { id regions { code } } } }`);
    const outsider = outside.data.organisations.nodes[0];
    expect(outsider.regions.map((r: any) => r.code)).not.toContain("15");
    const refused = await mutate(add, { input: seatInput(outsider.id) });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "ORGANISATION_OUTSIDE_REGION" });

    const noOrg = await mutate(add, { input: { termId: term.id, kind: "NGO", representative: "X" } });
    expect(noOrg.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "NGO_SEAT_NEEDS_ORGANISATION" });
    const empty = await mutate(add, { input: { termId: term.id, kind: "PUBLIC", publicBody: "Keski-Suomen liitto", representative: "" } });
    expect(empty.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");

    // Public seats do not count against the NGO seats.
    const publicSeat = await mutateOk(add, { input: { termId: term.id, kind: "PUBLIC", publicBody: "Keski-Suomen liitto", representative: "Liiton edustaja" } });
    expect(publicSeat.data.addPartnershipTableSeat.organisation).toBeNull();

    // Removing a seat frees it.
    await mutateOk(`mutation($id: ID!) { removePartnershipTableSeat(id: $id) { deletedId } }`, { id: added.data.addPartnershipTableSeat.id });
    await mutateOk(add, { input: seatInput(free[1]) });
    const after = await ok(TABLE);
    expect(after.data.region.partnershipTables[0].terms[0].ngo.totalCount).toBe(11);
    expect(after.data.region.partnershipTables[0].terms[0].public.totalCount).toBe(4);
  });

  it("records meetings with agenda and resolves them through node(id:)", async () => {
    const tables = await ok(`{ partnershipTables { id } }`);
    const tableId = tables.data.partnershipTables[0].id;
    const rec = await mutateOk(
      `mutation($input: RecordPartnershipTableMeetingInput!) { recordPartnershipTableMeeting(input: $input) { id heldOn agenda minutes } }`,
      { input: { tableId, heldOn: "2025-11-18", location: "Jyväskylä", agenda: ["Järjestöavustukset 2026", "Muut asiat"] } },
    );
    const meeting = rec.data.recordPartnershipTableMeeting;
    expect(meeting).toMatchObject({ heldOn: "2025-11-18", agenda: ["Järjestöavustukset 2026", "Muut asiat"], minutes: null });
    const node = await ok(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids: [meeting.id, tableId] });
    expect(node.data.nodes).toEqual([{ __typename: "PartnershipTableMeeting", id: meeting.id }, { __typename: "PartnershipTable", id: tableId }]);

    const missing = await mutate(
      `mutation($input: RecordPartnershipTableMeetingInput!) { recordPartnershipTableMeeting(input: $input) { id } }`,
      { input: { tableId: toGlobalId("PartnershipTable", 999999), heldOn: "2025-11-18", agenda: [] } },
    );
    expect(missing.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const wrongType = await env.query(`{ partnershipTable(id: "${toGlobalId("Organisation", 1)}") { id } }`);
    expect(wrongType.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_ID" });
  });
});

describe("Keski-Suomi NGO networks and counterparts", () => {
  it("lists theme and sector networks with their members, paged", async () => {
    const res = await ok(`{ keskiSuomiNgoNetworks(first: 10) { totalCount nodes { id name basis theme sector coordinator { id } members(first: 2) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } } } }`);
    const networks = res.data.keskiSuomiNgoNetworks;
    expect(networks.totalCount).toBe(4);
    expect(networks.nodes.filter((n: any) => n.basis === "THEME").every((n: any) => n.theme && !n.sector)).toBe(true);
    const sector = networks.nodes.find((n: any) => n.basis === "SECTOR");
    expect(sector.sector).toBe("Potilas- ja vammaisjärjestöt");
    const mental = networks.nodes.find((n: any) => n.theme === "MENTAL_HEALTH");
    expect(mental.members.totalCount).toBeGreaterThan(0);
    const themes = await ok(`{ keskiSuomiNgoNetworks(basis: THEME) { totalCount } }`);
    expect(themes.data.keskiSuomiNgoNetworks.totalCount).toBe(3);

    const outsider = await ok(`{ organisations(first: 1, filter: { regionCode: "01" }) { nodes { id } } }`);
    const join = `mutation($input: JoinKeskiSuomiNgoNetworkInput!) { joinKeskiSuomiNgoNetwork(input: $input) { members(first: 100) { totalCount nodes { id } } } }`;
    const joined = await mutateOk(join, { input: { networkId: mental.id, organisationId: outsider.data.organisations.nodes[0].id } });
    expect(joined.data.joinKeskiSuomiNgoNetwork.members.totalCount).toBe(mental.members.totalCount + 1);
    const again = await mutateOk(join, { input: { networkId: mental.id, organisationId: outsider.data.organisations.nodes[0].id } });
    expect(again.data.joinKeskiSuomiNgoNetwork.members.totalCount).toBe(mental.members.totalCount + 1);
  });

  it("names one county counterpart per preparation topic and updates it in place", async () => {
    const before = await ok(`{ keskiSuomiCounterparts { topic countyContactName ngoOrganisation { id } } }`);
    expect(before.data.keskiSuomiCounterparts).toHaveLength(5);
    const set = `mutation($input: SetKeskiSuomiCounterpartInput!) { setKeskiSuomiCounterpart(input: $input) { topic countyContactName countyContactTitle } }`;
    await mutateOk(set, { input: { topic: "Ikääntyneiden palvelut", countyContactName: "Uusi Vastinpari", countyContactTitle: "Palvelupäällikkö" } });
    const after = await ok(`{ keskiSuomiCounterparts { topic countyContactName } }`, undefined, coord15);
    expect(after.data.keskiSuomiCounterparts).toHaveLength(5);
    expect(after.data.keskiSuomiCounterparts.find((c: any) => c.topic === "Ikääntyneiden palvelut").countyContactName).toBe("Uusi Vastinpari");
    const bad = await mutate(set, { input: { topic: "", countyContactName: "X" } });
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("registers its milestone kinds", () => {
    expect(isKnownMilestoneKind("PARTNERSHIP_TABLE_MEETING")).toBe(true);
  });
});

/**
 * Who may change what: every mutation of the plug-in as anonymous, an editor of the organisation
 * concerned (X), an editor of another organisation of the region (Y), a coordinator of Keski-Suomi
 * (15), a coordinator of another region (14) and an admin. A refusal must leave every row of the
 * plug-in's tables as it was.
 */
describe("Keski-Suomi authorisation", () => {
  const TABLES = [
    "keski_suomi_partnership_table", "keski_suomi_partnership_table_term", "keski_suomi_partnership_table_seat",
    "keski_suomi_partnership_table_meeting", "keski_suomi_ngo_network", "keski_suomi_ngo_network_member", "keski_suomi_counterpart",
  ];
  type Who = "anonymous" | "editorX" | "editorY" | "coord15" | "coord14" | "admin";
  const WHO: Who[] = ["anonymous", "editorX", "editorY", "coord15", "coord14", "admin"];
  const tokens: Partial<Record<Who, string>> = {};
  const f = { table: "", term: 0, network: 0, networkId: "", x: 0, xId: "" };
  let serial = 0;

  beforeAll(async () => {
    const sql = (q: string, p: unknown[] = []) => env.database.dataSource.query(q, p);
    const [table] = await sql(`SELECT t.id, s.id AS term FROM keski_suomi_partnership_table t JOIN keski_suomi_partnership_table_term s ON s.table_id = t.id WHERE t.region_code = '15' ORDER BY s.starts_on DESC LIMIT 1`);
    f.table = toGlobalId("PartnershipTable", table.id);
    f.term = table.term;
    const [network] = await sql(`SELECT id FROM keski_suomi_ngo_network WHERE region_code = '15' ORDER BY id LIMIT 1`);
    f.network = network.id;
    f.networkId = toGlobalId("KeskiSuomiNgoNetwork", network.id);
    const [x, y] = await sql(`SELECT organisation_id AS id FROM organisation_region WHERE region_code = '15' ORDER BY organisation_id LIMIT 2`);
    f.x = x.id;
    f.xId = toGlobalId("Organisation", x.id);
    tokens.editorX = await env.token({ roles: ["editor"], organisations: [f.xId], subject: "editor-x" });
    tokens.editorY = await env.token({ roles: ["editor"], organisations: [toGlobalId("Organisation", y.id)], subject: "editor-y" });
    tokens.coord15 = coord15;
    tokens.coord14 = await env.token({ roles: ["coordinator"], regions: ["14"], subject: "coord-14" });
    tokens.admin = await env.token({ roles: ["admin"], subject: "admin" });
  });

  const U: AuthOutcome = "UNAUTHENTICATED", F: AuthOutcome = "FORBIDDEN", ok: AuthOutcome = "ok";
  const MATRIX: MatrixCase[] = [
    { name: "recordPartnershipTableMeeting", expect: [U, F, F, ok, F, ok],
      document: `mutation($input: RecordPartnershipTableMeetingInput!) { recordPartnershipTableMeeting(input: $input) { id } }`,
      variables: async () => ({ input: { tableId: f.table, heldOn: "2026-01-20", agenda: ["Avustukset"] } }) },
    { name: "addPartnershipTableSeat (a public seat)", expect: [U, F, F, ok, F, ok],
      document: `mutation($input: AddPartnershipTableSeatInput!) { addPartnershipTableSeat(input: $input) { id } }`,
      variables: async () => ({ input: { termId: toGlobalId("PartnershipTableTerm", f.term), kind: "PUBLIC", publicBody: "Jyväskylän kaupunki", representative: "Edustaja" } }) },
    { name: "removePartnershipTableSeat", expect: [U, F, F, ok, F, ok],
      document: `mutation($id: ID!) { removePartnershipTableSeat(id: $id) { deletedId } }`,
      variables: async () => {
        const [seat] = await env.database.dataSource.query(
          `INSERT INTO keski_suomi_partnership_table_seat (term_id, kind, public_body, representative) VALUES ($1, 'PUBLIC', 'Keski-Suomen liitto', 'Poistettava') RETURNING id`, [f.term]);
        return { id: toGlobalId("PartnershipTableSeat", seat.id) };
      } },
    { name: "setKeskiSuomiCounterpart", expect: [U, F, F, ok, F, ok],
      document: `mutation($input: SetKeskiSuomiCounterpartInput!) { setKeskiSuomiCounterpart(input: $input) { topic } }`,
      variables: async () => ({ input: { topic: "Lasten ja nuorten palvelut", countyContactName: `Vastinpari ${++serial}` } }) },
    // Joining a network is the organisation's own decision: its editor may, an editor of another organisation may not.
    { name: "joinKeskiSuomiNgoNetwork (organisation X)", expect: [U, ok, F, ok, F, ok],
      document: `mutation($input: JoinKeskiSuomiNgoNetworkInput!) { joinKeskiSuomiNgoNetwork(input: $input) { id } }`,
      variables: async () => {
        await env.database.dataSource.query(`DELETE FROM keski_suomi_ngo_network_member WHERE network_id = $1 AND organisation_id = $2`, [f.network, f.x]);
        return { input: { networkId: f.networkId, organisationId: f.xId } };
      } },
  ];

  authorisationMatrix({ env: () => env, tables: TABLES, callers: WHO, tokens, cases: MATRIX, mutations: () => pluginMutations(env) });
});
