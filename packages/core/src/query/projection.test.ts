import {
  GraphQLID, GraphQLInt, GraphQLList, GraphQLObjectType, GraphQLString, parse, Kind,
  type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode,
} from "graphql";
import { COLUMNS_EXTENSION, projectedColumns, selectsField } from "./projection";

// The shape projection reads from TypeORM's metadata: columns with their property names.
const column = (propertyName: string, databaseName: string, isPrimary = false) => ({ propertyName, databaseName, isPrimary });
const ORGANISATION = {
  columns: [
    column("dbId", "id", true), column("nameFi", "name_fi"), column("nameSv", "name_sv"), column("nameEn", "name_en"),
    column("kind", "kind"), column("parentId", "parent_id"), column("email", "email"), column("phone", "phone"), column("website", "website"),
  ],
};

// The node type as the schema build leaves it: declared columns are the fields' `columns` extension.
const declares = (...columns: string[]) => ({ [COLUMNS_EXTENSION]: columns });
const OrganisationType = new GraphQLObjectType({
  name: "Organisation",
  fields: {
    id: { type: GraphQLID }, kind: { type: GraphQLString }, website: { type: GraphQLString },
    names: { type: GraphQLString, extensions: declares("nameFi", "nameSv", "nameEn") },
    contact: { type: GraphQLString, extensions: declares("email", "phone") },
    parent: { type: GraphQLString, extensions: declares("parent_id") },
    somethingAPluginAdded: { type: GraphQLString },
  },
});
const OrganisationConnection = new GraphQLObjectType({
  name: "OrganisationConnection",
  fields: { nodes: { type: new GraphQLList(OrganisationType) }, totalCount: { type: GraphQLInt } },
});

/** The resolve info of the document's first root field, as graphql-js gives it to a connection resolver. */
function infoOf(document: string, returnType: GraphQLObjectType = OrganisationConnection): GraphQLResolveInfo {
  const doc = parse(document);
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(doc.definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments, returnType } as unknown as GraphQLResolveInfo;
}

const selectedProperties = (list: string) => [...list.matchAll(/AS "(\w+)"/g)].map((m) => m[1]).sort();

describe("column projection", () => {
  it("selects the keys always, and the columns the selected fields read", () => {
    // `id` is the Node interface's field, named as the primary key's column.
    const list = projectedColumns(ORGANISATION, infoOf(`{ organisations { nodes { id kind } } }`));
    expect(selectedProperties(list)).toEqual(["dbId", "kind", "parentId"]);
    expect(list).toContain(`t.kind AS "kind"`);
  });

  it("reads the columns a field declares (by property or database name)", () => {
    const list = projectedColumns(ORGANISATION, infoOf(`{ organisations { edges { node { names { fi } contact { email } } } } }`));
    expect(selectedProperties(list)).toEqual(["dbId", "email", "nameEn", "nameFi", "nameSv", "parentId", "phone"]);
  });

  it("follows fragments and inline fragments", () => {
    const info = infoOf(`{ organisations { nodes { ...Org } } } fragment Org on Organisation { ... on Organisation { website } }`);
    expect(selectedProperties(projectedColumns(ORGANISATION, info))).toEqual(["dbId", "parentId", "website"]);
  });

  it("selects every column for a field it cannot map, so no field ever misses its column", () => {
    const list = projectedColumns(ORGANISATION, infoOf(`{ organisations { nodes { id somethingAPluginAdded } } }`));
    expect(selectedProperties(list)).toEqual(ORGANISATION.columns.map((c) => c.propertyName).sort());
  });

  it("selects every column without resolve info, and uses the alias asked for", () => {
    expect(selectedProperties(projectedColumns(ORGANISATION, undefined))).toHaveLength(ORGANISATION.columns.length);
    expect(projectedColumns(ORGANISATION, infoOf(`{ organisations { nodes { kind } } }`), "o")).toContain(`o.kind AS "kind"`);
  });

  it("refuses a declared column the entity does not have, naming the field", () => {
    const Typo = new GraphQLObjectType({ name: "Typo", fields: { typo: { type: GraphQLString, extensions: declares("no_such_column") } } });
    const list = new GraphQLObjectType({ name: "TypoConnection", fields: { nodes: { type: new GraphQLList(Typo) } } });
    expect(() => projectedColumns(ORGANISATION, infoOf(`{ organisations { nodes { typo } } }`, list))).toThrow(/Typo\.typo declares the column "no_such_column"/);
  });

  it("tells whether a connection's own selection asks for a field, through fragments", () => {
    expect(selectsField(infoOf(`{ organisations { totalCount } }`), "totalCount")).toBe(true);
    expect(selectsField(infoOf(`{ organisations { ...C } } fragment C on OrganisationConnection { totalCount }`), "totalCount")).toBe(true);
    expect(selectsField(infoOf(`{ organisations { nodes { id } } }`), "totalCount")).toBe(false);
  });
});
