import pohjoisKarjala from "@yhdyspinta/region-pohjois-karjala";
import { createTestEnvironment, type TestEnvironment } from "@yhdyspinta/testing";

let env: TestEnvironment;
beforeAll(async () => { env = await createTestEnvironment({ plugins: [pohjoisKarjala], seed: "demo" }); });
afterAll(async () => { await env?.close(); });

async function ok(document: string, variables?: Record<string, unknown>) {
  const res = await env.query(document, variables);
  expect(res.errors).toBeUndefined();
  return res;
}

describe("Pohjois-Karjala NGO consultative committee", () => {
  it("has a term with chair, vice-chair and members with deputies, and its statements", async () => {
    const res = await ok(`{ region(code: "14") { pohjoisKarjalaCommittee { id name terms { id startsOn endsOn members { role memberName deputyName organisation { id } } }
      statements(first: 2) { totalCount nodes { subject givenOn } pageInfo { hasNextPage } } } } }`);
    const committee = res.data.region.pohjoisKarjalaCommittee;
    expect(committee.name).toBe("Pohjois-Karjalan järjestöneuvottelukunta");
    const [term] = committee.terms;
    expect(term.members).toHaveLength(9);
    expect(term.members.slice(0, 3).map((m: any) => m.role)).toEqual(["CHAIR", "VICE_CHAIR", "MEMBER"]);
    expect(term.members.every((m: any) => m.deputyName)).toBe(true);
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
    const chair = await env.query(add, { input: { termId: term.id, organisationId: free[0], role: "CHAIR", memberName: "Toinen Puheenjohtaja" } });
    expect(chair.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "ROLE_TAKEN" });
    const again = await env.query(add, { input: { termId: term.id, organisationId: [...members][0], memberName: "X" } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "ALREADY_MEMBER" });
    const added = await ok(add, { input: { termId: term.id, organisationId: free[0], memberName: "Uusi Jäsen", deputyName: "Uusi Varajäsen" } });
    expect(added.data.addPohjoisKarjalaCommitteeMember).toMatchObject({ role: "MEMBER", organisation: { id: free[0] } });

    const give = `mutation($input: GivePohjoisKarjalaStatementInput!) { givePohjoisKarjalaStatement(input: $input) { id subject givenOn } }`;
    const statement = await ok(give, { input: { committeeId, subject: "Talousarvio 2026", addressedTo: "Aluehallitus", givenOn: "2025-10-01", body: "Lausunto." } });
    const node = await ok(`query($id: ID!) { node(id: $id) { __typename ... on PohjoisKarjalaStatement { subject } } }`, { id: statement.data.givePohjoisKarjalaStatement.id });
    expect(node.data.node).toEqual({ __typename: "PohjoisKarjalaStatement", subject: "Talousarvio 2026" });
    const empty = await env.query(give, { input: { committeeId, subject: "", addressedTo: "X", givenOn: "2025-10-01", body: "X" } });
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
    await ok(set, { input: { municipalityCode: "167", name: "Uusi Yhdyshenkilö", phone: "+358 40 123 4567" } });
    const res = await ok(`{ municipality(code: "167") { ngoContactPerson { name phone } } }`);
    expect(res.data.municipality.ngoContactPerson).toEqual({ name: "Uusi Yhdyshenkilö", phone: "+358 40 123 4567" });
    const outside = await env.query(set, { input: { municipalityCode: "179", name: "X" } });
    expect(outside.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "MUNICIPALITY_OUTSIDE_REGION" });
    const badEmail = await env.query(set, { input: { municipalityCode: "167", name: "X", email: "not an address" } });
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
    const made = await ok(create, { input: { organisationId: orgId, name: "Kylätalojen jalkautuva työ", startsOn: "2025-03-01", targetGroups: ["OLDER_PEOPLE", "OLDER_PEOPLE"], municipalityCodes: ["146"] } });
    expect(made.data.createPohjoisKarjalaOutreachProject).toEqual({ name: "Kylätalojen jalkautuva työ", targetGroups: ["OLDER_PEOPLE"], municipalities: [{ code: "146" }] });
    const noGroups = await env.query(create, { input: { organisationId: orgId, name: "X", startsOn: "2025-03-01", targetGroups: [] } });
    expect(noGroups.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const outside = await env.query(create, { input: { organisationId: orgId, name: "X", startsOn: "2025-03-01", targetGroups: ["YOUTH"], municipalityCodes: ["179"] } });
    expect(outside.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "MUNICIPALITY_OUTSIDE_REGION" });
  });
});
