import "reflect-metadata";
import { Columns, CORE_VERSION, defineRegionPlugin, Organisation } from "@yhdyspinta/core";
import { createTestEnvironment, type TestEnvironment } from "@yhdyspinta/testing";
import { FieldResolver, Resolver, Root } from "type-graphql";

// Lists select only the columns their selected fields read (core/src/query/projection.ts): every
// way of selecting a field (nodes, edges.node, fragments, aliases, nested lists) must still see its data.

/** The entity properties a row arrived with: what the list's statement selected. */
const loaded = (org: Organisation) => Object.keys(org).filter((k) => (org as unknown as Record<string, unknown>)[k] !== undefined).sort();

// Fields a region plug-in adds to Organisation, one declaring the columns it reads, one not.
@Resolver(() => Organisation)
class ProbeResolver {
  @Columns("website", "description_sv")
  @FieldResolver(() => [String])
  probeDeclared(@Root() org: Organisation): string[] {
    return loaded(org);
  }

  @Columns()
  @FieldResolver(() => [String])
  probeKeysOnly(@Root() org: Organisation): string[] {
    return loaded(org);
  }

  @FieldResolver(() => [String])
  probeUndeclared(@Root() org: Organisation): string[] {
    return loaded(org);
  }
}
const probe = defineRegionPlugin({ name: "projection-probe", regions: ["15"], coreVersion: `^${CORE_VERSION}`, resolvers: [ProbeResolver] });

let env: TestEnvironment;
let admin: string;
beforeAll(async () => {
  env = await createTestEnvironment({ plugins: [probe] });
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

  it("loads the columns a plug-in field declares, and only those, at the same statement count", async () => {
    const list = (field: string) => env.query(`{ organisations(first: 5) { nodes { ${field} } } }`);
    const keysOnly = await list("probeKeysOnly");
    const declared = await list("probeDeclared");
    const undeclared = await list("probeUndeclared");
    const idsOnly = await list("id");
    expect(keysOnly.errors).toBeUndefined();
    expect(declared.errors).toBeUndefined();
    expect(undeclared.errors).toBeUndefined();
    // The keys always (what an empty declaration loads), plus exactly the declared columns (one named
    // by property, one by column name).
    const keys: string[] = keysOnly.data.organisations.nodes[0].probeKeysOnly;
    expect(keys).not.toContain("website");
    expect(keys).not.toContain("descriptionSv");
    expect(declared.data.organisations.nodes[0].probeDeclared).toEqual([...keys, "website", "descriptionSv"].sort());
    // Undeclared: every column, so the field cannot miss one (the fallback the declaration avoids).
    const all = env.database.dataSource.getMetadata(Organisation).columns.map((c) => c.propertyName).sort();
    expect(undeclared.data.organisations.nodes[0].probeUndeclared).toEqual(all);
    expect(keysOnly.statements).toBe(idsOnly.statements);
    expect(declared.statements).toBe(idsOnly.statements);
    expect(undeclared.statements).toBe(idsOnly.statements);
  });
});
