import { ErrorCode } from "@yhdyspinta/core";
import { GraphQLError, Kind, visit, type DocumentNode } from "graphql";

/**
 * Deepest nesting of lists and objects a variable may have. The schema's deepest input is a few
 * levels (an input object holding a list of input objects); graphql-js coerces recursively, so a
 * 50,000-level list overflowed the stack and ended as an internal error.
 */
export const MAX_INPUT_DEPTH = 16;

function badInput(message: string, reason: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, reason, http: { status: 400 } } });
}

const NUL_MESSAGE = "Text may not contain the NUL character (U+0000)";

/**
 * Variables as the client sent them (parsed JSON), before graphql-js or PostgreSQL see them: too
 * deep a nesting, and NUL characters, which no PostgreSQL text column can hold. Iterative (an
 * explicit stack, no recursion) and linear in the size of the variables.
 */
export function variableErrors(variables: unknown): GraphQLError[] {
  if (variables === null || typeof variables !== "object") return [];
  const stack: { value: unknown; depth: number }[] = [{ value: variables, depth: 0 }];
  while (stack.length) {
    const { value, depth } = stack.pop()!;
    if (typeof value === "string") {
      if (value.includes("\0")) return [badInput(NUL_MESSAGE, "NUL_CHARACTER")];
    } else if (value !== null && typeof value === "object") {
      // The variables object itself is depth 0; each variable's value starts at 1.
      if (depth > MAX_INPUT_DEPTH) return [badInput(`A variable is nested more than ${MAX_INPUT_DEPTH} levels deep`, "INPUT_TOO_DEEP")];
      for (const item of Array.isArray(value) ? value : Object.values(value)) stack.push({ value: item, depth: depth + 1 });
    }
  }
  return [];
}

/** String literals of the document with a NUL character (written as \u0000 in the query text). */
export function literalErrors(document: DocumentNode): GraphQLError[] {
  let found = false;
  visit(document, {
    [Kind.STRING](node) {
      if (node.value.includes("\0")) found = true;
    },
  });
  return found ? [badInput(NUL_MESSAGE, "NUL_CHARACTER")] : [];
}
