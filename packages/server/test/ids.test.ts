import { buildClientSchema, getIntrospectionQuery, getNamedType, isObjectType, type GraphQLSchema } from "graphql";
import { fromGlobalId, registeredNodeTypes, toGlobalId } from "@yhdyspinta/core/internal";
import { loadRegionPlugins } from "@yhdyspinta/server";
import { createTestEnvironment, type TestEnvironment } from "@yhdyspinta/testing";

// One rule for ids (issue 13, item 5), checked on every node type the core and the plug-ins register
// and on every typed lookup the schema has: malformed => BAD_USER_INPUT / INVALID_ID, missing => null.
const plugins = loadRegionPlugins(null);
let env: TestEnvironment;
let schema: GraphQLSchema;
/** Key length of the types keyed by a code (read from reference data, not listed here). */
const codeKeyLength = new Map<string, number>();

beforeAll(async () => {
  env = await createTestEnvironment({ plugins });
  schema = buildClientSchema((await env.query(getIntrospectionQuery())).data);
  const ref = await env.query(`{ regions { id municipalities { id } } }`);
  for (const r of ref.data.regions) {
    for (const id of [r.id, ...r.municipalities.map((m: { id: string }) => m.id)]) {
      const { typeName, key } = fromGlobalId(id);
      codeKeyLength.set(typeName, key.length);
    }
  }
});
afterAll(async () => { await env?.close(); });

const malformedKeys = ["abc", "-1", "1.5", " 1", "99999999999", "2147483648"];
/** A leading zero is malformed for integer keys only ("01" is a region code). */
const malformedKeysOf = (typeName: string) => (codeKeyLength.has(typeName) ? malformedKeys : [...malformedKeys, "01"]);
const missingKey = (typeName: string) => (codeKeyLength.has(typeName) ? "0".repeat(codeKeyLength.get(typeName)!) : "2147483647");

function expectInvalidId(res: { errors?: readonly any[] }, field?: string) {
  expect(res.errors).toHaveLength(1);
  expect(res.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "INVALID_ID", ...(field ? { field } : {}) });
}

describe("node(id:)", () => {
  it("knows the node types of the core and of every plug-in", () => {
    const owners = new Set(registeredNodeTypes().map((t) => t.owner));
    for (const plugin of plugins) expect(owners).toContain(plugin.name);
    expect(owners).toContain("core");
    // Every registered type is a Node type of the schema, so the cases below reach real fetchers.
    for (const { typeName } of registeredNodeTypes()) {
      const type = schema.getType(typeName);
      expect(isObjectType(type) && type.getInterfaces().some((i) => i.name === "Node")).toBe(true);
    }
  });

  it.each(["not an id!", toGlobalId("NoSuchType", 1), Buffer.from("Organisation").toString("base64url"), Buffer.from("Organisation:").toString("base64url")])(
    "refuses %s as INVALID_ID",
    async (id) => {
      const res = await env.query(`query($id: ID!) { node(id: $id) { id } }`, { id });
      expectInvalidId(res, "id");
      expect(res.data?.node ?? null).toBeNull();
    },
  );

  it("refuses a malformed key of every registered type and answers a missing row with null", async () => {
    const types = registeredNodeTypes().map((t) => t.typeName);
    expect(types.length).toBeGreaterThan(6);
    for (const typeName of types) {
      for (const key of malformedKeysOf(typeName)) {
        const res = await env.query(`query($id: ID!) { node(id: $id) { id } }`, { id: toGlobalId(typeName, key) });
        try {
          expectInvalidId(res, "id");
        } catch (e) {
          throw new Error(`${typeName} key "${key}": ${JSON.stringify(res)}`);
        }
      }
      const missing = await env.query(`query($id: ID!) { node(id: $id) { id } }`, { id: toGlobalId(typeName, missingKey(typeName)) });
      expect({ typeName, data: missing.data, errors: missing.errors }).toEqual({ typeName, data: { node: null }, errors: undefined });
    }
  });
});

describe("nodes(ids:)", () => {
  it("answers each id in place: a bad one is null with an error at its index, the others resolve", async () => {
    const ref = await env.query(`{ region(code: "15") { id } municipality(code: "179") { id } }`);
    const ids = [
      ref.data.region.id, "garbage!", toGlobalId("Organisation", 2147483647), ref.data.municipality.id,
      toGlobalId("NoSuchType", 1), toGlobalId("Activity", "x"),
    ];
    const res = await env.query(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(res.data.nodes).toEqual([{ id: ids[0] }, null, null, { id: ids[3] }, null, null]);
    const errors = (res.errors ?? []).map((e: any) => ({ path: e.path, code: e.extensions.code, reason: e.extensions.reason, field: e.extensions.field }));
    expect(errors.sort((a: any, b: any) => a.path[1] - b.path[1])).toEqual([1, 4, 5].map((i) => ({
      path: ["nodes", i], code: "BAD_USER_INPUT", reason: "INVALID_ID", field: `ids.${i}`,
    })));
  });
});

describe("typed lookups by id", () => {
  // Every root field that takes an `id: ID` and returns a Node type, core and plug-ins alike.
  const lookups = () => Object.values(schema.getQueryType()!.getFields())
    .filter((f) => !["node", "nodes"].includes(f.name) && f.args.some((a) => a.name === "id" && getNamedType(a.type).name === "ID"))
    .map((f) => ({ field: f.name, typeName: getNamedType(f.type).name }));

  it("exist in the core and in plug-ins", () => {
    const names = lookups().map((l) => l.field);
    expect(names).toContain("organisation");
    expect(names.length).toBeGreaterThan(1);
    for (const { typeName } of lookups()) expect(registeredNodeTypes().map((t) => t.typeName)).toContain(typeName);
  });

  it("refuse malformed ids, ids of another or no type, and malformed keys; answer a missing row with null", async () => {
    for (const { field, typeName } of lookups()) {
      const other = registeredNodeTypes().find((t) => t.typeName !== typeName)!.typeName;
      const bad = ["not an id!", toGlobalId("NoSuchType", 1), toGlobalId(other, 1), ...malformedKeysOf(typeName).map((k) => toGlobalId(typeName, k))];
      for (const id of bad) {
        const res = await env.query(`query($id: ID!) { ${field}(id: $id) { id } }`, { id });
        try {
          expectInvalidId(res);
        } catch (e) {
          throw new Error(`${field}(id: ${id}): ${JSON.stringify(res)}`);
        }
      }
      const missing = await env.query(`query($id: ID!) { ${field}(id: $id) { id } }`, { id: toGlobalId(typeName, missingKey(typeName)) });
      expect({ field, data: missing.data, errors: missing.errors }).toEqual({ field, data: { [field]: null }, errors: undefined });
    }
  });
});
