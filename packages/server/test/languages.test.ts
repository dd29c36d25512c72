import {
  buildClientSchema, getIntrospectionQuery, getNamedType, isListType, isNonNullType, isObjectType,
  type GraphQLObjectType, type GraphQLSchema,
} from "graphql";
import { loadRegionPlugins } from "@yhdyspinta/server";
import { createTestEnvironment, type TestEnvironment } from "@yhdyspinta/testing";

// Issue 13, item 6: every localised field says which language it returned. Fields and lists are
// derived from the schema (core and plug-ins), not listed here.
let env: TestEnvironment;
let schema: GraphQLSchema;
let token: string;
beforeAll(async () => {
  env = await createTestEnvironment({ plugins: loadRegionPlugins(null), seed: "demo" });
  schema = buildClientSchema((await env.query(getIntrospectionQuery())).data);
  token = await env.token({ roles: ["admin"] });
});
afterAll(async () => { await env?.close(); });

/**
 * Fields `x(language: Language)` returning a record's own text: the localised fields of a type. The
 * labels of code lists (`kindLabel`, `roleLabel`, `label`...) are not a record's text; their languages
 * are published with the vocabulary (`vocabulary(name:)`, every label in fi/sv/en).
 */
function localisedFields(type: GraphQLObjectType): string[] {
  return Object.values(type.getFields())
    .filter((f) => !/^(label|[a-z]+Label)$/.test(f.name))
    .filter((f) => getNamedType(f.type).name === "String" && f.args.some((a) => a.name === "language" && getNamedType(a.type).name === "Language"))
    .map((f) => f.name);
}

function localisedTypes(): GraphQLObjectType[] {
  return Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith("__") && localisedFields(t).length > 0);
}

const languages = () => (schema.getType("Language") as any).getValues().map((v: { name: string }) => v.name) as string[];
const storedColumn: Record<string, "fi" | "sv" | "en"> = { FI: "fi", SV: "sv", EN: "en" };

describe("localised fields", () => {
  it("all come with <field>In and <field>s", () => {
    const types = localisedTypes();
    expect(types.map((t) => t.name)).toEqual(expect.arrayContaining(["Organisation", "Activity", "WellbeingRegion", "Municipality"]));
    for (const type of types) {
      for (const field of localisedFields(type)) {
        const fields = type.getFields();
        expect({ type: type.name, field, in: getNamedType(fields[`${field}In`]?.type)?.name, all: getNamedType(fields[`${field}s`]?.type)?.name })
          .toEqual({ type: type.name, field, in: "LocalizedString", all: "LocalizedText" });
        // A field that may be null (description) is nullable in all three forms, and only then.
        const nullable = !isNonNullType(fields[field].type);
        expect([!isNonNullType(fields[`${field}In`].type), !isNonNullType(fields[`${field}s`].type)]).toEqual([nullable, nullable]);
      }
    }
  });

  it("say which language they returned, for every language, on every root list of such a type", async () => {
    const seen = { fallback: 0, asked: 0 };
    const lists = Object.values(schema.getQueryType()!.getFields()).filter((f) => !f.args.some((a) => isNonNullType(a.type)));
    let checked = 0;
    for (const list of lists) {
      const returned = getNamedType(list.type);
      if (!isObjectType(returned)) continue;
      const nodesField = returned.getFields().nodes;
      const plainList = isListType(isNonNullType(list.type) ? list.type.ofType : list.type);
      if (!nodesField && !plainList) continue;
      const itemType = nodesField ? getNamedType(nodesField.type) : returned;
      if (!isObjectType(itemType) || localisedFields(itemType).length === 0) continue;
      checked++;
      // One language per request: the server allows few aliases.
      for (const language of languages()) {
        const selection = localisedFields(itemType).map((f) => `${f}s { fi sv en } ${f}(language: ${language}) ${f}In(language: ${language}) { text language isFallback }`).join(" ");
        const document = nodesField ? `{ ${list.name}(first: 100) { nodes { ${selection} } } }` : `{ ${list.name} { ${selection} } }`;
        const res = await env.query(document, undefined, { token });
        expect({ list: list.name, errors: res.errors }).toEqual({ list: list.name, errors: undefined });
        const rows: any[] = nodesField ? res.data[list.name].nodes : res.data[list.name];
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) {
          for (const f of localisedFields(itemType)) {
            const stored = row[`${f}s`];
            if (stored === null) {
              expect([row[`${f}In`], row[f]]).toEqual([null, null]);
              continue;
            }
            const own = storedColumn[language] ? stored[storedColumn[language]] : null;
            const expected = own ? { text: own, language, isFallback: false } : { text: stored.fi, language: "FI", isFallback: language !== "FI" };
            expect({ list: list.name, f, language, got: row[`${f}In`] }).toEqual({ list: list.name, f, language, got: expected });
            expect(row[f]).toBe(expected.text);
            if (language === "SV") expected.isFallback ? seen.fallback++ : seen.asked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(4);
    // The demo data has records with and without Swedish, so both branches were exercised.
    expect(seen.fallback).toBeGreaterThan(0);
    expect(seen.asked).toBeGreaterThan(0);
  });
});
