import { createTestEnvironment, type TestEnvironment } from "@yhdyspinta/testing";

let env: TestEnvironment;
beforeAll(async () => { env = await createTestEnvironment(); });
afterAll(async () => { await env?.close(); });

// These tests are about the data rules; who may write is tested in authorisation.test.ts.
async function asAdmin(document: string, variables?: Record<string, unknown>) {
  return env.query(document, variables, { token: await env.token({ roles: ["admin"] }) });
}

const CREATE = `mutation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { id name businessId kind regions { code } municipalities { code } themes parent { id } }
}`;

async function countRows(table: string): Promise<number> {
  const [row] = await env.database.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
  return row.n;
}

describe("organisation mutations", () => {
  it("creates an organisation, deriving regions of operation from its municipalities", async () => {
    const res = await asAdmin(CREATE, {
      input: {
        nameFi: "Jyväskylän Mielenterveysyhdistys ry", kind: "LOCAL", businessId: "0201256-6",
        municipalityCodes: ["179", "500"], themes: ["MENTAL_HEALTH", "MENTAL_HEALTH"], languages: ["FI"],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.createOrganisation).toMatchObject({
      name: "Jyväskylän Mielenterveysyhdistys ry", businessId: "0201256-6", kind: "LOCAL",
      regions: [{ code: "15" }], municipalities: [{ code: "179" }, { code: "500" }], themes: ["MENTAL_HEALTH"], parent: null,
    });
  });

  it("rejects a business ID whose check digit is wrong, writing nothing", async () => {
    const before = await countRows("organisation");
    const res = await asAdmin(CREATE, { input: { nameFi: "Väärä ry", kind: "LOCAL", businessId: "0201256-5" } });
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(res.errors?.[0].extensions?.validationErrors)).toContain("businessId");
    expect(await countRows("organisation")).toBe(before);
  });

  it("rejects a name of spaces only, on create and on update, writing nothing", async () => {
    const before = await countRows("organisation");
    const blank = await asAdmin(CREATE, { input: { nameFi: " \t\n ", kind: "LOCAL" } });
    expect(blank.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(blank.errors?.[0].extensions?.validationErrors)).toContain("nameFi must not be blank");
    expect(await countRows("organisation")).toBe(before);
    // A name with a letter among spaces is a name.
    const spaced = await asAdmin(CREATE, { input: { nameFi: "  Välilyönti ry ", kind: "LOCAL" } });
    expect(spaced.errors).toBeUndefined();
    const id = spaced.data.createOrganisation.id;
    const update = await asAdmin(`mutation($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { name } }`, { id, input: { nameSv: "   " } });
    expect(update.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(update.errors?.[0].extensions?.validationErrors)).toContain("nameSv must not be blank");
  });

  it("names the field and constraint of a refused input without echoing the input back", async () => {
    const long = "x".repeat(5000);
    const res = await asAdmin(CREATE, { input: { nameFi: long, kind: "LOCAL", website: long } });
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const [error] = res.errors!;
    expect(JSON.stringify(error.extensions?.validationErrors)).toContain("nameFi");
    expect(JSON.stringify(res.errors)).not.toContain(long);
  });

  it("answers a duplicate business ID with CONFLICT and an unknown municipality with BAD_USER_INPUT, atomically", async () => {
    const before = await Promise.all(["organisation", "organisation_region", "organisation_municipality"].map(countRows));
    const dup = await asAdmin(CREATE, { input: { nameFi: "Kaksoisolento ry", kind: "LOCAL", businessId: "0201256-6" } });
    expect(dup.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", field: "businessId" });
    const unknown = await asAdmin(CREATE, { input: { nameFi: "Tuntematon ry", kind: "LOCAL", municipalityCodes: ["179", "999"] } });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "UNKNOWN_MUNICIPALITY" });
    expect(await Promise.all(["organisation", "organisation_region", "organisation_municipality"].map(countRows))).toEqual(before);
  });

  it("updates fields, refuses hierarchy cycles and deletes with cascading activities", async () => {
    const parent = (await asAdmin(CREATE, { input: { nameFi: "Keski-Suomen Omaishoitajat ry", kind: "DISTRICT", regionCodes: ["15"] } })).data.createOrganisation;
    const child = (await asAdmin(CREATE, { input: { nameFi: "Äänekosken Omaishoitajat ry", kind: "LOCAL", parentId: parent.id, municipalityCodes: ["992"] } })).data.createOrganisation;
    expect(child.parent).toEqual({ id: parent.id });

    const cycle = await asAdmin(`mutation($id: ID!, $p: ID!) { updateOrganisation(id: $id, input: { parentId: $p }) { id } }`, { id: parent.id, p: child.id });
    expect(cycle.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "PARENT_CYCLE" });

    const updated = await asAdmin(`mutation($id: ID!) { updateOrganisation(id: $id, input: { nameSv: "Äänekoski Närståendevårdare rf", website: "https://aanekoski.example.fi" }) { name(language: SV) website names { fi sv en } } }`, { id: child.id });
    expect(updated.data.updateOrganisation).toEqual({
      name: "Äänekoski Närståendevårdare rf", website: "https://aanekoski.example.fi",
      names: { fi: "Äänekosken Omaishoitajat ry", sv: "Äänekoski Närståendevårdare rf", en: null },
    });

    const refused = await asAdmin(`mutation($id: ID!) { deleteOrganisation(id: $id) { deletedId } }`, { id: parent.id });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "HAS_CHILDREN" });

    const activity = await asAdmin(`mutation($o: ID!) { createActivity(input: { organisationId: $o, nameFi: "Omaishoitajien vertaistukiryhmä", kind: PEER_SUPPORT, municipalityCodes: ["992"] }) { id organisation { id } municipalities { code } } }`, { o: child.id });
    expect(activity.errors).toBeUndefined();
    expect(activity.data.createActivity.organisation).toEqual({ id: child.id });

    const deleted = await asAdmin(`mutation($id: ID!) { deleteOrganisation(id: $id) { deletedId } }`, { id: child.id });
    expect(deleted.data.deleteOrganisation).toEqual({ deletedId: child.id });
    const gone = await asAdmin(`query($a: ID!, $o: ID!) { a: node(id: $a) { id } o: node(id: $o) { id } }`, { a: activity.data.createActivity.id, o: child.id });
    expect(gone.data).toEqual({ a: null, o: null });
  });

  it("answers updates of missing organisations with NOT_FOUND", async () => {
    const id = Buffer.from("Organisation:424242").toString("base64url");
    const res = await asAdmin(`mutation($id: ID!) { updateOrganisation(id: $id, input: { nameFi: "X" }) { id } }`, { id });
    expect(res.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });
});

describe("partnership mutations", () => {
  it("requires exactly one public party and a period that does not end before it starts", async () => {
    const org = (await asAdmin(CREATE, { input: { nameFi: "Joensuun Setlementti ry", kind: "INDEPENDENT", municipalityCodes: ["167"] } })).data.createOrganisation;
    const both = await asAdmin(`mutation($o: ID!) { createPartnership(input: { organisationId: $o, regionCode: "14", municipalityCode: "167", kind: GRANT, titleFi: "Avustus" }) { id } }`, { o: org.id });
    expect(both.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "ONE_PUBLIC_PARTY" });
    const backwards = await asAdmin(`mutation($o: ID!) { createPartnership(input: { organisationId: $o, regionCode: "14", kind: GRANT, titleFi: "Avustus", startsOn: "2026-01-01", endsOn: "2025-12-31" }) { id } }`, { o: org.id });
    expect(backwards.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const ok = await asAdmin(`mutation($o: ID!) {
      createPartnership(input: { organisationId: $o, municipalityCode: "167", kind: SERVICE_AGREEMENT, status: ACTIVE, titleFi: "Palvelusopimus: päivätoiminta", startsOn: "2026-01-01" }) {
        id kind status title startsOn endsOn publicParty { __typename ... on Municipality { code } } region { code } organisation { id }
      } }`, { o: org.id });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.createPartnership).toMatchObject({
      kind: "SERVICE_AGREEMENT", status: "ACTIVE", startsOn: "2026-01-01", endsOn: null,
      publicParty: { __typename: "Municipality", code: "167" }, region: { code: "14" }, organisation: { id: org.id },
    });
    const listed = await asAdmin(`{ region(code: "14") { partnerships { totalCount nodes { title } } } }`);
    expect(listed.data.region.partnerships).toEqual({ totalCount: 1, nodes: [{ title: "Palvelusopimus: päivätoiminta" }] });
  });

  it("updates a partnership, checking the period it would have against the stored one, and writes nothing on a refusal", async () => {
    const org = (await asAdmin(CREATE, { input: { nameFi: "Outokummun Kylätalo ry", kind: "LOCAL", municipalityCodes: ["309"] } })).data.createOrganisation;
    const created = await asAdmin(`mutation($o: ID!) { createPartnership(input: { organisationId: $o, municipalityCode: "309", kind: GRANT, titleFi: "Avustus", startsOn: "2026-03-01" }) { id } }`, { o: org.id });
    const id = created.data.createPartnership.id;
    const UPDATE = `mutation($id: ID!, $input: UpdatePartnershipInput!) { updatePartnership(id: $id, input: $input) { status titles { fi sv } startsOn endsOn } }`;
    // Only endsOn is sent: it would end before the stored start.
    const backwards = await asAdmin(UPDATE, { id, input: { endsOn: "2026-02-28" } });
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "ENDS_BEFORE_START" });
    const updated = await asAdmin(UPDATE, { id, input: { status: "ACTIVE", titleSv: "Understöd", endsOn: "2026-12-31" } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updatePartnership).toEqual({ status: "ACTIVE", titles: { fi: "Avustus", sv: "Understöd" }, startsOn: "2026-03-01", endsOn: "2026-12-31" });
    // Clearing the start makes any end valid.
    const cleared = await asAdmin(UPDATE, { id, input: { startsOn: null, endsOn: "2026-01-01" } });
    expect(cleared.data.updatePartnership).toMatchObject({ startsOn: null, endsOn: "2026-01-01" });
  });
});
