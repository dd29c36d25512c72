import { GraphQLError, GraphQLScalarType, type ValueNode } from "graphql";
import { LocalDateResolver } from "graphql-scalars";

/**
 * graphql-scalars' LocalDate (`YYYY-MM-DD`, a real calendar day), with the year 0000 refused:
 * PostgreSQL's calendar has no year 0, so "0000-01-01" passed the scalar and failed in the
 * database as an internal error. Refused here it is a variable/argument error (BAD_USER_INPUT).
 */
function inRange(value: unknown): string {
  const date = value as string;
  if (date.startsWith("0000")) throw new GraphQLError(`Value is not a valid LocalDate: ${date} (the year must be 0001-9999)`);
  return date;
}

const base = LocalDateResolver.toConfig();

export const LocalDateScalar = new GraphQLScalarType({
  ...base,
  parseValue: (value: unknown) => inRange(base.parseValue!(value)),
  parseLiteral: (ast: ValueNode, variables?: Record<string, unknown> | null) => inRange(base.parseLiteral!(ast, variables)),
});
