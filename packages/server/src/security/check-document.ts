import {
  GraphQLError, Kind, isEnumType, isScalarType,
  type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionSetNode,
} from "graphql";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import { literalErrors, variableErrors } from "./check-input";
import type { SecurityLimits } from "./limits";

export const QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";

function tooComplex(message: string, details: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: QUERY_TOO_COMPLEX, ...details, http: { status: 400 } } });
}

/** What one selection set amounts to once its fragments are expanded. */
export interface Shape {
  /** Deepest field nesting (introspection fields not counted). */
  depth: number;
  /** Aliased fields, each spread of a fragment counting its aliases again. */
  aliases: number;
  /** Fields, each spread of a fragment counting its fields again: what execution and the cost estimate walk. */
  fields: number;
}

/** Work done by the shape check, in AST nodes visited (tests read it to see that the check is linear). */
export const shapeCheckWork = { nodesVisited: 0 };

/**
 * Depth, aliases and fields of every operation in one pass, each fragment measured once and its
 * shape reused at every spread: linear in the document's size however often fragments spread each
 * other (`fragment F0 { ...F1 ...F1 } fragment F1 { ...F2 ...F2 }` doubles per level when expanded).
 * A fragment met again while being measured (a cycle, refused by standard validation) counts as empty.
 */
export function measureOperations(document: DocumentNode): Map<OperationDefinitionNode, Shape> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const measured = new Map<string, Shape | null>(); // null: being measured
  const EMPTY: Shape = { depth: 0, aliases: 0, fields: 0 };
  const ofFragment = (name: string): Shape => {
    const known = measured.get(name);
    if (known !== undefined) return known ?? EMPTY;
    const fragment = fragments.get(name);
    if (!fragment) return EMPTY;
    measured.set(name, null);
    const shape = ofSet(fragment.selectionSet);
    measured.set(name, shape);
    return shape;
  };
  const ofSet = (set: SelectionSetNode): Shape => {
    let depth = 0;
    let aliases = 0;
    let fields = 0;
    for (const selection of set.selections) {
      shapeCheckWork.nodesVisited++;
      let inner: Shape;
      if (selection.kind === Kind.FIELD) {
        const child = selection.selectionSet ? ofSet(selection.selectionSet) : EMPTY;
        // Introspection (development only) nests deeply by design: its depth is not counted, its
        // fields and aliases are (`__typename` copies are work too).
        const introspection = selection.name.value.startsWith("__");
        inner = { depth: introspection ? 0 : child.depth + 1, aliases: child.aliases + (selection.alias ? 1 : 0), fields: child.fields + 1 };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = ofSet(selection.selectionSet);
      } else {
        inner = ofFragment(selection.name.value);
      }
      depth = Math.max(depth, inner.depth);
      aliases += inner.aliases;
      fields += inner.fields;
    }
    return { depth, aliases, fields };
  };
  const shapes = new Map<OperationDefinitionNode, Shape>();
  for (const d of document.definitions) if (d.kind === Kind.OPERATION_DEFINITION) shapes.set(d, ofSet(d.selectionSet));
  return shapes;
}

/**
 * Depth, aliases and the number of fields once fragments are expanded. The last bounds the work of
 * the cost estimate (graphql-query-complexity expands every spread) and of execution: a document
 * expanding to more fields than the cost limit allows is refused without estimating it.
 */
function shapeErrorsOf(document: DocumentNode, limits: Pick<SecurityLimits, "maxDepth" | "maxAliases" | "maxCost">): GraphQLError[] {
  const literals = literalErrors(document);
  if (literals.length) return literals;
  for (const shape of measureOperations(document).values()) {
    if (shape.depth > limits.maxDepth) {
      return [tooComplex(`The query is nested too deeply (more than ${limits.maxDepth} levels)`, { reason: "DEPTH", maximumDepth: limits.maxDepth })];
    }
    if (shape.aliases > limits.maxAliases) {
      return [tooComplex(`The query uses more than ${limits.maxAliases} aliases`, { reason: "ALIASES", maximumAliases: limits.maxAliases })];
    }
    if (shape.fields > limits.maxCost) {
      return [tooComplex(`The query selects more than ${limits.maxCost} fields once its fragments are expanded`, { reason: "FIELDS", maximumFields: limits.maxCost })];
    }
  }
  return [];
}

/**
 * Literals, depth, aliases and expanded fields depend on the document alone, and Apollo (and graphql-ws callers that reuse
 * parsed documents) hand the same DocumentNode for a repeated query: a document that passed once passes again.
 */
const passedShapeChecks = new WeakMap<DocumentNode, string>();

function shapeErrors(document: DocumentNode, limits: Pick<SecurityLimits, "maxDepth" | "maxAliases" | "maxCost">): readonly GraphQLError[] {
  const key = `${limits.maxDepth}|${limits.maxAliases}|${limits.maxCost}`;
  if (passedShapeChecks.get(document) === key) return [];
  const errors = shapeErrorsOf(document, limits);
  // Only a pass is remembered: refused documents get fresh error objects each time.
  if (errors.length === 0) passedShapeChecks.set(document, key);
  return errors;
}

/**
 * The estimate walks the whole document with type info: for a small query as much CPU as running
 * it. It depends on the document and on the variables the estimators read: page sizes (`first`),
 * list lengths (`ids`), which are numbers, lists or inside input objects. So the cost is kept per
 * document (Apollo hands the same DocumentNode for a repeated query) and per value of those
 * variables, and per value of the Boolean variables (@include(if:) / @skip(if:) decide what is
 * selected); String, ID, enum and other scalar variables (names, ids, search terms) cannot change it. An estimator that read such text would need this key widened.
 */
const costsBySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, { countVariables: string[]; byKey: Map<string, number> }>>();
const MAX_COSTS_PER_DOCUMENT = 256;

const COST_SCALARS = new Set(["Int", "Float", "Boolean"]);

/** The variables of a document that can change its cost: all but enums and scalars other than numbers and Booleans. */
function countVariablesOf(schema: GraphQLSchema, document: DocumentNode): string[] {
  const names: string[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of definition.variableDefinitions ?? []) {
      const type = v.type.kind === Kind.NON_NULL_TYPE ? v.type.type : v.type;
      if (type.kind === Kind.NAMED_TYPE) {
        // Enums and scalars other than numbers and Booleans (String, ID, DateTime...) cannot change
        // the cost; a Boolean can, through @include(if:) / @skip(if:).
        const named = schema.getType(type.name.value);
        if (isEnumType(named) || (isScalarType(named) && !COST_SCALARS.has(named.name))) continue;
      }
      names.push(v.variable.name.value);
    }
  }
  return names;
}

/**
 * The checks every operation passes after standard validation, on HTTP (Apollo plugin) and on
 * WebSocket (graphql-ws onSubscribe) alike: depth, aliases, then the estimated cost, which needs
 * the variables (a connection's cost grows with `first`). Returns the errors; empty means go.
 */
export function checkDocument(
  schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | null | undefined,
  limits: Pick<SecurityLimits, "maxDepth" | "maxAliases" | "maxCost">, operationName?: string | null,
): GraphQLError[] {
  // Client input PostgreSQL or graphql-js cannot take (NUL characters, deep nesting) is refused first.
  const inputs = variableErrors(variables);
  if (inputs.length) return inputs;
  const errors = shapeErrors(document, limits);
  if (errors.length) return [...errors];
  let costs = costsBySchema.get(schema);
  if (!costs) costsBySchema.set(schema, (costs = new WeakMap()));
  let cached = costs.get(document);
  if (!cached) costs.set(document, (cached = { countVariables: countVariablesOf(schema, document), byKey: new Map() }));
  const key = JSON.stringify([operationName ?? null, ...cached.countVariables.map((name) => [name, variables?.[name] ?? null])]);
  // A key too large to be worth keeping (a long list of ids) is estimated every time.
  const keep = key.length <= 512;
  let cost = keep ? cached.byKey.get(key) : undefined;
  if (cost === undefined) {
    try {
      cost = getComplexity({
        schema, query: document, variables: variables ?? {}, operationName: operationName ?? undefined,
        estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
      });
    } catch (error) {
      // Variables that do not fit the operation are reported by execution itself (BAD_USER_INPUT);
      // anything else (too many nodes) is refused here.
      if (error instanceof GraphQLError && /Variable "\$/.test(error.message)) return [];
      return [tooComplex("The query is too large to estimate", { reason: "COST" })];
    }
    if (keep) {
      if (cached.byKey.size >= MAX_COSTS_PER_DOCUMENT) cached.byKey.clear();
      cached.byKey.set(key, cost);
    }
  }
  if (cost > limits.maxCost) {
    return [tooComplex(`The query is too expensive: estimated cost ${cost}, at most ${limits.maxCost} allowed (ask for smaller pages)`, {
      reason: "COST", cost, maximumCost: limits.maxCost,
    })];
  }
  return [];
}

/**
 * graphql-js's "Did you mean ...?" hints (field, argument, input field and enum value names)
 * reveal the schema; hidden in production. The hint is always the message's last sentence.
 */
export function withoutSuggestionText(message: string): string {
  const at = message.lastIndexOf("Did you mean ");
  return at === -1 || !message.endsWith("?") ? message : message.slice(0, at).trimEnd();
}

/** The error without its "Did you mean ...?" hint. */
export function withoutSuggestions(error: GraphQLError): GraphQLError {
  const message = withoutSuggestionText(error.message);
  return message === error.message ? error : new GraphQLError(message, { nodes: error.nodes, path: error.path, extensions: error.extensions, originalError: error.originalError });
}
