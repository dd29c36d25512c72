import {
  getNamedType, isObjectType, Kind, type FieldNode, type GraphQLObjectType, type GraphQLOutputType, type GraphQLResolveInfo, type SelectionSetNode,
} from "graphql";
import { Extensions } from "type-graphql";

interface EntityColumns {
  columns: { databaseName: string; propertyName: string; isPrimary: boolean }[];
}

/** The GraphQL field extension that names the columns a field reads (see Columns). */
export const COLUMNS_EXTENSION = "columns";

/**
 * Declares the columns of its entity's row a field reads, so a list that selects the field loads them:
 * `@Columns("email", "phone")` on `contact`, `@Columns()` on a relation loaded by the row's key.
 * Names are entity property names (`nameFi`) or database column names (`name_fi`). The primary key
 * and every `...Id`/`...Code` key column are always loaded. A field without a declaration that is not
 * itself a column makes its list load every column. Stored as the field's GraphQL extension `columns`.
 */
export function Columns(...columns: string[]): MethodDecorator & PropertyDecorator {
  return Extensions({ [COLUMNS_EXTENSION]: columns });
}

/**
 * A field whose value the list's own statement computes for every row (a correlated subquery
 * under `property`), so the field costs no batched statement of its own. See linkedCodesColumn.
 */
export interface DerivedColumn {
  property: string;
  sql: (alias: string) => string;
}

const MAX_CACHED_LISTS = 256;
const columnLists = new WeakMap<EntityColumns, Map<string, string>>();

/** `t.<column> AS "<property>"` for the given properties (all columns when `properties` is null), cached. */
function selectList(metadata: EntityColumns, properties: ReadonlySet<string> | null, alias: string): string {
  const key = properties ? [...properties].sort().join(",") : "*";
  let lists = columnLists.get(metadata);
  if (!lists) columnLists.set(metadata, (lists = new Map()));
  let list = lists.get(`${alias}|${key}`);
  if (list === undefined) {
    list = metadata.columns
      .filter((c) => properties === null || properties.has(c.propertyName))
      .map((c) => `${alias}.${c.databaseName} AS "${c.propertyName}"`)
      .join(", ");
    // Clients choose the selections: a bounded cache, so odd combinations cannot grow it forever.
    if (lists.size < MAX_CACHED_LISTS) lists.set(`${alias}|${key}`, list);
  }
  return list;
}

/** Names of the fields selected on a connection's nodes (`nodes { ... }` and `edges { node { ... } }`), through fragments. */
function nodeFieldNames(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, depth: "connection" | "edges" | "node", seen: Set<string>) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.INLINE_FRAGMENT) visit(sel.selectionSet, depth, seen);
      else if (sel.kind === Kind.FRAGMENT_SPREAD) {
        if (seen.has(sel.name.value)) continue;
        visit(info.fragments[sel.name.value]?.selectionSet, depth, new Set(seen).add(sel.name.value));
      } else if (depth === "node") names.add(sel.name.value);
      else if (depth === "connection" && sel.name.value === "nodes") visit(sel.selectionSet, "node", seen);
      else if (depth === "connection" && sel.name.value === "edges") visit(sel.selectionSet, "edges", seen);
      else if (depth === "edges" && sel.name.value === "node") visit(sel.selectionSet, "node", seen);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, "connection", new Set());
  return names;
}

const projections = new WeakMap<FieldNode, Map<EntityColumns, string>>();

type FieldReads = ReadonlyMap<string, readonly string[] | null>;
const fieldReads = new WeakMap<GraphQLObjectType, WeakMap<EntityColumns, FieldReads>>();

/**
 * The entity properties each field of a node type reads: its declared `columns` extension, else the
 * column of the same name, else null (unknown: every column). Computed once per type and entity.
 */
function readsOf(type: GraphQLObjectType, metadata: EntityColumns): FieldReads {
  let byEntity = fieldReads.get(type);
  if (!byEntity) fieldReads.set(type, (byEntity = new WeakMap()));
  let reads = byEntity.get(metadata);
  if (reads) return reads;
  const byName = new Map<string, string>();
  for (const c of metadata.columns) byName.set(c.propertyName, c.propertyName).set(c.databaseName, c.propertyName);
  const map = new Map<string, readonly string[] | null>();
  for (const field of Object.values(type.getFields())) {
    const declared = field.extensions?.[COLUMNS_EXTENSION] as readonly string[] | undefined;
    if (declared) {
      map.set(field.name, declared.map((name) => {
        const property = byName.get(name);
        if (!property) throw new Error(`${type.name}.${field.name} declares the column "${name}", which its entity does not have`);
        return property;
      }));
    } else {
      // A field named as a column (property or database name: the Node interface's `id` is column id) reads it.
      const property = byName.get(field.name);
      map.set(field.name, property ? [property] : null);
    }
  }
  byEntity.set(metadata, (reads = map));
  return reads;
}

/** The object type of a connection's nodes (`nodes: [X!]!`), or of a list of rows. */
function nodeTypeOf(returnType: GraphQLOutputType): GraphQLObjectType | null {
  const outer = getNamedType(returnType);
  if (!isObjectType(outer)) return null;
  const nodes = outer.getFields().nodes;
  const inner = nodes ? getNamedType(nodes.type) : outer;
  return isObjectType(inner) ? inner : null;
}

/**
 * The select list of a connection's rows, limited to the columns its selected node fields read: the
 * primary key and every `...Id`/`...Code` key column always, and what each selected field declares
 * (see Columns; a plain column field reads its own column). A selected field with no declaration
 * (one a region plug-in added without `@Columns`, say) selects every column, so it never sees a
 * missing one. Without `info`, every column.
 */
export function projectedColumns(
  metadata: EntityColumns, info: GraphQLResolveInfo | undefined, alias = "t", derived: Record<string, DerivedColumn> = {},
): string {
  if (!info) return selectList(metadata, null, alias);
  // One document's field node asks the same every time (a nested list under 50 parents, a repeated query).
  const cacheable = info.fieldNodes.length === 1 ? info.fieldNodes[0]! : null;
  const cached = cacheable && projections.get(cacheable)?.get(metadata);
  if (cached) return cached;
  const wanted = new Set(metadata.columns.filter((c) => c.isPrimary || /(Id|Code)$/.test(c.propertyName)).map((c) => c.propertyName));
  const nodeType = nodeTypeOf(info.returnType);
  const reads = nodeType ? readsOf(nodeType, metadata) : null;
  let all = reads === null;
  const fields = nodeFieldNames(info);
  const extra = [...fields].filter((f) => derived[f]).map((f) => `${derived[f]!.sql(alias)} AS "${derived[f]!.property}"`);
  for (const field of fields) {
    if (all) break;
    if (field === "__typename" || derived[field]) continue;
    const columns = reads!.get(field);
    if (!columns) all = true;
    else for (const p of columns) wanted.add(p);
  }
  const list = [selectList(metadata, all ? null : wanted, alias), ...extra].join(", ");
  if (cacheable) {
    if (!projections.has(cacheable)) projections.set(cacheable, new Map());
    projections.get(cacheable)!.set(metadata, list);
  }
  return list;
}

const selected = new WeakMap<FieldNode, Map<string, boolean>>();

/** Whether the field's own selection (through fragments) asks for `name`, e.g. a connection's `totalCount`. Cached per field node. */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const cacheable = info.fieldNodes.length === 1 ? info.fieldNodes[0]! : null;
  const cached = cacheable ? selected.get(cacheable)?.get(name) : undefined;
  if (cached !== undefined) return cached;
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>): boolean => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value === name) return true;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        if (visit(sel.selectionSet, seen)) return true;
      } else if (!seen.has(sel.name.value) && visit(info.fragments[sel.name.value]?.selectionSet, new Set(seen).add(sel.name.value))) {
        return true;
      }
    }
    return false;
  };
  const found = info.fieldNodes.some((node) => visit(node.selectionSet, new Set()));
  if (cacheable) {
    if (!selected.has(cacheable)) selected.set(cacheable, new Map());
    selected.get(cacheable)!.set(name, found);
  }
  return found;
}
