import { createTestEnvironment, type TestEnvironment } from "@yhdyspinta/testing";

let env: TestEnvironment;
beforeAll(async () => { env = await createTestEnvironment(); });
afterAll(async () => { await env?.close(); });

describe("reference data", () => {
  it("lists the 21 wellbeing services counties, Helsinki and Åland by code", async () => {
    const res = await env.query(`{ regions { code name kind inReform municipalities { code } } }`);
    expect(res.errors).toBeUndefined();
    const regions = res.data.regions;
    expect(regions).toHaveLength(23);
    expect(regions.map((r: any) => r.code)).toEqual([
      ..."01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20 21".split(" "), "90", "91",
    ]);
    expect(regions.find((r: any) => r.code === "15")).toMatchObject({ name: "Keski-Suomen hyvinvointialue", kind: "WELLBEING_SERVICES_COUNTY", inReform: true });
    expect(regions.find((r: any) => r.code === "90")).toMatchObject({ kind: "CITY_OF_HELSINKI", inReform: true });
    expect(regions.find((r: any) => r.code === "91")).toMatchObject({ kind: "ALAND_OUTSIDE_REFORM", inReform: false });
    const municipalityCount = regions.reduce((n: number, r: any) => n + r.municipalities.length, 0);
    expect(municipalityCount).toBe(308);
    expect(regions.find((r: any) => r.code === "15").municipalities).toHaveLength(22);
  });

  it("leaves Åland out on request and names regions in Swedish and English", async () => {
    const res = await env.query(`{ regions(inReformOnly: true) { code sv: name(language: SV) en: name(language: EN) } }`);
    expect(res.data.regions).toHaveLength(22);
    expect(res.data.regions.find((r: any) => r.code === "15")).toEqual({
      code: "15", sv: "Mellersta Finlands välfärdsområde", en: "Central Finland wellbeing services county",
    });
  });

  it("pages municipalities with cursors and filters them by region and name", async () => {
    const first = await env.query(`{ municipalities(first: 5, filter: { regionCode: "15" }) { totalCount edges { cursor node { code name region { code } } } pageInfo { hasNextPage endCursor } } }`);
    expect(first.data.municipalities.totalCount).toBe(22);
    expect(first.data.municipalities.edges).toHaveLength(5);
    expect(first.data.municipalities.pageInfo.hasNextPage).toBe(true);
    const after = first.data.municipalities.pageInfo.endCursor;
    const second = await env.query(`query($after: String) { municipalities(first: 100, after: $after, filter: { regionCode: "15" }) { edges { node { code } } pageInfo { hasNextPage } } }`, { after });
    const codes = [...first.data.municipalities.edges, ...second.data.municipalities.edges].map((e: any) => e.node.code);
    expect(new Set(codes).size).toBe(22);
    expect(second.data.municipalities.pageInfo.hasNextPage).toBe(false);
    const named = await env.query(`{ municipalities(filter: { namePrefix: "jyväs" }) { nodes { code name } } }`);
    expect(named.data.municipalities.nodes).toEqual([{ code: "179", name: "Jyväskylä" }]);
  });

  it("resolves regions and municipalities by global ID through node()", async () => {
    const res = await env.query(`{ region(code: "14") { id } municipality(code: "167") { id } }`);
    const { region, municipality } = res.data;
    const nodes = await env.query(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on WellbeingRegion { code } ... on Municipality { code } } }`, {
      ids: [region.id, municipality.id],
    });
    expect(nodes.data.nodes).toEqual([
      { __typename: "WellbeingRegion", id: region.id, code: "14" },
      { __typename: "Municipality", id: municipality.id, code: "167" },
    ]);
  });
});

describe("error codes", () => {
  it("answers a malformed ID with BAD_USER_INPUT and an unknown one with null", async () => {
    const bad = await env.query(`{ node(id: "not an id!") { id } }`);
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0].extensions?.reason).toBe("INVALID_ID");
    const unknown = await env.query(`query($id: ID!) { node(id: $id) { id } }`, { id: Buffer.from("Organisation:999999").toString("base64url") });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data.node).toBeNull();
  });

  it("refuses unknown region codes in filters, page sizes over 100 and foreign cursors", async () => {
    const region = await env.query(`{ organisations(filter: { regionCode: "99" }) { totalCount } }`);
    expect(region.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "UNKNOWN_REGION" });
    const big = await env.query(`{ organisations(first: 101) { totalCount } }`);
    expect(big.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const cursor = await env.query(`{ organisations(after: "bm90LWEtY3Vyc29y") { totalCount } }`);
    expect(cursor.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_CURSOR" });
  });
});
