import pohjoisKarjala from "@yhdyspinta/region-pohjois-karjala";
import { toGlobalId } from "@yhdyspinta/core";
import {
  caller, organisationInRegion, regionPluginTest, walkBothWays, type AuthOutcome, type MatrixCase,
} from "@yhdyspinta/testing";

/** The plug-in with the demo data; `coordinator` coordinates its region (14). */
const kit = regionPluginTest(pohjoisKarjala, "14");
const { ok, mutate, heardOnSubscription } = kit;
const mutateOk = (document: string, variables?: Record<string, unknown>) => ok(document, variables, kit.coordinator);

const COMMITTEE = `{ region(code: "14") { cooperationBodies(filter: { kinds: ["CONSULTATIVE_COMMITTEE"] }, first: 5) {
  nodes { id name kindLabel(language: SV) outputs(first: 20) { nodes { id kind title issuedOn pohjoisKarjalaAddressedTo } } } } } }`;

describe("Pohjois-Karjala on the core's cooperation building blocks", () => {
  it("shows the committee's statements with whom they were addressed to, as a field on the core's output type", async () => {
    const res = await ok(COMMITTEE);
    const committees = res.data.region.cooperationBodies.nodes;
    expect(committees.every((c: any) => c.kindLabel && c.kindLabel !== "CONSULTATIVE_COMMITTEE")).toBe(true);
    const statements = committees.flatMap((c: any) => c.outputs.nodes).filter((o: any) => o.pohjoisKarjalaAddressedTo);
    expect(statements.length).toBeGreaterThanOrEqual(3);
    expect(statements.every((o: any) => o.kind === "STATEMENT")).toBe(true);
    expect(statements.map((o: any) => o.pohjoisKarjalaAddressedTo)).toContain("Aluehallitus");
  });

  it("records a statement's recipient for a coordinator of the region, and refuses outputs that are not statements", async () => {
    const committee = (await ok(COMMITTEE)).data.region.cooperationBodies.nodes.find((c: any) => c.outputs.nodes.some((o: any) => o.pohjoisKarjalaAddressedTo));
    const add = `mutation($input: AddBodyOutputInput!) { addBodyOutput(input: $input) { id } }`;
    const statement = await mutateOk(add, { input: { bodyId: committee.id, kind: "STATEMENT", title: "Talousarvio 2027", issuedOn: "2026-10-01" } });
    const set = `mutation($input: SetPohjoisKarjalaStatementRecipientInput!) { setPohjoisKarjalaStatementRecipient(input: $input) { title pohjoisKarjalaAddressedTo } }`;
    const outputId = statement.data.addBodyOutput.id;
    const done = await mutateOk(set, { input: { outputId, addressedTo: "Aluevaltuusto" } });
    expect(done.data.setPohjoisKarjalaStatementRecipient).toEqual({ title: "Talousarvio 2027", pohjoisKarjalaAddressedTo: "Aluevaltuusto" });
    const report = await mutateOk(add, { input: { bodyId: committee.id, kind: "REPORT", title: "Vuosiraportti", issuedOn: "2026-10-02" } });
    const refused = await mutate(set, { input: { outputId: report.data.addBodyOutput.id, addressedTo: "X" } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "NOT_A_STATEMENT" });
    const empty = await mutate(set, { input: { outputId, addressedTo: "" } });
    expect(empty.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const missing = await mutate(set, { input: { outputId: toGlobalId("CooperationBodyOutput", 2_000_000_000), addressedTo: "X" } });
    expect(missing.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });

  it("tells the region's followers of a statement's recipient on the live subscription", async () => {
    const committee = (await ok(COMMITTEE)).data.region.cooperationBodies.nodes.find((c: any) => c.outputs.nodes.some((o: any) => o.pohjoisKarjalaAddressedTo));
    const statement = (await mutateOk(`mutation($input: AddBodyOutputInput!) { addBodyOutput(input: $input) { id } }`,
      { input: { bodyId: committee.id, kind: "STATEMENT", title: "Hyvinvointikertomus", issuedOn: "2026-11-20" } })).data.addBodyOutput.id;
    const titles = await heardOnSubscription("14", () => mutateOk(`mutation($input: SetPohjoisKarjalaStatementRecipientInput!) { setPohjoisKarjalaStatementRecipient(input: $input) { id } }`,
      { input: { outputId: statement, addressedTo: "Aluehallitus" } }));
    expect(titles).toContain("Lausunto: Hyvinvointikertomus");
  });

  it("names an NGO contact person in every municipality of the region as a core contact role", async () => {
    const res = await ok(`{ region(code: "14") { municipalities { code contactRoles(filter: { types: ["MUNICIPAL_NGO_CONTACT"] }, first: 5) { nodes { municipality { code } } } } } }`);
    const municipalities = res.data.region.municipalities;
    expect(municipalities.length).toBeGreaterThan(0);
    for (const m of municipalities) {
      expect(m.contactRoles.nodes.length).toBeGreaterThan(0);
      expect(m.contactRoles.nodes.every((r: any) => r.municipality.code === m.code)).toBe(true);
    }
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
    // An organisation that does not operate in Pohjois-Karjala has no project in its list, whoever asks.
    const elsewhere = await kit.firstId("Organisation",
      "SELECT id FROM organisation o WHERE NOT EXISTS (SELECT 1 FROM organisation_region r WHERE r.organisation_id = o.id AND r.region_code = '14') ORDER BY id");
    const foreign = await mutate(create, { input: { organisationId: elsewhere, name: "Muualta", startsOn: "2025-03-01", targetGroups: ["YOUTH"] } });
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "ORGANISATION_OUTSIDE_REGION" });
    expect((await ok(`{ pohjoisKarjalaOutreachProjects(first: 100) { nodes { name } } }`)).data.pohjoisKarjalaOutreachProjects.nodes).not.toContainEqual({ name: "Muualta" });
  });

  it("pages projects in the order asked, forwards and backwards, with cursors of that order only", async () => {
    const sql = (text: string) => kit.env.database.dataSource.query(text);
    // Ties on purpose: projects with the same end (or none) and start, so later keys and the id decide.
    const [{ id: orgId }] = await sql(`SELECT organisation_id AS id FROM pohjois_karjala_outreach_project ORDER BY id LIMIT 1`);
    for (const [name, startsOn, endsOn] of [["Ääniryhmä", "2025-01-01", null], ["aamupiiri", "2025-01-01", "2026-12-31"], ["Östra", "2024-06-01", null], ["Zeta", "2025-01-01", "2026-12-31"]]) {
      await kit.env.database.dataSource.query(`INSERT INTO pohjois_karjala_outreach_project (organisation_id, name, starts_on, ends_on, target_groups, municipality_codes)
        VALUES ($1, $2, $3, $4, '{YOUTH}', '{}')`, [orgId, name, startsOn, endsOn]);
    }
    const orderBy = [{ field: "ENDS_ON", direction: "DESC" }, { field: "STARTS_ON" }, { field: "NAME", direction: "DESC" }];
    const rows: { id: number }[] = await sql(`SELECT t.id FROM pohjois_karjala_outreach_project t
      ORDER BY t.ends_on DESC NULLS FIRST, t.starts_on, t.name COLLATE "fi-x-icu" DESC, t.id DESC`);
    const expected = rows.map((r) => toGlobalId("PohjoisKarjalaOutreachProject", r.id));
    expect(expected.length).toBeGreaterThan(4);
    const doc = `query($orderBy: [PohjoisKarjalaOutreachProjectOrder!], $first: Int, $after: String, $last: Int, $before: String) {
      pohjoisKarjalaOutreachProjects(orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
        nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const { forwards, backwards } = await walkBothWays(2, async (page) => (await ok(doc, { orderBy, ...page })).data.pohjoisKarjalaOutreachProjects);
    expect(forwards).toEqual(expected);
    expect(backwards).toEqual(expected);
    // Without orderBy: by name as before (the database's collation), so existing clients see the same order.
    const plain = await ok(`{ pohjoisKarjalaOutreachProjects(first: 50) { nodes { id } pageInfo { endCursor } } }`);
    const byName: { id: number }[] = await sql(`SELECT t.id FROM pohjois_karjala_outreach_project t ORDER BY t.name, t.id`);
    expect(plain.data.pohjoisKarjalaOutreachProjects.nodes.map((n: { id: string }) => n.id)).toEqual(byName.map((r) => toGlobalId("PohjoisKarjalaOutreachProject", r.id)));
    const foreign = await kit.env.query(doc, { orderBy, first: 2, after: plain.data.pohjoisKarjalaOutreachProjects.pageInfo.endCursor });
    expect(foreign.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_CURSOR" });
  });
});

/**
 * Who may change what: every mutation of the plug-in as anonymous, an editor of the organisation
 * concerned (X, of region 14), an editor of another organisation of the region (Y), a coordinator of
 * Pohjois-Karjala (14), a coordinator of another region (15) and an admin. A refusal must leave
 * every row of the plug-in's tables as it was.
 */
describe("Pohjois-Karjala authorisation", () => {
  const f = { statement: "", xId: "" };
  let serial = 0;
  beforeAll(async () => {
    f.statement = await kit.firstId("CooperationBodyOutput", `SELECT o.id FROM cooperation_body_output o JOIN cooperation_body_region r ON r.body_id = o.body_id
                           WHERE r.region_code = '14' AND o.kind = 'STATEMENT' ORDER BY o.id LIMIT 1`);
    f.xId = await organisationInRegion(kit.env, "14", 0);
  });

  const U: AuthOutcome = "UNAUTHENTICATED", F: AuthOutcome = "FORBIDDEN", ok: AuthOutcome = "ok";
  const MATRIX: MatrixCase[] = [
    { name: "setPohjoisKarjalaStatementRecipient", expect: [U, F, F, ok, F, ok],
      document: `mutation($input: SetPohjoisKarjalaStatementRecipientInput!) { setPohjoisKarjalaStatementRecipient(input: $input) { id } }`,
      variables: async () => ({ input: { outputId: f.statement, addressedTo: `Aluehallitus ${++serial}` } }) },
    // The project is the organisation's own: its editor registers it.
    { name: "createPohjoisKarjalaOutreachProject for organisation X", expect: [U, ok, F, ok, F, ok],
      document: `mutation($input: CreatePohjoisKarjalaOutreachProjectInput!) { createPohjoisKarjalaOutreachProject(input: $input) { name } }`,
      variables: async () => ({ input: { organisationId: f.xId, name: "Jalkautuva työ", startsOn: "2026-01-01", targetGroups: ["YOUTH"], municipalityCodes: ["167"] } }) },
  ];

  kit.authorisationMatrix({
    tables: ["pohjois_karjala_statement_recipient", "pohjois_karjala_outreach_project", "cooperation_body_output"], cases: MATRIX,
    callers: {
      anonymous: caller.anonymous, editorX: caller.editorInRegion("14", 0, "editor-x"), editorY: caller.editorInRegion("14", 1, "editor-y"),
      coord14: caller.coordinator("14"), coord15: caller.coordinator("15"), admin: caller.admin,
    },
  });
});
