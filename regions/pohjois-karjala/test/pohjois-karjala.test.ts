import pohjoisKarjala from "@yhdyspinta/region-pohjois-karjala";
import { toGlobalId } from "@yhdyspinta/core";
import {
  attempt, authorisationMatrix, createTestEnvironment, expectedAttempt, pluginMutations, type AuthOutcome, type MatrixCase, type TestEnvironment,
} from "@yhdyspinta/testing";

let env: TestEnvironment;
/** A coordinator of Pohjois-Karjala (14): may change the plug-in's structures of the region. */
let coord14: string;
beforeAll(async () => {
  env = await createTestEnvironment({ plugins: [pohjoisKarjala], seed: "demo" });
  coord14 = await env.token({ roles: ["coordinator"], regions: ["14"], subject: "coord-14" });
});
afterAll(async () => { await env?.close(); });

async function ok(document: string, variables?: Record<string, unknown>, token?: string) {
  const res = await env.query(document, variables, { token });
  expect(res.errors).toBeUndefined();
  return res;
}
/** A mutation as the region's coordinator. */
const mutate = (document: string, variables?: Record<string, unknown>) => env.query(document, variables, { token: coord14 });
const mutateOk = (document: string, variables?: Record<string, unknown>) => ok(document, variables, coord14);

describe("Pohjois-Karjala NGO consultative committee", () => {
  it("has a term with chair, vice-chair and members with deputies, and its statements", async () => {
    const res = await ok(`{ region(code: "14") { pohjoisKarjalaCommittee { id name terms { id startsOn endsOn members { role memberName deputyName organisation { id } } }
      statements(first: 2) { totalCount nodes { subject givenOn } pageInfo { hasNextPage } } } } }`, undefined, coord14);
    const committee = res.data.region.pohjoisKarjalaCommittee;
    expect(committee.name).toBe("Pohjois-Karjalan järjestöneuvottelukunta");
    const [term] = committee.terms;
    expect(term.members).toHaveLength(9);
    expect(term.members.slice(0, 3).map((m: any) => m.role)).toEqual(["CHAIR", "VICE_CHAIR", "MEMBER"]);
    expect(term.members.every((m: any) => m.deputyName)).toBe(true);
    // Members' names are personal data: anonymous callers get null (docs/security.md).
    const anonymous = await ok(`{ region(code: "14") { pohjoisKarjalaCommittee { terms { members { role memberName deputyName } } } } }`);
    expect(anonymous.data.region.pohjoisKarjalaCommittee.terms[0].members[0]).toEqual({ role: "CHAIR", memberName: null, deputyName: null });
    expect(committee.statements).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(committee.statements.nodes.map((s: any) => s.givenOn)).toEqual(["2023-09-14", "2024-03-05"]);
    const none = await ok(`{ region(code: "15") { pohjoisKarjalaCommittee { id } } }`);
    expect(none.data.region.pohjoisKarjalaCommittee).toBeNull();
  });

  it("adds members with one chair per term and records statements", async () => {
    const res = await ok(`{ pohjoisKarjalaCommittee { id terms { id members { organisation { id } } } } }`);
    const { id: committeeId, terms: [term] } = res.data.pohjoisKarjalaCommittee;
    const members = new Set(term.members.map((m: any) => m.organisation.id));
    const orgs = await ok(`{ organisations(first: 50, filter: { regionCode: "14" }) { nodes { id } } }`);
    const free = orgs.data.organisations.nodes.map((o: any) => o.id).filter((id: string) => !members.has(id));
    const add = `mutation($input: AddPohjoisKarjalaCommitteeMemberInput!) { addPohjoisKarjalaCommitteeMember(input: $input) { role memberName organisation { id } } }`;
    const chair = await mutate(add, { input: { termId: term.id, organisationId: free[0], role: "CHAIR", memberName: "Toinen Puheenjohtaja" } });
    expect(chair.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "ROLE_TAKEN" });
    const again = await mutate(add, { input: { termId: term.id, organisationId: [...members][0], memberName: "X" } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "ALREADY_MEMBER" });
    const added = await mutateOk(add, { input: { termId: term.id, organisationId: free[0], memberName: "Uusi Jäsen", deputyName: "Uusi Varajäsen" } });
    expect(added.data.addPohjoisKarjalaCommitteeMember).toMatchObject({ role: "MEMBER", organisation: { id: free[0] } });

    const give = `mutation($input: GivePohjoisKarjalaStatementInput!) { givePohjoisKarjalaStatement(input: $input) { id subject givenOn } }`;
    const statement = await mutateOk(give, { input: { committeeId, subject: "Talousarvio 2026", addressedTo: "Aluehallitus", givenOn: "2025-10-01", body: "Lausunto." } });
    const node = await ok(`query($id: ID!) { node(id: $id) { __typename ... on PohjoisKarjalaStatement { subject } } }`, { id: statement.data.givePohjoisKarjalaStatement.id });
    expect(node.data.node).toEqual({ __typename: "PohjoisKarjalaStatement", subject: "Talousarvio 2026" });
    const empty = await mutate(give, { input: { committeeId, subject: "", addressedTo: "X", givenOn: "2025-10-01", body: "X" } });
    expect(empty.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("Pohjois-Karjala municipal NGO contact persons", () => {
  it("names one in every municipality of the region through Municipality.ngoContactPerson, in a constant number of statements", async () => {
    const res = await ok(`{ region(code: "14") { municipalities { code ngoContactPerson { name email municipality { code } } } } }`);
    const municipalities = res.data.region.municipalities;
    expect(municipalities).toHaveLength(13);
    expect(municipalities.every((m: any) => m.ngoContactPerson?.municipality.code === m.code)).toBe(true);
    expect(res.statements).toBe(1);
    const elsewhere = await ok(`{ municipality(code: "179") { ngoContactPerson { name } } }`);
    expect(elsewhere.data.municipality.ngoContactPerson).toBeNull();
  });

  it("replaces a municipality's contact person and refuses municipalities of other regions", async () => {
    const set = `mutation($input: SetPohjoisKarjalaNgoContactPersonInput!) { setPohjoisKarjalaNgoContactPerson(input: $input) { name phone municipality { code } } }`;
    await mutateOk(set, { input: { municipalityCode: "167", name: "Uusi Yhdyshenkilö", phone: "+358 40 123 4567" } });
    const res = await ok(`{ municipality(code: "167") { ngoContactPerson { name phone } } }`, undefined, coord14);
    expect(res.data.municipality.ngoContactPerson).toEqual({ name: "Uusi Yhdyshenkilö", phone: "+358 40 123 4567" });
    const outside = await mutate(set, { input: { municipalityCode: "179", name: "X" } });
    expect(outside.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "MUNICIPALITY_OUTSIDE_REGION" });
    const badEmail = await mutate(set, { input: { municipalityCode: "167", name: "X", email: "not an address" } });
    expect(badEmail.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("Pohjois-Karjala outreach projects", () => {
  it("lists projects by the groups they reach and adds them to Organisation", async () => {
    const all = await ok(`{ pohjoisKarjalaOutreachProjects { totalCount nodes { name targetGroups municipalities { code } organisation { id pohjoisKarjalaOutreachProjects { name } } } } }`);
    expect(all.data.pohjoisKarjalaOutreachProjects.totalCount).toBe(3);
    const first = all.data.pohjoisKarjalaOutreachProjects.nodes[0];
    expect(first.organisation.pohjoisKarjalaOutreachProjects.map((p: any) => p.name)).toContain(first.name);
    const youth = await ok(`{ pohjoisKarjalaOutreachProjects(targetGroup: YOUTH) { nodes { name targetGroups } } }`);
    expect(youth.data.pohjoisKarjalaOutreachProjects.nodes.map((p: any) => p.name)).toEqual(["Nuorten etsivä jalkautuva työ"]);

    const create = `mutation($input: CreatePohjoisKarjalaOutreachProjectInput!) { createPohjoisKarjalaOutreachProject(input: $input) { name targetGroups municipalities { code } } }`;
    const orgId = first.organisation.id;
    const made = await mutateOk(create, { input: { organisationId: orgId, name: "Kylätalojen jalkautuva työ", startsOn: "2025-03-01", targetGroups: ["OLDER_PEOPLE", "OLDER_PEOPLE"], municipalityCodes: ["146"] } });
    expect(made.data.createPohjoisKarjalaOutreachProject).toEqual({ name: "Kylätalojen jalkautuva työ", targetGroups: ["OLDER_PEOPLE"], municipalities: [{ code: "146" }] });
    const noGroups = await mutate(create, { input: { organisationId: orgId, name: "X", startsOn: "2025-03-01", targetGroups: [] } });
    expect(noGroups.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const outside = await mutate(create, { input: { organisationId: orgId, name: "X", startsOn: "2025-03-01", targetGroups: ["YOUTH"], municipalityCodes: ["179"] } });
    expect(outside.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "MUNICIPALITY_OUTSIDE_REGION" });
  });
});

/**
 * Who may change what: every mutation of the plug-in as anonymous, an editor of the organisation
 * concerned (X, of region 14), an editor of another organisation of the region (Y), a coordinator of
 * Pohjois-Karjala (14), a coordinator of another region (15) and an admin. A refusal must leave
 * every row of the plug-in's tables as it was.
 */
describe("Pohjois-Karjala authorisation", () => {
  const TABLES = [
    "pohjois_karjala_committee", "pohjois_karjala_committee_term", "pohjois_karjala_committee_member",
    "pohjois_karjala_statement", "pohjois_karjala_contact_person", "pohjois_karjala_outreach_project",
  ];
  type Who = "anonymous" | "editorX" | "editorY" | "coord14" | "coord15" | "admin";
  const WHO: Who[] = ["anonymous", "editorX", "editorY", "coord14", "coord15", "admin"];
  const tokens: Partial<Record<Who, string>> = {};
  const f = { committee: "", term: 0, x: 0, xId: "" };
  let serial = 0;
  const sql = (q: string, p: unknown[] = []) => env.database.dataSource.query(q, p);

  beforeAll(async () => {
    const [c] = await sql(`SELECT c.id, t.id AS term FROM pohjois_karjala_committee c JOIN pohjois_karjala_committee_term t ON t.committee_id = c.id ORDER BY t.starts_on DESC LIMIT 1`);
    f.committee = toGlobalId("PohjoisKarjalaCommittee", c.id);
    f.term = c.term;
    const [x, y] = await sql(`SELECT organisation_id AS id FROM organisation_region WHERE region_code = '14' ORDER BY organisation_id LIMIT 2`);
    f.x = x.id;
    f.xId = toGlobalId("Organisation", x.id);
    tokens.editorX = await env.token({ roles: ["editor"], organisations: [f.xId], subject: "editor-x" });
    tokens.editorY = await env.token({ roles: ["editor"], organisations: [toGlobalId("Organisation", y.id)], subject: "editor-y" });
    tokens.coord14 = coord14;
    tokens.coord15 = await env.token({ roles: ["coordinator"], regions: ["15"], subject: "coord-15" });
    tokens.admin = await env.token({ roles: ["admin"], subject: "admin" });
  });

  const U: AuthOutcome = "UNAUTHENTICATED", F: AuthOutcome = "FORBIDDEN", ok: AuthOutcome = "ok";
  const MATRIX: MatrixCase[] = [
    { name: "givePohjoisKarjalaStatement", expect: [U, F, F, ok, F, ok],
      document: `mutation($input: GivePohjoisKarjalaStatementInput!) { givePohjoisKarjalaStatement(input: $input) { id } }`,
      variables: async () => ({ input: { committeeId: f.committee, subject: "Palvelustrategia", addressedTo: "Aluehallitus", givenOn: "2026-01-15", body: "Lausunto." } }) },
    // Members are appointed to the committee, so not even the organisation's own editor adds it.
    { name: "addPohjoisKarjalaCommitteeMember (organisation X)", expect: [U, F, F, ok, F, ok],
      document: `mutation($input: AddPohjoisKarjalaCommitteeMemberInput!) { addPohjoisKarjalaCommitteeMember(input: $input) { role } }`,
      variables: async () => {
        await sql(`DELETE FROM pohjois_karjala_committee_member WHERE term_id = $1 AND organisation_id = $2`, [f.term, f.x]);
        return { input: { termId: toGlobalId("PohjoisKarjalaCommitteeTerm", f.term), organisationId: f.xId, memberName: "Jäsen" } };
      } },
    { name: "setPohjoisKarjalaNgoContactPerson for Joensuu", expect: [U, F, F, ok, F, ok],
      document: `mutation($input: SetPohjoisKarjalaNgoContactPersonInput!) { setPohjoisKarjalaNgoContactPerson(input: $input) { name } }`,
      variables: async () => ({ input: { municipalityCode: "167", name: `Yhdyshenkilö ${++serial}` } }) },
    // The project is the organisation's own: its editor registers it.
    { name: "createPohjoisKarjalaOutreachProject for organisation X", expect: [U, ok, F, ok, F, ok],
      document: `mutation($input: CreatePohjoisKarjalaOutreachProjectInput!) { createPohjoisKarjalaOutreachProject(input: $input) { name } }`,
      variables: async () => ({ input: { organisationId: f.xId, name: "Jalkautuva työ", startsOn: "2026-01-01", targetGroups: ["YOUTH"], municipalityCodes: ["167"] } }) },
  ];

  authorisationMatrix({ env: () => env, tables: TABLES, callers: WHO, tokens, cases: MATRIX, mutations: () => pluginMutations(env) });
});
