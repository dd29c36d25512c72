import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, printSchema,
  type GraphQLInputType, type GraphQLSchema,
} from "graphql";
import { buildSchemaFor, loadRegionPlugins } from "@yhdyspinta/server";
import { createTestEnvironment, type TestEnvironment } from "@yhdyspinta/testing";

// Derived from the folder, not listed here: a plug-in added with `yhdyspinta region new` must leave this file green.
const regionsDir = resolve(__dirname, "..", "..", "..", "regions");
const folders = readdirSync(regionsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(regionsDir, entry.name, "package.json")))
  .map((entry) => entry.name)
  .sort();

let env: TestEnvironment;
beforeAll(async () => { env = await createTestEnvironment({ plugins: loadRegionPlugins(null), seed: "demo" }); });
afterAll(async () => { await env?.close(); });

describe("all region plug-ins together", () => {
  it("are all found under regions/ and enabled by default", () => {
    expect(folders.length).toBeGreaterThan(0);
    // Each folder's package, imported by its package name, is the plug-in the server enables.
    const imported = folders.map((folder) => {
      const { name } = JSON.parse(readFileSync(join(regionsDir, folder, "package.json"), "utf8"));
      expect(name).toBe(`@yhdyspinta/region-${folder}`);
      return require(name).default;
    });
    expect(imported.map((p) => p.name)).toEqual(folders);
    expect(loadRegionPlugins(null)).toEqual(imported);
  });

  it("seed their regions once and answer side by side, each field only where it applies", async () => {
    const res = await env.query(`{
      ks: region(code: "15") { partnershipTables { name } uusimaaDevelopmentGroup { name } pohjoisKarjalaCommittee { name } }
      pk: region(code: "14") { partnershipTables { name } pohjoisKarjalaCommittee { name } }
      um: region(code: "02") { uusimaaDevelopmentGroup { name } uusimaaRepresentativeCalls { status } }
      joensuu: municipality(code: "167") { ngoContactPerson { name } }
    }`, undefined, { token: await env.token({ roles: ["editor"] }) });
    expect(res.errors).toBeUndefined();
    expect(res.data.ks).toEqual({ partnershipTables: [{ name: "Keski-Suomen hyvinvointialueen kumppanuuspöytä" }], uusimaaDevelopmentGroup: null, pohjoisKarjalaCommittee: null });
    expect(res.data.pk).toEqual({ partnershipTables: [], pohjoisKarjalaCommittee: { name: "Pohjois-Karjalan järjestöneuvottelukunta" } });
    expect(res.data.um.uusimaaRepresentativeCalls).toEqual([{ status: "DECIDED" }]);
    expect(res.data.joensuu.ngoContactPerson.name).toMatch(/Yhdyshenkilö 167/);
    const seeded = await env.database.dataSource.query(`SELECT name FROM seed_run ORDER BY name`);
    expect(seeded.map((r: any) => r.name)).toEqual(["demo-data", ...folders.map((f) => `region:${f}`)]);
  });

  it("add their fields to a page of organisations at a constant number of SQL statements, whatever the page size", async () => {
    const doc = `query($n: Int) { organisations(first: $n) { nodes { name partnershipTableSeats(first: 3) { totalCount nodes { kind } } pohjoisKarjalaOutreachProjects { name } } } }`;
    const small = await env.query(doc, { n: 5 });
    const large = await env.query(doc, { n: 100 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data.organisations.nodes).toHaveLength(100);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(4);
  });

  it("put every plug-in's types and core-type fields into one schema", async () => {
    const sdl = printSchema(await buildSchemaFor(loadRegionPlugins(null)));
    for (const name of ["PartnershipTable", "KeskiSuomiNgoNetwork", "UusimaaDevelopmentGroup", "UusimaaRepresentativeCall", "PohjoisKarjalaCommittee", "PohjoisKarjalaNgoContactPerson"]) {
      expect(sdl).toContain(`type ${name}`);
    }
    expect(sdl).toMatch(/type Municipality implements Node \{[^}]*ngoContactPerson: PohjoisKarjalaNgoContactPerson/s);
  });
});

/** A value GraphQL accepts for the type (required fields only); what the resolver makes of it does not matter here. */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => [f.name, sampleValue(f.type)]));
  }
  if (isScalarType(type)) {
    const samples: Record<string, unknown> = { Int: 1, Float: 1, Boolean: true, LocalDate: "2025-01-01", DateTime: "2025-01-01T00:00:00Z", DateTimeISO: "2025-01-01T00:00:00Z" };
    return samples[type.name] ?? "x";
  }
  throw new Error(`no sample for ${String(type)}`);
}

describe("mutations with every plug-in enabled", () => {
  it("all refuse anonymous users with UNAUTHENTICATED, core and plug-in alike", async () => {
    const schema: GraphQLSchema = await buildSchemaFor(loadRegionPlugins(null));
    const mutations = Object.values(schema.getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThan(20);
    const outcomes: Record<string, unknown> = {};
    for (const m of mutations) {
      const required = m.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
      const signature = required.map((a) => `$${a.name}: ${String(a.type)}`).join(", ");
      const call = required.map((a) => `${a.name}: $${a.name}`).join(", ");
      const selection = isScalarType(getNamedType(m.type)) ? "" : " { __typename }";
      const document = `mutation${signature ? `(${signature})` : ""} { ${m.name}${call ? `(${call})` : ""}${selection} }`;
      const res = await env.query(document, Object.fromEntries(required.map((a) => [a.name, sampleValue(a.type)])));
      outcomes[m.name] = res.errors?.map((e) => e.extensions?.code).join(",");
    }
    // Public by design: anyone may subscribe an e-mail address (double opt-in); the sample address "x" is refused as input.
    const PUBLIC: Record<string, string> = { subscribeToNotifications: "BAD_USER_INPUT" };
    expect(outcomes).toEqual(Object.fromEntries(mutations.map((m) => [m.name, PUBLIC[m.name] ?? "UNAUTHENTICATED"])));
  });
});
