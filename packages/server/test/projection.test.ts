import { createTestEnvironment, type TestEnvironment } from "@yhdyspinta/testing";

// Lists select only the columns their selected fields read (core/src/query/projection.ts): every
// way of selecting a field (nodes, edges.node, fragments, aliases, nested lists) must still see its data.
let env: TestEnvironment;
let admin: string;
beforeAll(async () => {
  env = await createTestEnvironment();
  admin = await env.token({ roles: ["admin"] });
});
afterAll(async () => { await env?.close(); });

const FIELDS = `id name sv: name(language: SV) names { fi sv en } description(language: EN) descriptions: description kind themes languages website createdAt updatedAt contact { email phone } parent { id } municipalities { code }`;

describe("column projection of lists", () => {
  it("answers every field through nodes, edges, fragments and aliases exactly as a lookup by id does", async () => {
    const parent = await env.query(`mutation { createOrganisation(input: { nameFi: "Kattojärjestö ry", kind: NATIONAL }) { id } }`, undefined, { token: admin });
    expect(parent.errors).toBeUndefined();
    const created = await env.query(`mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`, {
      input: {
        nameFi: "Projektioyhdistys ry", nameSv: "Projektionsföreningen rf", descriptionFi: "Kuvaus", descriptionEn: "Description",
        kind: "LOCAL", themes: ["MENTAL_HEALTH"], languages: ["FI", "SV"], website: "https://example.fi", email: "info@example.fi",
        municipalityCodes: ["179"], parentId: parent.data.createOrganisation.id,
      },
    }, { token: admin });
    expect(created.errors).toBeUndefined();
    const id = created.data.createOrganisation.id;

    const byId = await env.query(`query($id: ID!) { organisation(id: $id) { ${FIELDS} } }`, { id }, { token: admin });
    expect(byId.errors).toBeUndefined();
    const expected = byId.data.organisation;
    expect(expected).toMatchObject({ sv: "Projektionsföreningen rf", description: "Description", website: "https://example.fi", contact: { email: "info@example.fi" } });

    const list = await env.query(`
      fragment F on Organisation { ${FIELDS} }
      query {
        viaNodes: organisations(filter: { municipalityCode: "179" }) { nodes { ...F } }
        viaEdges: organisations(filter: { municipalityCode: "179" }) { edges { node { ... on Organisation { ...F } } } }
        idsOnly: organisations(filter: { municipalityCode: "179" }) { nodes { id } }
        nested: municipality(code: "179") { organisations { nodes { ...F } } plain: organisations { nodes { name } } }
      }`, undefined, { token: admin });
    expect(list.errors).toBeUndefined();
    const find = (nodes: any[]) => nodes.find((n) => n.id === id);
    expect(find(list.data.viaNodes.nodes)).toEqual(expected);
    expect(find(list.data.viaEdges.edges.map((e: any) => e.node))).toEqual(expected);
    expect(find(list.data.idsOnly.nodes)).toEqual({ id });
    expect(find(list.data.nested.organisations.nodes)).toEqual(expected);
    expect(list.data.nested.plain.nodes.map((n: any) => n.name)).toContain("Projektioyhdistys ry");
  });
});
