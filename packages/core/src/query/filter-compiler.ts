import type { YhdyspintaContext } from "../context/request-context";
import { UserInputError } from "../errors/errors";
import { Reason } from "../errors/error-reasons";
import type { SqlParams } from "./sql";

/** Nesting of filter objects (the top one is 1; each `and`/`or`/`not` item and relation adds one). */
export const MAX_FILTER_DEPTH = 6;
/** Given fields plus list values across the whole filter tree. */
export const MAX_FILTER_CONDITIONS = 200;

/** Where a field's condition is compiled: the statement's parameters, the row alias, the input path. */
export interface FilterScope {
  readonly ctx: YhdyspintaContext;
  readonly params: SqlParams;
  /** The alias of the filtered row: `t` at the top, `r1`, `r2`... inside relation subqueries. */
  readonly alias: string;
  /** The field's input path for errors, e.g. `filter.hasActivity.municipalityCodes`. */
  readonly path: string;
  /**
   * `EXISTS (SELECT 1 FROM table rN WHERE <correlate(rN, alias)> AND <filter of kind over rN>)`:
   * a relation filter, compiled with the declarations of `kind` under a fresh alias.
   */
  exists(kind: string, table: string, correlate: (inner: string, outer: string) => string, value: object): string;
}

/** A declared filter field: its SQL condition for a given (non-null) value, or null for none. */
export type FilterField = (value: any, scope: FilterScope) => string | null;

export interface FilterDefinition {
  /** The name relations refer to, e.g. "Activity". */
  kind: string;
  fields: Record<string, FilterField>;
}

const definitions = new Map<string, FilterDefinition>();

/**
 * Declares the fields of a filter input to the compiler. Features call it once at module load;
 * relations name kinds by string, so two filters can refer to each other without an import cycle.
 */
export function defineFilter(definition: FilterDefinition): FilterDefinition {
  for (const reserved of COMBINATORS) {
    if (definition.fields[reserved]) throw new Error(`defineFilter(${definition.kind}): "${reserved}" is a combinator, not a field`);
  }
  definitions.set(definition.kind, definition);
  return definition;
}

const COMBINATORS = ["and", "or", "not"] as const;

export interface CompileOptions {
  /** Top-level fields to leave out (a facet's own fields, for disjunctive counts). */
  skip?: readonly string[];
  /** Input path of the filter argument for errors (default "filter"). */
  path?: string;
}

/**
 * Compiles a filter input into SQL conditions over alias `t` (their conjunction is the filter),
 * binding every value to `params`. `and` / `or` take lists of filters of the same kind, `not` one;
 * all given fields of one object must hold. Every node is visited once and the tree is capped in
 * depth and size, so the cost is linear in the input and bounded.
 */
export function compileFilter(
  ctx: YhdyspintaContext, kind: string, filter: object | null | undefined, params: SqlParams, options: CompileOptions = {},
): string[] {
  return compileFilterParts(ctx, kind, filter, params, options).map((part) => part.sql);
}

/** A top-level condition of a compiled filter and the input field it comes from (`and`, `or`, `not` included). */
export interface FilterPart {
  field: string;
  sql: string;
}

/** As compileFilter, keeping which top-level field gave each condition (facets count under all but their own). */
export function compileFilterParts(
  ctx: YhdyspintaContext, kind: string, filter: object | null | undefined, params: SqlParams, options: CompileOptions = {},
): FilterPart[] {
  if (filter == null) return [];
  const state = { conditions: 0, aliases: 0 };
  return new Compiler(ctx, params, state).parts(kind, filter, "t", options.path ?? "filter", 1, new Set(options.skip ?? []));
}

class Compiler {
  constructor(
    private readonly ctx: YhdyspintaContext,
    private readonly params: SqlParams,
    private readonly state: { conditions: number; aliases: number },
  ) {}

  conjuncts(kind: string, filter: object, alias: string, path: string, depth: number, skip: ReadonlySet<string>): string[] {
    return this.parts(kind, filter, alias, path, depth, skip).map((part) => part.sql);
  }

  parts(kind: string, filter: object, alias: string, path: string, depth: number, skip: ReadonlySet<string>): FilterPart[] {
    const definition = definitions.get(kind);
    if (!definition) throw new Error(`compileFilter: no filter "${kind}" is defined`);
    if (depth > MAX_FILTER_DEPTH) {
      throw new UserInputError(`Filters nest at most ${MAX_FILTER_DEPTH} levels (and/or/not and relations)`, { field: path, reason: Reason.FILTER_TOO_DEEP });
    }
    const out: FilterPart[] = [];
    for (const [name, value] of Object.entries(filter)) {
      if (value == null || skip.has(name)) continue;
      this.count(Array.isArray(value) ? Math.max(1, value.length) : 1, path);
      const fieldPath = `${path}.${name}`;
      if (name === "and" || name === "or") {
        const items = (value as object[]).map((item, i) => this.group(kind, item, alias, `${fieldPath}.${i}`, depth + 1));
        if (name === "and") out.push(...items.filter((c) => c !== "TRUE").map((sql) => ({ field: name, sql })));
        else out.push({ field: name, sql: items.length === 0 ? "FALSE" : items.length === 1 ? items[0]! : `(${items.join(" OR ")})` });
        continue;
      }
      if (name === "not") {
        out.push({ field: name, sql: `NOT ${this.group(kind, value as object, alias, fieldPath, depth + 1)}` });
        continue;
      }
      const field = definition.fields[name];
      if (!field) throw new Error(`compileFilter: ${kind} filter field "${name}" is not declared`);
      const condition = field(value, this.scope(alias, fieldPath, depth));
      if (condition !== null) out.push({ field: name, sql: condition });
    }
    return out;
  }

  /** One filter object as one parenthesised condition (TRUE when it sets nothing). */
  private group(kind: string, filter: object, alias: string, path: string, depth: number): string {
    const parts = this.conjuncts(kind, filter, alias, path, depth, NO_SKIP);
    return parts.length === 0 ? "TRUE" : `(${parts.join(" AND ")})`;
  }

  private scope(alias: string, path: string, depth: number): FilterScope {
    return {
      ctx: this.ctx,
      params: this.params,
      alias,
      path,
      exists: (kind, table, correlate, value) => {
        const inner = `r${++this.state.aliases}`;
        const parts = [correlate(inner, alias), ...this.conjuncts(kind, value, inner, path, depth + 1, NO_SKIP)];
        return `EXISTS (SELECT 1 FROM ${table} ${inner} WHERE ${parts.join(" AND ")})`;
      },
    };
  }

  private count(n: number, path: string): void {
    this.state.conditions += n;
    if (this.state.conditions > MAX_FILTER_CONDITIONS) {
      throw new UserInputError(`A filter may set at most ${MAX_FILTER_CONDITIONS} conditions and values in all`, { field: path, reason: Reason.FILTER_TOO_LARGE });
    }
  }
}

const NO_SKIP: ReadonlySet<string> = new Set();

// Field builders: the common shapes, so a feature's declaration is one line per field.

const distinct = <T>(values: readonly T[]): T[] => [...new Set(values)];

/**
 * `column = ANY(list)`; a single value (a deprecated one-value field) is a list of one. One value is
 * `column = value`: an index (column, key, id) then returns the rows in key order (with `= ANY` the
 * planner cannot rely on that order and sorts every match).
 */
export function anyOf(column: string, cast: "text" | "int"): FilterField {
  return (value, s) => {
    const values = distinct(listOf(value));
    return values.length === 1 ? `${s.alias}.${column} = ${s.params.add(values[0], cast)}` : `${s.alias}.${column} = ANY(${s.params.add(values, `${cast}[]`)})`;
  };
}

/** An array column sharing at least one element with the list. */
export function overlaps(column: string): FilterField {
  return (value, s) => `${s.alias}.${column} && ${s.params.add(distinct(listOf(value)), "text[]")}`;
}

export function equals(column: string, cast: "boolean" | "text" | "int"): FilterField {
  return (value, s) => `${s.alias}.${column} = ${s.params.add(value, cast)}`;
}

/** `column >= value` ("since", inclusive) or `column < value` ("before", exclusive); null columns never match. */
export function since(column: string, cast: "timestamptz" | "date"): FilterField {
  return (value, s) => `${s.alias}.${column} >= ${s.params.add(value, cast)}`;
}
export function before(column: string, cast: "timestamptz" | "date"): FilterField {
  return (value, s) => `${s.alias}.${column} < ${s.params.add(value, cast)}`;
}

/** Codes checked one by one (linear) before they are bound: `check` throws for an unknown one. */
export function checkedCodes(check: (code: string, scope: FilterScope) => void, field: FilterField): FilterField {
  return (value, s) => {
    const codes = distinct(listOf(value) as string[]);
    for (const code of codes) check(code, s);
    return field(codes, s);
  };
}

/**
 * Full-text search over the row's `search_vector` (Finnish, Swedish and English stems; prefixes,
 * compound parts and one-letter typos: the database's `search_query`, migration 1736100000000);
 * a blank term sets nothing.
 */
export const MAX_SEARCH_LENGTH = 200;
export function fullText(column = "search_vector"): FilterField {
  return (value: string, s) => {
    if (!searchTerm(value, s.path)) return null;
    return `${s.alias}.${column} @@ ${searchQuery(s.params.add(value))}`;
  };
}

/** Whether a search term sets a condition (a blank one does not); refuses one over MAX_SEARCH_LENGTH. */
export function searchTerm(value: string, path: string): boolean {
  if (value.length > MAX_SEARCH_LENGTH) {
    throw new UserInputError(`A search term is at most ${MAX_SEARCH_LENGTH} characters`, { field: path, reason: Reason.TOO_LONG });
  }
  return value.trim() !== "";
}

/**
 * A root list's rows as `t`, read by a search condition first: the condition sits behind an
 * optimisation fence (OFFSET 0), so the planner finds the matches through their index and then
 * sorts them, whatever the order asked. Without it, a list ordered by a key with its own index (name,
 * date) under a LIMIT may be planned as a walk of that index testing every row, which the planner
 * believes ends early. Matches of a search cluster in the order of names (the words are in them), so
 * such a walk can read most of the table: at ten times the data, a national search by name took
 * 1.3 s that way against 0.3 s read first, and one in Helsinki computed the place index's
 * expression for thousands of rows.
 */
export function searchFence(table: string, condition: string): string {
  return `(SELECT * FROM ${table} t WHERE ${condition} OFFSET 0) t`;
}

/**
 * A search among the rows in some municipalities, as one condition on the place-prefixed search
 * index (migration 1736500000000): true exactly when the row matches the search and one of its
 * municipality codes (`codes` column) is among the bound `places`. The index returns the matches
 * in those places only, not every national match.
 */
export function placeSearch(alias: string, termParam: string, placesParam: string, column = "search_vector", codes = "municipality_codes"): string {
  return `place_search_vector(${alias}.${column}, ${alias}.${codes}) @@ (SELECT place_search_query(search_query(${termParam}), ${placesParam}))`;
}

/**
 * The tsquery of a bound search term. As a scalar subquery it is an InitPlan: built once per
 * statement (a plain call would run per row), and still usable as a condition of the GIN index scan.
 * `exact`: the stems only, without prefixes, compound parts or corrections (for ranking).
 */
export function searchQuery(param: string, exact = false, weight?: "A"): string {
  const query = exact ? `search_query(${param}, false)` : `search_query(${param})`;
  // `weight`: every word of the query restricted to that weight ('x':* becomes 'x':*A), so the row's
  // vector answers "in the name?" itself, with no filtered copy of the vector built per row.
  // An empty query (no words) stays itself: casting '' to tsquery would send the client a NOTICE.
  return weight
    ? `(SELECT coalesce(nullif(regexp_replace(q::text, ${WEIGHTED_OPERAND}, '\\1:\\2${weight}', 'g'), '')::tsquery, q) FROM ${query} q)`
    : `(SELECT ${query})`;
}
// A quoted lexeme of a tsquery's text form (an inner quote doubled) with its prefix mark and weights.
const WEIGHTED_OPERAND = `'(''(?:[^'']|'''')*'')(?::(\\*?)[A-D]*)?'`;

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}
