import uusimaa from "@yhdyspinta/region-uusimaa";
import { toGlobalId } from "@yhdyspinta/core";
import {
  attempt, authorisationMatrix, createTestEnvironment, expectedAttempt, pluginMutations, type AuthOutcome, type MatrixCase, type TestEnvironment,
} from "@yhdyspinta/testing";

let env: TestEnvironment;
/** A coordinator of every region the plug-in serves: may change all of its structures. */
let coordUusimaa: string;
beforeAll(async () => {
  env = await createTestEnvironment({ plugins: [uusimaa], seed: "demo" });
  coordUusimaa = await env.token({ roles: ["coordinator"], regions: ["01", "02", "03", "04", "90"], subject: "coord-uusimaa" });
});
afterAll(async () => { await env?.close(); });

async function ok(document: string, variables?: Record<string, unknown>, token?: string) {
  const res = await env.query(document, variables, { token });
  expect(res.errors).toBeUndefined();
  return res;
}
/** A mutation as a coordinator of the Uusimaa regions. */
const mutate = (document: string, variables?: Record<string, unknown>) => env.query(document, variables, { token: coordUusimaa });
const mutateOk = (document: string, variables?: Record<string, unknown>) => ok(document, variables, coordUusimaa);

const OPEN = `mutation($input: OpenUusimaaRepresentativeCallInput!) { openUusimaaRepresentativeCall(input: $input) { id status memberSeats } }`;
const NOMINATE = `mutation($input: NominateUusimaaRepresentativeInput!) { nominateUusimaaRepresentative(input: $input) { id nomineeName organisation { id } } }`;
const DECIDE = `mutation($input: DecideUusimaaRepresentativeCallInput!) { decideUusimaaRepresentativeCall(input: $input) {
  status decidedOn decision representatives { role nomination { nomineeName } deputy { role nomination { nomineeName } } } } }`;

async function organisationsOf(regionCode: string, n: number): Promise<string[]> {
  const res = await ok(`query($r: String!, $n: Int!) { organisations(first: $n, filter: { regionCode: $r }) { nodes { id } } }`, { r: regionCode, n });
  return res.data.organisations.nodes.map((o: any) => o.id);
}

describe("Uusimaa development groups", () => {
  it("gives each of regions 01-04 and 90 a development group with service guidance and data collection workstreams", async () => {
    const res = await ok(`{ uusimaaDevelopmentGroups { name region { code } workstreams { kind name leadOrganisation { id } } } }`);
    const groups = res.data.uusimaaDevelopmentGroups;
    expect(groups.map((g: any) => g.region.code)).toEqual(["01", "02", "03", "04", "90"]);
    for (const g of groups) expect(g.workstreams.map((w: any) => w.kind)).toEqual(["SERVICE_GUIDANCE", "NGO_DATA_COLLECTION"]);
    const region = await ok(`{ a: region(code: "02") { uusimaaDevelopmentGroup { name } } b: region(code: "15") { uusimaaDevelopmentGroup { name } } }`);
    expect(region.data.a.uusimaaDevelopmentGroup.name).toMatch(/kehittäjäryhmä/);
    expect(region.data.b.uusimaaDevelopmentGroup).toBeNull();
  });

  it("adds a workstream to a group, refusing an unknown group", async () => {
    const groups = await ok(`{ uusimaaDevelopmentGroups { id } }`);
    const add = `mutation($input: AddUusimaaWorkstreamInput!) { addUusimaaWorkstream(input: $input) { kind name group { id } } }`;
    const res = await mutateOk(add, { input: { groupId: groups.data.uusimaaDevelopmentGroups[0].id, kind: "OTHER", name: "Viestintä" } });
    expect(res.data.addUusimaaWorkstream).toMatchObject({ kind: "OTHER", name: "Viestintä", group: { id: groups.data.uusimaaDevelopmentGroups[0].id } });
    const missing = await mutate(add, { input: { groupId: Buffer.from("UusimaaDevelopmentGroup:99999").toString("base64url"), kind: "OTHER", name: "X" } });
    expect(missing.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });
});

describe("Uusimaa selection of NGO representatives", () => {
  it("shows the seeded decided call with members and their deputies", async () => {
    const res = await ok(`{ region(code: "02") { uusimaaRepresentativeCalls { bodyName status decidedOn nominations { totalCount }
      representatives { role nomination { nomineeName organisation { id } } deputy { nomination { nomineeName } } } } } }`);
    const [call] = res.data.region.uusimaaRepresentativeCalls;
    expect(call).toMatchObject({ bodyName: "Järjestöjen neuvottelukunta", status: "DECIDED", decidedOn: "2024-10-15", nominations: { totalCount: 4 } });
    expect(call.representatives.map((r: any) => r.role)).toEqual(["MEMBER", "DEPUTY", "MEMBER", "DEPUTY"]);
    expect(call.representatives[0].deputy.nomination.nomineeName).toBe(call.representatives[1].nomination.nomineeName);
  });

  it("runs a call from opening through nominations to a decision", async () => {
    const [a, b, c] = await organisationsOf("01", 3);
    const opened = await mutateOk(OPEN, { input: { regionCode: "01", bodyName: "Vaikuttamistoimielin", memberSeats: 1, opensOn: "2000-01-01", closesOn: "2999-12-31" } });
    const call = opened.data.openUusimaaRepresentativeCall;
    expect(call).toMatchObject({ status: "OPEN", memberSeats: 1 });
    const n1 = (await mutateOk(NOMINATE, { input: { callId: call.id, organisationId: a, nomineeName: "Anna Ehdokas" } })).data.nominateUusimaaRepresentative;
    const n2 = (await mutateOk(NOMINATE, { input: { callId: call.id, organisationId: b, nomineeName: "Ville Varaehdokas" } })).data.nominateUusimaaRepresentative;
    const n3 = (await mutateOk(NOMINATE, { input: { callId: call.id, organisationId: c, nomineeName: "Kolmas Ehdokas" } })).data.nominateUusimaaRepresentative;
    expect(n1.organisation.id).toBe(a);

    const twice = await mutate(DECIDE, { input: { callId: call.id, decidedOn: "2025-01-10", decision: "X", members: [{ nominationId: n1.id, deputyNominationId: n1.id }] } });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "NOMINATION_CHOSEN_TWICE" });
    const tooMany = await mutate(DECIDE, { input: { callId: call.id, decidedOn: "2025-01-10", decision: "X", members: [{ nominationId: n1.id }, { nominationId: n3.id }] } });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "TOO_MANY_MEMBERS" });

    const decided = await mutateOk(DECIDE, { input: { callId: call.id, decidedOn: "2025-01-10", decision: "Aluehallitus 10.1.2025", members: [{ nominationId: n1.id, deputyNominationId: n2.id }] } });
    expect(decided.data.decideUusimaaRepresentativeCall).toMatchObject({
      status: "DECIDED", decidedOn: "2025-01-10",
      representatives: [
        { role: "MEMBER", nomination: { nomineeName: "Anna Ehdokas" }, deputy: { role: "DEPUTY", nomination: { nomineeName: "Ville Varaehdokas" } } },
        { role: "DEPUTY", nomination: { nomineeName: "Ville Varaehdokas" }, deputy: null },
      ],
    });
    const again = await mutate(DECIDE, { input: { callId: call.id, decidedOn: "2025-01-11", decision: "X", members: [{ nominationId: n3.id }] } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "CALL_DECIDED" });
    const late = await mutate(NOMINATE, { input: { callId: call.id, organisationId: a, nomineeName: "Myöhäinen" } });
    expect(late.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "CALL_DECIDED" });
  });

  it("refuses nominations outside the call period, from other regions' NGOs, and calls for regions it does not serve", async () => {
    const closed = (await mutateOk(OPEN, { input: { regionCode: "03", bodyName: "Vanha haku", memberSeats: 2, opensOn: "2001-01-01", closesOn: "2001-01-31" } })).data.openUusimaaRepresentativeCall;
    const [org03] = await organisationsOf("03", 1);
    const tooLate = await mutate(NOMINATE, { input: { callId: closed.id, organisationId: org03, nomineeName: "X" } });
    expect(tooLate.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "CALL_NOT_OPEN" });

    const open = (await mutateOk(OPEN, { input: { regionCode: "03", bodyName: "Uusi haku", memberSeats: 2, opensOn: "2000-01-01", closesOn: "2999-12-31" } })).data.openUusimaaRepresentativeCall;
    const outside = await ok(`{ organisations(first: 1, filter: { regionCode: "15" }) { nodes { id regions { code } } } }`);
    expect(outside.data.organisations.nodes[0].regions.map((r: any) => r.code)).not.toContain("03");
    const refused = await mutate(NOMINATE, { input: { callId: open.id, organisationId: outside.data.organisations.nodes[0].id, nomineeName: "X" } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "ORGANISATION_OUTSIDE_REGION" });

    const notServed = await mutate(OPEN, { input: { regionCode: "15", bodyName: "X", memberSeats: 1, opensOn: "2025-01-01", closesOn: "2025-02-01" } });
    expect(notServed.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "REGION_NOT_SERVED" });
    const backwards = await mutate(OPEN, { input: { regionCode: "01", bodyName: "X", memberSeats: 1, opensOn: "2025-02-01", closesOn: "2025-01-01" } });
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "ENDS_BEFORE_START" });
    const seats = await mutate(OPEN, { input: { regionCode: "01", bodyName: "X", memberSeats: 0, opensOn: "2025-01-01", closesOn: "2025-02-01" } });
    expect(seats.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

/**
 * Who may change what: every mutation of the plug-in as anonymous, an editor of the nominating
 * organisation (X, region 01), an editor of another organisation of region 01 (Y), a coordinator of
 * region 01, a coordinator of region 02 (another region of this same plug-in) and an admin.
 * A refusal must leave every row of the plug-in's tables as it was.
 */
describe("Uusimaa authorisation", () => {
  const TABLES = ["uusimaa_development_group", "uusimaa_workstream", "uusimaa_representative_call", "uusimaa_nomination", "uusimaa_representative"];
  type Who = "anonymous" | "editorX" | "editorY" | "coord01" | "coord02" | "admin";
  const WHO: Who[] = ["anonymous", "editorX", "editorY", "coord01", "coord02", "admin"];
  const tokens: Partial<Record<Who, string>> = {};
  const f = { group: "", x: 0, y: 0, xId: "", openCall: "" };
  let serial = 0;
  const sql = (q: string, p: unknown[] = []) => env.database.dataSource.query(q, p);
  const newCall = async (): Promise<number> =>
    (await sql(`INSERT INTO uusimaa_representative_call (region_code, body_name, member_seats, opens_on, closes_on) VALUES ('01', 'Vaikuttamistoimielin', 2, '2000-01-01', '2999-12-31') RETURNING id`))[0].id;

  beforeAll(async () => {
    const [group] = await sql(`SELECT id FROM uusimaa_development_group WHERE region_code = '01'`);
    f.group = toGlobalId("UusimaaDevelopmentGroup", group.id);
    // X operates in region 01 only; Y is another organisation of region 01.
    const [x] = await sql(`SELECT organisation_id AS id FROM organisation_region GROUP BY organisation_id HAVING bool_and(region_code = '01') ORDER BY organisation_id LIMIT 1`);
    const [y] = await sql(`SELECT organisation_id AS id FROM organisation_region WHERE region_code = '01' AND organisation_id <> $1 ORDER BY organisation_id LIMIT 1`, [x.id]);
    f.x = x.id;
    f.y = y.id;
    f.xId = toGlobalId("Organisation", x.id);
    f.openCall = toGlobalId("UusimaaRepresentativeCall", await newCall());
    tokens.editorX = await env.token({ roles: ["editor"], organisations: [f.xId], subject: "editor-x" });
    tokens.editorY = await env.token({ roles: ["editor"], organisations: [toGlobalId("Organisation", f.y)], subject: "editor-y" });
    tokens.coord01 = await env.token({ roles: ["coordinator"], regions: ["01"], subject: "coord-01" });
    tokens.coord02 = await env.token({ roles: ["coordinator"], regions: ["02"], subject: "coord-02" });
    tokens.admin = await env.token({ roles: ["admin"], subject: "admin" });
  });

  const U: AuthOutcome = "UNAUTHENTICATED", F: AuthOutcome = "FORBIDDEN", ok: AuthOutcome = "ok";
  const MATRIX: MatrixCase[] = [
    { name: "addUusimaaWorkstream to region 01's group", expect: [U, F, F, ok, F, ok],
      document: `mutation($input: AddUusimaaWorkstreamInput!) { addUusimaaWorkstream(input: $input) { name } }`,
      variables: async () => ({ input: { groupId: f.group, kind: "OTHER", name: `Työryhmä ${++serial}` } }) },
    { name: "openUusimaaRepresentativeCall in region 01", expect: [U, F, F, ok, F, ok],
      document: `mutation($input: OpenUusimaaRepresentativeCallInput!) { openUusimaaRepresentativeCall(input: $input) { id } }`,
      variables: async () => ({ input: { regionCode: "01", bodyName: "Vanhusneuvosto", memberSeats: 1, opensOn: "2026-01-01", closesOn: "2026-01-31" } }) },
    // A nomination is the NGO's own act: the editor of the nominating organisation may make it.
    { name: "nominateUusimaaRepresentative by organisation X in region 01", expect: [U, ok, F, ok, F, ok],
      document: `mutation($input: NominateUusimaaRepresentativeInput!) { nominateUusimaaRepresentative(input: $input) { id } }`,
      variables: async () => ({ input: { callId: f.openCall, organisationId: f.xId, nomineeName: `Ehdokas ${++serial}` } }) },
    { name: "decideUusimaaRepresentativeCall in region 01", expect: [U, F, F, ok, F, ok],
      document: `mutation($input: DecideUusimaaRepresentativeCallInput!) { decideUusimaaRepresentativeCall(input: $input) { status } }`,
      variables: async () => {
        const call = await newCall();
        const [n] = await sql(`INSERT INTO uusimaa_nomination (call_id, nominating_organisation_id, nominee_name) VALUES ($1, $2, 'Valittava') RETURNING id`, [call, f.x]);
        return { input: { callId: toGlobalId("UusimaaRepresentativeCall", call), decidedOn: "2026-02-01", decision: "Aluehallitus", members: [{ nominationId: toGlobalId("UusimaaNomination", n.id) }] } };
      } },
  ];

  authorisationMatrix({ env: () => env, tables: TABLES, callers: WHO, tokens, cases: MATRIX, mutations: () => pluginMutations(env) });

  it("lets an editor nominate only for its own organisation, and only where it operates", async () => {
    // The editor of X cannot nominate in another organisation's name even when the call is open...
    const doc = `mutation($input: NominateUusimaaRepresentativeInput!) { nominateUusimaaRepresentative(input: $input) { id } }`;
    const forY = await attempt(env, TABLES, doc, { input: { callId: f.openCall, organisationId: toGlobalId("Organisation", f.y), nomineeName: "Toisen ehdokas" } }, tokens.editorX);
    expect(forY).toEqual(expectedAttempt("FORBIDDEN"));
    // ...and being its editor does not lift the rule that the organisation must operate in the call's region.
    const call02 = (await sql(`INSERT INTO uusimaa_representative_call (region_code, body_name, member_seats, opens_on, closes_on) VALUES ('02', 'Neuvosto', 1, '2000-01-01', '2999-12-31') RETURNING id`))[0].id;
    const elsewhere = await attempt(env, TABLES, doc, { input: { callId: toGlobalId("UusimaaRepresentativeCall", call02), organisationId: f.xId, nomineeName: "X" } }, tokens.editorX);
    expect(elsewhere).toEqual({ outcome: "BAD_USER_INPUT", changed: false });
  });
});
