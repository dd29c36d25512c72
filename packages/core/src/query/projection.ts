import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

interface EntityColumns {
  columns: { databaseName: string; propertyName: string; isPrimary: boolean }[];
}

/**
 * Fields of a node type that read no column beyond the always-selected keys (relations loaded by id,
 * `__typename`), or a fixed set of columns (`contact`: email, phone).
 */
export type FieldColumns = Record<string, readonly string[]>;

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

/**
 * The select list of a connection's rows, limited to the columns its selected node fields read: the
 * primary key and every `...Id`/`...Code` key column always; a field named like a column reads that
 * column; `name`/`names` read `nameFi`, `nameSv`, `nameEn` (likewise any localised prefix); fields in
 * `fieldColumns` read what it says. Any other selected field (one a region plug-in added, say) selects
 * every column, so an unknown field can never see a missing one. Without `info`, every column.
 */
export function projectedColumns(
  metadata: EntityColumns, info: GraphQLResolveInfo | undefined, fieldColumns: FieldColumns, alias = "t", derived: Record<string, DerivedColumn> = {},
): string {
  if (!info) return selectList(metadata, null, alias);
  // One document's field node asks the same every time (a nested list under 50 parents, a repeated query).
  const cacheable = info.fieldNodes.length === 1 ? info.fieldNodes[0]! : null;
  const cached = cacheable && projections.get(cacheable)?.get(metadata);
  if (cached) return cached;
  const properties = new Set(metadata.columns.map((c) => c.propertyName));
  const wanted = new Set(metadata.columns.filter((c) => c.isPrimary || /(Id|Code)$/.test(c.propertyName)).map((c) => c.propertyName));
  let all = false;
  const fields = nodeFieldNames(info);
  const extra = [...fields].filter((f) => derived[f]).map((f) => `${derived[f]!.sql(alias)} AS "${derived[f]!.property}"`);
  for (const field of fields) {
    if (field === "__typename" || field === "id" || derived[field]) continue;
    if (fieldColumns[field]) fieldColumns[field]!.forEach((p) => wanted.add(p));
    else if (properties.has(field)) wanted.add(field);
    else {
      const prefix = properties.has(`${field}Fi`) ? field : field.endsWith("s") && properties.has(`${field.slice(0, -1)}Fi`) ? field.slice(0, -1) : null;
      if (prefix === null) {
        all = true;
        break;
      }
      for (const suffix of ["Fi", "Sv", "En"]) if (properties.has(prefix + suffix)) wanted.add(prefix + suffix);
    }
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
