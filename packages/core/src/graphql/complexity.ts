import { DEFAULT_PAGE_SIZE } from "../query/pagination";

/**
 * Query cost estimators for type-graphql's `complexity` field option (read by the server's
 * graphql-query-complexity check). A field costs 1 plus what it selects, times how many
 * objects it can return: a connection returns up to `first` nodes, so its cost grows with `first`.
 */
interface EstimatorArgs {
  args: Record<string, any>;
  childComplexity: number;
}

export function connectionComplexity({ args, childComplexity }: EstimatorArgs): number {
  // `last` pages backwards: the same number of nodes.
  const size = typeof args.first === "number" ? args.first : args.last;
  const first = typeof size === "number" && size >= 0 ? size : DEFAULT_PAGE_SIZE;
  return 1 + Math.max(first, 1) * childComplexity;
}

/** A plain list of at most `size` items (e.g. the 23 wellbeing regions). */
export function listComplexity(size: number) {
  return ({ childComplexity }: EstimatorArgs): number => 1 + size * childComplexity;
}

/** `nodes(ids:)`: one object per id. */
export function idsComplexity({ args, childComplexity }: EstimatorArgs): number {
  const n = Array.isArray(args.ids) ? args.ids.length : 1;
  return 1 + Math.max(n, 1) * childComplexity;
}
