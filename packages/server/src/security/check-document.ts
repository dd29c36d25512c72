import {
  GraphQLError, Kind, isEnumType, isScalarType, validate,
  type ASTVisitor, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule,
} from "graphql";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import type { SecurityLimits } from "./limits";

export const QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";

function tooComplex(message: string, details: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: QUERY_TOO_COMPLEX, ...details, http: { status: 400 } } });
}

/** Deepest field nesting of each operation, following fragments (a fragment cycle stops the walk). */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const depthOf = (set: SelectionSetNode, inFragments: Set<string>): number => {
      let deepest = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          // Introspection (development only) nests deeply by design and is not counted.
          if (selection.name.value.startsWith("__")) continue;
          deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(selection.selectionSet, inFragments) : 0));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, inFragments));
        } else {
          const name = selection.name.value;
          const fragment: FragmentDefinitionNode | null | undefined = context.getFragment(name);
          if (!fragment || inFragments.has(name)) continue;
          deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set(inFragments).add(name)));
        }
        if (deepest > maxDepth) return deepest; // no need to walk further
      }
      return deepest;
    };
    return {
      OperationDefinition(operation: OperationDefinitionNode) {
        const depth = depthOf(operation.selectionSet, new Set());
        if (depth > maxDepth) {
          context.reportError(tooComplex(`The query is nested too deeply (more than ${maxDepth} levels)`, { reason: "DEPTH", maximumDepth: maxDepth }));
        }
      },
    };
  };
}

/** Aliased fields in the whole document: many aliases of one field multiply the work of one request. */
export function aliasLimitRule(maxAliases: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias && ++aliases === maxAliases + 1) {
          context.reportError(tooComplex(`The query uses more than ${maxAliases} aliases`, { reason: "ALIASES", maximumAliases: maxAliases }));
        }
      },
    };
  };
}

/**
 * Depth and aliases depend on the document alone, and Apollo (and graphql-ws callers that reuse
 * parsed documents) hand the same DocumentNode for a repeated query: a document that passed once passes again.
 */
const passedShapeChecks = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, string>>();

function shapeErrors(schema: GraphQLSchema, document: DocumentNode, limits: Pick<SecurityLimits, "maxDepth" | "maxAliases">): readonly GraphQLError[] {
  const key = `${limits.maxDepth}|${limits.maxAliases}`;
  let bySchema = passedShapeChecks.get(schema);
  if (!bySchema) passedShapeChecks.set(schema, (bySchema = new WeakMap()));
  if (bySchema.get(document) === key) return [];
  const errors = validate(schema, document, [depthLimitRule(limits.maxDepth), aliasLimitRule(limits.maxAliases)]);
  // Only a pass is remembered: refused documents get fresh error objects each time.
  if (errors.length === 0) bySchema.set(document, key);
  return errors;
}

/**
 * The estimate walks the whole document with type info: for a small query as much CPU as running
 * it. It depends on the document and on the variables the estimators read: page sizes (`first`),
 * list lengths (`ids`), which are numbers, lists or inside input objects. So the cost is kept per
 * document (Apollo hands the same DocumentNode for a repeated query) and per value of those
 * variables; String, ID, Boolean, enum and other non-numeric scalar variables (names, ids, search
 * terms) cannot change it. An estimator that read such text would need this key widened.
 */
const costsBySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, { countVariables: string[]; byKey: Map<string, number> }>>();
const MAX_COSTS_PER_DOCUMENT = 256;

/** The variables of a document that can change its cost: all but enums and non-numeric scalars. */
function countVariablesOf(schema: GraphQLSchema, document: DocumentNode): string[] {
  const names: string[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const v of definition.variableDefinitions ?? []) {
      const type = v.type.kind === Kind.NON_NULL_TYPE ? v.type.type : v.type;
      if (type.kind === Kind.NAMED_TYPE) {
        // Enums and scalars other than numbers (String, ID, Boolean, DateTime...) cannot be a count.
        const named = schema.getType(type.name.value);
        if (isEnumType(named) || (isScalarType(named) && named.name !== "Int" && named.name !== "Float")) continue;
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
  const errors = shapeErrors(schema, document, limits);
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

/** graphql-js's "Did you mean ...?" hints reveal the schema; hidden in production. */
export function withoutSuggestions(error: GraphQLError): GraphQLError {
  const message = error.message.replace(/ ?Did you mean .*\?$/, "");
  return message === error.message ? error : new GraphQLError(message, { nodes: error.nodes, extensions: error.extensions, originalError: error.originalError });
}
